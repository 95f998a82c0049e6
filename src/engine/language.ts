// Stage "language": tells a Spanish question from an English one, from marker words, Spanish terms and accents.
import type { SpanishData } from '../knowledge/types';
import type { SpanishTranslator } from './translate';

/** Shorter words are not matched by Spanish stem: too many short English words share one. */
const MIN_STEM_MATCH_LENGTH = 5;
/** Spanish when at least this many words are Spanish… */
const MIN_SPANISH_WORDS = 2;
/** …or at least this share of them (and more Spanish words than English markers). */
const MIN_SPANISH_SHARE = 0.3;
/** An accented sentence is English when it has this many English markers and twice as many as Spanish words + 1. */
const MIN_ENGLISH_MARKERS_WITH_ACCENTS = 3;

export interface LanguageMarkers {
  en: string[];
  es: Pick<SpanishData, 'markers' | 'punctuation' | 'accentedLetters'>;
}

const charClass = (chars: string) => `[${chars.replace(/[\\\]^-]/g, '\\$&')}]`;

export class LanguageDetector {
  private readonly englishMarkers: Set<string>;
  private readonly spanishMarkers: Set<string>;
  private readonly spanishPunctuation: RegExp;
  private readonly accents: RegExp;

  constructor(
    markers: LanguageMarkers,
    private readonly englishWords: ReadonlySet<string>,
    private readonly translator: SpanishTranslator,
  ) {
    this.englishMarkers = new Set(markers.en);
    this.spanishMarkers = new Set(markers.es.markers);
    this.spanishPunctuation = new RegExp(charClass(markers.es.punctuation));
    this.accents = new RegExp(charClass(markers.es.accentedLetters), 'i');
  }

  /**
   * Spanish when it says so (¿, ¡), when it has accents and is not plainly English around a quoted name, or when more
   * of its words are Spanish than English.
   */
  detect(raw: string, words: string[]): 'en' | 'es' {
    if (this.spanishPunctuation.test(raw)) return 'es';
    if (!words.length) return 'en';
    let spanish = 0;
    let english = 0;
    for (const w of words) {
      if (this.spanishMarkers.has(w)) spanish++;
      // A Spanish word, or a form of one ("compartida" of "compartir"), that English does not use.
      else if (!this.englishWords.has(w) && (this.translator.has(w) || this.isSpanishForm(w))) spanish++;
      else if (this.englishMarkers.has(w)) english++;
    }
    // Accents mark Spanish, unless they are a name in an English sentence.
    if (this.accents.test(raw)) {
      return english >= MIN_ENGLISH_MARKERS_WITH_ACCENTS && english > 2 * (spanish + 1) ? 'en' : 'es';
    }
    const enough = spanish >= MIN_SPANISH_WORDS || spanish / words.length >= MIN_SPANISH_SHARE;
    return enough && spanish > english ? 'es' : 'en';
  }

  private isSpanishForm(word: string): boolean {
    return word.length >= MIN_STEM_MATCH_LENGTH && this.translator.hasStemOf(word);
  }
}
