// Stage "stem": a word → the term it is matched by (Snowball stemmers, with the language data's exceptions).
import { newStemmer } from 'snowball-stemmers';
import type { EnglishData } from '../knowledge/types';

/** Caches are cleared past this size, so a long-running bot's memory stays bounded. */
const MAX_CACHE = 200_000;

/**
 * Irregular verb forms → base form (WordNet's exception list, via wink-lexicon): the stemmer leaves "sent", "took",
 * "brought" alone, so "the message sent" would miss "send a message".
 */
const VERB_BASE = new Map(Object.entries(require('wink-lexicon/src/wn-verb-exceptions.js') as Record<string, string>));

/** English stems, with overrides for words the stemmer folds into a different word; memoised. */
export class EnglishStemmer {
  private readonly stemmer = newStemmer('english');
  private readonly overrides: Map<string, string>;
  private readonly prefixes: Array<[string, string]>;
  /** Irregular forms that are also words with a meaning of their own: not read as their verb. */
  private readonly ownMeaning: Set<string>;
  private readonly cache = new Map<string, string>();

  constructor(data: Pick<EnglishData, 'stemOverrides' | 'stemPrefixes' | 'ownMeaningVerbForms'>) {
    this.overrides = new Map(Object.entries(data.stemOverrides));
    this.prefixes = Object.entries(data.stemPrefixes);
    this.ownMeaning = new Set(data.ownMeaningVerbForms);
  }

  /** The base form of an irregular verb form ("sent" → "send"), else the word itself. */
  baseForm(word: string): string {
    const base = VERB_BASE.get(word);
    return base === undefined || this.ownMeaning.has(word) ? word : base;
  }

  /** The term a word is matched by: an override, a prefix's term, the number itself, or the stem of its base form. */
  stem(word: string): string {
    let s = this.cache.get(word);
    if (s === undefined) {
      s =
        this.overrides.get(word) ??
        this.prefixes.find(([p]) => word.startsWith(p))?.[1] ??
        (/^\d+$/.test(word) ? word : this.stemmer.stem(this.baseForm(word)));
      if (this.cache.size > MAX_CACHE) this.cache.clear();
      this.cache.set(word, s);
    }
    return s;
  }
}

/** Snowball Spanish stems, memoised (language detection asks for the same words again and again). */
export class SpanishStemmer {
  private readonly stemmer = newStemmer('spanish');
  private readonly cache = new Map<string, string>();

  stem(word: string): string {
    let s = this.cache.get(word);
    if (s === undefined) {
      s = this.stemmer.stem(word);
      if (this.cache.size > MAX_CACHE) this.cache.clear();
      this.cache.set(word, s);
    }
    return s;
  }
}
