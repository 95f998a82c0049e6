// Stage "translate": Spanish words and phrases → their English equivalents (knowledge/spanish.yaml).
import { normalizeWords } from './normalise';
import type { SpanishStemmer } from './stem';

/** Replaces Spanish words and phrases by English ones, longest phrase first; a word not listed may match by stem. */
export class SpanishTranslator {
  private readonly phrases = new Map<string, string[]>();
  /** Spanish stem of each single-word term → its English words ("compartida" finds "compartir"). */
  private readonly stems = new Map<string, string[]>();
  /** First words of multi-word phrases: most words start none. */
  private readonly starts = new Set<string>();
  /** Multi-word phrases by the Spanish stems of their words: "trabajan juntos" finds "trabajar juntos". */
  private readonly stemPhrases = new Map<string, string[]>();
  /** Stems of the first words of multi-word phrases. */
  private readonly stemStarts = new Set<string>();
  private readonly maxPhrase: number;

  constructor(
    spanish: Record<string, string>,
    private readonly englishWords: ReadonlySet<string>,
    private readonly stopWords: ReadonlySet<string>,
    private readonly spanishStemmer: SpanishStemmer,
    /** Spanish endings → English ones of their cognates ("cion" → "tion", "iero" → "ial"), tried longest first. */
    cognateEndings: ReadonlyArray<readonly [string, string]> = [],
  ) {
    this.cognateEndings = [...cognateEndings].sort((a, b) => b[0].length - a[0].length);
    let max = 1;
    for (const [key, value] of Object.entries(spanish)) {
      const words = normalizeWords(key);
      if (!words.length) continue;
      const target = normalizeWords(value);
      this.phrases.set(words.join(' '), target);
      if (words.length > 1) {
        this.starts.add(words[0]);
        const stems = words.map((w) => spanishStemmer.stem(w));
        const key = stems.join(' ');
        if (!this.stemPhrases.has(key)) this.stemPhrases.set(key, target);
        this.stemStarts.add(stems[0]);
      }
      if (words.length === 1) this.stems.set(spanishStemmer.stem(words[0]), target);
      max = Math.max(max, words.length);
    }
    this.maxPhrase = max;
  }

  private readonly cognateEndings: ReadonlyArray<readonly [string, string]>;

  /**
   * The English cognate of a Spanish word the word lists lack, when the knowledge's English writes it: "irrigación" →
   * "irrigation", "irrigaciones" too. A word's plural or feminine is read as its singular masculine first.
   */
  cognate(word: string): string | undefined {
    const forms = new Set([word, word.replace(/es$/, ''), word.replace(/s$/, ''), word.replace(/as?$/, 'o')]);
    for (const form of forms)
      for (const [es, en] of this.cognateEndings) {
        if (form.length <= es.length + 2 || !form.endsWith(es)) continue;
        const english = form.slice(0, form.length - es.length) + en;
        if (this.englishWords.has(english)) return english;
      }
    return undefined;
  }

  /** Is this (normalised) word or phrase a listed Spanish term? */
  has(phrase: string): boolean {
    return this.phrases.has(phrase);
  }

  /** Does a word share its Spanish stem with a listed single-word term? */
  hasStemOf(word: string): boolean {
    return this.stems.has(this.spanishStemmer.stem(word));
  }

  /** Listed phrases, normalised. */
  keys(): IterableIterator<string> {
    return this.phrases.keys();
  }

  /**
   * A Spanish diminutive as its plain word, when that is a listed term or a function word: "poquitos" → "pocos",
   * "ahorita" → "ahora", "amiguito" → "amigo", "detallitos" → "detallos" (read by its stem as "detalles"). Undefined otherwise.
   */
  undiminished(word: string): string | undefined {
    const m = /^(\p{L}{2,}?)(c)?it(o|a|os|as)$/u.exec(word);
    if (!m) return undefined;
    const [, stem, c, ending] = m;
    const plural = ending.endsWith('s') ? 's' : '';
    // "poqu-" is "poc-", "amigu-" is "amig-" before the ending.
    const bare = stem.replace(/qu$/, 'c').replace(/gu$/, 'g');
    const candidates = [`${bare}${ending}`, `${stem}e${plural}`, ...(c ? [`${stem}${plural}`, `${stem}e${plural}`, `${stem}c${ending}`] : [])];
    // (A function word only from a stem of four letters or more: "perito" is no little "pero".)
    if (stem.length < 3) return undefined;
    return candidates.find((x) => x !== word && (this.phrases.has(x) || (stem.length >= 4 && this.stopWords.has(x)) || this.hasStemOf(x)));
  }

  /**
   * A participle said without its "d", as in Andalusian and Caribbean speech — "expulsao" → "expulsado",
   * "botaos" → "botados" — when that is a listed term or read by its stem. Undefined otherwise.
   */
  undropped(word: string): string | undefined {
    const m = /^(\p{L}{3,})a(o|os)$/u.exec(word);
    if (!m) return undefined;
    const full = `${m[1]}ad${m[2]}`;
    return this.phrases.has(full) || this.hasStemOf(full) ? full : undefined;
  }

  translate(words: string[], language: 'en' | 'es'): string[] {
    // A diminutive the word lists do not have, even by its stem ("capacita", "explícita" are words of their own), is
    // read as its plain word; so is a participle said without its "d" ("expulsao").
    if (language === 'es')
      words = words.map((w) => (this.phrases.has(w) || this.englishWords.has(w) || this.stopWords.has(w) || this.hasStemOf(w) ? w : (this.undiminished(w) ?? this.undropped(w) ?? w)));
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      let done = false;
      // In a Spanish question a phrase may be conjugated otherwise than listed: its words' stems find it.
      const byStem = language === 'es' && this.stemStarts.has(this.spanishStemmer.stem(words[i]));
      const longest = this.starts.has(words[i]) || byStem ? Math.min(this.maxPhrase, words.length - i) : 1;
      for (let n = longest; n >= 1; n--) {
        const key = n === 1 ? words[i] : words.slice(i, i + n).join(' ');
        const stemKey = n > 1 && byStem ? words.slice(i, i + n).map((w) => this.spanishStemmer.stem(w)).join(' ') : undefined;
        const target = this.phrases.get(key) ?? (stemKey ? this.stemPhrases.get(stemKey) : undefined);
        // In an English question, a single word that English also uses stays English.
        if (target && (language === 'es' || n > 1 || !this.englishWords.has(key))) {
          out.push(...target);
          i += n;
          done = true;
          break;
        }
      }
      if (done) continue;
      const w = words[i++];
      const viaStem =
        language === 'es' && !this.englishWords.has(w) && !this.stopWords.has(w)
          ? this.stems.get(this.spanishStemmer.stem(w))
          : undefined;
      if (viaStem) out.push(...viaStem);
      else out.push((language === 'es' && !this.englishWords.has(w) && !this.stopWords.has(w) ? this.cognate(w) : undefined) ?? w);
    }
    return out;
  }
}
