// Words that carry no topic — function words and the filler of chat — built from the language data.
import type { EnglishData, SpanishData } from '../knowledge/types';

export interface StopWords {
  /** English and Spanish function words and chat filler, lower-case and without accents. */
  all: ReadonlySet<string>;
  /** The Spanish-only part of `all` (a Spanish word is never a correction for an English typo). */
  spanishOnly: ReadonlySet<string>;
}

/** English function words, then chat filler, then Spanish: the order the typo vocabulary learns them in. */
export function buildStopWords(
  en: Pick<EnglishData, 'stopWords' | 'fillerWords'>,
  es: Pick<SpanishData, 'stopWords'>,
): StopWords {
  const english = new Set([...en.stopWords, ...en.fillerWords]);
  return {
    all: new Set([...english, ...es.stopWords]),
    spanishOnly: new Set(es.stopWords.filter((w) => !english.has(w))),
  };
}
