// Stage "phrases": phrasal verbs, idioms and chat filler phrases, and synonym groups → one term per concept.
import type { EnglishData } from '../knowledge/types';
import { normalizeWords } from './normalise';

export type PhrasalVerbRules = EnglishData['phrasalVerbs'];

/** The term every "article" word becomes: it says "about the article" and weighs little. */
export const ARTICLE_TERM = '~article';

/**
 * "kicking people out", "sent the suspects back", "hand them over" → the verb and its particle side by side
 * ("kicking out people"), so the phrasal verb means what it means when written unbroken. `isFunctionWord` keeps
 * function words from being read as the verb.
 */
export function joinPhrasalVerbs(
  words: string[],
  rules: PhrasalVerbRules,
  isFunctionWord: (word: string) => boolean = () => false,
): string[] {
  return new PhrasalVerbJoiner(rules, isFunctionWord).join(words);
}

/** `joinPhrasalVerbs` with its word lists built once. */
export class PhrasalVerbJoiner {
  private readonly particles: Set<string>;
  private readonly objects: Set<string>;
  private readonly determiners: Set<string>;

  constructor(
    rules: PhrasalVerbRules,
    private readonly isFunctionWord: (word: string) => boolean,
  ) {
    this.particles = new Set(rules.particles);
    this.objects = new Set(rules.objectWords);
    this.determiners = new Set(rules.determiners);
  }

  join(words: string[]): string[] {
    let out = words;
    for (let i = 0; i + 2 < out.length; i++) {
      // The verb is a content word: "is it over" and "are they all out" stay as typed.
      if (this.objects.has(out[i]) || this.determiners.has(out[i]) || this.isFunctionWord(out[i])) continue;
      const objectLength = this.objectLength(out, i + 1);
      if (!objectLength) continue;
      if (out === words) out = [...words];
      const object = out.slice(i + 1, i + 1 + objectLength);
      out.splice(i + 1, objectLength + 1, out[i + 1 + objectLength], ...object);
    }
    return out;
  }

  /** Words of a short object ("them", "the suspects") starting at i and followed by a particle, or 0. */
  private objectLength(words: string[], i: number): number {
    if (this.determiners.has(words[i]) && this.objects.has(words[i + 1]) && this.particles.has(words[i + 2])) return 2;
    return this.objects.has(words[i]) && this.particles.has(words[i + 1]) ? 1 : 0;
  }
}

export interface PhraseWords {
  stem: (word: string) => string;
  stopWords: ReadonlySet<string>;
  articleWords: ReadonlySet<string>;
}

/**
 * Multi-word idioms (matched whole, stop words included, before stop words are dropped) and synonym phrases
 * (matched on the stems that remain): each becomes its group's canonical terms.
 */
export class PhraseMatcher {
  private readonly synonymPhrases = new Map<string, string[]>();
  private readonly synonymStarts = new Set<string>();
  private maxSynonymPhrase = 1;
  /** Multi-word synonyms keyed by the stems of all their words, stop words included ("go after", "keep an eye on"). */
  private readonly idiomPhrases = new Map<string, string[]>();
  /** First stem of each multi-word idiom → the idioms' lengths, longest first: most words start none. */
  private readonly idiomStarts = new Map<string, number[]>();

  constructor(private readonly words: PhraseWords) {}

  /** Synonym groups, read top-down: the first group to claim a word keeps it. */
  addSynonymGroups(groups: string[][]): void {
    const { stopWords, articleWords } = this.words;
    for (const group of groups) {
      const head = normalizeWords(group[0]).filter((w) => !stopWords.has(w));
      // A group headed by an "article" word ("summary": "in a sentence", "in a nutshell") means the article itself.
      const canonical = head.length && head.every((w) => articleWords.has(w)) ? [ARTICLE_TERM] : this.stemAll(head);
      if (!canonical.length) continue;
      for (const member of group) {
        const all = normalizeWords(member);
        if (all.length >= 2) this.addIdiom(all, canonical);
        const key = this.stemAll(all.filter((w) => !stopWords.has(w)));
        // A phrase that shrinks to one word without its stop words ("on many fronts") is matched whole (as an
        // idiom above), never as that word alone: not every "front" means what the phrase means.
        if (!key.length || (all.length > 1 && key.length === 1)) continue;
        if (!this.synonymPhrases.has(key.join(' '))) this.synonymPhrases.set(key.join(' '), canonical);
        if (key.length > 1) this.synonymStarts.add(key[0]);
        this.maxSynonymPhrase = Math.max(this.maxSynonymPhrase, key.length);
      }
    }
  }

  /** Chat phrases that mean nothing ("back that up", "real quick"): matched whole and dropped. */
  addFillerPhrases(phrases: readonly string[]): void {
    for (const phrase of phrases) this.addIdiom(normalizeWords(phrase), []);
  }

  /** A multi-word phrase matched whole, stop words included, and read as `canonical` (nothing, for chat filler). */
  private addIdiom(words: string[], canonical: string[]): void {
    const key = this.stemAll(words).join(' ');
    if (this.idiomPhrases.has(key)) return;
    this.idiomPhrases.set(key, canonical);
    const first = this.words.stem(words[0]);
    const lengths = this.idiomStarts.get(first) ?? [];
    if (!lengths.includes(words.length)) this.idiomStarts.set(first, [...lengths, words.length].sort((a, b) => b - a));
  }

  /** The longest idiom starting at word i, matched on stems with stop words kept. */
  matchIdiom(wordStems: string[], i: number): { canonical: string[]; length: number } | undefined {
    const lengths = this.idiomStarts.get(wordStems[i]);
    if (!lengths) return undefined;
    for (const n of lengths) {
      if (i + n > wordStems.length) continue;
      const canonical = this.idiomPhrases.get(wordStems.slice(i, i + n).join(' '));
      if (canonical) return { canonical, length: n };
    }
    return undefined;
  }

  /**
   * Stems → canonical terms, longest synonym phrase first, at most `maxTerms`; with each term's share of its
   * concept's weight (the words of "new york" split one concept's weight).
   */
  mapSynonyms(stems: string[], maxTerms: number): { terms: string[]; share: Map<string, number>; inner: string[]; heads: string[] } {
    const terms: string[] = [];
    const share = new Map<string, number>();
    // The words inside a phrase, each read alone: a text saying "trim hedges" says "hedges" too.
    const inner: string[] = [];
    // …and those after its first word, what an English phrase is about ("hedges" of "trim hedges", not "garden" of
    // "garden shears").
    const heads: string[] = [];
    for (let i = 0; i < stems.length && terms.length < maxTerms; ) {
      let matched = false;
      const longest = this.synonymStarts.has(stems[i]) ? Math.min(this.maxSynonymPhrase, stems.length - i) : 1;
      for (let n = longest; n >= 1; n--) {
        const canonical = this.synonymPhrases.get(n === 1 ? stems[i] : stems.slice(i, i + n).join(' '));
        if (canonical) {
          terms.push(...canonical);
          // (Each as itself only: "term" of "short term" is no synonym's "long-term".)
          if (n > 1) for (const stem of stems.slice(i, i + n)) if (this.readsAsItself(stem, canonical)) inner.push(stem);
          if (n > 1) for (const stem of stems.slice(i + 1, i + n)) if (this.readsAsItself(stem, canonical)) heads.push(stem);
          for (const t of canonical) share.set(t, Math.max(share.get(t) ?? 0, 1 / canonical.length));
          i += n;
          matched = true;
          break;
        }
      }
      if (!matched) {
        share.set(stems[i], 1);
        terms.push(stems[i++]);
      }
    }
    return { terms, share, inner, heads };
  }

  /**
   * Whether a stem inside a phrase read as `within` is read alone as itself: not as another word of its synonyms, nor
   * as a word that stands only for phrases of other meanings ("term" of "short term" is not the "longer term" it
   * stands for; "tool" of "tool shed" may stand for "garden tool shed" too).
   */
  readsAsItself(stem: string, within: readonly string[] = []): boolean {
    const canonical = this.synonymPhrases.get(stem);
    if (canonical && !(canonical.length === 1 && canonical[0] === stem)) return false;
    if (!this.phraseHeads) {
      this.phraseHeads = new Map();
      for (const [key, terms] of this.synonymPhrases) {
        if (!key.includes(' ')) continue;
        for (const t of terms) if (key.split(' ').includes(t)) this.phraseHeads.set(t, [...(this.phraseHeads.get(t) ?? []), terms]);
      }
    }
    const heads = this.phraseHeads.get(stem);
    return !heads || heads.some((terms) => terms.some((t) => within.includes(t)));
  }

  /** Words that stand for phrases of several words they are part of ("longer term" → "term"), with those phrases' terms. */
  private phraseHeads?: Map<string, string[][]>;

  private stemAll(words: string[]): string[] {
    return words.map(this.words.stem);
  }
}
