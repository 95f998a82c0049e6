// The knowledge base as the engine and the digests see it, after loading and validation.

/** A section or list item of the source article: the citation target of every answer. */
export interface Section {
  id: string;
  title: string;
  /** The title in Spanish, for citations of Spanish answers. */
  titleEs?: string;
  /** The article's own text (English): what every answer cites. */
  text: string;
  /** A list item's text in Spanish, translated faithfully: list answers to Spanish questions show it. */
  textEs?: string;
  /** A section with a list: its items' name in Spanish, plural ("elementos clave"). */
  listLabelEs?: string;
  /** The section a list item belongs to. */
  parent?: string;
}

/** A curated question: the ways people ask it, and the answer the article supports. */
export interface QuestionEntry {
  id: string;
  source: string;
  /** Other sections the answer also draws on, cited after `source`. */
  alsoCites?: string[];
  phrasings: string[];
  answer: string;
  /** The answer in Spanish, translated faithfully: what a Spanish question gets. */
  answerEs: string;
  /** The file it came from, for error messages and the per-file tests. */
  file: string;
}

/** Something people ask that the article does not state: the bot declines and says so. */
export interface NotCoveredTopic {
  id: string;
  phrasings: string[];
  reply: string;
  replyEs: string;
  related?: string;
  file: string;
}

export interface GlossaryTerm {
  term: string;
  aliases: string[];
  es: string[];
  /** What kind of thing the term is ("drug", "agency"): "which drug does it name?" asks for this term. */
  isA: string[];
  definition: string;
  definitionEs: string;
  source: string;
}

/** A dated development of the story, written from a cited source (knowledge/updates/*.md). */
export interface Update {
  /** The file name without `.md`: `2026-12-01-more-expulsions`. */
  id: string;
  /** YYYY-MM-DD, the same as the file name's. */
  date: string;
  title: string;
  /** The publication or URL the update comes from. */
  source: string;
  /** The article section it bears on, when one. */
  related?: string;
  /** Markdown. */
  body: string;
  file: string;
}

/** How people talk about the article's structure (knowledge/language/dialogue.yaml); see dialogueFileSchema. */
export type Dialogue = import('zod').output<typeof import('./schema').dialogueFileSchema>;

/** The bot's own words and small-talk rules (knowledge/language/replies.yaml); see repliesFileSchema. */
export type Replies = import('zod').output<typeof import('./schema').repliesFileSchema>;

export interface Knowledge {
  title: string;
  /** The article's publication date (YYYY-MM-DD), when article.yaml gives one. */
  date?: string;
  sections: Section[];
  questions: QuestionEntry[];
  notCovered: NotCoveredTopic[];
  glossary: GlossaryTerm[];
  /** Synonym groups; the first word of each is the canonical form. */
  synonyms: string[][];
  /** Spanish word or phrase → English words. */
  spanish: Record<string, string>;
  updates: Update[];
  /** Lists, yes/no and follow-up language; empty defaults when the file is absent. */
  dialogue: Dialogue;
  /** The bot's own replies and how it recognises small talk. */
  replies: Replies;
  /** The language data the engine reads questions with (knowledge/language/). */
  language: LanguageData;
}

/** A word that is a name or a pronoun ("us"): the name unless it follows one of `pronounAfter`. */
export interface PronounOrName {
  word: string;
  means: string[];
  pronounAfter: string[];
  nameBefore: string[];
  /** Verbs after which the word, even written in capitals ("tell US"), is the pronoun. */
  capitalsPronounAfter?: string[];
}

/** English language data (knowledge/language/en.yaml); words lower-case and without accents. */
export interface EnglishData {
  stopWords: string[];
  fillerWords: string[];
  fillerPhrases: string[];
  markers: string[];
  questionWordTypos: Record<string, string>;
  /** Real words that, right after a question word, are a slip for the verb asked with ("wat dose" → "does"). */
  afterQuestionWordTypos?: Record<string, string>;
  /** Chat shorthand → the words it stands for ("whr" → "where"). */
  shorthand?: Record<string, string>;
  openers: Array<{ word: string; becomes: string; notBefore: string[] }>;
  /** Nouns for a question itself ("q", "question") and the words describing the asking before one ("dumb q"). */
  questionNouns: string[];
  questionAdjectives: string[];
  leadIns: string[];
  leadInsNotBefore: string[];
  jointNames: Array<{ words: string[]; means: string[] }>;
  pronounOrName: PronounOrName[];
  phrasalVerbs: { particles: string[]; objectWords: string[]; determiners: string[] };
  stemOverrides: Record<string, string>;
  stemPrefixes: Record<string, string>;
  ownMeaningVerbForms: string[];
  weakWords: string[];
  /** Two-letter function words a run-together word may hold as a part of its own ("ruleoflaw"). */
  splitShortWords: string[];
}

/** Spanish language data (knowledge/language/es.yaml). */
export interface SpanishData {
  stopWords: string[];
  markers: string[];
  /** Characters only Spanish uses (¿ ¡). */
  punctuation: string;
  /** Letters that mark Spanish unless the sentence is plainly English (á é í ó ú ñ). */
  accentedLetters: string;
  /** Spanish endings → the English endings of their cognates ("cion" → "tion"), without accents. */
  cognateEndings: Array<[string, string]>;
}

/** One question-type cue (knowledge/language/cues.yaml), its word lists already expanded. */
export interface CueRule {
  name: string;
  starts: string[];
  words: string[];
  patterns: string[];
  unless: string[];
  /** Phrases that ask the question type and name no topic ("what caused…"): they give the cue and are read out. */
  asking: string[];
  examples: string[];
  not: string[];
}

/** Everything the engine knows about the languages it reads. */
export interface LanguageData {
  en: EnglishData;
  es: SpanishData;
  /** Words meaning "the article itself" (knowledge/language/article-words.yaml). */
  articleWords: string[];
  /** Verbs the article does ("the piece offers", "does it describe"): after a word for it, no topic of their own. */
  reportingVerbs?: string[];
  cues: CueRule[];
  /** Idioms → the plain words they mean, by language (knowledge/language/idioms.yaml; empty when absent). */
  idioms?: { en: Array<[string, string]>; es: Array<[string, string]> };
}
