// Turns a question or a phrasing into matchable terms: the pipeline of stages, wired with the language data.
import type { LanguageData } from '../knowledge/types';
import { type Cue, CueReader, rewriteOpeners } from './cues';
import { LanguageDetector } from './language';
import { NameResolver } from './names';
import { MAX_QUESTION_CHARS, normalizeWords } from './normalise';
import { ARTICLE_TERM, PhraseMatcher, PhrasalVerbJoiner } from './phrases';
import { EnglishStemmer, SpanishStemmer } from './stem';
import { buildStopWords } from './stop-words';
import { SpanishTranslator } from './translate';
import { editDistance, MIN_FUZZY_LENGTH, questionWordFixer, TypoCorrector } from './typos';

export { ARTICLE_TERM, joinPhrasalVerbs } from './phrases';
export { editDistance } from './typos';
export { MAX_QUESTION_CHARS, normalizeWords };
export type { Cue };

export interface Analysis {
  /** Canonical stems, in order, without duplicates. */
  terms: string[];
  /**
   * Share of a term's weight, per term: the words of a multi-word concept ("new york") split one concept's
   * weight instead of counting it twice.
   */
  shares: number[];
  cues: Set<Cue>;
  language: 'en' | 'es';
  /** Words that were fuzzy-corrected: typed → corrected. */
  corrections: Array<[string, string]>;
  /** The words inside its multi-word phrases, each read alone ("trim hedges" → hedges): for knowledge text. */
  inner?: string[];
  /** The words after the first of each of its multi-word phrases ("hedges" of "trim hedges"): what the phrase is about. */
  heads?: string[];
}

export interface AnalyzerOptions {
  synonyms: string[][];
  spanish: Record<string, string>;
  /** English text of the knowledge: decides which words are English when a question mixes languages. */
  englishText: string[];
  /** Word lists, patterns and cues of the languages read (knowledge/language/). */
  language: LanguageData;
  /** Real English words are never "corrected" into knowledge words (default: none known). */
  isEverydayWord?: (word: string) => boolean;
  /** How an English word sounds, for misspellings written as they sound (default: none). */
  phoneticKey?: (word: string) => string;
  /** Rare words of real English are corrected one edit away at most (default: none known). */
  isRareRealWord?: (word: string) => boolean;
}

/** A question's terms are cut at this many, so matching time stays bounded. */
const MAX_TERMS = 48;
/** Knowledge texts kept analysed (a sentence is read by the phrasing index and again by the article reader). */
const MAX_KNOWN_CACHE = 50_000;
/** Questions kept analysed: a message and the parts of it the stages read. */
const MAX_QUESTION_CACHE = 256;
const MAX_CACHED_QUESTION_CHARS = 4000;
const isNumber = (w: string) => /^\d+$/.test(w);
/** A word written with a capital is read as a misspelt common word one slip away only from this length. */
const MIN_EMPHASIS_LENGTH = 6;

/**
 * The words a text writes as names: a capital inside a sentence ("was it Lyon or Nice?"), lower-cased — not a
 * sentence's first word, and none in a text that capitalises most of its words ("What Is The Plan").
 */
export function namesWritten(text: string): Set<string> {
  const names = new Set<string>();
  const words = text.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  if (words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length) return names;
  for (const m of text.matchAll(/(?<=[\p{Ll}\d,;)"”’'\-—–]\s+)(\p{Lu}[\p{Ll}]+)/gu)) names.add(m[1].toLowerCase());
  return names;
}

/** Builds the analyzer for one knowledge base. Vocabulary for typo correction is added with `learn`. */
export class Analyzer {
  readonly isEverydayWord: (word: string) => boolean;
  /** Terms that say little about which part of the knowledge is meant ("the article"): they weigh little. */
  readonly weakTerms: ReadonlySet<string>;
  private readonly stopWords: ReadonlySet<string>;
  private readonly articleWords: ReadonlySet<string>;
  private readonly reportingVerbs: ReadonlySet<string>;
  private readonly englishWords = new Set<string>();
  private readonly knownStems = new Set<string>();
  /** Words the knowledge writes as names (with a capital inside a sentence): "Paris", "Senate". */
  private readonly knownNames = new Set<string>();
  private readonly fixQuestionWords: (words: string[]) => string[];
  private readonly openers: LanguageData['en']['openers'];
  private readonly leadIns: ReadonlySet<string>;
  private readonly leadInsNotBefore: ReadonlySet<string>;
  private readonly questionNouns: ReadonlySet<string>;
  private readonly questionAdjectives: ReadonlySet<string>;
  private readonly stemmer: EnglishStemmer;
  private readonly names: NameResolver;
  private readonly translator: SpanishTranslator;
  private readonly languages: LanguageDetector;
  private readonly phrasalVerbs: PhrasalVerbJoiner;
  private readonly phrases: PhraseMatcher;
  private readonly typos: TypoCorrector;
  private readonly knownCache = new Map<string, Analysis>();
  private readonly questionCache = new Map<string, Analysis>();
  private readonly cues: CueReader;

  constructor(opts: AnalyzerOptions) {
    const { en, es, articleWords, cues, reportingVerbs } = opts.language;
    this.isEverydayWord = opts.isEverydayWord ?? (() => false);
    const stopWords = buildStopWords(en, es);
    this.stopWords = stopWords.all;
    this.articleWords = new Set(articleWords);
    this.reportingVerbs = new Set(reportingVerbs ?? []);
    this.fixQuestionWords = questionWordFixer(new Map(Object.entries(en.questionWordTypos)), new Map(Object.entries(en.afterQuestionWordTypos ?? {})));
    this.openers = en.openers;
    this.leadIns = new Set(en.leadIns);
    this.leadInsNotBefore = new Set(en.leadInsNotBefore);
    this.questionNouns = new Set(en.questionNouns);
    this.questionAdjectives = new Set(en.questionAdjectives);
    this.stemmer = new EnglishStemmer(en);
    const stem = (w: string) => this.stemmer.stem(w);
    this.weakTerms = new Set([ARTICLE_TERM, ...en.weakWords.map(stem)]);
    for (const text of opts.englishText) for (const w of normalizeWords(text)) this.englishWords.add(w);
    this.names = new NameResolver(en);
    this.translator = new SpanishTranslator(opts.spanish, this.englishWords, this.stopWords, new SpanishStemmer(), es.cognateEndings ?? []);
    this.languages = new LanguageDetector({ en: en.markers, es }, this.englishWords, this.translator);
    const isFunctionWord = (w: string) => this.stopWords.has(w);
    this.phrasalVerbs = new PhrasalVerbJoiner(en.phrasalVerbs, isFunctionWord);
    this.phrases = new PhraseMatcher({ stem, stopWords: this.stopWords, articleWords: this.articleWords });
    // A synonym group is read with the names joined, as a question is (a name of two words is one word).
    this.phrases.addSynonymGroups(opts.synonyms.map((group) => group.map((member) => this.names.resolve(normalizeWords(member)).join(' '))));
    this.phrases.addFillerPhrases(en.fillerPhrases);
    this.typos = new TypoCorrector({ isEverydayWord: this.isEverydayWord, isFunctionWord, phoneticKey: opts.phoneticKey, isRareRealWord: opts.isRareRealWord });
    this.cues = new CueReader(cues);
    // The typo vocabulary starts with the function and article words, then the Spanish terms and synonyms.
    for (const w of this.stopWords) {
      if (w.length >= MIN_FUZZY_LENGTH) this.typos.add(w, stopWords.spanishOnly.has(w) ? 'es' : 'en');
    }
    for (const w of this.articleWords) if (w.length >= MIN_FUZZY_LENGTH) this.typos.add(w, 'en');
    for (const key of this.translator.keys()) {
      for (const w of key.split(' ')) if (w.length >= MIN_FUZZY_LENGTH) this.typos.add(w, 'es');
    }
    for (const group of opts.synonyms) for (const member of group) this.learn(member);
  }

  /** Does this (normalised) word mean "the article itself"? */
  isArticleWord(word: string): boolean {
    return this.articleWords.has(word);
  }

  /** Is the word at `i` a verb the article does, with the article for its subject ("the author raises", "does it say")? */
  reportsTheArticle(words: string[], i: number): boolean {
    return this.reportingVerbs.has(words[i]) && this.saysTheArticle(words, i);
  }

  /** Whether the word at `i` has the article for its subject: "the text offers", "does the article give", "does it say". */
  private saysTheArticle(words: string[], i: number): boolean {
    const before = words[i - 1];
    if (before && this.articleWords.has(before)) return true;
    return before === 'it' && ['does', 'did', 'do', 'doesnt', 'didnt'].includes(words[i - 2] ?? '');
  }

  /** A past participle of one of the article's verbs ("described", "framed", "called", "given"). */
  isReportingParticiple(word: string): boolean {
    if (['d', 'ed'].some((end) => word.endsWith(end) && this.reportingVerbs.has(word.slice(0, -end.length)))) return true;
    return word !== this.stemmer.baseForm(word) && this.reportingVerbs.has(this.stemmer.baseForm(word));
  }

  /** Spanish words as the translation stage reads them in English (English words stay as they are). */
  inEnglish(words: string[]): string[] {
    return this.translator.translate(words, 'es');
  }

  /** The English term a word is matched by (its stem). */
  stem(word: string): string {
    return this.stemmer.stem(word);
  }

  /** The language a message is written in (as the analysis would read it). */
  languageOf(text: string): 'en' | 'es' {
    return this.languages.detect(text, normalizeWords(text));
  }

  /** Is this a function word or chat filler (English or Spanish)? */
  isStopWord(word: string): boolean {
    return this.stopWords.has(word);
  }

  /** Adds the words of an English knowledge text to the vocabulary that typos are corrected against. */
  learn(text: string): void {
    const words = normalizeWords(text);
    this.learnWords(words, this.languages.detect(text, words));
    for (const w of namesWritten(text)) this.knownNames.add(w);
  }

  /** Spanish phrasings teach the Spanish typo vocabulary; English text the English one. */
  private learnWords(words: string[], language: 'en' | 'es'): void {
    // (New vocabulary may correct a question differently.)
    this.questionCache.clear();
    for (const w of words) {
      if (this.typos.has(w, language)) continue;
      if (!this.stopWords.has(w)) this.knownStems.add(this.stemmer.stem(w));
      // A Spanish term is not English vocabulary unless English uses it too.
      const belongs = language === 'es' || this.englishWords.has(w) || !this.translator.has(w);
      if (w.length >= MIN_FUZZY_LENGTH && !isNumber(w) && belongs) this.typos.add(w, language);
    }
  }

  /**
   * Analyses knowledge text (phrasings, answers): no typo correction, since the knowledge defines the vocabulary.
   * With `learn`, its words also join that vocabulary (one pass over the text).
   */
  analyzeKnown(text: string, learn = false): Analysis {
    // The same knowledge text is read by the phrasing index and the article reader: analysed once.
    const cached = learn ? undefined : this.knownCache.get(text);
    if (cached) return cached;
    const analysis = this.run(text, false, learn);
    if (learn) for (const w of namesWritten(text)) this.knownNames.add(w);
    if (this.knownCache.size >= MAX_KNOWN_CACHE) this.knownCache.clear();
    this.knownCache.set(text, analysis);
    return analysis;
  }

  /**
   * Analyses a user's question, correcting typos against the knowledge's vocabulary. One message is read by several
   * stages (news, lists, the answer itself): the last few analyses are kept, frozen, until the vocabulary changes.
   */
  analyze(text: string): Analysis {
    // (Only messages of a sensible length are kept: a huge paste is read once and let go.)
    if (text.length > MAX_CACHED_QUESTION_CHARS) return this.run(text, true);
    const cached = this.questionCache.get(text);
    if (cached) return cached;
    const analysis = this.run(text, true);
    Object.freeze(analysis.terms);
    Object.freeze(analysis.shares);
    Object.freeze(analysis.corrections);
    if (this.questionCache.size >= MAX_QUESTION_CACHE) this.questionCache.clear();
    this.questionCache.set(text, Object.freeze(analysis));
    return analysis;
  }

  /** normalise → names → language → translate → phrasal verbs → question-word typos → openers → typos → cues → terms. */
  private run(text: string, correct: boolean, learn = false): Analysis {
    let words = this.names.resolve(normalizeWords(this.names.markNames(text)));
    const typed = words.join(' ');
    const language = this.languages.detect(text, words);
    if (learn) this.learnWords(words, language);
    // Spanish read in English names things as English does: a name of two words is one word.
    if (language === 'es') words = this.names.resolve(this.translator.translate(words, language));
    else words = this.translator.translate(words, language);
    if (language === 'en') words = this.phrasalVerbs.join(words);
    if (correct) words = this.fixQuestionWords(words);
    words = rewriteOpeners(words, this.openers);
    // The cues are read as typed and as corrected: "wehre were they sent" asks where, and a rare real word read as a
    // typo ("commented") keeps the cue it gives.
    const asTyped = words.join(' ');
    const corrections: Array<[string, string]> = [];
    if (correct) words = this.corrected(words, language, corrections, namesWritten(text));
    if (correct && language === 'en') words = this.withoutAskingWords(words);
    // …and without the words it opens with before its question word: "and who do they hurt?" asks who.
    const led = (ws: string[]) => {
      let i = 0;
      while (i < ws.length - 1 && this.leadIns.has(ws[i])) i++;
      return i && !this.leadInsNotBefore.has(ws[i]) ? ws.slice(i).join(' ') : undefined;
    };
    const cues = this.cues.read(
      words.join(' '),
      language === 'es' ? typed : undefined,
      corrections.length ? asTyped : undefined,
      led(words),
      language === 'es' ? led(typed.split(' ')) : undefined,
    );
    const idiomInner: string[] = [];
    const idiomHeads: string[] = [];
    const stems = this.stemsOf(this.cues.withoutAsking(words), correct ? undefined : idiomInner, idiomHeads);
    const { terms, share, inner: phraseInner, heads: phraseHeads } = this.phrases.mapSynonyms(stems, MAX_TERMS);
    const inner = [...idiomInner, ...phraseInner];
    const heads = correct ? [] : [...idiomHeads, ...phraseHeads];
    const unique = [...new Set(terms)];
    return { terms: unique, shares: unique.map((t) => share.get(t) ?? 1), cues, language, corrections, ...(inner.length && { inner }), ...(heads.length && { heads }) };
  }

  /**
   * Stems of the words that carry a topic (typos already corrected, so a corrected word joins the phrases around it:
   * "kicekd out" is "kicked out"): idioms read whole, stop words dropped, article words as ARTICLE_TERM.
   */
  private stemsOf(words: string[], inner?: string[], heads?: string[]): string[] {
    const stems: string[] = [];
    const wordStems = words.map((w) => this.stemmer.stem(w));
    for (let i = 0; i < words.length; i++) {
      const idiom = this.phrases.matchIdiom(wordStems, i);
      if (idiom) {
        stems.push(...idiom.canonical);
        // (Its words of meaning, each read alone.)
        if (inner)
          for (let k = i; k < i + idiom.length; k++)
            if (!this.stopWords.has(words[k]) && !this.stopWords.has(this.stemmer.baseForm(words[k])) && this.phrases.readsAsItself(wordStems[k], idiom.canonical)) {
              inner.push(wordStems[k]);
              if (k > i) heads?.push(wordStems[k]);
            }
        i += idiom.length - 1;
        continue;
      }
      const w = words[i];
      if (this.stopWords.has(w) || this.stopWords.has(this.stemmer.baseForm(w))) continue;
      // "what reason does the article offer", "how does it describe X": the article's own verb names no topic.
      if (this.reportingVerbs.has(w) && this.saysTheArticle(words, i)) continue;
      // "is the X described as Y?", "are they portrayed as…": in the passive, the article's verb too.
      if (words[i + 1] === 'as' && this.isReportingParticiple(w)) continue;
      if (this.articleWords.has(w)) {
        stems.push(ARTICLE_TERM);
        continue;
      }
      stems.push(wordStems[i]);
    }
    return stems;
  }

  /**
   * The words without one that describes the asking ("dumb q", "pedantic question"): a word of `questionAdjectives`
   * right before a noun for a question (`questionNouns`). ("the pruning question", "the climate question" keep their
   * topic: a word not listed is what is asked about.)
   */
  private withoutAskingWords(words: string[]): string[] {
    return words.filter((w, i) => !this.questionNouns.has(words[i + 1] ?? '') || !this.questionAdjectives.has(w));
  }

  /** The words with each typo corrected (and recorded in `corrections`); a Spanish correction read in English. */
  private corrected(words: string[], language: 'en' | 'es', corrections: Array<[string, string]>, names: ReadonlySet<string> = new Set()): string[] {
    return words.flatMap((w) => {
      if (this.stopWords.has(w) || this.stopWords.has(this.stemmer.baseForm(w)) || this.articleWords.has(w)) return [w];
      if (w.length < MIN_FUZZY_LENGTH || isNumber(w) || this.knownStems.has(this.stemmer.stem(w))) return [w];
      const fixed = this.typos.correct(w, language);
      // A name the message writes with a capital ("Sinoloa") is a misspelt name of the knowledge ("Parsi") or none:
      // never a common word ("sinful") — unless a long word one slip away ("Detials", "Aricle": a capital of emphasis;
      // a short name one slip from a word is still a name: "Caro").
      const emphasis = !!fixed && w.length >= MIN_EMPHASIS_LENGTH && editDistance(w, fixed) <= 1;
      if (!fixed || (names.has(w) && !this.knownNames.has(fixed) && !emphasis)) return [w];
      corrections.push([w, fixed]);
      return this.translator.translate([fixed], language);
    });
  }
}
