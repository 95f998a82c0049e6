// Stage "retrieve": an inverted index over short phrasings, scored by how much of the question a document covers
// and how much of a phrasing the question covers.
import type { Analysis, Analyzer, Cue } from './analyzer';

export type DocKind = 'question' | 'not-covered' | 'glossary' | 'section';

/** Something the index can return: a curated question, a known gap, a glossary term or a passage of a section. */
export interface IndexDoc {
  key: string;
  kind: DocKind;
  /** Short texts that say what this doc answers: each is matched on its own. */
  phrasings: string[];
  /** Longer supporting text (an answer, a passage): its words count, at a lower weight. */
  body?: string;
}

export interface Hit {
  doc: IndexDoc;
  score: number;
  /** Share of the question's weight this doc covers (0..1). */
  coverage: number;
  /** Share of the best-matching phrasing's weight that the question covers (0..1). */
  phraseCoverage: number;
  /** Weight of the question terms this doc matched. */
  matched: number;
  /** Indexes (into the query's terms) of the terms this doc matched. */
  terms: number[];
}

export interface SearchResult {
  hits: Hit[];
  /** Each query term's weight, and their sum. */
  weights: number[];
  /** The query's terms, and for each whether the knowledge never uses it (it weighs the fixed unknown weight). */
  terms: string[];
  unknown: boolean[];
  total: number;
}

interface Posting {
  doc: number;
  /** Phrasing index, or -1 for the body. */
  phrasing: number;
}

/**
 * The scoring model: how a document's score is made from what it shares with the question. The defaults were fitted
 * on the evaluation set (`npm run eval`); customising is rarely needed — change one at a time and run the eval.
 */
export interface ScoringParams {
  /** Weight of the share of the question's weight a document covers. Range 0.5–0.8; the three weights sum to ~1. */
  coverage: number;
  /** Weight of the share of the best phrasing the question covers. Range 0.2–0.5. */
  phraseCoverage: number;
  /** Weight of the question's weight found in the document's body (the answer): breaks ties. Range 0–0.1. */
  body: number;
  /** How much a word found only in a body counts against one in a phrasing. Range 0.3–0.8. */
  bodyStrength: number;
  /** Multiplier per document kind: curated answers before the article's own passages. Each 0.7–1. */
  kindWeight: Record<DocKind, number>;
  /**
   * Only documents covering at least (best coverage − pruneMargin) of the question are fully scored. Must be at least
   * phraseCoverage + body, or a document that could still win is skipped.
   */
  pruneMargin: number;
  /** Weight of a question word the knowledge never uses: off-topic questions fall short, chatty ones do not. 1–3. */
  unknownWeight: number;
  /** …the same for a short (≤ unknownShortLength letters) word that is not a real word ("lol", "tbh"). 0.3–1.5. */
  unknownShortWeight: number;
  unknownShortLength: number;
  /**
   * At most this weight (like `unknownWeight`) for a word only the curated phrasings use, never what the knowledge says
   * ("good", "phone", "kind"): rare in the index, but a word of asking, not of a topic. 1–6.
   */
  phrasingOnlyWeight: number;
  /** Share of its IDF a weak term keeps (Analyzer.weakTerms: "the article"). Range 0.1–0.5. */
  weakWeight: number;
  /** Cues a document must share for a question of that type: no date in the docs, no "when" answer. */
  specificCues: Cue[];
  /** Multiplier for each specific cue the document lacks (0.6–0.9)… */
  cueMissing: number;
  /** …or, per cue, another one (0.5–0.9): "amount" falls further, as the knowledge gives no sums. */
  cueMissingByCue: Partial<Record<Cue, number>>;
  /** Cues compared phrasing by phrasing, in both directions: "which ones" is closer to "which…" than "what can…". */
  phrasingCues: Cue[];
  /**
   * Multiplier per cue a phrasing has and the question lacks (0.75–0.95); a cue the question has and the phrasing
   * lacks counts `reverseMismatch` (0.3–1) of one.
   */
  cueMismatch: number;
  reverseMismatch: number;
  /** A known gap answering a "why" question: it is about a missing fact, not reasoning. Range 0.8–1. */
  whyGap: number;
  /**
   * Questions about what the knowledge cannot know ("…yet?", "what did they say?"), and how much an answer that does
   * not share the cue weighs against them. Each 0.5–0.9; known gaps are not penalised.
   */
  beyondArticle: Partial<Record<Cue, number>>;
}

export const DEFAULT_SCORING: Readonly<ScoringParams> = {
  coverage: 0.65,
  phraseCoverage: 0.35,
  body: 0.03,
  bodyStrength: 0.5,
  kindWeight: { question: 1, 'not-covered': 1, glossary: 0.97, section: 0.85 },
  pruneMargin: 0.4,
  unknownWeight: 2.0,
  unknownShortWeight: 0.8,
  unknownShortLength: 3,
  phrasingOnlyWeight: 3.0,
  weakWeight: 0.3,
  specificCues: ['count', 'amount', 'who', 'when', 'where', 'named', 'remedy'],
  cueMissing: 0.8,
  cueMissingByCue: { amount: 0.7, remedy: 0.9 },
  phrasingCues: ['count', 'amount', 'who', 'when', 'where', 'named', 'agent', 'which', 'why', 'remedy', 'cause'],
  cueMismatch: 0.85,
  reverseMismatch: 0.5,
  whyGap: 0.9,
  beyondArticle: { since: 0.6, subset: 0.65, duration: 0.7, reaction: 0.8 },
};

/** The fixed weights (`unknownWeight`, what counts as a distinctive word…) are set for an index of this many documents. */
export const REFERENCE_DOCS = 200;

export interface SearchIndexOptions {
  /** Parameters replacing DEFAULT_SCORING's. */
  scoring?: Partial<ScoringParams>;
}

/** Inverted index; build once, add documents any time, query in time proportional to the postings touched. */
export class SearchIndex {
  private readonly docs: IndexDoc[] = [];
  private readonly docCues: Array<Set<Cue>> = [];
  /** doc → phrasing → its cues compared phrasing by phrasing. */
  private readonly phrasingCues: Cue[][][] = [];
  /** term → postings, at most one per (doc, phrasing). */
  private readonly postings = new Map<string, Posting[]>();
  /** doc → phrasing → its terms. */
  private readonly phrasingTerms: string[][][] = [];
  /** doc → phrasing → each term's share of its concept's weight. */
  private readonly phrasingShares: number[][][] = [];
  /** doc → phrasing → sum of its terms' weights; recomputed lazily after documents are added (IDF changes). */
  private phrasingTotals: number[][] = [];
  private totalsVersion = -1;
  private readonly df = new Map<string, number>();
  /** Terms of what the knowledge says (article passages, answers, known gaps), not only of how questions are asked. */
  private readonly contentTerms = new Set<string>();
  /** doc → terms of its body (the answer): breaks ties between phrasings that match equally well. */
  private readonly bodyTerms: Array<Set<string>> = [];

  private readonly scoring: ScoringParams;
  private readonly beyondArticle: Array<[Cue, number]>;

  constructor(
    private readonly analyzer: Analyzer,
    options: SearchIndexOptions = {},
  ) {
    this.scoring = { ...DEFAULT_SCORING, ...options.scoring };
    this.beyondArticle = Object.entries(this.scoring.beyondArticle) as Array<[Cue, number]>;
  }

  get size(): number {
    return this.docs.length;
  }

  add(doc: IndexDoc): void {
    const index = this.docs.length;
    this.docs.push(doc);
    const cues = new Set<Cue>();
    const phrasings: string[][] = [];
    const shares: number[][] = [];
    const phrasingCues: Cue[][] = [];
    const seen = new Set<string>();
    doc.phrasings.forEach((text, p) => {
      const a = this.analyzer.analyzeKnown(text, true);
      a.cues.forEach((c) => cues.add(c));
      phrasings.push(a.terms);
      shares.push(a.shares);
      phrasingCues.push(a.cues.size ? this.scoring.phrasingCues.filter((c) => a.cues.has(c)) : []);
      for (const t of a.terms) {
        this.post(t, index, p);
        seen.add(t);
        if (doc.kind === 'section' || doc.kind === 'not-covered') this.contentTerms.add(t);
      }
    });
    const body = new Set<string>();
    this.bodyTerms.push(body);
    if (doc.body) {
      for (const t of this.analyzer.analyzeKnown(doc.body, true).terms) {
        body.add(t);
        this.contentTerms.add(t);
        if (seen.has(t)) continue;
        this.post(t, index, -1);
        seen.add(t);
      }
    }
    for (const t of seen) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.phrasingTerms.push(phrasings);
    this.phrasingShares.push(shares);
    this.phrasingCues.push(phrasingCues);
    this.docCues.push(cues);
  }

  private post(term: string, doc: number, phrasing: number): void {
    const list = this.postings.get(term);
    if (!list) this.postings.set(term, [{ doc, phrasing }]);
    else {
      const last = list[list.length - 1];
      if (last.doc !== doc || last.phrasing !== phrasing) list.push({ doc, phrasing });
    }
  }

  /** Does any document use this term? */
  knows(term: string): boolean {
    return this.df.has(term);
  }

  /** Inverse document frequency. */
  idf(term: string): number {
    const n = this.docs.length || 1;
    const df = this.df.get(term);
    return Math.log(1 + n / (df ?? 0.5));
  }

  /**
   * The size of this index's weights against the one the fixed weights were set for (`REFERENCE_DOCS` documents):
   * IDFs grow with the log of the number of documents, so a fixed weight — a word the knowledge never uses, what counts
   * as a distinctive word — grows with them. An article alone (a score of documents) weighs a word it never uses
   * against its own small IDFs, not against those of a curated knowledge ten times its size.
   */
  get scale(): number {
    return Math.log(1 + Math.max(1, this.docs.length)) / Math.log(1 + REFERENCE_DOCS);
  }

  /** How much a question term counts: its IDF, a fixed weight when the knowledge never uses it, little if weak. */
  queryWeight(term: string): number {
    const { unknownShortLength, unknownShortWeight, unknownWeight, weakWeight, phrasingOnlyWeight } = this.scoring;
    // A short word the knowledge never uses is mostly chat ("lol", "tbh"), unless it is a real word ("tax").
    // (A weak word — "list" — weighs little even where the knowledge never uses it.)
    if (!this.df.has(term)) {
      const chat = term.length <= unknownShortLength && !/\d/.test(term) && !this.analyzer.isEverydayWord(term);
      return (chat ? unknownShortWeight : unknownWeight) * this.scale * (this.analyzer.weakTerms.has(term) ? weakWeight : 1);
    }
    const idf = this.contentTerms.has(term) ? this.idf(term) : Math.min(this.idf(term), phrasingOnlyWeight * this.scale);
    return this.analyzer.weakTerms.has(term) ? weakWeight * idf : idf;
  }

  private phrasingTotal(doc: number, p: number): number {
    if (this.totalsVersion !== this.docs.length) {
      this.phrasingTotals = [];
      this.totalsVersion = this.docs.length;
    }
    const perDoc = (this.phrasingTotals[doc] ??= []);
    let total = perDoc[p];
    if (total === undefined) {
      total = 0;
      const shares = this.phrasingShares[doc][p];
      this.phrasingTerms[doc][p].forEach((t, i) => (total! += this.queryWeight(t) * shares[i]));
      perDoc[p] = total;
    }
    return total;
  }

  /** Ranks documents for an analysed question, best first. Work is proportional to the postings of its terms. */
  search(query: Analysis, limit = 5): SearchResult {
    const terms = query.terms;
    if (!terms.length) return { hits: [], weights: [], terms: [], unknown: [], total: 0 };
    const weights = terms.map((t, i) => this.queryWeight(t) * (query.shares[i] ?? 1));
    const total = weights.reduce((a, b) => a + b, 0);
    const n = this.docs.length;
    const covered = new Float64Array(n);
    const touched: number[] = [];
    const matchedTerms = new Map<number, number[]>();
    /** (doc, phrasing) → matched weight; key doc * 4096 + phrasing. */
    const phrasingHit = new Map<number, number>();
    terms.forEach((t, i) => {
      const list = this.postings.get(t);
      if (!list) return;
      const w = weights[i];
      let lastDoc = -1;
      let lastStrength = 0;
      for (const { doc, phrasing } of list) {
        const strength = phrasing >= 0 ? 1 : this.scoring.bodyStrength;
        if (doc !== lastDoc) {
          lastDoc = doc;
          lastStrength = strength;
          if (covered[doc] === 0) touched.push(doc);
          covered[doc] += w * strength;
          const m = matchedTerms.get(doc);
          if (m) m.push(i);
          else matchedTerms.set(doc, [i]);
        } else if (strength > lastStrength) {
          covered[doc] += w * (strength - lastStrength);
          lastStrength = strength;
        }
        if (phrasing >= 0) {
          const key = doc * 4096 + phrasing;
          phrasingHit.set(key, (phrasingHit.get(key) ?? 0) + w);
        }
      }
    });

    const sc = this.scoring;
    // Only documents that could still reach the top need the full score: phrase coverage adds at most
    // phraseCoverage + body.
    let best = 0;
    for (const doc of touched) if (covered[doc] > best) best = covered[doc];
    const floor = (best / total - sc.pruneMargin) * total;
    const perDoc = new Map<number, Array<[number, number]>>();
    for (const [key, matched] of phrasingHit) {
      const doc = Math.floor(key / 4096);
      if (covered[doc] < floor) continue;
      const list = perDoc.get(doc);
      if (list) list.push([key % 4096, matched]);
      else perDoc.set(doc, [[key % 4096, matched]]);
    }

    const queryCues = sc.specificCues.filter((c) => query.cues.has(c));
    const queryPhrasingCues = sc.phrasingCues.filter((c) => query.cues.has(c));
    const hits: Hit[] = [];
    for (const doc of touched) {
      const cov = covered[doc];
      if (cov < floor) continue;
      const coverage = cov / total;
      let phraseCoverage = 0;
      for (const [p, matched] of perDoc.get(doc) ?? []) {
        const pTotal = this.phrasingTotal(doc, p);
        // A phrasing asking "how much"/"when"/"which" is a different question from one that doesn't.
        const own = this.phrasingCues[doc][p];
        const mismatch =
          own.filter((c) => !queryPhrasingCues.includes(c)).length +
          queryPhrasingCues.filter((c) => !own.includes(c)).length * sc.reverseMismatch;
        const covers = Math.min(1, matched / pTotal) * sc.cueMismatch ** mismatch;
        if (pTotal > 0) phraseCoverage = Math.max(phraseCoverage, covers);
      }
      let inBody = 0;
      const body = this.bodyTerms[doc];
      if (body.size) terms.forEach((t, i) => body.has(t) && (inBody += weights[i]));
      const kind = this.docs[doc].kind;
      const mix = sc.coverage * coverage + sc.phraseCoverage * phraseCoverage + sc.body * (inBody / total);
      let score = mix * sc.kindWeight[kind];
      const cues = this.docCues[doc];
      for (const cue of queryCues) if (!cues.has(cue)) score *= sc.cueMissingByCue[cue] ?? sc.cueMissing;
      // "Why…" asks for the article's reasoning; a known gap is a missing fact (a name, a number, a date).
      if (query.cues.has('why') && kind === 'not-covered') score *= sc.whyGap;
      if (kind !== 'not-covered') {
        for (const [cue, weight] of this.beyondArticle) if (query.cues.has(cue) && !cues.has(cue)) score *= weight;
      }
      hits.push({ doc: this.docs[doc], score, coverage, phraseCoverage, matched: cov, terms: matchedTerms.get(doc)! });
    }
    hits.sort((a, b) => b.score - a.score);
    return { hits: hits.slice(0, limit), weights, unknown: terms.map((t) => !this.df.has(t)), terms, total };
  }
}
