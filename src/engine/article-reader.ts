// Reads the article itself: every sentence and list item is a passage a question can be answered from.
import type { Section } from '../knowledge/types';
import { type Analysis, type Analyzer, ARTICLE_TERM, normalizeWords } from './analyzer';

/** One sentence of a section, or one sentence of a list item: the smallest thing an answer quotes. */
/** A why-question's reading: a sentence that gives a reason counts this much more coverage. */
const REASON_AHEAD = 0.2;

export interface Passage {
  /** `${sectionId}#${n}`: the same for as long as the knowledge is unchanged. */
  key: string;
  sectionId: string;
  /** Position of the sentence in its section. */
  index: number;
  text: string;
  terms: Set<string>;
  /** The passage's words as written, function words included: they settle ties ("what can X do?" ↔ "X can: …"). */
  words: Set<string>;
  /** Its position among all passages. */
  serial: number;
  /** Terms of the passage's surroundings (its section's title, an item's label): they count for less. */
  context: Set<string>;
  /**
   * Words the sentence itself writes after the first word of one of its phrases ("…trim hedges" says "hedges", not
   * "garden" of "garden shears"): nearly its own words — they count for `INNER_STRENGTH`, more than its surroundings.
   * (Also in `context`.)
   */
  inner?: ReadonlySet<string>;
  /** The words of the sentence before, for a sentence opening "Its…", "They…": its own for a why-question (`INNER_STRENGTH`). */
  carried?: ReadonlySet<string>;
  /** Terms of its section's title: a question naming them is about this part, not one that mentions them in passing. */
  title: ReadonlySet<string>;
}

export interface Reading {
  passage: Passage;
  /** Share of the question's weight the passage covers (words of its surroundings at SURROUNDING_STRENGTH). */
  coverage: number;
  /** Share of the question's weight covered by the passage's own words. */
  ownCoverage: number;
  /** Indexes of the question terms the passage (or its surroundings) matched. */
  matched: number[];
}

/** Ties bigger than this are left in article order: counting common words is for a handful of near-equals. */
const MAX_TIE_BREAK = 200;

/** How much a question word found only in a passage's surroundings counts, against one in the passage itself. */
const SURROUNDING_STRENGTH = 0.4;
/** How much a word written inside one of a sentence's phrases counts for it, as its own word (`Passage.inner`). */
const INNER_STRENGTH = 0.65;

/** Splits article text into sentences (the article's own punctuation). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"“¿¡])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Matches analysed questions against the article's sentences. Build once per knowledge version. */
export class ArticleReader {
  readonly passages: Passage[] = [];
  private readonly bySection = new Map<string, Passage[]>();
  private readonly postings = new Map<string, number[]>();

  /**
   * `titleWeight`: how far a sentence moves up the ranking for each share of the question's weight its part's title
   * names ("what about weeds?" → the part titled on weeds before a list that mentions them).
   */
  constructor(
    private readonly analyzer: Analyzer,
    private readonly titleWeight = 0,
    /**
     * Words and phrases that join a claim to its reason ("because", "as", "due to"): between sentences that answer a
     * why-question equally well, the one giving a reason comes first.
     */
    reasonConnectives: readonly string[] = [],
    /** Words before or after a connective that make it no reason: "such as", "as well as", "as a…", "since 2019". */
    private readonly notReason: { after: readonly string[]; before: readonly string[] } = { after: [], before: [] },
    /**
     * First words that refer back to the sentence before ("Its size…", "They…"): such a sentence is about what that one
     * names, whose words join its surroundings.
     */
    private readonly referringStarters: readonly string[] = [],
    /** Words of contrast a referring word may follow: "While this one…", "However, it…"… */
    private readonly contrastStarters: readonly string[] = [],
    /** …and the words that refer back there besides `referringStarters` ("this", "these"). */
    private readonly referringAfterContrast: readonly string[] = [],
    /**
     * Verbs whose subject is the reason and whose object the claim ("frost, with wind, makes the shed a poor store":
     * why the shed is a poor store): the claim is the words after the verb.
     */
    causingVerbs: readonly string[] = [],
    /** Words that open a clause saying which thing is meant ("that", "which"): a causing verb right after one is no claim's. */
    private readonly relativeWords: readonly string[] = [],
  ) {
    this.reasonConnectives = reasonConnectives.map((c) => normalizeWords(c));
    this.causingVerbs = causingVerbs.map((c) => normalizeWords(c));
  }

  private readonly reasonConnectives: string[][];
  private readonly causingVerbs: string[][];
  private readonly givesReason = new Map<number, Set<string> | undefined>();

  /** Does the reading give a reason for what is asked: a word of the question in the claim its reason is given for? */
  givesReasonFor(reading: Pick<Reading, 'passage' | 'matched'>, query: Pick<Analysis, 'terms'>): boolean {
    const claim = this.reasonConnectives.length + this.causingVerbs.length > 0 ? this.claimOf(reading.passage) : undefined;
    return !!claim && reading.matched.some((i) => claim.has(query.terms[i]));
  }

  /**
   * The terms of the claim a passage gives a reason for — its words before the reason's connective ("beds are
   * covered" in "beds are covered as frost…"), or after a causing verb ("frost makes the shed a poor store") — or
   * undefined when it gives none.
   */
  private claimOf(p: Passage): Set<string> | undefined {
    if (this.givesReason.has(p.serial)) return this.givesReason.get(p.serial);
    const words = normalizeWords(p.text);
    const at = (c: string[], i: number) => c.every((w, k) => words[i + k] === w);
    let from = -1;
    for (let i = 1; i < words.length && from < 0; i++) {
      for (const c of this.reasonConnectives) {
        if (!at(c, i)) continue;
        const next = words[i + c.length];
        if (!this.notReason.after.includes(words[i - 1]) && !!next && !this.notReason.before.includes(next) && !/\d/.test(next)) from = i;
        if (from >= 0) break;
      }
    }
    // (A causing verb before any connective: the claim is what it makes so — the words after it.)
    let caused = -1;
    for (let i = 1; i < (from < 0 ? words.length : from) && caused < 0; i++) {
      // (Not in a clause that says which thing is meant: "the roots that feed the weeds are deep" gives no reason.)
      const verb = this.causingVerbs.find((c) => at(c, i));
      if (verb && i + verb.length < words.length && !this.relativeWords.includes(words[i - 1])) caused = i + verb.length;
    }
    const claimWords = caused >= 0 ? words.slice(caused, from > caused ? from : undefined) : from >= 0 ? words.slice(0, from) : undefined;
    const claim = claimWords && new Set(this.analyzer.analyzeKnown(claimWords.join(' ')).terms);
    this.givesReason.set(p.serial, claim);
    return claim;
  }

  add(sections: Section[]): void {
    for (const s of sections) {
      const titleTerms = this.analyzer.analyzeKnown(s.title).terms;
      const title = new Set(titleTerms);
      const list: Passage[] = [];
      let before: Set<string> | undefined;
      splitSentences(s.text).forEach((text, index) => {
        const analysis = this.analyzer.analyzeKnown(text);
        const terms = new Set(analysis.terms);
        const opening = normalizeWords(text);
        const words = new Set(opening);
        const refersBack =
          !!before &&
          (this.referringStarters.includes(opening[0] ?? '') ||
            (this.contrastStarters.includes(opening[0] ?? '') &&
              (this.referringStarters.includes(opening[1] ?? '') || this.referringAfterContrast.includes(opening[1] ?? ''))));
        // (A sentence says each word of its phrases too, as it says its surroundings: "…trim hedges" speaks to "what
        // about the hedges?", less than a sentence about hedges would.)
        const context = new Set([...titleTerms, ...(refersBack ? before! : []), ...(analysis.inner ?? [])].filter((t) => !terms.has(t)));
        // (A sentence opening "Its…", "They…" is quoted with the one before it: asked why, that one's words are nearly
        // its own — "why is the hedge so thick?" is answered by "Its roots… make it dense…".)
        const carried = new Set(refersBack && this.referringStarters.includes(opening[0] ?? '') ? [...before!].filter((t) => !terms.has(t)) : []);
        before = terms;
        const n = this.passages.length;
        const inner = new Set((analysis.heads ?? []).filter((t) => !terms.has(t)));
        const passage: Passage = { key: `${s.id}#${index}`, sectionId: s.id, index, serial: n, text, terms, words, context, title, ...(inner.size && { inner }), ...(carried.size && { carried }) };
        this.passages.push(passage);
        list.push(passage);
        for (const t of new Set([...terms, ...context])) {
          const p = this.postings.get(t);
          if (p) p.push(n);
          else this.postings.set(t, [n]);
        }
      });
      this.bySection.set(s.id, list);
    }
  }

  /** Whether any passage (or its surroundings) has the term. */
  has(term: string): boolean {
    return this.postings.has(term);
  }

  /** The sentences of one section, in order. */
  sentences(sectionId: string): Passage[] {
    return this.bySection.get(sectionId) ?? [];
  }

  /**
   * Ranks passages by how much of the question's weight they cover. `weights` are the question terms' weights (the
   * answer index's IDF, so words common to every section weigh little).
   */
  read(query: Analysis, weights: number[], limit = 8, within?: (p: Passage) => boolean, asked?: string): Reading[] {
    return this.rank(query, weights, limit, within, asked);
  }

  /**
   * `read` restricted to the passages of some sections (an answer's own section, a list, a conversation's part of
   * the article): only those passages are looked at, however large the rest of the knowledge is.
   */
  readIn(sectionIds: string[], query: Analysis, weights: number[], limit = 8, within?: (p: Passage) => boolean, asked?: string): Reading[] {
    const candidates = sectionIds.flatMap((id) => this.bySection.get(id) ?? []).filter((p) => !within || within(p));
    return this.rank(query, weights, limit, undefined, asked, candidates);
  }

  /**
   * Several passages (a list item's sentences) read as one: its words are all of theirs, its surroundings the
   * first's; scored as `read` scores one passage. The passage returned is the first, with the text of all.
   */
  readWhole(query: Analysis, weights: number[], passages: Passage[]): Reading | undefined {
    if (!passages.length) return undefined;
    const counted = weights.map((w, i) => (query.terms[i] === ARTICLE_TERM ? 0 : w));
    const total = counted.reduce((a, b) => a + b, 0);
    if (!total) return undefined;
    const terms = new Set(passages.flatMap((p) => [...p.terms]));
    const context = passages[0].context;
    let own = 0;
    let around = 0;
    const matched: number[] = [];
    query.terms.forEach((t, i) => {
      if (!counted[i] || (!terms.has(t) && !context.has(t))) return;
      if (terms.has(t)) own += counted[i];
      else around += counted[i];
      matched.push(i);
    });
    const passage: Passage = { ...passages[0], text: passages.map((p) => p.text).join(' '), terms };
    return { passage, coverage: (own + SURROUNDING_STRENGTH * around) / total, ownCoverage: own / total, matched };
  }

  private rank(
    query: Analysis,
    weights: number[],
    limit: number,
    within: ((p: Passage) => boolean) | undefined,
    asked: string | undefined,
    candidates?: Passage[],
  ): Reading[] {
    // A word for the text itself ("the article") asks about the whole: no single sentence matches it.
    const counted = weights.map((w, i) => (query.terms[i] === ARTICLE_TERM ? 0 : w));
    const total = counted.reduce((a, b) => a + b, 0);
    if (!total) return [];
    const own = new Map<number, number>();
    const ctx = new Map<number, number>();
    const matched = new Map<number, number[]>();
    const askedWhy = query.cues.has('why');
    const hit = (n: number, p: Passage, t: string, i: number) => {
      if (p.terms.has(t)) own.set(n, (own.get(n) ?? 0) + counted[i]);
      else if (p.inner?.has(t) || (askedWhy && p.carried?.has(t))) own.set(n, (own.get(n) ?? 0) + INNER_STRENGTH * counted[i]);
      else ctx.set(n, (ctx.get(n) ?? 0) + counted[i]);
      const m = matched.get(n);
      if (m) m.push(i);
      else matched.set(n, [i]);
    };
    if (candidates) {
      // A few passages: test each term against each, no postings walked.
      for (const p of candidates)
        query.terms.forEach((t, i) => counted[i] && (p.terms.has(t) || p.context.has(t)) && hit(p.serial, p, t, i));
    } else {
      query.terms.forEach((t, i) => {
        if (!counted[i]) return;
        for (const n of this.postings.get(t) ?? []) {
          const p = this.passages[n];
          if (!within || within(p)) hit(n, p, t, i);
        }
      });
    }
    const out: Reading[] = [];
    const titled = new Map<Reading, number>();
    for (const [n, terms] of matched) {
      const o = own.get(n) ?? 0;
      const coverage = (o + SURROUNDING_STRENGTH * (ctx.get(n) ?? 0)) / total;
      const reading = { passage: this.passages[n], coverage, ownCoverage: o / total, matched: terms };
      out.push(reading);
      if (this.titleWeight) titled.set(reading, terms.reduce((sum, i) => sum + (this.passages[n].title.has(query.terms[i]) ? counted[i] : 0), 0) / total);
    }
    // Best first, a sentence of a part whose title the question names a little ahead; equal: the sentence with more
    // of the question's own words, then the earlier sentence of a section (it makes the section's main claim). The
    // word count is taken only for the passages that can still win.
    // (A why-question: the sentence that gives a reason a little ahead, and first between equals — a reason for what is
    // asked: a word of the question it says is in the claim, not only in the reason — "why does X help?" is not
    // answered by "Y grew out of X".)
    const why = query.cues.has('why') && this.reasonConnectives.length + this.causingVerbs.length > 0;
    const reason = (r: Reading) => (why && this.givesReasonFor(r, query) ? 1 : 0);
    const rankOf = (r: Reading) => r.coverage + this.titleWeight * (titled.get(r) ?? 0) + REASON_AHEAD * reason(r);
    out.sort((a, b) => rankOf(b) - rankOf(a) || b.ownCoverage - a.ownCoverage || reason(b) - reason(a) || a.passage.index - b.passage.index);
    if (asked && out.length > 1) {
      const cut = out[Math.min(limit, out.length) - 1];
      // (Ties are of the ranking sorted by: coverage with the title's share, and own coverage.)
      const contenders = out.filter((r) => rankOf(r) === rankOf(cut) && r.ownCoverage === cut.ownCoverage);
      const from = out.indexOf(contenders[0]);
      if (contenders.length > 1 && contenders.length <= MAX_TIE_BREAK) {
        const askedWords = [...new Set(normalizeWords(asked))];
        const shared = new Map(contenders.map((r) => [r, askedWords.filter((w) => r.passage.words.has(w)).length]));
        contenders.sort((a, b) => reason(b) - reason(a) || shared.get(b)! - shared.get(a)! || a.passage.index - b.passage.index);
        out.splice(from, contenders.length, ...contenders);
      }
      // Ties above the cut are settled the same way.
      for (let i = 0; i < from; ) {
        let j = i + 1;
        while (j < from && rankOf(out[j]) === rankOf(out[i]) && out[j].ownCoverage === out[i].ownCoverage) j++;
        if (j - i > 1 && j - i <= MAX_TIE_BREAK) {
          const askedWords = [...new Set(normalizeWords(asked))];
          const group = out.slice(i, j);
          const shared = new Map(group.map((r) => [r, askedWords.filter((w) => r.passage.words.has(w)).length]));
          group.sort((a, b) => reason(b) - reason(a) || shared.get(b)! - shared.get(a)! || a.passage.index - b.passage.index);
          out.splice(i, group.length, ...group);
        }
        i = j;
      }
    }
    return out.slice(0, limit);
  }
}
