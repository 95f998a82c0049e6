// The answer engine: question in, sourced answer or polite decline out. Answers come only from the knowledge.
import Fuse from 'fuse.js';
import type { Dialogue, Knowledge, QuestionEntry, Replies, Section, Update } from '../knowledge/types';
import type { ConversationState, Enumeration } from './conversation';
import { type Analysis, Analyzer, ARTICLE_TERM, type Cue, editDistance, MAX_QUESTION_CHARS, normalizeWords } from './analyzer';
import { CLAUSE_END, escapeRegExp } from './normalise';
import { quotedClaim, quotedQuestion } from './claims';
import { messagePieces, questionClauses, withoutAddress, withoutConcession } from './clauses';
import { everydayCount, everydayCountOfForms, isEverydayWord, isListedWord, isNameWord, isRareRealWord } from './everyday-words';
import { metaphone } from './sounds';
import { ArticleReader, type Passage, type Reading } from './article-reader';
import { type ArticleList, bulletNames, buildLists, itemBody, itemName, itemsAt, type ListAsk, readListAsk } from './lists';
import { type SplitOptions, splitRunTogether } from './split-words';
import { IdiomReader, idiomReader } from './idioms';
import { SpanishStemmer } from './stem';
import { askedTopic } from './topic';
import { questionWordFixer } from './typos';
import { askingSentence, asksEmbeddedQuestion, type Lead, modalRestated, questionWordBeforeAside, withLead, withoutWrittenLead, yesNoLead, yesNoStarter } from './yes-no';
import { type Hit, type IndexDoc, SearchIndex, type SearchResult } from './search-index';
import { decisionPath, type Explanation } from './explain';
import { fill, humanDate, isUpdateSection, type LatestFact, updateAsSection, updateCitation, updatePlainText, UpdateReader, updateSectionId } from './updates';

export interface AnswerSource {
  id: string;
  title: string;
  /** A short quote from the article section that supports the answer. */
  quote: string;
}

export interface Answer {
  question: string;
  answered: boolean;
  /** Markdown, concise; a decline is one line. */
  text: string;
  sources: AnswerSource[];
  /** 0..1: how well the question matched what the bot knows. */
  confidence: number;
  /** Up to 3 related questions the bot can answer. */
  suggestions: string[];
  language: 'en' | 'es';
  /**
   * For a Spanish question, the English text of the same answer (`text` is then the Spanish one): what was chosen, as
   * the English knowledge and the article say it — for graders and reviewers comparing with the English article.
   */
  english?: string;
  /** The knowledge entry that answered (question id, glossary term, section id) — for logs and feedback. */
  entryId?: string;
  /** Answered as a follow-up to the previous question (AnswerContext). */
  followUp?: boolean;
  /** What to pass back with the next message of this conversation; absent when the conversation ends here. */
  state?: ConversationState;
}

export interface AnswerContext {
  /** The conversation so far (the state returned with the previous answer), for follow-ups like "why not?". */
  state?: ConversationState;
  /** The same person's previous question, when no fuller state is kept (older callers). */
  previousQuestion?: string;
}

export interface EngineOptions {
  /** Below this score the bot declines (shorthand for `weights.minScore`). */
  minScore?: number;
  /** Below this share of the question's weight covered, the bot declines (shorthand for `weights.minCoverage`). */
  minCoverage?: number;
  /** Any of the decision weights; the rest keep their defaults. */
  weights?: Partial<AnswerWeights>;
}

/**
 * How the engine decides, in one place. Defaults were chosen on the tune part of the evaluation set
 * (`npm run eval -- --fit` searches them again and reports the held-out part). Shares and coverages are 0..1.
 */
export interface AnswerWeights {
  /** Below this score a curated match declines (0.45–0.65). */
  minScore: number;
  /** Below this share of the question's weight covered, a curated match declines (0.4–0.6). */
  minCoverage: number;
  /** A one-word question must cover this much of some stored phrasing: a topic word does, "fix" does not (0.4–0.7). */
  singleWordPhraseCoverage: number;
  /** Matched weight (sum of IDF) that counts as strong evidence: about three distinctive words (3–6). */
  strongMatchWeight: number;
  /** A sentence of the article answers on its own when it covers this much of the question (0.4–0.8)… */
  readMinCoverage: number;
  /** …this much in its own words, not its section's title (0.4–0.7)… */
  readMinOwn: number;
  /** A sentence matching only one distinctive word of the question must cover this much of it (0.6–0.95). */
  readOneStrongCoverage: number;
  /** …and, over a known gap, this much more than the gap covers (0.05–0.3). */
  readOverGap: number;
  /** A known gap's reply needs the gap to cover this much of the question: "weather in <a city>" is not about places (0.5–0.8). */
  gapMinCoverage: number;
  /** How much a hit's own section text adds to it when entries of different sections nearly tie (0–0.15). */
  sectionTiebreak: number;
  /** Added to a match whose part of the article the question names by the distinctive words of its name, times the share named (0–0.2). */
  titleNamed: number;
  /** Ranks an article sentence ahead by this times the share of the question its part's title names (0–0.5). */
  readTitleNamed: number;
  /**
   * Taken off a curated entry whose phrasings nearly all ask one kind of thing (who, when, where, how many —
   * `entry_kinds`) when the question asks none of that kind (0–0.3).
   */
  otherKind: number;
  /** How sure a reading with the previous question must be to replace one that stands on its own (0.6–0.9). */
  followUpConfidence: number;
  /** Weight of words the knowledge never uses when a question sentence leaves the topic to its context (0.1–0.5). */
  contextChatWeight: number;
  /** A list whose topic a message names needs a passage of it to cover this much of the message (0.2–0.5). */
  listTopicCoverage: number;
  /** "How many…" is about a list's size only when the list's words are most of the question (0.5–0.9). */
  listCountCoverage: number;
  /** A follow-up naming a word the previous question did not have is its own question when answered this surely (0.9–1). */
  newTopicConfidence: number;
  /**
   * A message pointing back ("so what good does it do then?") is answered on its own when that answer cites the
   * conversation's part of the article, shows more of it, and is this sure (0.7–0.95).
   */
  samePartConfidence: number;
  /** A curated answer gets the article's sentence added when that sentence covers this much more of the question (0.15–0.5). */
  composeGain: number;
  /**
   * A word of the topic: one seen fewer times than this in everyday English (subtitles, ~50 million words) — in the
   * question and in every form the article writes it. A match of one such word is not a lucky one among words the
   * knowledge never uses ("what about palm-greasing in officialdom?"); an everyday word is ("how do I change a flat
   * tire?"). 0 turns it off (100–1,000).
   */
  topicWordCount: number;
}

export const DEFAULT_ANSWER_WEIGHTS: Readonly<AnswerWeights> = {
  minScore: 0.55,
  minCoverage: 0.45,
  singleWordPhraseCoverage: 0.5,
  strongMatchWeight: 4.5,
  readMinCoverage: 0.5,
  readMinOwn: 0.5,
  readOneStrongCoverage: 0.75,
  readOverGap: 0.15,
  gapMinCoverage: 0.6,
  sectionTiebreak: 0.1,
  titleNamed: 0.1,
  readTitleNamed: 0.3,
  otherKind: 0.1,
  followUpConfidence: 0.75,
  contextChatWeight: 0.3,
  listTopicCoverage: 0.4,
  listCountCoverage: 0.7,
  composeGain: 0.25,
  newTopicConfidence: 0.95,
  samePartConfidence: 0.8,
  topicWordCount: 300,
};
export const DEFAULT_MIN_SCORE = DEFAULT_ANSWER_WEIGHTS.minScore;
export const DEFAULT_MIN_COVERAGE = DEFAULT_ANSWER_WEIGHTS.minCoverage;
/**
 * Whether a reply says again what the last one said: the same words, or the last reply's words after its yes/no lead
 * ("Probably. The article says X" then "The article says X"), whatever it adds after them.
 */
function repeats(text: string, last: string | undefined): boolean {
  if (!last) return false;
  // (The same answer with only another sentence added after it, "The article adds: …", is a repeat too.)
  const said = normalizeWords(text.split('\n\n')[0]).join(' ');
  const before = normalizeWords(last.split('\n\n')[0]).join(' ');
  return said === before || (said.length >= MIN_REPEAT_CHARS && before.endsWith(` ${said}`));
}
/** A message asking for many things is answered by a whole list when the part introducing it says this share of it. */
const LIST_INTRO_SHARE = 0.4;
/** An idiom's meaning is tried word by word up to this many words. */
const MAX_MEANING_WORDS = 3;
/** A part of a message this many words long at least may be an aside (`withAsides`)… */
const MIN_ASIDE_WORDS = 3;
/** …when the rest of it names this many words the article says. */
const MIN_ASIDE_TOPIC_TERMS = 2;
/** "which ones?" is asked again with at most this many plural nouns of the question and answer before. */
const MAX_PRO_FORM_TRIES = 4;
/** A curated entry is of a kind of question when this share of its phrasings ask it (`entryKind`). */
const ENTRY_KIND_SHARE = 0.75;
/** A reply this long at least that ends the last one repeats it. */
const MIN_REPEAT_CHARS = 40;

/** How everyday a question's words are: each term with its word's count, and the terms that came from names. */
interface SurfaceWords {
  counts: Map<string, number>;
  names: Set<string>;
  rare: Set<string>;
}
/** Cues that make a question of how many ask something else too ("which towns, and how many?"). */
const COUNT_EXCLUDING: Cue[] = ['which', 'who', 'named'];
/** Words kept with whether they are a typo of a knowledge word. */
const MAX_NEAR_KNOWN = 20_000;
/** Messages kept with what they ask of a list. */
const MAX_LIST_ASKS = 256;
/** A composed answer (curated answer plus the article's sentence) stays this short. */
const MAX_COMPOSED_CHARS = 700;
/** A continuing sentence is added to a curated answer when this share of its words is new to the answer. */
const CONTINUATION_NEW = 0.6;
/** A word this distinctive (its IDF) that the previous question did not have makes a follow-up a question of its own. */
const NEW_TOPIC_WEIGHT = 1.5;
/** A question word weighing this much (an IDF, at the index's reference size: `SearchIndex.scale`) is distinctive. */
const DISTINCTIVE_WEIGHT = 2;
/** A pair of neighbouring words written in at most this many sentences is one the article rarely writes. */
const RARE_PAIR_SENTENCES = 2;
/** …of words each written in at most this share of the article's sentences. */
const RARE_PAIR_WORD_SHARE = 0.15;

/** The article's pairs of neighbouring words and its words, with how many sentences write each; each sentence's pairs. */
interface PairCounts {
  pairs: Map<string, number>;
  words: Map<string, number>;
  sentences: number;
  of: Array<Set<string>>;
}

/** The pairs of neighbouring words of a passage (its words of meaning, in order). */
function pairsOf(passage: Passage): Set<string> {
  const order = [...passage.terms].filter((t) => t !== ARTICLE_TERM);
  return new Set(order.slice(1).map((t, i) => `${order[i]} ${t}`));
}
/** A question's one distinctive word said in at most this many sentences of the article is read from the best of them. */
const FEW_PLACES = 2;
/** "which of <list> overlaps with that?": the item's words in common weigh this many distinctive words at least… */
const RELATED_MIN_DISTINCTIVE = 2;
/** …and this many times the next item's. */
const RELATED_LEAD = 1.3;
/** "why so cautious?" — a "why so…" this short is a follow-up. */
const WHY_SO_MAX_WORDS = 4;
/** A why-question: a sentence elsewhere that gives the reason answers over a part's sentence that gives none when it reads at least this share as well. */
const REASON_OVER_PART = 0.7;
/** A part of a message this short that points back ("what does that involve?") leans on the rest of the message. */
const FOLLOW_UP_SHORT = 6;
/** A kind of person asked for comes this close after "which"/"what" ("which French official") … */
const PERSON_AFTER_WHICH = 2;
/** …or after "who" ("who is the French official"). */
const PERSON_AFTER_WHO = 4;
const MAX_SUGGESTIONS = 3;
const MAX_QUOTE_CHARS = 180;
/** "What's new?" lists at most this many updates, newest first. */
const MAX_NEWS = 5;
/** Questions a sentence of the article cannot answer by overlap alone: a name, a date, what happened since. */
const BEYOND_READING: Cue[] = ['where', 'named', 'since', 'subset', 'reaction'];
/** A typed word this long at least may be a slip for a word that points into a list ("lsit", "thrid"). */
const MIN_POSITION_TYPO_LENGTH = 4;
/** Cues of a question asking a reason. */
const REASON_CUES: Cue[] = ['why'];
/** Words that point back at the previous question: "why does it matter?", "who shares that?". */

/** A sentence whose terms an answer has this share of was told by it, in other words. */
const RETOLD_SHARE = 0.75;
/** A question asking which thing of a kind the article names: the share of its other words' weight the thing's part must say. */
const KIND_SAID_SHARE = 0.6;
/** A follow-up is short: "why not?", "and who shares it?". */
const FOLLOW_UP_MAX_WORDS = 10;
/** An item is named when the question has this share of its name's distinctive words (three of four, two of three). */
const NAME_SHARE = 0.66;
/** A curated answer says mostly what is not given when that is this share of its first paragraph's terms. */
const UNSAID_SHARE = 0.5;
/** …and a word it never uses, this long at least, makes a question about something else. */
const UNRELATED_MIN_LETTERS = 5;
/** "Which X?" is answered by the sentence saying X is not given when this share of the question's weight is X's words. */
const UNDISCLOSED_SHARE = 0.5;
/** A task for the bot is about the article when at least this share of what it is about, by weight, is the article's. */
const TASK_KNOWN_SHARE = 0.5;
/** Words shorter than this say nothing of what a task is about ("im", "u"). */
const MIN_TASK_WORD = 3;
/** A word of the question weighing this much (before scaling) is one it names. */
const UNDISCLOSED_NAMED_WEIGHT = 1;
/** Words either side of a word that the article says of it (`wordsBeside`). */
const BESIDE_WORDS = 1;
/** A disclosure word ("released") says something is not given when a negation is at most this many words before it. */
const UNDISCLOSED_NEGATION_SPAN = 4;
/** A remedy for the topic before must say this much of it in its own words (else the article prescribes none). */
const REMEDY_TOPIC_COVERAGE = 0.15;
/** A remedy asked with a topic of its own is answered by a prescription saying at least this share of the topic… */
const PRESCRIPTION_COVERAGE = 0.6;
/** …and is that sure of it, times that share (below a curated match). */
const PRESCRIPTION_CONFIDENCE = 0.7;
/** A second question of a message answered this surely on its own does not lean on the first. */
const SURE_ON_ITS_OWN = 0.9;
/** "is X the whole…?": the word of being at most this many words before the word for the whole. */
const WHOLE_BE_DISTANCE = 6;
/** How sure an answer read from the article by one word of the question is (below a follow-up's bar). */
const ONE_WORD_READING = 0.6;
/** A list item read whole answers when its own words are at least this share of the question. */
const ITEM_MIN_OWN = 0.6;

/** What the knowledge holds closest to a question (`AnswerEngine.nearest`). */
export interface NearestMatch {
  /** The question's analysed content terms (stems, synonyms folded, Spanish read as English). */
  terms: string[];
  /** The question's own words, lower-case, without function words: what an editor would name it by. */
  words: string[];
  /** Only small talk or a question about the bot: nothing to add to the knowledge. */
  chat: boolean;
  /** The closest curated questions, known gaps, glossary terms and article sections, best first. */
  hits: Array<{ kind: IndexDoc['kind']; id: string; source?: string; score: number; coverage: number }>;
}

/** What an answer carries inside the engine, for the conversation state. */
interface Extra {
  /** Answered from a list by position, count or topic. */
  fromList?: boolean;
  /** Passage keys the answer showed. */
  shownKeys?: string[];
  /** The answer's text in Spanish (`text` stays English inside the engine): shown when the question is Spanish. */
  textEs?: string;
  /** More of the same ("is that all it says?"): no yes/no lead — the answer is what else the article says. */
  more?: boolean;
  /** The sentence the answer rests on, when the text opens with another (the one it continues): the lead reads it. */
  leadText?: string;
  /** Picked from the bullets the answer before showed: the conversation keeps them. */
  fromEnumeration?: boolean;
  /** The yes/no lead the answer must take, whatever its text reads as (an answer of the opposite claim: "No."). */
  lead?: Lead;
}

/** A text in both languages the bot answers in. */
type Bilingual = Readonly<Record<'en' | 'es', string>>;

/** The plural of a list label: "key point" → "key points". */
function pluralize(label: string): string {
  return /s$/.test(label) ? label : `${label}s`;
}

/** Whether `text` says `phrase` word for word (case, accents and punctuation aside). */
function saysPhrase(text: string, phrase: string): boolean {
  return ` ${normalizeWords(text).join(' ')} `.includes(` ${normalizeWords(phrase).join(' ')} `);
}

/** "A, B, C and D" ("A, B, C y D"). */
function joinNames(names: string[], language: 'en' | 'es'): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${language === 'es' ? 'y' : 'and'} ${names[names.length - 1]}`;
}


interface Target {
  kind: IndexDoc['kind'];
  id: string;
  source?: string;
  answer?: string;
  /** The answer in Spanish. */
  answerEs?: string;
  question?: string;
  /** Other sections a curated answer draws on: cited after its source. */
  alsoCites?: string[];
}

/** Answers questions from one knowledge base. Build once; `answer` is synchronous and fast. */
export class AnswerEngine {
  private readonly analyzer: Analyzer;
  private readonly index: SearchIndex;
  private readonly reader: ArticleReader;
  private readonly lists: ArticleList[];
  /** Every word of the knowledge's text, English and Spanish. */
  private readonly knownWords = new Set<string>();
  /** The words of the known gaps' phrasings and of the glossary's terms (things asked about, even if not covered). */
  private readonly gapWords = new Set<string>();
  /** Per known gap, each phrasing's terms and those of them the article never says (`asksOfGap`). */
  /** The negation words of the language data, normalised once. */
  private negations: ReadonlySet<string> | undefined;
  private readonly gapPhrasings = new Map<string, Array<{ terms: string[]; own: string[]; cues: ReadonlySet<Cue>; language: 'en' | 'es' }>>();
  /** The same words by first letter and length ("c7"), for typo checks. */
  private readonly knownByShape = new Map<string, string[]>();
  private readonly sections = new Map<string, Section>();
  /** Each term of the article → how often its most everyday form occurs in everyday English. */
  private commonTerms?: Map<string, number>;
  /** The article's words (lower-case), whose everyday counts `commonness` reads when first needed. */
  private readonly articleWords: Set<string>;
  private get commonness(): Map<string, number> {
    if (!this.commonTerms) {
      // How everyday each term of the article is: its most everyday form.
      this.commonTerms = new Map();
      for (const w of this.articleWords) {
        const t = this.analyzer.stem(w);
        this.commonTerms.set(t, Math.max(this.commonTerms.get(t) ?? 0, everydayCount(w)));
      }
    }
    return this.commonTerms;
  }
  private readonly targets = new Map<string, Target>();
  private readonly bySource = new Map<string, QuestionEntry[]>();
  private readonly minScore: number;
  private readonly minCoverage: number;
  readonly weights: Readonly<AnswerWeights>;
  private autocomplete?: Fuse<{ text: string; id: string }>;
  /** Small talk and questions about the bot, compiled from the language data once. */
  private readonly talk: SmallTalkRules;
  private readonly backReferences: Set<string>;
  private readonly paraphrases: Array<{ from: RegExp; to: string; replace?: boolean }>;
  /** Chat shorthand ("whr" → "where"), read in English messages. */
  private readonly shorthand: IdiomReader;
  /** Idioms by language, read as the plain words they mean. */
  private readonly idioms: Record<'en' | 'es', IdiomReader>;
  /** Every idiom, those whose words the knowledge uses too: read only when the others found nothing. */
  private readonly makeLooseIdioms: () => Record<'en' | 'es', IdiomReader>;
  private looseReaders?: Record<'en' | 'es', IdiomReader>;
  private get looseIdioms(): Record<'en' | 'es', IdiomReader> {
    return (this.looseReaders ??= this.makeLooseIdioms());
  }
  /** While a message is read again with its idioms in plain words: which idioms ('loose': all of them). */
  private readingIdioms: 'plain' | 'loose' | undefined;
  /** While set, an idiom is read as this one of its meaning's words alone. */
  private idiomPick: number | undefined;
  /** " or " between two alternatives (alternative_joiners), and the words after it that make it one open question. */
  private readonly alternativeJoiner: RegExp;
  private readonly openEnded: ReadonlySet<string>;
  private readonly fixQuestionWords: (words: string[]) => string[];
  /** What a sentence must contain to answer a question of each type (`answer_types` in the language data). */
  private readonly answerTypes: Array<[string, RegExp[]]>;
  /** `end_phrases`, `start_phrases` as normalised words (`partAtEnd`). */
  private readonly endPhrases: string[];
  private readonly startPhrases: string[];
  /** An entry's first phrasing (what suggestions show) → its Spanish phrasing, offered to Spanish questions. */
  private readonly spanishQuestion = new Map<string, string>();
  /** The dated updates over the article: newer facts lead the answers on what they change. */
  private readonly latest: UpdateReader;

  constructor(
    readonly knowledge: Knowledge,
    options: EngineOptions = {},
  ) {
    this.weights = {
      ...DEFAULT_ANSWER_WEIGHTS,
      ...options.weights,
      ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
      ...(options.minCoverage !== undefined ? { minCoverage: options.minCoverage } : {}),
    };
    this.minScore = this.weights.minScore;
    this.minCoverage = this.weights.minCoverage;
    this.talk = compileSmallTalk(knowledge.replies);
    this.backReferences = new Set(knowledge.dialogue.back_references);
    const joiners = knowledge.dialogue.alternative_joiners.map(escapeRegExp);
    this.alternativeJoiner = joiners.length ? new RegExp(`\\s(?:${joiners.join('|')})\\s+`, 'gi') : /(?!)/g;
    this.openEnded = new Set(knowledge.dialogue.alternative_not_before.flatMap((w) => normalizeWords(w)));
    this.paraphrases = knowledge.dialogue.paraphrases.map((p) => ({ from: new RegExp(p.from), to: p.to, replace: p.replace }));
    const en = knowledge.language.en;
    this.fixQuestionWords = questionWordFixer(new Map(Object.entries(en.questionWordTypos)), new Map(Object.entries(en.afterQuestionWordTypos ?? {})));
    this.answerTypes = Object.entries(knowledge.dialogue.answer_types).map(([cue, ps]) => [cue, ps.map((p) => new RegExp(p, 'i'))]);
    this.endPhrases = knowledge.dialogue.end_phrases.map((p) => normalizeWords(p).join(' '));
    this.startPhrases = knowledge.dialogue.start_phrases.map((p) => normalizeWords(p).join(' '));
    this.analyzer = new Analyzer({
      synonyms: knowledge.synonyms,
      spanish: knowledge.spanish,
      language: knowledge.language,
      isEverydayWord,
      isRareRealWord,
      phoneticKey: metaphone,
      englishText: [
        ...knowledge.sections.map((s) => `${s.title} ${s.text}`),
        ...knowledge.questions.map((q) => q.answer),
        ...knowledge.glossary.map((g) => `${g.term} ${g.aliases.join(' ')} ${g.definition}`),
        ...knowledge.synonyms.map((g) => g.join(' ')),
        ...knowledge.updates.map((u) => `${u.title} ${updatePlainText(u.body)}`),
      ],
    });
    // Figures of speech the knowledge itself uses or already reads (the article's wording, a synonym group, a curated
    // phrasing, a Spanish term) are read as written: the knowledge meets them as they are. Whether an idiom's words are
    // known is asked of the article and the synonyms alone: a word a known gap's phrasing mentions ("needle exchanges")
    // does not make "move the needle" plain.
    const articleText = [...knowledge.sections.map((s) => `${s.title} ${s.text}`), ...knowledge.updates.map((u) => updatePlainText(u.body)), ...knowledge.synonyms.flat()];
    const ownText = [
      ...articleText,
      ...knowledge.questions.flatMap((q) => [q.answer, ...q.phrasings]),
      ...knowledge.notCovered.flatMap((t) => t.phrasings),
      ...knowledge.glossary.map((g) => `${g.term} ${g.aliases.join(' | ')}`),
    ];
    // Spanish idioms against the Spanish the knowledge has: its Spanish terms and the article's Spanish text.
    const spanishText = [...Object.keys(knowledge.spanish), ...knowledge.sections.map((s) => `${s.titleEs ?? ''} ${s.textEs ?? ''}`)];
    const esStem = new SpanishStemmer();
    const isStopWord = (w: string) => this.analyzer.isStopWord(w);
    // Chat shorthand first ("whr" → "where"), unless the knowledge itself uses the word.
    const knownText = new Set(articleText.flatMap((t) => normalizeWords(t)));
    // (…and a question word's typo, "wat r they", read as the question word before any stage asks what it opens with.)
    const english = knowledge.language.en;
    const shorthand = [...Object.entries(english.shorthand ?? {}), ...Object.entries(english.questionWordTypos ?? {})].filter(([w]) => !knownText.has(w));
    this.shorthand = new IdiomReader(shorthand, []);
    this.articleWords = knownText;
    this.idioms = {
      en: idiomReader(knowledge.language.idioms?.en ?? [], (w) => this.analyzer.stem(w), { articleText, ownText, isStopWord }, false, knowledge.dialogue.idiom_insertable_words),
      es: idiomReader(knowledge.language.idioms?.es ?? [], (w) => esStem.stem(w), { articleText: spanishText, ownText: spanishText, isStopWord }, true, knowledge.dialogue.idiom_insertable_words),
    };
    // (Idioms of several words only: a single word the knowledge uses is read as the knowledge reads it.)
    const phrases = (entries: ReadonlyArray<readonly [string, string]>) => entries.filter(([idiom]) => /\s/.test(idiom.trim()));
    // (Built when first needed: most messages never read them.)
    this.makeLooseIdioms = () => ({
      en: new IdiomReader(phrases(knowledge.language.idioms?.en ?? []), [(w) => this.analyzer.stem(w)]),
      es: new IdiomReader(phrases(knowledge.language.idioms?.es ?? []), [(w) => esStem.stem(w)], () => false, true),
    });
    for (const w of Object.keys(knowledge.spanish)) this.analyzer.learn(w);
    // Read the everyday-word list now, not during the first question with a typo.
    isEverydayWord('');
    this.index = new SearchIndex(this.analyzer);
    this.reader = new ArticleReader(this.analyzer, this.weights.readTitleNamed, knowledge.dialogue.reason_connectives, {
      after: knowledge.dialogue.reason_connective_not_after,
      before: knowledge.dialogue.reason_connective_not_before,
    }, knowledge.dialogue.referring_starters, knowledge.dialogue.contrast_starters, knowledge.dialogue.referring_after_contrast, knowledge.dialogue.causing_verbs, knowledge.dialogue.relative_words);
    this.lists = buildLists(knowledge.sections, knowledge.dialogue);
    for (const text of [...knowledge.sections.map((x) => `${x.title} ${x.text}`), ...knowledge.updates.map((u) => `${u.title} ${u.body}`), ...knowledge.questions.flatMap((q) => [q.answer, ...q.phrasings]), ...Object.keys(knowledge.spanish), ...knowledge.synonyms.flat()])
      for (const w of normalizeWords(text)) this.knownWords.add(w);
    for (const text of [...knowledge.notCovered.flatMap((t) => t.phrasings), ...knowledge.glossary.flatMap((g) => [g.term, ...g.aliases, ...g.es])])
      for (const w of normalizeWords(text)) this.gapWords.add(w);
    for (const w of this.knownWords) {
      const shape = `${w[0]}${w.length}`;
      const list = this.knownByShape.get(shape);
      if (list) list.push(w);
      else this.knownByShape.set(shape, [w]);
    }
    for (const q of knowledge.questions) {
      this.addTarget(
        { key: `q:${q.id}`, kind: 'question', phrasings: q.phrasings, body: q.answer },
        { kind: 'question', id: q.id, source: q.source, answer: q.answer, answerEs: q.answerEs, question: q.phrasings[0], alsoCites: q.alsoCites },
      );
      const spanish = this.spanishPhrasing(q.phrasings);
      if (spanish) this.spanishQuestion.set(q.phrasings[0], spanish);
      const list = this.bySource.get(q.source) ?? [];
      list.push(q);
      this.bySource.set(q.source, list);
    }
    for (const t of knowledge.notCovered) {
      this.addTarget({ key: `n:${t.id}`, kind: 'not-covered', phrasings: t.phrasings }, { kind: 'not-covered', id: t.id, source: t.related, answer: t.reply, answerEs: t.replyEs });
    }
    for (const g of knowledge.glossary) {
      const names = [g.term, ...g.aliases];
      this.addTarget(
        {
          key: `g:${g.term}`,
          kind: 'glossary',
          // "which drug does it name?" asks for the term that is a drug: its kinds, asked for.
          phrasings: [...names, ...g.es, ...names.map((n) => `what is ${n}`), ...this.kindPhrasings(g.isA)],
          body: g.definition,
        },
        {
          kind: 'glossary',
          id: g.term,
          source: g.source,
          answer: `**${g.term}** — ${g.definition}`,
          // The term as Spanish speakers write it (its first Spanish form), defined in Spanish.
          answerEs: `**${g.es[0] ?? g.term}** — ${g.definitionEs}`,
          question: `What is ${g.term}?`,
        },
      );
    }
    this.addSections(knowledge.sections);
    // Every dated update is read like the article: its sentences answer, cited with its title and date.
    this.addSections(knowledge.updates.map((u) => updateAsSection(u, knowledge.replies)));
    this.latest = new UpdateReader(
      {
        reader: this.reader,
        analyzer: this.analyzer,
        weightsOf: (analysis) => this.index.search(analysis, 1).weights,
        familyOf: (id) => this.familyOf(id),
        givesAnswerType: (analysis, passage) =>
          this.answerTypes.every(([cue, patterns]) => !analysis.cues.has(cue as Cue) || patterns.some((re) => re.test(passage.text))),
        relatedCoverage: this.weights.listTopicCoverage,
        readCoverage: this.weights.readMinCoverage,
      },
      knowledge.updates,
      knowledge.date,
    );
  }

  /** A section with its list items and the section it belongs to. */
  private familyOf(sectionId: string): string[] {
    const section = this.sections.get(sectionId);
    if (!section) return [];
    const children = this.knowledge.sections.filter((x) => x.parent === sectionId).map((x) => x.id);
    return [sectionId, ...children, ...(section.parent ? [section.parent] : [])];
  }

  /** Adds article sections (or, in benchmarks, synthetic passages) as answerable passages. */
  addSections(sections: Section[]): void {
    for (const s of sections) {
      this.sections.set(s.id, s);
      this.addTarget({ key: `s:${s.id}`, kind: 'section', phrasings: [s.title, ...splitSentences(s.text)] }, { kind: 'section', id: s.id, source: s.id });
    }
    this.reader.add(sections);
    this.autocomplete = undefined;
  }

  private addTarget(doc: IndexDoc, target: Target): void {
    this.targets.set(doc.key, target);
    this.index.add(doc);
  }

  section(id: string): Section | undefined {
    return this.sections.get(id);
  }

  /** Answers one message. Never throws for any input; time is bounded by the question length cap. */
  answer(rawQuestion: string, context: AnswerContext = {}): Answer {
    // "can you recommend a good VPN?", "translate 'thanks' into French": a task for the bot about something else.
    const task = this.otherTask(String(rawQuestion ?? ''));
    if (task) return this.inLanguage({ ...task, state: context.state });
    let whole = this.answerClauses(rawQuestion, context);
    // Idioms are read plainly only when the message as typed finds nothing: "came under fire" is literal in a story
    // like this one, "move the needle" is not. Those whose words the knowledge all uses somewhere ("kick * to the
    // curb") are read so last, when the other idioms found nothing either — and not over a known gap's reply.
    const raw = String(rawQuestion ?? '');
    const language = this.analyzer.languageOf(raw);
    for (const loose of [false, true]) {
      if (whole.answered || whole.followUp || (loose && (whole as Answer & Extra).entryId)) break;
      const idioms = (loose ? this.looseIdioms : this.idioms)[language];
      const rewritten = idioms.rewrite(raw);
      if (rewritten === raw || (loose && rewritten === this.idioms[language].rewrite(raw))) continue;
      // …and only a message about the article besides its idioms: "the Dodgers have a deep bench this year" is not
      // made a question about the article by the plain words of "deep bench" (a word of the article outside them, or
      // a conversation to lean on). The last reading asks more: a distinctive word of the article, conversation or not
      // ("how to bounce back after a breakup in paris" is no question about the article).
      const own = this.analyzer.analyze(idioms.without(raw)).terms.filter((t) => t !== ARTICLE_TERM && this.reader.has(t));
      const anchored = loose ? own.some((t) => this.index.queryWeight(t) >= DISTINCTIVE_WEIGHT * this.index.scale) : !!context.state || own.length > 0;
      if (!anchored) continue;
      this.readingIdioms = loose ? 'loose' : 'plain';
      try {
        const plain = this.answerClauses(rawQuestion, context);
        if (plain.answered) whole = plain;
      } finally {
        this.readingIdioms = undefined;
      }
    }
    // "does it nip them in the bud?": an idiom none of whose words the knowledge uses went unread in the answer found —
    // read plainly (its whole meaning, or one word of it), a surer answer is the one to what it asks.
    // (A yes/no question — what it asks is the claim the idiom makes — and an idiom of several words: one rare word,
    // "a sieve for weeds", is read well enough by the rest of the question.)
    // (Not a question of two alternatives, "a knockout blow or a flesh wound?": it asks which, not whether.)
    const capped = raw.slice(0, MAX_QUESTION_CHARS);
    const yesNo = !!yesNoStarter(capped, language, this.knowledge.dialogue) && !this.asksEitherOr(capped);
    if (yesNo && whole.answered && !whole.followUp && language === 'en' && this.idiomUnread(capped, this.idioms.en)) {
      const plain = this.surestIdiomReading(rawQuestion, context, capped);
      if (plain && plain.confidence > whole.confidence) whole = plain;
    }
    // "what's the hotbed of the weeds?": an idiom whose meaning is several words ("center breeding ground"), read
    // whole, found nothing — each of its words alone may ("ground"); the surest answer wins.
    if (!whole.answered && !whole.followUp && !(whole as Answer & Extra).entryId && language === 'en') {
      let best: Answer | undefined;
      // (A guess at the sense, so not for a message about the asker's own life: "my small business is in the red, how
      // do I turn the corner?".)
      const personal = normalizeWords(raw).some((w) => this.knowledge.dialogue.asker_words.includes(w));
      for (const loose of personal ? [] : [false, true]) {
        const idioms = (loose ? this.looseIdioms : this.idioms).en;
        // (…and only for a message naming a distinctive word of the article besides its idiom: read once, when it has
        // an idiom to read.)
        let anchored: boolean | undefined;
        for (let pick = 0; pick < MAX_MEANING_WORDS; pick++) {
          if (idioms.rewrite(raw, this.meaningWord, pick) === raw) continue;
          anchored ??= this.analyzer
            .analyze(idioms.without(raw))
            .terms.some((t) => t !== ARTICLE_TERM && this.reader.has(t) && this.index.queryWeight(t) >= DISTINCTIVE_WEIGHT * this.index.scale);
          if (!anchored) break;
          const one = this.readIdiomsAs(loose ? 'loose' : 'plain', pick, rawQuestion, context);
          if (one.answered && !one.followUp && (!best || one.confidence > best.confidence)) best = one;
        }
      }
      if (best) whole = best;
    }
    // (A known gap's reply stands: the question is about what the article does not say.)
    if (whole.answered || whole.followUp || (whole as Answer & Extra).entryId) return whole;
    // "Is it 'removed' or 'deported'?", "did they act alone or with partners?": a question of two alternatives that
    // found nothing as a whole is answered by the alternative the article speaks to.
    return this.eitherOr(String(rawQuestion ?? ''), context) ?? whole;
  }

  /** Whether a message has an idiom of several words, none of which the knowledge uses: read as typed, it goes unread. */
  private idiomUnread(raw: string, idioms: IdiomReader): boolean {
    if (idioms.rewrite(raw) === raw) return false;
    const rest = new Set(this.analyzer.analyze(idioms.without(raw)).terms);
    const own = this.analyzer.analyze(raw).terms.filter((t) => !rest.has(t));
    return own.length >= 2 && own.every((t) => !this.index.knows(t));
  }

  /** The surest answer to a message with its idioms read as their whole meaning, or as one word of it. */
  private surestIdiomReading(rawQuestion: string, context: AnswerContext, raw: string): Answer | undefined {
    let best: Answer | undefined;
    for (const pick of [undefined, ...Array.from({ length: MAX_MEANING_WORDS }, (_, i) => i)]) {
      if (pick !== undefined && this.idioms.en.rewrite(raw, this.meaningWord, pick) === raw) continue;
      const one = this.readIdiomsAs('plain', pick, rawQuestion, context);
      if (one.answered && !one.followUp && (!best || one.confidence > best.confidence)) best = one;
    }
    return best;
  }

  /** The message answered with its idioms read plainly (all of them, 'loose'), as one word of their meaning (`pick`). */
  private readIdiomsAs(reading: 'plain' | 'loose', pick: number | undefined, rawQuestion: string, context: AnswerContext): Answer {
    this.readingIdioms = reading;
    this.idiomPick = pick;
    try {
      return this.answerClauses(rawQuestion, context);
    } finally {
      this.readingIdioms = undefined;
      this.idiomPick = undefined;
    }
  }

  /**
   * The better answered of a question's two alternatives ("A or B?"): the message up to its last "or", and the same
   * question's opening words ("was it…", "is the article…") with what follows the "or".
   */
  /**
   * A message that asks the bot to do a task (`task_verbs`: "write me…", "can you recommend…", "translate…", after
   * greetings and "can you"; or a verb addressed to the bot, `task_verbs_addressed`: "¿qué me recomiendas…?") for
   * something the article does not cover: most of the words of what the task is about are words the article never uses
   * (and it names no part of the article). Declined plainly — "recommend a gardening podcast" is not a question
   * about gardens.
   */
  private otherTask(message: string): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    if (!d.task_verbs.length) return undefined;
    const text = message.slice(0, MAX_QUESTION_CHARS);
    const words = normalizeWords(text);
    // The task opens the message or one of its clauses after chat alone — words the knowledge never uses or of chat:
    // "cool, also can u recommend…?", "thanks! write me…", "can u help me w my algebra hw, solve…" (not after a question
    // of its own — "how tall is it? also recommend a podcast", "what does it say of X, fix my typos" are answered).
    const starts = [0];
    let before = '';
    for (const clause of text.split(CLAUSE_END).slice(0, -1)) {
      before += clause;
      const chat = normalizeWords(before);
      const chatOnly = (w: string) => !this.knownWords.has(w) || this.analyzer.isStopWord(w) || d.leading_words.includes(w) || d.task_leading_words.includes(w);
      if (/\?/.test(text.slice(0, text.indexOf(clause) + clause.length)) || !chat.every(chatOnly)) break;
      starts.push(chat.length);
    }
    let at = -1;
    for (const start of new Set(starts)) {
      let i = start;
      for (;;) {
        if (d.leading_words.includes(words[i]) || d.task_leading_words.includes(words[i])) i++;
        else if (d.request_starters.includes(words[i]) && d.request_pronouns.includes(words[i + 1] ?? '')) i += 2;
        else break;
      }
      if (d.task_verbs.includes(words[i])) {
        at = i;
        break;
      }
    }
    if (at < 0) at = words.findIndex((w) => d.task_verbs_addressed.includes(w));
    if (at < 0) return undefined;
    // ("help me write…": the task is the second verb.)
    while (d.task_verbs.includes(words[at + 1]) || (d.task_objects.includes(words[at + 1]) && d.task_verbs.includes(words[at + 2]))) at += d.task_verbs.includes(words[at + 1]) ? 1 : 2;
    // What it is about, word by word as typed (chat's filler words are words of a topic here: "a good podcast"),
    // function words and greetings aside; a word is the article's when the article or a title of its parts has it.
    const en = this.knowledge.language.en;
    this.functionWords ??= new Set([...en.stopWords, ...this.knowledge.language.es.stopWords, ...d.leading_words, ...d.task_leading_words]);
    const about = words.slice(at + 1).filter((w) => w.length >= MIN_TASK_WORD && /^\p{L}+$/u.test(w) && !this.functionWords!.has(w));
    // (Not a task about the article, about what was just said — "write that as bullets", not "…a script that…" —, a
    // question of its own —
    // "recommend what to watch" — or the article's kind of offer: "recommend next steps".)
    const rest = words.slice(at + 1);
    const object = rest.find((w) => !d.task_objects.includes(w));
    // (…unless for the asker's own life: "suggest steps to fix my wifi".)
    const personal = rest.some((w) => d.first_person_words.includes(w));
    if ((object && this.backReferences.has(object)) || (!personal && rest.some((w) => d.open_question_words.includes(w) || d.task_article_asks.includes(w)))) return undefined;
    // (A task about figures alone — "solve 3x + 5 = 20" — is about nothing the article says.)
    const figuresOnly = !about.length && rest.some((w) => /\d/.test(w));
    if ((!about.length && !figuresOnly) || about.some((w) => this.analyzer.isArticleWord(w))) return undefined;
    const stem = (w: string) => this.analyzer.stem(w);
    this.titleStems ??= new Set(this.knowledge.sections.flatMap((x) => normalizeWords(x.title).map(stem)));
    const ours = (w: string) => [w, ...this.analyzer.inEnglish([w])].some((x) => this.articleWordStems.has(stem(x)) || this.titleStems!.has(stem(x)));
    if (!figuresOnly && about.filter(ours).length >= TASK_KNOWN_SHARE * about.length) return undefined;
    const language = this.analyzer.languageOf(message);
    const decline = this.knowledge.replies.replies.decline;
    return { question: message, answered: false, text: decline.en, textEs: decline.es, sources: [], confidence: 0, suggestions: this.suggestionsFor([], undefined, undefined), language };
  }

  private functionWords?: Set<string>;
  /** Stems of the words of the titles of the article's parts ("outlook"): a task about one is about the article. */
  private titleStems?: Set<string>;

  /** The last " or " of a message that joins two alternatives ("A or B?", not "… or any other?"). */
  private lastAlternative(text: string): RegExpMatchArray | undefined {
    return [...text.matchAll(this.alternativeJoiner)].filter((m) => !this.openEnded.has(normalizeWords(text.slice(m.index! + m[0].length))[0] ?? '')).pop();
  }

  /** Whether a message asks between two alternatives. */
  private asksEitherOr(message: string): boolean {
    return this.lastAlternative(message.slice(0, MAX_QUESTION_CHARS)) !== undefined;
  }

  private eitherOr(message: string, context: AnswerContext): Answer | undefined {
    const d = this.knowledge.dialogue;
    const text = message.slice(0, MAX_QUESTION_CHARS);
    // Not "… or not?", "… or any other country?", "… o algún otro?": those ask one question, not two.
    const at = this.lastAlternative(text);
    if (!at || at.index === undefined) return undefined;
    const left = text.slice(0, at.index).trim();
    const rightOwn = text.slice(at.index + at[0].length).trim();
    const says = (t: string) => normalizeWords(t).some((w) => !this.analyzer.isStopWord(w));
    const known = (t: string) => normalizeWords(t).some((w) => !this.analyzer.isStopWord(w) && this.knownWords.has(w));
    if (!says(left) || !says(rightOwn) || !(known(left) || known(rightOwn))) return undefined;
    // The opening of the question, for the second alternative: its first question word and the subject after it ("is
    // it", "was she", "is the article").
    const leftWords = left.split(/\s+/);
    const starters = new Set([...d.yes_no_starters.en, ...d.yes_no_starters.es, ...d.question_words]);
    const open = leftWords.findIndex((w) => starters.has(normalizeWords(w)[0] ?? ''));
    let end = open + 1;
    while (end < leftWords.length && d.position_determiners.includes(normalizeWords(leftWords[end])[0] ?? '')) end++;
    const frame = open >= 0 ? leftWords.slice(open, end + 1).join(' ') : '';
    const right = frame && !starters.has(normalizeWords(rightOwn)[0] ?? '') ? `${frame} ${rightOwn}` : rightOwn;
    // Each alternative's own words (the last words before the "or", as many as after it): an answer counts only if it
    // speaks of its alternative — "which office was it, X or Y?" is not answered by a sentence about offices that
    // names neither.
    const contentOf = (t: string) => this.analyzer.analyzeKnown(t).terms.filter((x) => x !== ARTICLE_TERM);
    const rightOption = contentOf(rightOwn).slice(0, 3);
    const leftOption = contentOf(left).slice(-Math.max(1, rightOption.length));
    const speaksOf = (a: Answer, option: string[]) => {
      const said = new Set(this.analyzer.analyzeKnown(a.english ?? a.text).terms);
      // Its most distinctive word (the name in "the X family", not "family").
      const rarest = option.reduce<string | undefined>((r, t) => (r === undefined || this.index.queryWeight(t) > this.index.queryWeight(r) ? t : r), undefined);
      return rarest !== undefined && said.has(rarest);
    };
    // An alternative that is only its option and a question word ("is X") says too little to be asked alone.
    const enough = (q: string) => normalizeWords(q).filter((w) => !this.analyzer.isStopWord(w) && this.knownWords.has(w)).length >= 2;
    const tries = ([[left, leftOption], [right, rightOption]] as const)
      .filter(([q]) => enough(q))
      .map(([q, option]) => ({ a: this.answerClauses(q, context), option }))
      .filter(({ a, option }) => a.answered && !a.followUp && speaksOf(a, option))
      .map(({ a }) => a);
    if (!tries.length) return undefined;
    const best = tries.reduce((a, b) => (b.confidence > a.confidence ? b : a));
    // Its yes/no lead answered the alternative, not the question ("was it A or B?" is not answered "Yes."): dropped.
    return { ...this.withoutLead(best), question: message.slice(0, MAX_QUESTION_CHARS * 10) };
  }

  /** The question a message quotes to have answered, when the words around it name nothing the article covers. */
  private quotedQuestionOf(message: string): string | undefined {
    if (this.lastQuoted?.[0] === message) return this.lastQuoted[1];
    const d = this.knowledge.dialogue;
    const namesTopic = (rest: string) => this.analyzer.analyze(rest).terms.some((t) => t !== ARTICLE_TERM && this.reader.has(t));
    const quoted = quotedQuestion(message, namesTopic, d.clause_joiners, d.clause_starters);
    this.lastQuoted = [message, quoted];
    return quoted;
  }

  /** The last message read for a quoted question, and what was found: it is asked for twice per message. */
  private lastQuoted?: [string, string | undefined];

  private answerClauses(rawQuestion: string, context: AnswerContext = {}): Answer {
    // "What does it say, and what remedy does it propose?": two questions get two answers, each only when it is
    // answered and says something the other does not.
    const d = this.knowledge.dialogue;
    // (A question quoted and framed — `"X?" — what does the article say?` — is one question, the quoted one.)
    const clauses = this.quotedQuestionOf(String(rawQuestion ?? '')) ? undefined : questionClauses(String(rawQuestion ?? ''), d.clause_joiners, d.clause_starters, d.clause_unsplit_before);
    if (!clauses) return this.answerMessage(rawQuestion, context);
    let asked: Answer | undefined;
    const whole = () => (asked ??= this.answerMessage(rawQuestion, context));
    let first = this.answerMessage(clauses[0], context);
    // "We're writing a note. Could you sum up what happened" — the preamble may only dilute the first question.
    const own = clauses[0].split(/(?<=[.!?])\s+/).pop()!;
    if (!first.answered && own !== clauses[0]) first = this.answerMessage(own, context);
    // The first not answered: the second alone, if the message as a whole found nothing and it is sure of itself.
    if (!first.answered) {
      if (whole().answered) return whole();
      const second = this.answerMessage(clauses[1], context);
      return second.answered && second.confidence >= SURE_ON_ITS_OWN ? second : whole();
    }
    // The second leans on the first when it points back or names no topic of its own ("what remedy does it propose?");
    // else it is a question of its own ("…, and who did it?").
    const alone = this.answerMessage(clauses[1], context);
    // (A question answered surely on its own is its own, whatever its pronouns: "…, and who did it?")
    // A position or "which one…" in the second asks about the first's list ("what are the parts, and which one is
    // about X?").
    const listAsk = this.listAsk(clauses[1]) !== undefined;
    const leans = !alone.answered || listAsk || (this.pointsBack(normalizeWords(clauses[1])) && alone.confidence < SURE_ON_ITS_OWN);
    const second = leans ? this.answerMessage(clauses[1], { state: first.state }) : alone;
    // "which one is about X, and where does it sit in the list?": a second answer that quotes all the first says and
    // more (the item, with its place) is the answer.
    // (Not a follow-up's "that's all it says about X: …", which quotes the first to say there is no more, nor the answer
    // to a yes/no question, whose lead is its own.)
    const recap = d.all_it_says[second.language].split('{name}')[0];
    const yesNo = !!yesNoStarter(clauses[1], second.language, d);
    if (second.answered && !yesNo && !second.text.startsWith(recap) && (!second.followUp || listAsk) && second.language === first.language && quotesAll(second.text, first.text)) return second;
    if (!second.answered || second.language !== first.language || this.retells(first, second)) return whole();
    return joinAnswers(String(rawQuestion ?? '').slice(0, MAX_QUESTION_CHARS * 10), first, this.withoutRetold(first, second), !!first.followUp);
  }

  /** `b` without its paragraphs that say again what `a` says ("The article adds: …" a sentence `a` already gave). */
  private withoutRetold(a: Answer, b: Answer): Answer {
    const paragraphs = b.text.split('\n\n');
    const english = b.english?.split('\n\n');
    if (paragraphs.length < 2 || (english && english.length !== paragraphs.length)) return b;
    const keep = (english ?? paragraphs).map((p) => !this.retells(a, { ...b, english: undefined, text: p }));
    keep[0] = true;
    const kept = (list: string[]) => list.filter((_, i) => keep[i]).join('\n\n');
    return { ...b, text: kept(paragraphs), ...(english ? { english: kept(english) } : {}) };
  }

  /** Does answer `b` mostly say again what `a` says (in the article's words or the knowledge's)? */
  private retells(a: Answer, b: Answer): boolean {
    const told = new Set(this.analyzer.analyzeKnown(a.english ?? a.text).terms);
    const terms = this.analyzer.analyzeKnown(b.english ?? b.text).terms;
    return terms.filter((t) => told.has(t)).length >= RETOLD_SHARE * terms.length;
  }

  /** The message with each word the typo stage corrects written as corrected ("itmes" → "items"). */
  private withTyposFixed(message: string): string {
    const corrections = this.analyzer.analyze(message).corrections;
    if (!corrections.length) return message;
    const fixes = new Map(corrections);
    return message.replace(/[\p{L}\p{N}']+/gu, (w) => fixes.get(normalizeWords(w)[0] ?? '') ?? w);
  }

  /** Answers one question (or a message read as one). */
  private answerMessage(rawQuestion: string, context: AnswerContext = {}): Answer {
    // "howmany were there" → "how many were there": split what was typed together; "what can X do?" is read as the
    // plainer question it means (`paraphrases` in the language data).
    const typed = String(rawQuestion ?? '').slice(0, MAX_QUESTION_CHARS * 10);
    // "the script says 'X' — accurate?": the claim, asked as a yes/no question in the language it is written in.
    const d = this.knowledge.dialogue;
    const claim = quotedClaim(typed, d.claim_check_words, d.asking_words, (w) => this.analyzer.isStopWord(w) || this.analyzer.isArticleWord(w));
    // `a listener asks "who benefits from this?" — what's the article's take?`: the question quoted, when the words
    // around it name nothing the article covers.
    const quoted = claim ? undefined : this.quotedQuestionOf(typed);
    const checked = claim ? d.claim_question[this.analyzer.analyze(claim).language].replace('{claim}', () => claim) : (quoted ?? typed);
    // "¿cuántos fueron, compa?": the listener named is no word of the question.
    const split = splitRunTogether(withoutAddress(checked, this.isListener, d.guess_words), this.isWord, this.isPart, this.splitOptions);
    // A concessive clause grants a premise ("what can they do, even if they don't take the group down?"): read out of
    // a question for something — not out of a yes/no question or a claim to check, where it is the claim.
    const language = this.analyzer.languageOf(split);
    const positioned = language === 'en' ? this.positionTyposFixed(split) : split;
    const granted = claim || yesNoStarter(positioned, language, d) ? positioned : withoutConcession(positioned, d.concessive_markers);
    const plain = this.plainly(granted, language);
    let message = this.paraphrase(plain);
    const state: ConversationState | undefined =
      this.stillKnown(context.state) ?? (context.previousQuestion ? { question: context.previousQuestion, shown: [] } : undefined);
    const first = (m: string) => this.answerNews(m) ?? this.answerList(m, state) ?? this.withLatest(m, this.answerInContext(m, state));
    let answer = first(message);
    // A question read as a plainer one (`paraphrases`) and declined so is answered as typed, when that answers.
    if (!answer.answered && message !== plain) {
      const asTyped = first(plain);
      if (asTyped.answered) [message, answer] = [plain, asTyped];
    }
    // "Is X the whole plan, or just part of it?": the article's sentence calling X one part — unless the answer found
    // already says it is one part (a curated answer says it better).
    const part = answer.followUp ? undefined : this.partOfWhole(message);
    if (part && !(answer.answered && this.knowledge.dialogue.part_phrases.some((p) => saysPhrase(answer.english ?? answer.text, p)))) answer = part;
    // "how many upsides of X does it list?": a count asked of a list named in other words, answered with that whole
    // list, is the list's count.
    answer = this.countOfListAnswered(message, answer, state) ?? answer;
    // "list the ways X can hurt Y", answered by one of those ways: the whole list it belongs to.
    if (!answer.followUp) answer = this.wholeListOverItem(message, answer) ?? answer;
    // "what are the upsides of X?": the list another word names (`aliases`), whole.
    if (!answer.followUp && !answer.fromList) answer = this.listByAlias(message, answer) ?? answer;
    // "what does the plan say about <one item, by its name>?", answered from the part listing the items: that item.
    if (!answer.followUp && !answer.fromList) answer = this.itemOverWholeList(message, answer, state) ?? answer;
    if (!answer.answered && !answer.followUp) answer = this.fromUpdates(message) ?? answer;
    // "what does it propose to fix X?", declined as asked and no known gap: the article's prescription for X.
    if (!answer.answered && !answer.followUp && !answer.entryId) answer = this.prescriptionFor(message) ?? answer;
    // "Does the article say X definitely happened?", declined as asked: how sure the article is of X is what X's
    // sentence says ("probably") — asked without the words of certainty.
    if (!answer.answered && !answer.followUp && !answer.entryId) answer = this.withoutCertainty(message, state) ?? answer;
    // "was it 50 comets that got seen?": a number the knowledge never says is the asker's claim — the count asked
    // instead, and "No." when the article's number is another.
    if (!answer.answered && !answer.followUp && !answer.entryId) answer = this.claimedNumber(message) ?? answer;
    // "Is the road permanent?": what the article says of the opposite ("temporary") answers it — "No."
    if (!answer.followUp) answer = this.oppositeReading(message, answer) ?? answer;
    // "which guests came?", "does it specify the dates?": the article's sentence saying those are not given.
    answer = this.undisclosedReading(message, answer) ?? answer;
    // "does the article give the date?" when the article is known not to: "No." and what it says instead.
    answer = this.gapAskedOfTheArticle(message, answer) ?? answer;
    answer = { ...answer, question: String(rawQuestion ?? '').slice(0, MAX_QUESTION_CHARS * 10) };
    // A decline or small talk changes nothing: "ok back to it, the last one?" still means the list before.
    if (!answer.answered) return this.inLanguage({ ...answer, state: context.state });
    // An answer that leads with a dated update speaks for the update, not the article: no "the article says" lead.
    if (!isUpdateSection(answer.sources[0]?.id) && !answer.more) answer = this.withYesNoLead(message, answer, String(rawQuestion ?? ''));
    // "Who is the official who ordered it?": a person the article never names — it says so before what it does say.
    answer = this.withUnnamedPerson(message, answer);
    // "which hotel are the guests in?" caught by "the guests haven't been named": about something else — declined.
    const unrelated = this.unrelatedNotGiven(message, answer);
    if (unrelated) return this.inLanguage({ ...unrelated, state: context.state });
    const asked = message.slice(0, 500);
    const question = answer.followUp && state ? `${state.question} ${asked}`.slice(-500) : asked;
    const sectionId = answer.sources[0]?.id;
    const shown = [...(answer.followUp || answer.fromList ? (state?.shown ?? []) : []), ...(answer.shownKeys ?? [])];
    // The last list of the conversation stays its list until another is shown: "and number four?" after a detour.
    const listId = this.listOf(sectionId)?.id ?? state?.listId;
    // Bullets that are not one of the article's lists stay pickable while the conversation picks from them.
    const enumeration = answer.fromEnumeration ? state?.enumeration : this.enumerationOf(answer);
    // The conversation reads the English text: what was shown is matched against the article's sentences.
    return this.inLanguage({ ...answer, state: { question, sectionId, listId, lastText: answer.text, shown, ...(enumeration && { enumeration }) } });
  }

  /**
   * The answer as the asker reads it: for a Spanish question, the Spanish text (with the English one beside it), the
   * sections' Spanish titles and the entries' Spanish phrasings as suggestions; the engine's own fields dropped.
   */
  private inLanguage(answer: Answer & Extra): Answer {
    const { fromList: _l, shownKeys: _k, more: _m, leadText: _t, fromEnumeration: _e, lead: _d, textEs, ...rest } = answer;
    if (answer.language !== 'es') return rest;
    return {
      ...rest,
      text: textEs ?? rest.text,
      english: rest.text,
      sources: rest.sources.map((s) => ({ ...s, title: this.sections.get(s.id)?.titleEs ?? s.title })),
      suggestions: rest.suggestions.map((q) => this.spanishQuestion.get(q) ?? q),
    };
  }

  /** The phrasing of an entry a Spanish speaker is offered: a Spanish one written as a question ("¿…?") first. */
  private spanishPhrasing(phrasings: string[]): string | undefined {
    const spanish = phrasings.filter((p) => this.analyzer.analyze(p).language === 'es');
    return spanish.find((p) => /^¿.*\?$/u.test(p)) ?? spanish[0];
  }

  /** A passage of the English article for a Spanish answer: a list item's own Spanish text, else the quote behind a lead-in. */
  private passageEs(section: Section, text: string): string {
    if (section.textEs && text === section.text) return section.textEs;
    return this.knowledge.dialogue.article_quote.es.replace('{quote}', text);
  }

  /**
   * A conversation kept over a knowledge reload may point at a section that is gone (an update removed, an id
   * renamed): what is gone is forgotten, the rest of the conversation stays.
   */
  private stillKnown(state: ConversationState | undefined): ConversationState | undefined {
    if (!state) return undefined;
    const known = (id: string | undefined) => (id && this.sections.has(id) ? id : undefined);
    const shown = state.shown.filter((key) => this.sections.has(key.slice(0, key.lastIndexOf('#'))));
    return { ...state, sectionId: known(state.sectionId), listId: known(state.listId), shown };
  }

  /** The dated updates newer than the article, newest first. */
  recentUpdates(): ReadonlyArray<Update> {
    return this.latest.recent;
  }

  /** One line per update, as "what's new?" and the digest both show it: its date, title, first sentences and source. */
  updateLine(update: Update, language: 'en' | 'es' = 'en'): string {
    const first = this.reader.sentences(updateSectionId(update)).slice(0, 2).map((p) => p.text).join(' ');
    const text = first.length > 300 ? `${first.slice(0, first.lastIndexOf(' ', 299))}…` : first;
    return fill(this.knowledge.replies.updates.list_item[language], { date: humanDate(update.date, language), title: update.title, text, source: update.source });
  }

  /** The newest update on what an article sentence says (digests show it beside the sentence). */
  updateAbout(sectionId: string, text: string): { update: Update; note: string } | undefined {
    const found = this.latest.latestAbout(sectionId, text);
    if (!found) return undefined;
    const note = fill(this.knowledge.replies.updates.note.en, { date: humanDate(found.update.date, 'en'), text: found.reading.passage.text, source: found.update.source });
    return { update: found.update, note };
  }

  /** "What's new?", "any updates?", "latest?": the updates since the article, newest first — or that there are none. */
  private answerNews(message: string): (Answer & Extra) | undefined {
    const analysis = this.analyzer.analyze(message);
    if (!analysis.cues.has('news')) return undefined;
    const language = analysis.language;
    const u = this.knowledge.replies.updates;
    const recent = this.latest.recent.slice(0, MAX_NEWS);
    const base = { question: message, answered: true, confidence: 1, suggestions: this.starterQuestions(), language, entryId: 'updates' };
    if (!recent.length) {
      const title = this.knowledge.title.split(':')[0];
      const text = this.knowledge.date ? fill(u.none_dated[language], { title, date: humanDate(this.knowledge.date, language) }) : fill(u.none[language], { title });
      return { ...base, text, sources: [] };
    }
    const text = [u.list_heading[language], ...recent.map((x) => this.updateLine(x, language))].join('\n');
    const sources = recent.map((x) => this.updateSource(x, this.reader.sentences(updateSectionId(x))[0]?.text ?? x.title, language));
    return { ...base, text, sources, shownKeys: recent.flatMap((x) => this.reader.sentences(updateSectionId(x)).slice(0, 2).map((p) => p.key)) };
  }

  private updateSource(update: Update, quote: string, language: 'en' | 'es'): AnswerSource {
    const cut = quote.length > MAX_QUOTE_CHARS ? `${quote.slice(0, quote.lastIndexOf(' ', MAX_QUOTE_CHARS))}…` : quote;
    return { id: updateSectionId(update), title: updateCitation(update, this.knowledge.replies, language), quote: cut };
  }

  /**
   * A newer fact leads: an answer from the article on something a dated update changes gives the update's sentence
   * first, with its date and source, then what the article said at the time; an answer from an update says what the
   * article said at the time too.
   */
  private withLatest(message: string, answer: Answer & Extra): Answer & Extra {
    if (!answer.answered || !this.latest.recent.length) return answer;
    const cited = answer.sources[0]?.id;
    if (!cited) return answer;
    const u = this.knowledge.replies.updates;
    const language = answer.language;
    if (isUpdateSection(cited)) {
      const update = this.latest.byId(cited);
      const said = update && this.reader.sentences(cited).find((p) => answer.text.includes(p.text));
      const before = update && said && this.latest.articleBefore(message, update, said);
      const lead = update ? this.updateLead(update, answer.text, language) : answer.text;
      if (!update || !before) return { ...answer, text: lead, sources: update ? [this.updateSource(update, answer.sources[0].quote, language)] : answer.sources };
      const section = this.sections.get(before.passage.sectionId)!;
      const text = [lead, fill(u.at_the_time[language], { text: before.passage.text })].join('\n\n');
      return { ...answer, text, sources: [this.updateSource(update, answer.sources[0].quote, language), this.cited(section, before.passage.text).sources[0]] };
    }
    const found: LatestFact | undefined = this.latest.latestOn(message, cited);
    if (!found) return answer;
    const updateText = this.passageText(found.reading);
    const text = [this.updateLead(found.update, updateText, language), fill(u.at_the_time[language], { text: answer.text })].join('\n\n');
    const shownKeys = [...(answer.shownKeys ?? []), ...this.shownBy(updateText, updateSectionId(found.update))];
    return { ...answer, text, sources: [this.updateSource(found.update, found.reading.passage.text, language), ...answer.sources], shownKeys };
  }

  /**
   * What the article cannot answer ("what happened after it?") a dated update may: its sentence, when it covers
   * the question as an article sentence must to answer on its own.
   */
  private fromUpdates(message: string): (Answer & Extra) | undefined {
    const reading = this.latest.answering(message);
    if (!reading) return undefined;
    const analysis = this.analyzer.analyze(message);
    return this.withLatest(message, this.answerFromReading(message, analysis, [], reading));
  }

  private updateLead(update: Update, text: string, language: 'en' | 'es'): string {
    return fill(this.knowledge.replies.updates.lead[language], { date: humanDate(update.date, language), title: update.title, text, source: update.source });
  }

  /** The message with its idioms read as the plain words they mean ("move the needle" → "make a real difference"). */
  private plainly(message: string, language = this.analyzer.languageOf(message)): string {
    // Each language's own: Spanish "ya" is not shorthand, nor English "quid" a Spanish idiom.
    const typed = language === 'en' ? this.shorthand.rewrite(message) : message;
    // (English meanings are weighed by English terms; a Spanish one is translated later, so all of it is kept.)
    const idioms = this.readingIdioms === 'loose' ? this.looseIdioms : this.idioms;
    return this.readingIdioms ? idioms[language].rewrite(typed, language === 'en' ? this.meaningWord : undefined, this.idiomPick) : typed;
  }

  /**
   * A yes/no question asking how sure something is ("does it say X definitely happened?", "is it certain that X?"):
   * the question without its words of certainty (`certainty_words`), when that still names something and is answered.
   */
  private withoutCertainty(message: string, state: ConversationState | undefined): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    const language = this.analyzer.languageOf(message);
    if (!yesNoStarter(message, language, d)) return undefined;
    const words = normalizeWords(message);
    if (!words.some((w) => d.certainty_words.includes(w))) return undefined;
    const plain = words.filter((w) => !d.certainty_words.includes(w)).join(' ');
    if (!this.analyzer.analyze(plain).terms.some((t) => t !== ARTICLE_TERM)) return undefined;
    const answer = this.answerInContext(plain, state);
    return answer.answered && !answer.followUp ? answer : undefined;
  }

  /**
   * "Is X the whole plan, or just part of it?", "is X a silver bullet?": a question whether something is all of a
   * whole (`whole_words`) — said of it: a word of being, then the thing (X), then the word for the whole and what it is
   * the whole of — with a word for a part after it (`part_words`) or as a yes/no question, is answered "No." with the
   * sentence of the article calling X one part of something bigger (`part_phrases`): a sentence that names X itself.
   * "Is X enough to do Y?" asks of Y, "is X part of the whole plan?" of X's place in it, "is the whole road safe?" of
   * the road.
   */
  private wholePhrases?: string[][];

  private partOfWhole(message: string): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    const words = normalizeWords(message);
    // (The phrases are read once: this runs for every message.)
    this.wholePhrases ??= d.whole_words.map((p) => normalizeWords(p));
    const firsts = new Set(this.wholePhrases.map((p) => p[0]));
    if (!words.some((w) => firsts.has(w))) return undefined;
    const said = ` ${words.join(' ')} `;
    if (d.whole_purpose_phrases.some((p) => said.includes(` ${normalizeWords(p).join(' ')} `))) return undefined;
    const at = (i: number) => this.wholePhrases!.find((p) => p.every((w, k) => words[i + k] === w));
    const wholeAt = words.findIndex((_, i) => !!at(i));
    if (wholeAt < 0) return undefined;
    const wholeLength = at(wholeAt)!.length;
    // The word of being just before the thing: "is X the whole…", not "what are the complete…" nor "is the whole X…".
    const be = Math.max(-1, ...words.slice(0, wholeAt).map((w, i) => (d.whole_be_words.includes(w) ? i : -1)));
    if (be < 0 || wholeAt - be > WHOLE_BE_DISTANCE || (d.question_words.includes(words[be - 1] ?? '') && !d.whole_be_words.includes(words[be - 1] ?? ''))) return undefined;
    // The whole is of something ("the whole plan", "the complete answer"), not the last word ("is it complete?"),
    // and not after a word for a part ("is X part of the whole plan?" asks whether it belongs).
    const after = words[wholeAt + wholeLength];
    if (!after || words.slice(be + 1, wholeAt).some((w) => d.part_words.includes(w))) return undefined;
    const language = this.analyzer.languageOf(message);
    const parts = d.part_words.filter((w) => !this.analyzer.isArticleWord(w));
    if (!words.slice(wholeAt).some((w) => parts.includes(w)) && !yesNoStarter(message, language, d)) return undefined;
    // The thing: the words between the word of being and the whole, naming something the knowledge knows ("that",
    // "the whole thing" name nothing).
    const frame = new Set([...d.whole_words, ...d.part_words].flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    const named = (from: number, to: number) => this.analyzer.analyze(words.slice(from, to).join(' ')).terms.filter((t) => t !== ARTICLE_TERM && !frame.has(t) && this.index.knows(t));
    // (In Spanish the thing often comes first: "¿el plan es toda la solución?")
    const thing = named(be + 1, wholeAt).length ? named(be + 1, wholeAt) : language === 'es' ? named(0, be) : [];
    if (!thing.length) return undefined;
    const passage = this.knowledge.sections
      .flatMap((section) => this.reader.sentences(section.id))
      .find((p) => d.part_phrases.some((phrase) => saysPhrase(p.text, phrase)) && thing.every((t) => p.terms.has(t)));
    if (!passage) return undefined;
    const section = this.sections.get(passage.sectionId)!;
    // …with the sentence after it, saying what the bigger whole is — not a list's opening ("Here are…:").
    const next = this.reader.sentences(section.id)[passage.index + 1];
    const text = [this.quotedWhole({ passage }), ...(next && !next.text.trim().endsWith(':') && !this.continuation(passage) ? [next.text] : [])].join(' ');
    return { ...this.fromArticle(section, text, message, this.analyzer.analyze(message).language, 0.8, passage.key), lead: 'no' as const };
  }

  /**
   * A question stating a number the knowledge never says ("was it 50 people…?", "he swears like 100, what's the
   * number?"), declined as asked: the same question with the number asked for instead (`count_question`) — when that
   * gives a number, it is the answer; to a yes/no question the lead is "No." (A year is a date, not a count.)
   */
  private claimedNumber(message: string): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    // (A quantity, after a word that may come before one — "was it 50", "like 100" —, not a label: "Article 33".)
    const before = (at: number) => normalizeWords(message.slice(0, at)).pop();
    const numbers = [...message.matchAll(/(?<![\d.,:/])\d{1,3}(?:,\d{3})*(?![\d.,:/])/g)].filter(
      (m) => !this.index.knows(m[0].replace(/,/g, '')) && d.claim_number_before.includes(before(m.index!) ?? ''),
    );
    if (numbers.length !== 1) return undefined;
    const [claim] = numbers;
    const language = this.analyzer.languageOf(message);
    const asked = `${message.slice(0, claim.index)}${d.count_question[language]}${message.slice(claim.index! + claim[0].length)}`;
    const found = this.answerOne(asked);
    if (!found.answered || !/\d/.test(found.text) || normalizeWords(found.text).includes(claim[0])) return undefined;
    return yesNoStarter(message, language, d) ? { ...found, lead: 'no' } : found;
  }

  /** A word of an idiom's meaning worth reading: one the knowledge uses (by its terms: 'content'), or a function word. */
  private readonly meaningWord = (word: string): boolean | 'content' => {
    const terms = this.analyzer.analyzeKnown(word).terms;
    if (!terms.length) return true;
    return terms.some((t) => this.index.knows(t)) ? 'content' : false;
  };

  /** The message with its question read plainly, when a paraphrase rule matches its words; else as typed. */
  private paraphrase(message: string): string {
    // Misspelt question words are read as meant first: "wut can X do" is "what can X do".
    const words = this.fixQuestionWords(normalizeWords(message)).join(' ');
    for (const { from, to, replace } of this.paraphrases) {
      const m = from.exec(words);
      if (!m) continue;
      const text = message.slice(0, MAX_QUESTION_CHARS);
      const reading = m[0].replace(from, to);
      // The reading joins the sentence it reads, before its closing mark: "what can X do? need it for a report" keeps
      // it in the question sentence, which may be answered alone. (Or stands for that sentence, where its words
      // mislead: "does it present X as a success, a mixed result, or a first step?".)
      const sentences = text.split(/(?<=[.!?…])\s+/);
      const at = sentences.findIndex((x) => this.fixQuestionWords(normalizeWords(x)).join(' ').includes(m[0]));
      if (replace && at >= 0) {
        sentences[at] = `${reading}?`;
        return sentences.join(' ');
      }
      if (at < 0 || at === sentences.length - 1 && !/[.!?…]$/.test(sentences[at])) return `${text} — ${reading}`;
      sentences[at] = sentences[at].replace(/([.!?…]+)$/, ` — ${reading}$1`);
      return sentences.join(' ');
    }
    return message;
  }

  /** A word of the knowledge or of everyday English (Spanish words included): run-together words split into these. */
  private readonly isWord = (word: string): boolean =>
    this.knownWords.has(word) || this.analyzer.isStopWord(word) || isListedWord(word) || this.nearKnownWord(word);

  /**
   * A word that can only name the one a question is said to ("boss", "compa"): written in lower case (not a name or an
   * acronym: "Sinaloa", "DEA"), and no word of the knowledge, of the topics it knows it does not cover ("cocaine",
   * "dea"), nor a typo of one ("corupption").
   */
  private readonly isListener = (typed: string): boolean => {
    if (typed !== typed.toLowerCase()) return false;
    const d = this.knowledge.dialogue;
    return normalizeWords(typed).every(
      (w) =>
        !this.knownWords.has(w) &&
        !this.gapWords.has(w) &&
        !this.analyzer.isStopWord(w) &&
        // (A real word is no typo: "sir", "pal"; a typo is: "corupption".)
        (isEverydayWord(w) || !this.nearKnownWord(w)) &&
        // Words typed together that ask ("howmany") are the question, not a listener.
        !splitRunTogether(w, this.isWord, this.isPart, this.splitOptions).split(' ').every((part) => this.analyzer.isStopWord(part) || d.question_words.includes(part)),
    );
  };

  /** A typo of a knowledge word ("usefull", "cartles") is corrected later, never split. */
  private nearKnownWord(word: string, edits?: number): boolean {
    // (Run-together words are split by trying their pieces: the same pieces come again and again.)
    const key = edits === undefined ? word : `${edits}:${word}`;
    const kept = this.nearKnown.get(key);
    if (kept !== undefined) return kept;
    const maxEdits = edits ?? (word.length >= 7 ? 2 : 1);
    let near = false;
    // Only words of the same first letter and a close length are compared: a few dozen, not the whole vocabulary.
    for (let length = word.length - maxEdits; length <= word.length + maxEdits && !near; length++) {
      for (const known of this.knownByShape.get(`${word[0]}${length}`) ?? []) if (editDistance(known, word) <= maxEdits) { near = true; break; }
    }
    if (this.nearKnown.size >= MAX_NEAR_KNOWN) this.nearKnown.clear();
    this.nearKnown.set(key, near);
    return near;
  }

  private readonly nearKnown = new Map<string, boolean>();
  /**
   * "ruleoflaw", "itsay": three parts at most, a two-letter function word a part of its own; failing that, one long
   * part may be a typo of a knowledge word beside a word ("drugtraficking", corrected later).
   */
  private readonly splitOptions: SplitOptions = {
    // A real word is not a typo: "strongholds" is not "strong" + a misspelt "holds".
    isNearPart: (w) => !isEverydayWord(w) && this.nearKnownWord(w),
    isShortPart: (w) => this.knowledge.language.en.splitShortWords.includes(w),
    // (…but a slip of one letter from a word is that word: "usefull" is not "use full", "kickin" not "kick in".)
    isExactWord: (w) => this.knownWords.has(w) || this.analyzer.isStopWord(w) || isListedWord(w) || isEverydayWord(w) || this.nearKnownWord(w, 1),
  };
  /** …but only into words of the knowledge or function words: "operatons" is a typo, not "opera tons". */
  private readonly isPart = (word: string): boolean => this.knownWords.has(word) || this.analyzer.isStopWord(word);

  /**
   * "the lasst item in the garden lsit": a word no vocabulary has, one slip from exactly one English word that points
   * into a list (`position_typo_words`: ordinals, "last", "list", "item"…), is that word — the stages reading positions
   * read the message as typed, not as the typo stage corrects it. (Not a Spanish word: "tarea" is no "area".)
   */
  private positionTyposFixed(message: string): string {
    const d = this.knowledge.dialogue;
    const targets = d.position_typo_words;
    return message.replace(/\p{L}+/gu, (typed) => {
      // (Written in lower case: "Merida", "UTEP" are names.)
      if (typed.length < MIN_POSITION_TYPO_LENGTH || !/^[a-z]+$/.test(typed) || this.isPart(typed) || isListedWord(typed)) return typed;
      if (this.analyzer.inEnglish([typed]).join(' ') !== typed) return typed;
      const near = targets.filter((t) => editDistance(typed, t) <= 1);
      return near.length === 1 ? near[0] : typed;
    });
  }

  /** The one item of a list whose text uses the most of the message's own content words, as written. */
  private itemMentioning(list: ArticleList, message: string, naming: ReadonlySet<string> = new Set()): Section | undefined {
    const d = this.knowledge.dialogue;
    const named = (w: string) => this.analyzer.analyzeKnown(w).terms.some((t) => naming.has(t));
    const words = normalizeWords(message).filter((w) => !this.analyzer.isStopWord(w) && !d.list_nouns.includes(w) && !d.which_words.includes(w) && !named(w));
    const scored = list.items.map((item) => {
      const said = new Set(normalizeWords(`${item.title} ${item.text}`));
      return { item, n: words.filter((w) => said.has(w)).length };
    });
    const best = Math.max(0, ...scored.map((x) => x.n));
    const top = scored.filter((x) => x.n === best);
    return best > 0 && top.length === 1 ? top[0].item : undefined;
  }

  /**
   * "Which of the X is about Y?": the item of a list that the message's own words are about — the reading's best item
   * when it matches a word that does not only name the list, else the one item mentioning a word of the message.
   */
  private itemAbout(list: ArticleList, message: string, analysis: Analysis, weights: number[]): Section | undefined {
    const d = this.knowledge.dialogue;
    const nouns = new Set([...d.list_nouns, ...d.position_markers].flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    const parent = this.sections.get(list.id)!;
    const top = this.reader.readIn(list.items.map((i) => i.id), analysis, weights, 1)[0];
    // The item must match a word of the question's own, not only the words naming the list ("which of the
    // X parts is the Y one?"): else the item that mentions the word as written — a word the analysis
    // reads as part of a phrase ("pick up") is still the word the item mentions.
    const naming = new Set([...nouns, ...this.analyzer.analyzeKnown(`${parent.title} ${list.label ?? ''}`).terms]);
    const own = top?.matched.some((i) => !naming.has(analysis.terms[i]) && analysis.terms[i] !== ARTICLE_TERM);
    // (A word of the list's title may still be the one asked about — "which of the parts of X is the Y one?"
    // when the title speaks of Y: the reading's item, when no item mentions another word.)
    const labelled = new Set([...nouns, ...(list.label ? this.analyzer.analyzeKnown(list.label).terms : [])]);
    const titled = top?.matched.some((i) => !labelled.has(analysis.terms[i]) && analysis.terms[i] !== ARTICLE_TERM && top.passage.terms.has(analysis.terms[i]));
    return (
      (top && own ? this.sections.get(top.passage.sectionId) : undefined) ??
      this.itemMentioning(list, message, naming) ??
      (top && titled ? this.sections.get(top.passage.sectionId) : undefined)
    );
  }

  /** Is this section one item of a list? */
  private isListItem(section: Section): boolean {
    return this.lists.some((l) => l.items.includes(section));
  }

  /** The list a section introduces or belongs to. */
  private listOf(sectionId: string | undefined): ArticleList | undefined {
    if (!sectionId) return undefined;
    const section = this.sections.get(sectionId);
    return this.lists.find((l) => l.id === sectionId || l.id === section?.parent);
  }

  /**
   * "list the ways X can hurt Y", "run me through everything X can do": a message asking for many things (`many_words`,
   * or a plural word for items: "ways", "things"), answered by one item of a list, is answered by the whole list —
   * when the message does not name that item (`titleNamed`) and names a distinctive word of the part that introduces
   * the list ("what steps against <one item's topic>?" asks that item's steps).
   */
  private wholeListOverItem(message: string, answer: Answer & Extra): (Answer & Extra) | undefined {
    if (!answer.answered || answer.fromList || answer.followUp) return undefined;
    // ("can all of them be X?" asks it of each: a yes/no question is answered as asked.)
    if (yesNoStarter(message, answer.language, this.knowledge.dialogue)) return undefined;
    const item = this.sections.get(answer.sources[0]?.id ?? '');
    const list = item && this.isListItem(item) ? this.listOf(item.id) : undefined;
    if (!item || !list) return undefined;
    const d = this.knowledge.dialogue;
    const words = normalizeWords(message.slice(0, MAX_QUESTION_CHARS));
    const plural = (w: string) => d.list_nouns.includes(w) && d.list_nouns.some((n) => n !== w && w.startsWith(n));
    // (…or the list's own word for its items, in the plural: "what possible outcomes does it list?" — when what the
    // message shares with the item is said only right before that word: "what outcomes in the short run?" asks the
    // one item about the short run.)
    const labels = [...(list.label ? [pluralize(list.label).split(' ').pop()!] : []), ...list.aliases.filter((a) => a.endsWith('s'))];
    const asksMany = words.some((w) => d.many_words.includes(w) || plural(w));
    const labelAt = words.findIndex((w) => labels.includes(w));
    if (!asksMany && labelAt < 0) return undefined;
    const analysis = this.analyzer.analyze(message);
    const terms = analysis.terms.filter((t) => t !== ARTICLE_TERM);
    if (this.titleNamed(item.id, terms) > 0) return undefined;
    if (!asksMany) {
      const modifiers = new Set(words.slice(Math.max(0, labelAt - 2), labelAt).flatMap((w) => this.analyzer.analyze(w).terms));
      const parentTerms = this.partOwnTerms(list);
      const itemTerms = new Set(this.analyzer.analyzeKnown(`${item.title} ${item.text}`).terms);
      if (terms.some((t) => itemTerms.has(t) && !parentTerms.has(t) && !modifiers.has(t))) return undefined;
    }
    const parent = this.sections.get(list.id)!;
    // (The part's own words, not its items' names it lists.)
    const named = new Set(list.items.flatMap((i) => this.analyzer.analyzeKnown(itemName(i)).terms));
    const intro = new Set(this.analyzer.analyzeKnown(`${parent.title} ${parent.text}`).terms.filter((t) => !named.has(t)));
    // (…at least this share of the message's weight: "what steps against <an item's topic>?" is that item's.)
    const weight = (ts: string[]) => ts.reduce((sum, t) => sum + this.index.queryWeight(t), 0);
    if (weight(terms.filter((t) => intro.has(t))) < LIST_INTRO_SHARE * weight(terms)) return undefined;
    return this.wholeListFor(message, { ...analysis, cues: new Set([...analysis.cues, 'list']) }, list.id);
  }

  /**
   * "what are the benefits of X?" when the article's list of what X can do after all goes by that word (`aliases`):
   * that whole list — unless the answer is already from it, the question is one of yes or no, or it names something
   * its part of the article does not say ("the benefits of yoga").
   */
  private listByAlias(message: string, answer: Answer & Extra): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    const list = this.listByOtherName(normalizeWords(message.slice(0, MAX_QUESTION_CHARS)));
    if (!list) return undefined;
    const analysis = this.analyzer.analyze(message);
    if (yesNoStarter(message, analysis.language, d)) return undefined;
    const cited = answer.sources[0]?.id;
    if (answer.answered && cited && this.listOf(cited) === list) return undefined;
    const parent = this.sections.get(list.id)!;
    // (What the message says besides is the list's part by its title: "the benefits of X" where the title names X — not
    // "the benefits of being a member".)
    const said = new Set(this.analyzer.analyzeKnown(parent.title).terms);
    const aliasTerms = new Set(list.aliases.flatMap((a) => this.analyzer.analyzeKnown(a).terms));
    const listTerms = new Set([...d.list_nouns, ...d.many_words].flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    const rest = analysis.terms.filter((t) => t !== ARTICLE_TERM && !aliasTerms.has(t) && !listTerms.has(t) && !this.analyzer.weakTerms.has(t));
    if (!rest.length || !rest.every((t) => said.has(t))) return undefined;
    return this.wholeListFor(message, { ...analysis, cues: new Set([...analysis.cues, 'list']) }, list.id);
  }

  /**
   * The list a message names by another word for it (`aliases`: "the benefits"), said as a noun: after a determiner, a
   * number or a question word ("the benefits", "three upsides", "what benefits…"), or before "of"/"from" — not a verb
   * ("who benefits from X?").
   */
  private listByOtherName(words: string[]): ArticleList | undefined {
    const d = this.knowledge.dialogue;
    // (Most messages name no list so: nothing more to read.)
    if (!this.lists.some((l) => l.aliases.some((a) => words.includes(a)))) return undefined;
    const asNoun = (a: string) =>
      words.some((w, i) => {
        if (w !== a) return false;
        const before = words[i - 1] ?? '';
        const determined = d.position_determiners.includes(before) || d.many_words.includes(before) || !!d.ordinals[before] || /^\d+$/.test(before) || d.upside_determiners.includes(before);
        const asked = d.open_question_words.includes(before) && !d.person_who_words.includes(before);
        return determined || asked || (['of', 'from', 'de'].includes(words[i + 1] ?? '') && !d.person_who_words.includes(before) && !d.back_references.includes(before));
      });
    return this.lists.find((l) => l.aliases.some(asNoun));
  }

  /**
   * "what does the plan say about <X>?" where X is one item's name, answered from the part that lists the items (the
   * whole list, or its opening): that item, as the article gives it — unless the message asks for many things ("all",
   * "the steps"), how many, or names several items.
   */
  private itemOverWholeList(message: string, answer: Answer & Extra, state: ConversationState | undefined): (Answer & Extra) | undefined {
    const cited = answer.sources[0]?.id;
    const list = cited ? this.lists.find((l) => l.id === cited) : undefined;
    if (!answer.answered || !list) return undefined;
    const analysis = this.analyzer.analyze(message);
    if (analysis.cues.has('count') || analysis.cues.has('list')) return undefined;
    const d = this.knowledge.dialogue;
    const words = normalizeWords(message.slice(0, MAX_QUESTION_CHARS));
    const plural = (w: string) => d.list_nouns.includes(w) && d.list_nouns.some((n) => n !== w && w.startsWith(n));
    if (words.some((w) => d.many_words.includes(w) || plural(w))) return undefined;
    // (…a message naming one item only.)
    const terms = analysis.terms.filter((t) => t !== ARTICLE_TERM);
    // (Named by most distinctive words of its name — "joint ops" names no item alone — and not as the item next to
    // the one asked: "the entry before X".)
    let named = list.items.filter((i) => this.titleNamed(i.id, terms, true) >= NAME_SHARE);
    // "what does the plan say about compost?": no item named, the one item whose text says all the message asks
    // besides the list's own words.
    // (Only over the whole list: an answer from one sentence of the part is about that sentence.)
    const shown = normalizeWords((answer.english ?? answer.text).split('\n\n')[0]).join(' ');
    const whole = list.items.filter((i) => shown.includes(normalizeWords(itemName(i)).join(' '))).length >= 2;
    if (!named.length) {
      // (Not for a question of yes or no: "will X end Y?" asks of the whole.)
      const said = whole && !yesNoStarter(message, answer.language, d) ? this.itemSaying(list, terms) : undefined;
      if (!said) return undefined;
      return this.listReply(message, { en: this.itemLine(said, 'en'), es: this.itemLine(said, 'es') }, said, [said], answer.language, state);
    }
    if (named.length !== 1) return undefined;
    const [item] = named;
    const first = normalizeWords(itemName(item))[0];
    const nameAt = words.indexOf(first);
    if (nameAt > 0 && words.slice(Math.max(0, nameAt - 2), nameAt).some((w) => d.previous_words.includes(w) || d.anchored_previous_words.includes(w) || d.next_words.includes(w))) return undefined;
    // (From the whole list, the item's name read anyhow; from one sentence of the part, its name as written: "why is
    // the X so hard to Y?" asks of X, not of the item "X Y".)
    // (The list is what the answer gives first, not what it adds after: "The article adds: <the list>".)
    if (!whole && !saysPhrase(message, itemName(item))) return undefined;
    return this.listReply(message, { en: this.itemLine(item, 'en'), es: this.itemLine(item, 'es') }, item, [item], answer.language, state);
  }

  /** The terms of the part of the article holding a list — its title and text, without the names of its items it says. */
  private partOwnTerms(list: ArticleList): Set<string> {
    const part = this.sections.get(list.id);
    if (!part) return new Set();
    const text = list.items.reduce((t, i) => t.replace(new RegExp(escapeRegExp(itemName(i)), 'giu'), ' '), part.text);
    return new Set(this.analyzer.analyzeKnown(`${part.title} ${text}`).terms);
  }

  /**
   * The one item of a list whose own text says every term of a message that the list's part does not (its title and
   * its words before the items) and that is no word for a list or a part of one ("bullet", "section").
   */
  private itemSaying(list: ArticleList, terms: string[]): Section | undefined {
    const d = this.knowledge.dialogue;
    const own = this.partOwnTerms(list);
    const nouns = new Set([...d.list_nouns, ...d.section_nouns, ...d.part_words].map((w) => this.analyzer.stem(w)));
    const asked = terms.filter((t) => !own.has(t) && !nouns.has(t) && !this.analyzer.weakTerms.has(t));
    // (…two of them: one word — "what does the plan say about the fix?" — is too loose a reading to pick an item by.)
    if (asked.length < 2) return undefined;
    const saying = list.items.filter((i) => {
      const said = new Set(this.analyzer.analyzeKnown(`${i.title} ${i.text}`).terms);
      return asked.every((t) => said.has(t));
    });
    return saying.length === 1 ? saying[0] : undefined;
  }

  /** The count of the list an answer gives whole, when the message asks how many (and the answer is not a count). */
  private countOfListAnswered(message: string, answer: Answer & Extra, state: ConversationState | undefined): (Answer & Extra) | undefined {
    const cited = answer.sources[0]?.id;
    const list = cited ? this.lists.find((l) => l.id === cited) : undefined;
    if (!answer.answered || !list || answer.fromList) return undefined;
    if (!this.analyzer.analyze(message).cues.has('count')) return undefined;
    // …an answer that gives the list (names two of its items or more), not one sentence of the part holding it.
    const text = normalizeWords(answer.english ?? answer.text).join(' ');
    if (list.items.filter((i) => text.includes(normalizeWords(itemName(i)).join(' '))).length < 2) return undefined;
    return this.listReply(message, this.countText(list), this.sections.get(list.id)!, list.items, answer.language, state);
  }

  /**
   * "And number two?", "the final one", "how many key points are there?", "which of them is about X?": a list
   * named in the message, or the one the conversation is on, answers by position, count or topic.
   */
  /** What a message asks of a list (`readListAsk`), read once per message: several stages ask it. */
  private listAsk(text: string): ListAsk | undefined {
    if (this.listAsks.has(text)) return this.listAsks.get(text);
    const asked = readListAsk(text, this.knowledge.dialogue, this.lists.flatMap((l) => [l.label, ...l.aliases]).filter(Boolean), isEverydayWord);
    if (this.listAsks.size >= MAX_LIST_ASKS) this.listAsks.clear();
    this.listAsks.set(text, asked);
    return asked;
  }

  private readonly listAsks = new Map<string, ListAsk | undefined>();

  private answerList(typed: string, state: ConversationState | undefined): (Answer & Extra) | undefined {
    // "how many itmes…?": a list is asked for in its words as corrected, when as typed it is not.
    // (Only a list ask changes what is read: any other message stays as typed.)
    const read = (text: string) => this.listAsk(text);
    let message = typed;
    let asked = read(typed);
    // "ok last one: what does it say about X?" — a preamble saying this is the last question (`last_question_phrases`)
    // before a question that asks no list is chat, not the list's last item.
    if (asked && this.lastQuestionPreamble(typed, read)) return this.siblingItem(typed, state);
    if (!asked) {
      const fixed = this.withTyposFixed(typed);
      const fixedAsk = fixed === typed ? undefined : read(fixed);
      if (fixedAsk) [message, asked] = [fixed, fixedAsk];
    }
    const lists = this.listsMentioning(message, state);
    if (lists) return lists;
    if (!asked) return this.rankOfNamed(message, state) ?? this.siblingItem(message, state);
    let ask: ListAsk = asked;
    if (asked.kind === 'rank') {
      // Where an item stands; naming none, the positions the message gave ("where does it put the second and third?").
      const rank = this.rankOf(message, state);
      if (rank || !asked.positions.length) return rank;
      ask = { kind: 'positions', positions: asked.positions };
    }
    if (ask.kind === 'relative' && ask.anchor) {
      // "what comes right after X?": X must be an item's name, not a clause ("after X is done").
      const named = this.itemNamed(ask.anchor, true);
      if (!named) return undefined;
      const item = named.list.items[named.list.items.indexOf(named.item) + ask.offset];
      // Nothing next to it: where it stands ("it is the last of the five").
      if (!item) return this.rankReply(message, named.list, named.item, state);
      return this.listReply(message, { en: this.itemLine(item, 'en'), es: this.itemLine(item, 'es') }, item, [item], this.analyzer.analyze(message).language, state);
    }
    const analysis = this.analyzer.analyze(message);
    // Words that say "a list" or "a position in it" ("item", "number four") say nothing of which list.
    const d = this.knowledge.dialogue;
    const listWords = [...d.list_nouns, ...d.position_markers];
    const nouns = new Set(listWords.flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    const content = analysis.terms.filter((t) => !nouns.has(t) && t !== ARTICLE_TERM);
    const weights = this.index.search(analysis, 1).weights;
    // The list the message names by its label ("key points"), else the one its words are about, else
    // the one the conversation is on.
    // The list the message names by its whole label ("key points"); for a position or "which of
    // them", else the one the conversation is on; else the one the message's words are about.
    // (…or by another word for it: "the benefits" of the list of what a thing can do after all.)
    const byOtherName = this.listByOtherName(normalizeWords(message));
    const named =
      this.lists.find((l) => {
        const label = l.label ? this.analyzer.analyzeKnown(l.label).terms : [];
        return label.length > 0 && label.every((t) => analysis.terms.includes(t));
      }) ?? byOtherName;
    // …or as "<item> of the <word of its part's title>" ("which part of the big plan…"), a word no other list's
    // title has: that list, whatever list the conversation is on.
    const titled = named || ask.kind !== 'which' ? undefined : this.listTitled(message);
    const current = this.listOf(state?.listId ?? state?.sectionId);
    let about: ArticleList | undefined;
    if (content.length) {
      const family = this.lists.flatMap((l) => [l.id, ...l.items.map((i) => i.id)]);
      // The list's topic is read from the message's content words: "item", "list", "the article" say nothing of which.
      const keep = analysis.terms.map((t) => !nouns.has(t) && t !== ARTICLE_TERM);
      const topical = { ...analysis, terms: analysis.terms.filter((_, i) => keep[i]), shares: analysis.shares.filter((_, i) => keep[i]) };
      const topicWeights = weights.filter((_, i) => keep[i]);
      const top = this.reader.readIn(family, topical, topicWeights, 1, undefined, message)[0];
      const needed = ask.kind === 'count' ? this.weights.listCountCoverage : this.weights.listTopicCoverage;
      // "which factors make X a Y?": a list found only by the message's words must fit them about as well as any
      // sentence of the article does; a sentence outside every list saying it clearly better answers instead.
      // (Words naming the list — its part's title, its label — are left out: "which item of the plan is about X?".)
      let outdone = false;
      const found = top && this.listOf(top.passage.sectionId);
      // (A remedy asked — "which steps would reduce X?" — is what the items prescribe, not the sentence saying X.)
      if (ask.kind === 'which' && found && !analysis.cues.has('remedy')) {
        const naming = new Set(this.analyzer.analyzeKnown(`${this.sections.get(found.id)!.title} ${found.label ?? ''}`).terms);
        const own = topical.terms.map((t) => !naming.has(t));
        const asked = { ...topical, terms: topical.terms.filter((_, i) => own[i]), shares: topical.shares.filter((_, i) => own[i]) };
        const askedWeights = topicWeights.filter((_, i) => own[i]);
        const itemIds = this.lists.flatMap((l) => l.items.map((i) => i.id));
        const item = this.reader.readIn(itemIds, asked, askedWeights, 1, undefined, message)[0];
        const elsewhere = this.reader.read(asked, askedWeights, 1, (p) => !itemIds.includes(p.sectionId), message)[0];
        outdone = !!elsewhere && elsewhere.coverage >= (item?.coverage ?? 0) + this.weights.readOverGap;
      }
      if (top && top.coverage >= needed && !outdone) about = this.listOf(top.passage.sectionId);
    }
    // "the second one?" after an answer that listed the parts of one sentence ("these steps: - Planning - …"):
    // the bullets shown, not the article's list the conversation is on.
    if (!named && state?.enumeration && (ask.kind === 'positions' || ask.kind === 'count') && content.every((t) => this.positionTerms.has(t))) {
      const picked = this.fromEnumeration(message, ask, state.enumeration, analysis.language);
      if (picked) return picked;
    }
    const list = named ?? titled ?? (ask.kind === 'count' ? (about ?? current) : (current ?? about));
    if (!list) return undefined;
    // A question that names its own topic is not about the list the conversation is on ("how many people were there?").
    if (list === current && !named && !about && ask.kind === 'count' && content.length) return undefined;
    // "arrested how many": a count naming no list ("items", "the key points") nor the one the conversation is on is the
    // count of what its words name — a number the article gives, or a list the answer gives whole (`countOfListAnswered`):
    // not the list whose opening happens to say the word.
    const labelWords = this.lists.flatMap((l) => (l.label ? [l.label.split(' ').pop()!, pluralize(l.label).split(' ').pop()!] : []));
    const saysList = normalizeWords(message).some((w) => listWords.includes(w) || d.rank_list_words.includes(w) || labelWords.includes(w));
    if (ask.kind === 'count' && list === about && list !== current && !saysList) return undefined;
    const language = analysis.language;
    const parent = this.sections.get(list.id)!;
    let items: Section[];
    if (ask.kind === 'count') return this.listReply(message, this.countText(list), parent, list.items, language, state);
    // "which of the main points overlaps with that?": the item of the list named that has most in common with what the
    // conversation is on — another list's item, or a part of the article.
    const related = ask.kind === 'which' ? this.relatedItem(message, list, state, list === current ? content : undefined) : undefined;
    if (related) items = [related];
    else if (ask.kind === 'which') {
      if (!content.length) return undefined;
      // (A list named by another word for it — "which benefit…" — is asked of its items by the other words: each
      // one a word the knowledge uses, and not the list's own title: "which benefit of X involves paella?" is not.)
      if (named && named === byOtherName) {
        const titled = new Set(this.analyzer.analyzeKnown(`${parent.title} ${named.aliases.join(' ')}`).terms);
        const own = content.filter((t) => !titled.has(t));
        if (!own.length || own.some((t) => !this.index.knows(t))) return undefined;
      }
      const item = this.itemAbout(list, message, analysis, weights);
      if (!item) return undefined;
      items = [item];
    } else if (ask.kind === 'named') {
      // The one item whose name or text has the word — not a word of the list's own title ("the plan part" of a list titled "The plan").
      const [term] = this.analyzer.analyzeKnown(ask.word).terms;
      if (!term || this.analyzer.analyzeKnown(parent.title).terms.includes(term)) return undefined;
      // (An item named by the word comes first, in this list or — when this list only says the word in an item's
      // text — in any other: "the rose one" is the item called so, not one that lists roses among others.)
      const nameHas = (i: Section) => this.analyzer.analyzeKnown(itemName(i)).terms.includes(term);
      const namedElsewhere = this.lists.flatMap((l) => l.items).filter(nameHas);
      let having = list.items.filter(nameHas);
      if (!having.length && namedElsewhere.length === 1) having = namedElsewhere;
      if (!having.length) having = list.items.filter((i) => this.itemSays(i, term));
      if (!having.length) having = list.items.filter((i) => this.itemSays(i, term, true));
      if (having.length !== 1) return undefined;
      items = having;
    } else if (ask.kind === 'relative') {
      // The item next to the one the conversation is on, in the list's order.
      const at = list.items.findIndex((i) => i.id === state?.sectionId);
      const item = at >= 0 ? list.items[at + ask.offset] : undefined;
      if (!item) return undefined;
      items = [item];
    } else {
      items = itemsAt(list, ask.positions);
      // A position past the end: how many there are, and which.
      if (!items.length) return this.listReply(message, this.countText(list), parent, list.items, language, state);
    }
    const text = {
      en: items.map((i) => this.itemLine(i, 'en')).join('\n'),
      es: items.map((i) => this.itemLine(i, 'es')).join('\n'),
    };
    return this.listReply(message, text, items.length === 1 ? items[0] : parent, items, language, state);
  }

  /** Terms of the words that say a position ("fifth", "last"): a message of only these names no topic. */
  private get positionTerms(): ReadonlySet<string> {
    const d = this.knowledge.dialogue;
    // (Read as a question reads them too: Spanish "el segundo" is translated first.)
    const words = [...Object.keys(d.ordinals), ...d.last_words, ...d.penultimate_words, ...d.middle_words];
    this.positionTermsCache ??= new Set(words.flatMap((w) => [...this.analyzer.analyzeKnown(w).terms, ...this.analyzer.analyze(w).terms]));
    return this.positionTermsCache;
  }

  private positionTermsCache?: Set<string>;

  /**
   * The kind of question (`entry_kinds`: who, when, where, how many) nearly all of a curated entry's phrasings ask
   * (`ENTRY_KIND_SHARE`), read once per entry.
   */
  private entryKind(target: Target): string | undefined {
    if (this.entryKinds.has(target.id)) return this.entryKinds.get(target.id);
    const phrasings = this.knowledge.questions.find((q) => q.id === target.id)?.phrasings ?? [];
    const cues = phrasings.map((p) => this.analyzer.analyzeKnown(p).cues);
    const kind = Object.entries(this.knowledge.dialogue.entry_kinds).find(
      ([, names]) => cues.filter((c) => names.some((n) => c.has(n))).length >= ENTRY_KIND_SHARE * Math.max(1, cues.length),
    )?.[0];
    this.entryKinds.set(target.id, kind);
    return kind;
  }

  private readonly entryKinds = new Map<string, string | undefined>();

  /** The terms of the verbs of what a thing holds (`contents_words`: "consist of", "contiene"), as a question reads them. */
  private get contentsTerms(): ReadonlySet<string> {
    this.contentsTermsCache ??= new Set(this.knowledge.dialogue.contents_words.flatMap((w) => this.analyzer.analyze(w).terms));
    return this.contentsTermsCache;
  }

  private contentsTermsCache?: Set<string>;

  /** The terms of the nouns that name a list's items ("points", "steps"): no topic of their own. */
  private get listNounTerms(): ReadonlySet<string> {
    this.listNounTermsCache ??= new Set(this.knowledge.dialogue.list_nouns.flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    return this.listNounTermsCache;
  }

  private listNounTermsCache?: Set<string>;

  /**
   * The bullets of an answer, when it shows two or more and they are not the items of one of the article's lists
   * (those answer positions as lists do).
   */
  private enumerationOf(answer: Answer & Extra): Enumeration | undefined {
    const en = bulletNames(answer.text);
    if (en.length < 2) return undefined;
    // (An answer naming some items of a list among other things — "the budget, staffing, morale" — is an enumeration
    // of its own.)
    const plain = (t: string) => normalizeWords(t).join(' ');
    if (this.lists.some((l) => en.every((name) => l.items.some((i) => plain(itemName(i)) === plain(name))))) return undefined;
    const es = answer.textEs === undefined ? undefined : bulletNames(answer.textEs);
    return es && es.length === en.length ? { en, es } : { en };
  }

  /**
   * A position or the count of the bullets shown: the name at that position, where it stands, and the article's
   * sentence that names them (the one that has most of their words).
   */
  private fromEnumeration(message: string, ask: ListAsk, shown: Enumeration, language: 'en' | 'es'): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    const n = shown.en.length;
    const at =
      ask.kind === 'positions'
        ? [...new Set(ask.positions.map((p) => (p === 0 ? Math.floor((n - 1) / 2) : p < 0 ? n + p : p - 1)))].filter((i) => i >= 0 && i < n)
        : [];
    const named = this.analyzer.analyzeKnown(shown.en.join(', '));
    const source = this.reader.read(named, this.index.search(named, 1).weights, 1)[0]?.passage;
    const section = source && this.sections.get(source.sectionId);
    if (!source || !section) return undefined;
    const count = String(n);
    const say = (lang: 'en' | 'es'): string => {
      const names = (lang === 'es' ? shown.es : undefined) ?? shown.en;
      const quote = lang === 'es' ? this.passageEs(section, source.text) : `“${source.text}”`;
      const fillIn = (t: string, item: string, position: number) =>
        t
          .replace('{item}', () => item)
          .replace('{position}', () => (lang === 'en' ? d.ordinal_words : d.ordinal_words_es)[position] ?? String(position))
          .replace('{n}', () => String(position))
          .replace('{count}', () => (lang === 'en' ? d.number_words : d.number_words_es)[count] ?? count)
          .replace('{items}', () => item || joinNames(names.map((x) => `**${x}**`), lang))
          .replace('{text}', () => quote);
      // A position past the end, or "how many?": how many there are, and which.
      if (!at.length) return fillIn(d.enumeration_count[lang], '', 0);
      if (at.length === 1) return fillIn(d.enumeration_item[lang], names[at[0]], at[0] + 1);
      return fillIn(d.enumeration_items[lang], joinNames(at.map((i) => `**${names[i]}**`), lang), 0);
    };
    return {
      ...this.cited(section, say('en')),
      textEs: say('es'),
      question: message,
      confidence: 1,
      suggestions: this.suggestionsFor([], undefined, section.id),
      language,
      entryId: section.id,
      followUp: true,
      fromList: true,
      fromEnumeration: true,
      shownKeys: [source.key],
    };
  }

  /**
   * The item of `list` that has clearly most words in common with the part of the article the conversation is on, by
   * their weight — when the message points back ("that", not the article's "it"); the list's own naming words (its
   * title, its label) do not count. On the list the conversation is on, only when the message names nothing an item
   * says (`content`): "which of them mentions X?" asks for X.
   */
  private relatedItem(message: string, list: ArticleList, state: ConversationState | undefined, content?: string[]): Section | undefined {
    const on = state?.sectionId ? this.sections.get(state.sectionId) : undefined;
    // ("it" alone may be the article: "which of the points does it list first?")
    const pronouns = this.knowledge.dialogue.article_pronouns;
    if (!on || !normalizeWords(message).some((w) => this.backReferences.has(w) && !pronouns.includes(w))) return undefined;
    const d = this.knowledge.dialogue;
    const parent = this.sections.get(list.id)!;
    const naming = new Set([...d.list_nouns, ...d.position_markers, `${parent.title} ${list.label}`].flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    if (content?.some((t) => !naming.has(t) && list.items.some((i) => this.itemSays(i, t)))) return undefined;
    const topic = new Set(this.analyzer.analyzeKnown(`${on.title} ${on.text}`).terms);
    const scored = list.items.map((item) => {
      const shared = [...this.itemTermsOf(item).whole].filter((t) => topic.has(t) && !naming.has(t));
      return { item, score: shared.reduce((sum, t) => sum + this.index.queryWeight(t), 0) };
    });
    scored.sort((a, b) => b.score - a.score);
    const [best, next] = scored;
    // Clearly the most in common: the weight of two distinctive words at least, and well ahead of the next item.
    const enough = RELATED_MIN_DISTINCTIVE * DISTINCTIVE_WEIGHT * this.index.scale;
    return best && best.score >= enough && (!next || best.score >= RELATED_LEAD * next.score) ? best.item : undefined;
  }

  private articleWordTerms: Set<string> | undefined;
  /** Per item: the terms its name and text are read as, and those of each of its words (`itemSays`). */
  private readonly itemTerms = new Map<string, { whole: Set<string>; words: Set<string> }>();
  /**
   * Is the question about the known gap `doc`, when a sentence of the article says every word of it (`said`: the best
   * read, of the type a typed question asks)? "will
   * removals alone end X?" shares only words the article says with "is there research showing removals reduce X?",
   * and not the gap's own point ("research"): the article's sentence answers it. The gap is asked about when the
   * question names a word of its phrasings the article never says, or shares at least half of a phrasing that names
   * none ("how many X are there?" is told by its question type).
   */
  private asksOfGap(doc: IndexDoc, analysis: Analysis, said: boolean, typed?: string): boolean {
    let phrasings = this.gapPhrasings.get(doc.key);
    if (!phrasings) {
      phrasings = doc.phrasings.map((p) => {
        const read = this.analyzer.analyze(p);
        const terms = read.terms.filter((t) => t !== ARTICLE_TERM);
        return { terms, own: terms.filter((t) => !this.articleSays(t)), cues: read.cues, language: read.language };
      });
      this.gapPhrasings.set(doc.key, phrasings);
    }
    // "why is X such a hot spot?" asks a reason: a gap none of whose questions in its language asks one ("which towns
    // are the hot spots?") is not what it asks about.
    // (Not a reason for what the article leaves out — "why doesn't it mention X?", "why weren't any bosses among
    // them?" ask of the gap itself — nor a cause, "what caused the X?", which a gap of X answers as well.)
    const reason = REASON_CUES.filter((c) => analysis.cues.has(c));
    const alike = phrasings.filter((p) => p.language === analysis.language);
    const ofAbsence = analysis.cues.has('mention') || (typed !== undefined && normalizeWords(typed).some((w) => this.isNegation(w)));
    if (reason.length && !ofAbsence && alike.length && !alike.some((p) => reason.some((c) => p.cues.has(c)))) return false;
    if (!said) return true;
    const asked = new Set(analysis.terms);
    return phrasings.some((p) => p.own.some((t) => asked.has(t)) || (!p.own.length && p.terms.length > 0 && p.terms.filter((t) => asked.has(t)).length * 2 >= p.terms.length));
  }

  /** Does the article say the term — in a sentence, or word by word ("cash" in "wash cash")? */
  private articleSays(term: string): boolean {
    if (this.reader.has(term)) return true;
    if (!this.articleWordTerms) {
      const words = new Set(this.knowledge.sections.flatMap((x) => normalizeWords(`${x.title} ${x.text}`)));
      this.articleWordTerms = new Set([...words].flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    }
    return this.articleWordTerms.has(term);
  }

  /**
   * Does the item (its name or text) say the term? Word by word too, with `wordByWord`: a word the item says inside a
   * phrase the analysis reads as one term ("cash" in "wash cash").
   */
  private itemSays(item: Section, term: string, wordByWord = false): boolean {
    const terms = this.itemTermsOf(item);
    return terms.whole.has(term) || (wordByWord && terms.words.has(term));
  }

  /** The terms an item's name and text are read as, and those of each of its words (cached). */
  private itemTermsOf(item: Section): { whole: Set<string>; words: Set<string> } {
    let terms = this.itemTerms.get(item.id);
    if (!terms) {
      const text = `${item.title} ${item.text}`;
      terms = { whole: new Set(this.analyzer.analyzeKnown(text).terms), words: new Set(normalizeWords(text).flatMap((w) => this.analyzer.analyzeKnown(w).terms)) };
      this.itemTerms.set(item.id, terms);
    }
    return terms;
  }

  /**
   * "Which other list mentions X?", "X shows up in two lists — which ones?": each list of the article one item of
   * which says every word the message names (besides words for a list and for the article), with that item; "other"
   * leaves out the list the conversation is on. The conversation goes on in the first list named.
   */
  private listsMentioning(message: string, state: ConversationState | undefined): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    const words = normalizeWords(message);
    // Asked which: a question word at most two words before a word for a list ("which other list", "en qué listas"), or
    // lists and a question word anywhere ("X shows up in two lists — which ones?"); "list the key points" asks no such thing.
    // (…a noun: "the parts the article lists" is the article's verb.)
    const isList = (w: string, i: number) => (d.lists_words.includes(w) || d.lists_plural_words.includes(w)) && !this.analyzer.reportsTheArticle(words, i);
    const asking = [...d.which_words, ...d.lists_which_words];
    const at = words.findIndex((w, i) => isList(w, i) && words.slice(Math.max(0, i - 2), i).some((v) => asking.includes(v)));
    const plural = words.some((w, i) => d.lists_plural_words.includes(w) && isList(w, i)) && words.some((w) => asking.includes(w));
    if ((at < 0 && !plural) || words.length > FOLLOW_UP_MAX_WORDS + 4 || !words.some((w) => d.lists_mention_verbs.includes(w))) return undefined;
    const analysis = this.analyzer.analyze(message);
    const listTerms = new Set([...d.lists_words, ...d.lists_plural_words, ...d.list_nouns, ...d.other_words, ...d.lists_mention_verbs].flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    // Its topic words ("shows up in two different lists" looks for neither "show" nor "different": a word of the
    // knowledge's phrasings that the article never uses is chat here, though a word nothing in the knowledge uses is
    // not); none the article has: "which list has the most?" names nothing to look for.
    let terms = analysis.terms.filter(
      (t) => t !== ARTICLE_TERM && !listTerms.has(t) && this.index.queryWeight(t) >= NEW_TOPIC_WEIGHT * this.index.scale && (this.articleSays(t) || !this.index.knows(t)),
    );
    const current = this.listOf(state?.listId ?? state?.sectionId);
    const other = words.some((w) => d.other_words.includes(w));
    // "which other list mentions it?": what the conversation is on — the distinctive words of its item's name.
    const onItem = state?.sectionId && current && state.sectionId !== current.id ? this.sections.get(state.sectionId) : undefined;
    if (!terms.length && other && onItem) terms = this.analyzer.analyzeKnown(itemName(onItem)).terms.filter((t) => this.index.queryWeight(t) >= DISTINCTIVE_WEIGHT * this.index.scale);
    if (!terms.some((t) => this.articleSays(t))) return undefined;
    const found: Array<{ list: ArticleList; item: Section }> = [];
    for (const list of this.lists) {
      if (other && list === current) continue;
      const item = list.items.find((i) => terms.every((t) => this.itemSays(i, t, true)));
      if (item) found.push({ list, item });
    }
    // ("which list item covers X?" while on a list that has it asks for that item: the list's own "which"; "which
    // list mentions X?", "which lists mention X?" ask for lists.)
    if (!found.length || (!other && !plural && words.some((w) => d.list_nouns.includes(w)) && found.some((f) => f.list === current))) return undefined;
    const language = analysis.language;
    const line = (lang: 'en' | 'es', { list, item }: { list: ArticleList; item: Section }) => {
      const parent = this.sections.get(list.id)!;
      const title = lang === 'es' ? (parent.titleEs ?? parent.title) : parent.title;
      return d.list_mentioning_line[lang].replace('{list}', title).replace('{item}', this.itemLine(item, lang));
    };
    const say = (lang: 'en' | 'es') => {
      const n = String(found.length);
      // (Spanish in digits: its number words agree with a noun's gender — "una lista", "un componente".)
      const head = d.lists_mentioning_reply[lang].replace('{count}', lang === 'es' ? n : (d.number_words[n] ?? n));
      return [head, ...found.map((f) => line(lang, f))].join('\n');
    };
    return this.listReply(message, { en: say('en'), es: say('es') }, found[0].item, found.map((f) => f.item), language, state);
  }

  /**
   * "what about X, why's it there?" while the conversation is on an item of a list: another item of that list whose
   * title names X, when every word the message names is that item's — a short message that says no list word ("which
   * other list mentions X?" asks about lists).
   */
  private siblingItem(message: string, state: ConversationState | undefined): (Answer & Extra) | undefined {
    const list = this.listOf(state?.listId ?? state?.sectionId);
    if (!list || !state?.sectionId || state.sectionId === list.id) return undefined;
    const words = normalizeWords(message);
    const d = this.knowledge.dialogue;
    if (words.length > FOLLOW_UP_MAX_WORDS || words.some((w) => d.list_nouns.includes(w) || d.rank_list_words.includes(w))) return undefined;
    const analysis = this.analyzer.analyze(message);
    // ("is X the reason?" asks whether, not for the item: no "Yes." for an item named in a question of yes or no.)
    if (yesNoStarter(message, analysis.language, d)) return undefined;
    const terms = analysis.terms.filter((t) => t !== ARTICLE_TERM);
    if (!terms.length) return undefined;
    // (A distinctive word names it: "why does that matter for fighting X?" names no item by its common verb.)
    const naming = terms.filter((t) => this.index.queryWeight(t) >= DISTINCTIVE_WEIGHT * this.index.scale);
    const titled = list.items.filter((i) => i.id !== state.sectionId && naming.some((t) => this.analyzer.analyzeKnown(i.title).terms.includes(t)));
    if (titled.length !== 1) return undefined;
    const [item] = titled;
    if (!terms.every((t) => this.itemSays(item, t))) return undefined;
    return this.listReply(message, { en: this.itemLine(item, 'en'), es: this.itemLine(item, 'es') }, item, [item], analysis.language, state);
  }


  /** The one list item a text names by at least half the words of its name, and its list. */
  private itemNamed(text: string, nameOnly = false, lists = this.lists, minShare = 0.5): { list: ArticleList; item: Section } | undefined {
    const said = this.analyzer.analyze(text).terms.filter((t) => t !== ARTICLE_TERM);
    const named = lists.flatMap((list) =>
      list.items.map((item) => {
        const name = this.analyzer.analyzeKnown(itemName(item)).terms;
        const share = name.length ? name.filter((t) => said.includes(t)).length / name.length : 0;
        // With `nameOnly`, the text is the name and at most words for its list ("X in the plan's list"), no clause.
        const extra = said.filter((t) => !name.includes(t) && !this.listWordsOf(list).has(t)).length;
        return { list, item, share: nameOnly && extra > 0 ? 0 : share };
      }),
    );
    const best = Math.max(0, ...named.map((n) => n.share));
    const top = named.filter((n) => n.share === best);
    return best >= minShare && top.length === 1 ? top[0] : undefined;
  }

  private readonly listWords = new Map<string, Set<string>>();
  /** Terms that name a list rather than an item of it: its title, its label, the words for lists. */
  private listWordsOf(list: ArticleList): Set<string> {
    let words = this.listWords.get(list.id);
    if (!words) {
      const d = this.knowledge.dialogue;
      words = new Set(this.analyzer.analyzeKnown(`${this.sections.get(list.id)?.title ?? ''} ${list.label} ${d.rank_list_words.join(' ')} ${d.list_nouns.join(' ')}`).terms);
      this.listWords.set(list.id, words);
    }
    return words;
  }

  /** A list item as a list answer shows it: its name in bold, then what the article says of it. */
  private itemLine(item: Section, language: 'en' | 'es'): string {
    const title = language === 'es' ? (item.titleEs ?? item.title) : item.title;
    const text = language === 'es' ? (item.textEs ?? item.text) : item.text;
    return `**${itemName({ ...item, title })}** — ${itemBody(text)}`;
  }

  /**
   * "What number is X in the list?", "where does X fall, first or second?": the item the message names by most of the
   * words of its name — or, naming none, the item the conversation is on ("which position does it have?") — and where
   * it stands in its list.
   */
  private rankOf(message: string, state: ConversationState | undefined): (Answer & Extra) | undefined {
    const analysis = this.analyzer.analyze(message);
    // The list the message names by its items' label ("which main point…", "the tips"): only its items are meant.
    const labelled = this.lists.filter((l) => l.label && this.analyzer.analyzeKnown(l.label).terms.every((t) => analysis.terms.includes(t)));
    const pool = labelled.length === 1 ? labelled : this.lists;
    const current = this.sections.get(state?.sectionId ?? '');
    const list = current && pool.find((l) => l.items.includes(current));
    // An item named by every word of its name is the one meant, whatever list the message names ("what number is
    // <name> among the tips?" — it is in another list, and the reply says which).
    const whole = this.itemNamed(message, false, this.lists, 1);
    const named = whole ?? this.itemNamed(message, false, pool) ?? this.itemAboutAmong(pool, message, analysis) ?? (list && current ? { list, item: current } : undefined);
    return named && this.rankReply(message, named.list, named.item, state);
  }

  /**
   * "What number is X?" asked with no word for a list: where X stands when the rest of the message is an item's whole
   * name ("what number is <name>?"), never a clause ("what number of <name> agents…").
   */
  private rankOfNamed(message: string, state: ConversationState | undefined): (Answer & Extra) | undefined {
    const said = ` ${normalizeWords(message).join(' ')} `;
    const phrase = this.knowledge.dialogue.rank_phrases.find((p) => said.includes(` ${p} `));
    if (!phrase) return undefined;
    const named = this.itemNamed(said.replace(` ${phrase} `, ' '), true);
    return named && this.rankReply(message, named.list, named.item, state);
  }

  /**
   * "Which main point is about X, and what number is it?": the item the message's own words are about, among the
   * items of the lists given — words for lists, positions and the lists' own titles say nothing of which item.
   */
  private itemAboutAmong(lists: ArticleList[], message: string, analysis: Analysis): { list: ArticleList; item: Section } | undefined {
    const rank = this.knowledge.dialogue.rank_words.flatMap((w) => this.analyzer.analyzeKnown(w).terms);
    const naming = new Set([...lists.flatMap((l) => [...this.listWordsOf(l)]), ...rank]);
    if (!analysis.terms.some((t) => t !== ARTICLE_TERM && !naming.has(t) && !this.positionTerms.has(t))) return undefined;
    const weights = this.index.search(analysis, 1).weights;
    const [top, second] = this.reader.readIn(lists.flatMap((l) => l.items.map((i) => i.id)), analysis, weights, 2);
    // Two items that the message's words fit as well ("which one is about comets?") name no one item.
    if (top && second && second.passage.sectionId !== top.passage.sectionId && second.coverage >= top.coverage - 1e-9) return undefined;
    const list = lists.length === 1 ? lists[0] : top && lists.find((l) => l.items.some((i) => i.id === top.passage.sectionId));
    const item = list && this.itemAbout(list, message, analysis, weights);
    return list && item ? { list, item } : undefined;
  }

  private rankReply(message: string, list: ArticleList, item: Section, state: ConversationState | undefined): Answer & Extra {
    const d = this.knowledge.dialogue;
    const n = list.items.indexOf(item) + 1;
    const count = String(list.items.length);
    const parent = this.sections.get(list.id);
    const label = { en: list.label ? pluralize(list.label) : d.list_label_fallback.en, es: parent?.listLabelEs ?? d.list_label_fallback.es };
    const say = (language: 'en' | 'es', name: string, text: string) =>
      d.rank_reply[language]
        .replace('{item}', () => name)
        .replace('{position}', () => (language === 'en' ? d.ordinal_words : d.ordinal_words_es)[n] ?? String(n))
        .replace('{count}', () => (language === 'en' ? d.number_words : d.number_words_es)[count] ?? count)
        .replace('{label}', () => label[language])
        .replace('{list}', () => (language === 'es' ? (parent?.titleEs ?? parent?.title) : parent?.title) ?? '')
        .replace('{text}', () => itemBody(text));
    const text = { en: say('en', itemName(item), item.text), es: say('es', itemName({ ...item, title: item.titleEs ?? item.title }), item.textEs ?? item.text) };
    return this.listReply(message, text, item, [item], this.analyzer.analyze(message).language, state);
  }

  /** "What are the parts of X?" answered by the section that introduces a list: the whole list. */
  private wholeListFor(question: string, analysis: Analysis, sectionId: string): (Answer & Extra) | undefined {
    const found = this.lists.find((l) => l.id === sectionId);
    // ("the 3 things it can do": as many items as the list has ask for it too.)
    // (Not a yes/no or why-question with a number in it: "in 3 points: does X…?".)
    const byNumber = () => !analysis.cues.has('why') && !yesNoStarter(question, analysis.language, this.knowledge.dialogue) && this.numberOfItemsSaid(question) === found!.items.length;
    const every = () => !analysis.cues.has('why') && !yesNoStarter(question, analysis.language, this.knowledge.dialogue) && this.asksEveryItem(question);
    // "what does the plan consist of?": what the part is made of — its list.
    const list = found && (analysis.cues.has('list') || byNumber() || every()) ? found : undefined;
    if (list) return this.listReply(question, this.wholeListText(list), this.sections.get(list.id)!, list.items, analysis.language, undefined);
    return found && this.contentsReply(question, analysis, found);
  }

  /**
   * "list the key steps": asked for a list, and found equally by several items of one list (each read with the part
   * that introduces them) — the whole list, not the first of the tied items.
   */
  private listOfTiedItems(question: string, analysis: Analysis, hits: Hit[], itemId: string): (Answer & Extra) | undefined {
    const list = this.lists.find((l) => l.items.some((i) => i.id === itemId));
    if (!list || !analysis.cues.has('list') || !hits.length) return undefined;
    const top = hits[0].score;
    const tied = new Set(
      hits
        .filter((h) => h.score >= top - this.weights.sectionTiebreak)
        .map((h) => this.targets.get(h.doc.key))
        .filter((t) => t?.kind === 'section' && list.items.some((i) => i.id === t.id))
        .map((t) => t!.id),
    );
    return tied.size >= 2 ? this.wholeListFor(question, analysis, list.id) : undefined;
  }

  /**
   * "what does the plan consist of?", "what does it take?": what a part that introduces a list is made of — its list,
   * after the part's own sentence that says the word asked ("The plan consists of a mix of…"), when it has one — not
   * the sentence that names the items, which the list says again.
   */
  private contentsReply(question: string, analysis: Analysis, list: ArticleList): (Answer & Extra) | undefined {
    if (analysis.cues.has('why') || yesNoStarter(question, analysis.language, this.knowledge.dialogue) || !this.asksContents(question, list, analysis)) return undefined;
    // (The word in any form: "consist" asked, "consists" said.)
    const asked = normalizeWords(askingSentence(question)).filter((w) => this.knowledge.dialogue.contents_words.includes(w));
    // (A Spanish word is read as the English one it translates to: "requiere" → "require".)
    const forms = new Set(asked.flatMap((w) => [w, ...this.analyzer.analyzeKnown(w).terms, ...this.analyzer.analyze(w).terms]));
    // (A sentence's words and terms are read once, with the article: no word of it is analysed again here.)
    const names = list.items.map((i) => ` ${normalizeWords(itemName(i)).join(' ')} `);
    const says = (p: Passage) => [...forms].some((f) => p.words.has(f) || p.terms.has(f));
    const saying = this.reader.sentences(list.id).find((p) => says(p) && !names.some((n) => ` ${normalizeWords(p.text).join(' ')} `.includes(n)));
    const whole = this.wholeListText(list);
    const section = this.sections.get(list.id)!;
    const text = saying ? { en: `${saying.text} ${whole.en}`, es: `${this.passageEs(section, saying.text)}\n\n${whole.es}` } : whole;
    return this.listReply(question, text, section, list.items, analysis.language, undefined);
  }

  /**
   * "what does the plan consist of?", "¿qué incluye?": a word asking what a part is made of (`contents_words`; not
   * a word of contents in passing: "what does it say about X, Y too?" asks about X) in the asking sentence, naming the part by a
   * word of its title and none of the list's items ("what does <an item> consist of?" asks that item's own steps).
   */
  private asksContents(question: string, list: ArticleList, analysis: Analysis): boolean {
    const words = normalizeWords(askingSentence(question));
    if (!words.some((w) => this.knowledge.dialogue.contents_words.includes(w))) return false;
    const terms = analysis.terms.filter((t) => t !== ARTICLE_TERM);
    // (…and it names the part by a distinctive word of its title: "what does the plan consist of?" of a part titled
    // "The plan" — not by the article's subject, which every part's title may name.)
    const title = new Set(this.analyzer.analyzeKnown(this.sections.get(list.id)?.title ?? '').terms);
    const named = terms.some((t) => title.has(t) && this.index.queryWeight(t) >= DISTINCTIVE_WEIGHT * this.index.scale);
    // (Only a question for what it is made of, about the article's own words: not "how much does the plan cost?",
    // "which gardens does it take in?", "what does a plan for my kitchen need?".)
    const own = this.analyzer.analyze(askingSentence(question)).terms.filter((t) => t !== ARTICLE_TERM);
    const other = analysis.cues.has('which') || this.answerTypes.some(([cue]) => analysis.cues.has(cue as Cue)) || own.some((t) => !this.reader.has(t));
    return named && !other && !list.items.some((item) => this.titleNamed(item.id, terms) > 0);
  }

  /**
   * "give me every tip of X", "all the steps": a word for all (`many_words`) right before a word for items, or
   * one word after it ("all the", "todas las") — the whole list is asked for, however the rest is worded.
   */
  private asksEveryItem(question: string): boolean {
    const d = this.knowledge.dialogue;
    const words = normalizeWords(question);
    // (Not a loose word for items: "all the things they did" asks no list.)
    const item = (w: string | undefined) => !!w && d.list_nouns.includes(w) && !d.loose_list_nouns.includes(w);
    return words.some((w, i) => d.many_words.includes(w) && (item(words[i + 1]) || (d.position_determiners.includes(words[i + 1] ?? '') && item(words[i + 2]))));
  }

  /** "the 3 things…", "las cuatro medidas": a number of items the message says (2 or more), before a word for items. */
  private numberOfItemsSaid(question: string): number | undefined {
    const d = this.knowledge.dialogue;
    const words = normalizeWords(question);
    const nouns = new Set([...d.list_nouns, ...d.rank_list_words]);
    for (let i = 0; i < words.length - 1; i++) {
      // ("the 3 things…", "what three things…": a determiner or a question word before the number; "in 3 points" or
      // "3 things about X" ask no list.)
      if (!d.items_number_before.includes(words[i - 1] ?? '')) continue;
      const n = /^\d{1,2}$/.test(words[i]) ? Number(words[i]) : d.cardinals.includes(words[i]) ? d.ordinals[words[i]] : undefined;
      // (The word for items right after the number, or after one word more: "the four main steps".)
      if (n && n >= 2 && (nouns.has(words[i + 1]) || nouns.has(words[i + 2] ?? ''))) return n;
    }
    return undefined;
  }

  /** A whole list: its size and names, then each item as the article gives it, in both languages. */
  private wholeListText(list: ArticleList): Bilingual {
    const count = this.countText(list);
    const line = (i: Section, title: string, text: string) => `- **${itemName({ ...i, title })}**: ${itemBody(text)}`;
    return {
      en: [count.en, ...list.items.map((i) => line(i, i.title, i.text))].join('\n'),
      es: [count.es, ...list.items.map((i) => line(i, i.titleEs ?? i.title, i.textEs ?? i.text))].join('\n'),
    };
  }

  /** A list's size and its items' names ("The article lists four <label>: A, B, C and D."), in both languages. */
  private countText(list: ArticleList): Bilingual {
    const d = this.knowledge.dialogue;
    const n = String(list.items.length);
    const parent = this.sections.get(list.id);
    const say = (language: 'en' | 'es', count: string, label: string, names: string[]) =>
      d.count_reply[language].replace('{count}', count).replace('{label}', label).replace('{items}', joinNames(names, language));
    const label = list.label ? pluralize(list.label) : 'items';
    const namesEs = list.items.map((i) => itemName({ ...i, title: i.titleEs ?? i.title }));
    return {
      en: say('en', d.number_words[n] ?? n, label, list.items.map(itemName)),
      es: say('es', d.number_words_es[n] ?? n, parent?.listLabelEs ?? label, namesEs),
    };
  }

  private listReply(message: string, text: Bilingual, cited: Section, items: Section[], language: 'en' | 'es', state: ConversationState | undefined): Answer & Extra {
    return {
      ...this.cited(cited, text.en),
      textEs: text.es,
      question: message,
      confidence: 1,
      suggestions: this.suggestionsFor([], undefined, cited.id),
      language,
      entryId: cited.id,
      followUp: !!state,
      fromList: true,
      // An item counts as shown by its name; each of its sentences the reply quotes whole, as shown too.
      shownKeys: [...new Set(items.flatMap((i) => [`${i.id}#0`, ...this.shownBy(text.en, i.id)]))],
    };
  }

  /** A yes/no question's answer opens with a lead (yes, no, a hedge, a probability) read off the answer's own text. */
  private withYesNoLead<T extends Answer & Extra>(message: string, answer: T, typed: string): T {
    const d = this.knowledge.dialogue;
    const starter = yesNoStarter(message, answer.language, d);
    // "what does the second part list?": an answer written to open with a lead for a question of yes or no ("No.
    // The article says…") opens without it for a question of another kind.
    // ("which X?" answered by the sentence saying X is not given keeps its "The article doesn't say.": it answers which.)
    if (!starter) return this.asksOtherThanYesNo(message) && answer.lead !== 'unknown' ? this.withoutLead(answer) : answer;
    // "in what context does it use X?" read without its asking words ("does it use X?") is still not a yes/no question.
    const opening = normalizeWords(typed.slice(0, 80));
    const asking = opening.some((w, i) => d.question_prepositions.includes(w) && d.open_question_words.includes(opening[i + 1] ?? ''));
    if (asking && this.asksOtherThanYesNo(typed)) return this.withoutLead(answer);
    // "Does it say which sponsors?": the answer says what the article gives of that; "Yes." would claim it names them.
    if (asksEmbeddedQuestion(message, d)) return answer;
    // "Were they tried or only charged?" asks which, not whether: no yes/no lead.
    if (this.asksEitherOr(message)) return answer;
    // The lead is read off the English text, as the article says it; each language's text gets its own words for it.
    const read = answer.lead ?? yesNoLead(message, answer.leadText ?? answer.text, starter, d, (w) => !this.analyzer.isStopWord(w) && !this.analyzer.isArticleWord(w));
    // "Is Canada part of it?": a name asked about that neither the article nor the answer says is not confirmed by a
    // match of topic — the article doesn't say.
    let lead = read === 'yes' && this.unsaidName(typed, answer.leadText ?? answer.text) ? 'unknown' : read;
    // "Were any of them from X?" answered by "their origins haven't been released": not a no — the article doesn't
    // say. (Asked of the article itself — "does it name them?" — the answer is no.)
    // (Not a question of whether it was given — "were the names released?" is answered no — nor one whose number the
    // answer contradicts; and only when what is not given is what is asked.)
    const asked = normalizeWords(message);
    const ofTheArticle = asked.some(
      (w) => d.article_report_verbs.includes(w) || d.object_report_verbs.includes(w) || d.disclosure_words.includes(w) || this.analyzer.isArticleWord(w),
    );
    const answerText = answer.leadText ?? answer.english ?? answer.text;
    const numbers = (t: string) => normalizeWords(t).filter((w) => /^\d+$/.test(w));
    const given = numbers(answerText);
    const numberDenied = given.length > 0 && numbers(message).some((n) => !given.includes(n));
    // (…or a curated answer that says mostly what is not given: it was written for the question asked.)
    if (lead === 'no' && !ofTheArticle && !numberDenied && (this.asksWhatIsNotGiven(message, answerText) || this.curatedNotGiven(answer))) lead = 'unknown';
    // "Is X hard to do?" answered by a hedge on doing it ("doing it may not work…"): the hedge says it is hard — the
    // probable lead, not the hedged one (`difficulty_words`).
    // (Also when the curated answer is written with the hedge before it: the hedge gives way.)
    const words = normalizeWords(message);
    const hedgedText = answer.text.startsWith(d.leads.en.hedged) || answer.text.startsWith(d.leads.es.hedged);
    // (Difficulty is what is asked: "hard to…", or the question's last word — not "hard proof", "a tough blow".)
    const asksDifficulty = words.some((w, i) => d.difficulty_words.includes(w) && (i === words.length - 1 || ['to', 'para', 'de'].includes(words[i + 1])));
    if ((lead === 'hedged' || hedgedText) && asksDifficulty) {
      answer = this.withoutLead(answer);
      lead = 'probable';
    }
    // "Does the article say X?" answered by "The article says X" with every word of X: the plain yes is grounded.
    // ("are they described as X?" asks it of the article too.)
    const described = asked.some((w, i) => asked[i + 1] === 'as' && this.analyzer.isReportingParticiple(w));
    // (Not a question negated — "does it say X is not Y?" —, nor one asking whether a detail is given ("does it give
    // the dates of X?" is a question of disclosure), nor an answer that hedges or negates what it says.)
    const negated = this.negated(typed);
    const detail = asked.some((w) => d.detail_report_verbs.includes(w));
    const restated = lead === 'yes' && (ofTheArticle || described) && !negated && !detail && this.claimSaidWhole(typed, answerText);
    // "Can X be Y?" answered by "Perhaps. X can be Y…": the same modal says yes — when the answer's first clause says
    // every word asked ("serve as", "act as" are "be"), with the same subject first: "can Y be X?" is no yes.
    if ((lead === 'yes' || lead === 'probable') && !negated && modalRestated(answerText, starter, d) && this.claimSaidWhole(typed, answerText, true)) {
      const yes = (t: string, language: 'en' | 'es') => `${d.leads[language].yes} ${withoutWrittenLead(t, d)}`;
      return { ...answer, text: yes(answer.text, answer.language === 'es' ? 'es' : 'en'), textEs: answer.textEs === undefined ? undefined : yes(answer.textEs, 'es') };
    }
    const textEs = answer.textEs === undefined ? undefined : withLead(answer.textEs, lead, 'es', d, restated);
    return { ...answer, text: withLead(answer.text, lead, 'en', d, restated), textEs };
  }

  /**
   * Whether every content word of what a yes/no question asks (its asking sentence, without the article, its verbs of
   * saying and the yes/no starter) is said in the answer's first paragraph, by stem, plainly (no negation, hedge or
   * probability there): the answer restates the claim asked about whole. With `sameSubject`, the first word asked is
   * also the first of them the claim says.
   */
  private claimSaidWhole(message: string, answerText: string, sameSubject = false): boolean {
    const d = this.knowledge.dialogue;
    // (The answer's own claim: its first paragraph, not what "the article adds" after it — and one that says it plainly;
    // with `sameSubject`, only the first clause after its written lead, "Perhaps. X can be Y, possibly…".)
    const paragraph = answerText.split('\n\n')[0];
    const claim = sameSubject ? (paragraph.replace(/^\s*[\p{L}]+\.\s+/u, '').split(/[,;:.!?]/)[0] ?? '') : paragraph;
    const plain = ` ${normalizeWords(claim).join(' ')} `;
    const says = (phrase: string) => plain.includes(` ${normalizeWords(phrase).join(' ')} `);
    if (this.negated(claim) || d.probability_words.some(says) || d.hedge_phrases.some(says)) return false;
    // (The analysis leaves out the article's own verbs — "does it mention", "is X described as" — and folds synonyms; a
    // verb before "as" — "serve as", "act as" — only links its subject to what it is.)
    const words = normalizeWords(askingSentence(message));
    const linking = new Set(words.filter((w, i) => words[i + 1] === 'as').flatMap((w) => this.analyzer.analyze(w).terms));
    const asked = this.analyzer.analyze(askingSentence(message)).terms.filter((t) => t !== ARTICLE_TERM && !/^\d+$/.test(t) && !linking.has(t));
    if (!asked.length) return false;
    const stated = this.analyzer.analyzeKnown(claim).terms.filter((t) => t !== ARTICLE_TERM);
    const said = new Set(stated);
    if (!asked.every((t) => said.has(t))) return false;
    // (…and, asked so, the question's subject is the claim's: "can Y be a source for X?" is not "X can be a source for Y".)
    return !sameSubject || stated.find((t) => asked.includes(t)) === asked[0];
  }

  /** Whether a text negates what it says: a word of `negation_words`, or any "n't", "cannot". */
  private negated(text: string): boolean {
    // (Built once: the words of `negation_words` as whole words, any "n't", "cannot".)
    if (!this.negation) {
      const words = this.knowledge.dialogue.negation_words.map(escapeRegExp);
      this.negation = new RegExp(`\\b\\w+n't\\b|\\bcannot\\b${words.length ? `|(?<![\\p{L}'])(?:${words.join('|')})(?![\\p{L}'])` : ''}`, 'u');
    }
    return this.negation.test(text.toLowerCase().replace(/[’`´]/g, "'"));
  }

  private negation?: RegExp;


  /**
   * A name the message writes with a capital inside a sentence ("Canada", "DEA", "New York") with a term neither the article nor
   * `text` has. (A sentence's first word, and words of chat, function or the article itself, are not names; without
   * `acronyms`, neither are words of several capitals.)
   */
  private unsaidName(message: string, text: string, acronyms = true): boolean {
    // (Most messages have no capital after their first letter: nothing to read.)
    if (!/.\p{Lu}/su.test(message)) return false;
    // (A Spanish question's names are read in Spanish: "Estados Unidos" is not two English words.)
    if (this.analyzer.languageOf(message) !== 'en') return false;
    const said = new Set(this.analyzer.analyzeKnown(text).terms);
    const d = this.knowledge.dialogue;
    const capital = (w: string) => /^\p{Lu}/u.test(w) && w !== 'I';
    // Only the sentence that asks: "Did X happen? Asking for my class at UCLA" asks nothing of UCLA; nor does a
    // handle or an aside in brackets ("@BorderBriefBot", "(per the NYT)").
    const sentences = message.slice(0, MAX_QUESTION_CHARS).split(/(?<=[.!?])\s+/);
    const asking = [...sentences].reverse().find((x) => x.trim().endsWith('?')) ?? message;
    const plainAsking = asking.replace(/\([^)]*\)|[@#]\S+/g, ' ');
    // (A message typed in capitals has no names by them: "WHAT DOES IT SAY ABOUT THAT".)
    if ((plainAsking.match(/\p{Lu}/gu)?.length ?? 0) > (plainAsking.match(/\p{Ll}/gu)?.length ?? 0)) return false;
    for (const sentence of plainAsking.split(/[.!?¿¡:;"“”—–]+/)) {
      const raw = sentence.trim().split(/\s+/);
      const words = raw.map((t) => t.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
      // A name of several words is read whole ("New York"); a sentence's first word alone is no name.
      for (let i = 0; i < words.length; i++) {
        // (Without `acronyms`, only a word written as a name: "Guatemala", "McAllen", not "DEA" or chat's "GoM".)
        const acronym = (w: string) => (w.match(/\p{Lu}/gu)?.length ?? 0) > 1 && !/^(?:Mc|Mac)\p{Lu}\p{Ll}+$/u.test(w);
        if (!capital(words[i]) || (!acronyms && acronym(words[i]))) continue;
        let end = i + 1;
        while (end < words.length && capital(words[end])) end++;
        const name = words.slice(i, end);
        const from = i;
        i = end - 1;
        if (from === 0 && name.length === 1) continue;
        const plain = normalizeWords(name.join(' '));
        if (!plain.length || plain.every((w) => this.analyzer.isStopWord(w) || this.analyzer.isArticleWord(w) || d.capitalised_words.includes(w))) continue;
        // (Nor the one the message is said to, set off by a comma at its end: "…, Maria?".)
        if (end === words.length && from > 0 && raw[from - 1].endsWith(',')) continue;
        // (Read as a name inside a sentence, as the message wrote it: corrected only into a name the knowledge has.)
        const terms = this.analyzer.analyze(`the ${name.join(' ')}`).terms.filter((t) => t !== ARTICLE_TERM);
        if (terms.some((t) => !this.reader.has(t) && !said.has(t))) return true;
      }
    }
    return false;
  }

  /**
   * A question asking who or which (`who`, `which`, `named` cues) of a kind of person (`person_nouns`: "official",
   * "president", "funcionario") the article never mentions, answered from what it does say: the answer opens by
   * saying the article does not say which (`not_named`) — a match of topic names no one.
   */
  private withUnnamedPerson<T extends Answer & Extra>(message: string, answer: T): T {
    const d = this.knowledge.dialogue;
    if (!answer.answered || !d.person_nouns.length) return answer;
    // The person asked for: the noun right after "which"/"what" ("which French official"), or after "who is the…".
    let which = -Infinity;
    let who = -Infinity;
    const noun = normalizeWords(message).find((w, i) => {
      if (d.person_which_words.includes(w)) which = i;
      if (d.person_who_words.includes(w)) who = i;
      return d.person_nouns.includes(w) && (i - which <= PERSON_AFTER_WHICH || i - who <= PERSON_AFTER_WHO);
    });
    if (!noun) return answer;
    const cues = this.analyzer.analyze(message).cues;
    if (!cues.has('who') && !cues.has('which') && !cues.has('named')) return answer;
    // Neither the article nor the answer (in either language) says that kind of person: English stems, a Spanish
    // noun read in English.
    const stem = (w: string) => this.analyzer.stem(w);
    const asked = new Set([stem(noun), ...this.analyzer.inEnglish([noun]).map(stem)]);
    const said = new Set(normalizeWords(`${answer.english ?? answer.text} ${answer.textEs ?? ''}`).map(stem));
    if ([...asked].some((w) => this.articleWordStems.has(w) || said.has(w))) return answer;
    const lead = (language: 'en' | 'es') => d.not_named[language].replace('{noun}', () => noun);
    const textEs = answer.textEs === undefined ? undefined : `${lead('es')} ${answer.textEs}`;
    return { ...answer, text: `${lead('en')} ${answer.text}`, ...(textEs !== undefined && { textEs }) };
  }

  /** The terms of the article's headline. */
  private get headlineTerms(): ReadonlySet<string> {
    return (this.headline ??= new Set(this.analyzer.analyzeKnown(this.knowledge.title).terms));
  }

  private headline?: Set<string>;

  /** Stems of every word the article writes, as written (function words too). */
  private get articleWordStems(): ReadonlySet<string> {
    return (this.articleStems ??= new Set(this.reader.passages.flatMap((p) => [...p.words].map((w) => this.analyzer.stem(w)))));
  }

  private articleStems?: Set<string>;

  /**
   * Whether the message opens (after words like "ok so…") with a question word that asks for something other than
   * yes or no ("what", "how", "¿qué…?"). A question with no such word may still be one of yes or no, by its tone alone
   * ("¿Expulsarlos basta?").
   */
  private asksOtherThanYesNo(message: string): boolean {
    const d = this.knowledge.dialogue;
    let open = false;
    // Clause by clause, as yesNoStarter reads them: "according to the article, what else…?" asks what; "what about X —
    // does that end it?" asks yes or no.
    // (The asking sentence, as yesNoStarter reads it: "X may not do Y. What reasoning does it give?" asks what.)
    for (const clause of askingSentence(message).split(/[,:;—–?]|\s-\s/)) {
      const words = normalizeWords(clause);
      let i = 0;
      while (i < words.length - 1 && d.leading_words.includes(words[i])) i++;
      // ("in what context…", "to what extent…", "¿en qué…?": a preposition before the question word.)
      if (d.question_prepositions.includes(words[i]) && d.open_question_words.includes(words[i + 1] ?? '')) i++;
      const first = words[i] ?? '';
      if (questionWordBeforeAside(words.slice(i), d)) return true;
      if (d.yes_no_starters.en.includes(first) || d.yes_no_starters.es.includes(first)) return false;
      if (d.open_question_words.includes(first)) open = true;
    }
    return open;
  }

  /** The answer without a yes/no lead it opens with ("No. The article says…" → "The article says…"), in each language. */
  private withoutLead<T extends Answer>(answer: T): T {
    const d = this.knowledge.dialogue;
    const unled = <S extends string | undefined>(t: S, language: 'en' | 'es'): S => {
      const lead = t === undefined ? undefined : Object.values(d.leads[language]).find((l) => l !== '-' && t.startsWith(`${l} `));
      return (lead ? t!.slice(lead.length + 1) : t) as S;
    };
    const english = answer.english === undefined ? {} : { english: unled(answer.english, 'en') };
    const textEs = 'textEs' in answer ? { textEs: unled((answer as Answer & Extra).textEs, 'es') } : {};
    return { ...answer, text: unled(answer.text, answer.language), ...english, ...textEs };
  }

  private answerInContext(message: string, state: ConversationState | undefined): Answer & Extra {
    const answer: Answer & Extra = this.answerOne(message);
    if (!answer.entryId || answer.answered) return this.readInContext(message, state, answer);
    // "any catch?", "is there a caveat?" after an answer asks the other side of it, whatever gap its word may name —
    // the word said as a noun, first or after a determiner (`caveat_determiners`): "did they catch anyone?" is no caveat.
    const d = this.knowledge.dialogue;
    const typed = normalizeWords(message);
    const asNoun = typed.some((w, i) => d.caveat_words.includes(w) && (i === 0 || d.caveat_determiners.includes(typed[i - 1])));
    const caveat = state && asNoun && this.caveatOf(message, typed, state);
    if (caveat) return caveat;
    // A known gap's reply stands — unless the message points back at what was just said and asks nothing the article
    // cannot give ("so does that mean more X?", "and what does it attach to it?"): read with the conversation, it may
    // be answered there; else the gap's reply.
    if (!state || !this.pointsBack(normalizeWords(message)) || this.asksBeyondReading(message, state)) return answer;
    const leaned = this.readInContext(message, state, { ...answer, entryId: undefined });
    if (!leaned.answered || !leaned.followUp) return answer;
    // …and only an answer that says what the message names anew ("more X?" → "…further X…"), not one about the
    // topic before that leaves it unanswered ("was the army part of that?").
    const previousTerms = new Set(this.analyzer.analyze(state.question).terms);
    const said = new Set(this.analyzer.analyzeKnown(leaned.text).terms);
    const fresh = this.analyzer.analyze(message).terms.filter((t) => t !== ARTICLE_TERM && !previousTerms.has(t) && this.index.queryWeight(t) >= NEW_TOPIC_WEIGHT * this.index.scale);
    return fresh.every((t) => said.has(t)) ? leaned : answer;
  }

  /**
   * "does it say which ones?", "¿y cuáles?": a pro-form (`pro_forms`) with nothing of its own stands for a thing the
   * question or the answer before named — asked again with each of their plural nouns in its place, in the order
   * said: the first sure answer from the conversation's part of the article that is not the last one again.
   */
  private whichOfThose(message: string, words: string[], state: ConversationState): (Answer & Extra) | undefined {
    const proForms = this.knowledge.dialogue.pro_forms;
    const at = words.findIndex((w) => proForms.includes(w));
    if (at < 0 || this.analyzer.analyze(message).terms.some((t) => t !== ARTICLE_TERM)) return undefined;
    // (After a list, "which ones?" asks of its items: not this.)
    if (!state.sectionId || this.listOf(state.sectionId) || state.enumeration) return undefined;
    // The plural nouns of the question, then of the answer, in the order said ("comet tails" → tails, then comets).
    const plurals = [state.question, state.lastText ?? '']
      .flatMap((text) => normalizeWords(text))
      .filter((w) => w.length > 3 && w.endsWith('s') && !this.analyzer.isStopWord(w) && this.analyzer.analyze(w).terms.some((t) => this.reader.has(t)));
    const family = new Set(this.familyOf(state.sectionId));
    for (const noun of [...new Set(plurals)].slice(0, MAX_PRO_FORM_TRIES)) {
      const asked = words.map((w, i) => (i === at ? `${w} ${noun}` : w)).join(' ');
      const found = this.answerOne(asked);
      // …an answer from the part the conversation is on, and not the last one again.
      const cited = found.sources[0]?.id;
      // (The last answer again means that noun was the one meant: nothing more to give.)
      if (found.answered && repeats(found.text, state.lastText)) return undefined;
      if (found.answered && cited && family.has(cited) && found.confidence >= this.weights.followUpConfidence) return { ...found, followUp: true };
    }
    return undefined;
  }

  /**
   * Whether a message asks what reading cannot give (a place, a name, a reaction, a date…) or names a thing the
   * article never says, only the knowledge around it (known gaps, curated phrasings: "which DEA officials…?"), and no
   * word of the question before.
   */
  private asksBeyondReading(message: string, state: ConversationState): boolean {
    const own = this.analyzer.analyze(message);
    // (…or a fact of a type — a date, a number, a sum — which a known gap says the article does not give.)
    if (BEYOND_READING.some((c) => own.cues.has(c)) || this.answerTypes.some(([cue]) => own.cues.has(cue as Cue))) return true;
    const previousTerms = new Set(this.analyzer.analyze(state.question).terms);
    return own.terms.some((t) => !previousTerms.has(t) && this.index.knows(t) && !this.reader.has(t));
  }

  private readInContext(message: string, state: ConversationState | undefined, answer: Answer & Extra): Answer & Extra {
    const previous = state?.question.trim();
    if (!previous || !state) return answer;
    const words = normalizeWords(message);
    // "and how does <another part's name> deal with that?": a message naming another part of the article by its own
    // name asks about that part, whatever it points back at.
    if (this.namesAnotherPart(message, state, answer)) return answer;
    // "and the caveat?": the other side of what the conversation is on.
    const caveat = this.caveatOf(message, words, state);
    if (caveat) return caveat;
    // "is that confirmed or a guess?": how sure the article is of what was just said.
    const certainty = this.certaintyOf(words, state);
    if (certainty) return certainty;
    // "what's recommended against it?", "what's the fix for that?": what the article prescribes for the topic before.
    const remedy = this.remedyFor(message, words, state);
    if (remedy) return remedy;
    // "in which country?", "and the US side?": where the part the conversation is on places it.
    const place = this.placeOf(message, words, state, answer);
    if (place) return place;
    // "does it say which ones?": which of the things the conversation named.
    const which = this.whichOfThose(message, words, state);
    if (which) return which;
    if (!this.isFollowUp(message, words)) return answer;
    // "what led to it?", "¿a qué se debe?": the cause of what the conversation is on.
    const cause = this.causeOf(message, state);
    if (cause) return cause;
    // "why?", "how so?", "and then?": nothing of its own but a request for more of the same — the next sentence of the
    // section that answered, the one that gives a reason for "why".
    const more = this.moreOf(message, words, state);
    if (more) return more;
    const own = this.analyzer.analyze(message);
    // "and at what level?", "and X, where does that come in?": every word it names is in the answer just given — it
    // asks about that part of the answer, not a new topic.
    const drill = this.drillDown(message, own, state, answer);
    if (drill) return drill;
    // "ok what about their ages then": a distinctive word the previous question did not have is a new topic.
    const previousTerms = new Set(this.analyzer.analyze(previous).terms);
    // "why does it matter?" asks the reason of the topic before, whatever its words.
    // ("¿Qué requiere?" leaves its subject out: its verb is no new topic.)
    const leftOut = this.subjectLeftOut(own);
    const fresh = own.cues.has('why') || leftOut ? [] : own.terms.filter((t) => !previousTerms.has(t) && this.index.queryWeight(t) >= NEW_TOPIC_WEIGHT * this.index.scale);
    // …when the message answered on its own is sure of it: "what about <another topic>?" is; "what does it involve?" is not.
    if (answer.answered && fresh.length && answer.confidence >= this.weights.newTopicConfidence) return answer;
    // "what does it involve?", "is that enough?": pointing back with nothing new — answered from the part of the
    // article the conversation is on, with what it has not shown yet.
    // ("that", "this", "those" point back even beside "the article": "why does that matter, in the article's view?")
    // ("does it mention X?" asks the article — unless its own answer is the one just given: then "it" is what was
    // just discussed.)
    const unled = (t: string) => this.withoutLead({ ...answer, text: t, english: undefined }).text;
    const pointsBack = this.pointsBack(words, !answer.answered || unled(answer.text) === unled(state.lastText ?? '')) || leftOut;
    // "so what good does it do then?" after "why not?": a sure answer of its own from the part the conversation is on
    // that says more than what was shown (the list whose items were only named) is that part's answer.
    if (pointsBack && state.sectionId && this.saysMoreOfPart(answer, state)) return { ...answer, followUp: true };
    // "what does it propose about that X part?": a sure answer of its own that prescribes for X is what is asked — the
    // part the conversation is on may only name X.
    // ("what steps does it propose there?" names no topic: a list's noun is none.)
    const topical = fresh.filter((t) => !this.listNounTerms.has(t));
    if (pointsBack && own.cues.has('remedy') && answer.answered && this.answerPrescribes(answer, topical)) return { ...answer, followUp: true };
    // "how does it propose to deal with that X?": the article's prescription for X, when it has one — not the part the
    // conversation is on read again for X.
    if (pointsBack && own.cues.has('remedy')) {
      const prescription = this.prescriptionFor(message);
      if (prescription && prescription.text !== state.lastText) return { ...prescription, followUp: true };
    }
    if (pointsBack && state.sectionId) {
      const anchored = this.anchored(`${previous} ${message}`, state, answer.language);
      if (anchored) return anchored;
      // "what specifically would they go after?" about a list item not yet shown whole: the rest of the item;
      // "what does that one involve?" about one already shown whole: the list again would be a repeat.
      const item = this.sections.get(state.sectionId);
      const rest = item && this.isListItem(item) ? this.nextSentence(state, own.cues.has('why'), answer.language, own.cues) : undefined;
      const recap = rest ?? this.allItSays(`${previous} ${message}`, state, answer.language, own.cues.has('why'), own.cues, message);
      // "is that enough to take X down?": a claim to check, for which a recap of a sentence already shown says nothing
      // new — the message's own sure answer, on words of its own, does.
      const claim = !!yesNoStarter(message, answer.language, this.knowledge.dialogue) && fresh.length > 0;
      const shownAgain = claim && !rest && !!recap?.sources[0] && this.shownBy(recap.text, recap.sources[0].id).some((k) => state.shown.includes(k));
      if (shownAgain && answer.answered && answer.confidence >= SURE_ON_ITS_OWN && !repeats(answer.text, state.lastText ?? '')) return answer;
      if (recap) return recap;
    }
    // "why not?" right after "Is doing X enough?", or "why does it matter?" after "what about X?": a
    // short message that names nothing the knowledge doesn't know, and says "it"/"that", leans on the question before.
    if (answer.answered && !pointsBack) return answer;
    // "which officials handled it?", declined on its own, asks what reading cannot give — or names a thing the article
    // never mentions, only its known gaps do ("who runs the army?"): no earlier question answers it.
    if (!answer.answered && (BEYOND_READING.some((c) => own.cues.has(c)) || fresh.some((t) => this.index.knows(t) && !this.reader.has(t)))) return answer;
    // The previous question is cut to leave room for this one inside the analysed length.
    const followed = this.answerOne(`${previous.slice(-Math.max(0, MAX_QUESTION_CHARS - message.length - 1))} ${message}`, false);
    if (!followed.answered && !answer.answered) return this.typedFollowUp(words, own, state, answer.language) ?? answer;
    if (!followed.answered || (answer.answered && followed.confidence < this.weights.followUpConfidence)) return answer;
    // A follow-up never gets the previous answer again word for word.
    // "and how many were there?": a question of a type (a number, a date…) gets its answer, even one it has partly
    // seen — only the same reply word for word would be a repeat.
    const typed = this.answerTypes.some(([cue]) => own.cues.has(cue as Cue));
    // (The same reply without its yes/no lead is a repeat too: the message's own answer when it is a new one — "does it
    // say which X?" after an answer about X —, else that nothing more applies.)
    // ("really?", naming nothing, asks to hear it again: it is.)
    if (followed.text !== state.lastText && repeats(followed.text, state.lastText) && own.terms.some((t) => t !== ARTICLE_TERM))
      return answer.answered && !repeats(answer.text, state.lastText) ? answer : this.nothingMore(state, answer.language);
    const said =
      followed.text === state.lastText ||
      (!typed && followed.sources[0] && this.shownBy(followed.text, followed.sources[0].id).some((k) => state.shown.includes(k)));
    if (said)
      return (
        this.typedFollowUp(words, own, state, answer.language) ??
        this.nextSentence(state, own.cues.has('why'), answer.language, own.cues) ??
        this.allItSays(`${previous} ${message}`, state, answer.language, false, undefined, message) ??
        this.nothingMore(state, answer.language)
      );
    return { ...followed, followUp: true };
  }

  /** Whether a message's own sure answer cites a part it names by that part's own name, not the part the conversation is on. */
  private namesAnotherPart(message: string, state: ConversationState, answer: Answer): boolean {
    const cited = answer.sources[0]?.id;
    if (!answer.answered || !cited || !state.sectionId || cited === state.sectionId || answer.confidence < this.weights.followUpConfidence) return false;
    // (Not "does the opening part mention it?": whether that part says what the conversation is on is asked there.)
    const own = this.analyzer.analyze(message);
    if (own.cues.has('mention') || yesNoStarter(message, own.language, this.knowledge.dialogue)) return false;
    return this.titleNamed(cited, own.terms) >= 1 && this.titleNamed(state.sectionId, own.terms) === 0;
  }

  /**
   * "¿y cuántos fueron?", "howmany": a question of a type (a number, a date) that names nothing of its own
   * (`typed_follow_up_blockers`: not "how many more?") asks it of the part the conversation is on — the first
   * sentence there that gives it (a number in digits for a count), even one shown inside a longer answer: a question
   * of a type gets its answer; only the previous reply word for word would be a repeat.
   */
  private typedFollowUp(words: string[], own: Analysis, state: ConversationState, language: 'en' | 'es'): (Answer & Extra) | undefined {
    const typed = this.answerTypes.filter(([cue]) => own.cues.has(cue as Cue));
    const blockers = [...this.knowledge.dialogue.typed_follow_up_blockers, ...this.knowledge.dialogue.list_nouns];
    if (!typed.length || !state.sectionId || own.terms.some((t) => t !== ARTICLE_TERM) || words.some((w) => blockers.includes(w))) return undefined;
    const gives = (p: Passage) => typed.every(([cue, patterns]) => (cue === 'count' ? /\d/.test(p.text) : patterns.some((re) => re.test(p.text))));
    const pick = this.familyOf(state.sectionId)
      .flatMap((id) => this.reader.sentences(id))
      .find((p) => gives(p) && p.text !== state.lastText);
    return pick && this.followUpWith(pick, language);
  }

  /**
   * A sure answer (`samePartConfidence`) citing the conversation's part of the article, or a part within it, other than
   * the last answer and showing sentences the conversation has not: more of the same part, not a repeat.
   */
  private saysMoreOfPart(answer: Answer & Extra, state: ConversationState): boolean {
    const cited = answer.sources[0]?.id;
    if (!answer.answered || !cited || answer.confidence < this.weights.samePartConfidence) return false;
    // The same answer with only another sentence added after it ("The article adds: …") is a repeat too.
    const opening = (text: string) => text.split('\n\n')[0];
    if (opening(answer.text) === opening(state.lastText ?? '')) return false;
    const part = state.sectionId!;
    const section = this.sections.get(cited);
    if (cited !== part && section?.parent !== part && this.sections.get(part)?.parent !== cited) return false;
    const keys = this.shownBy(answer.text, cited);
    return keys.length > 0 && keys.some((k) => !state.shown.includes(k));
  }

  /**
   * Whether a message points back at what the conversation is on: "that", "this", "those"… always; "it" and "its"
   * only when the message does not name the article ("what does it say about X?" means the article).
   */
  /**
   * "¿Qué contiene?": Spanish leaves the subject out — a message whose only words of content are a verb of what a
   * thing holds (`contents_words`) is about the thing just discussed, as "what does it hold?" is.
   */
  private subjectLeftOut(own: Analysis): boolean {
    if (own.language !== 'es') return false;
    const terms = own.terms.filter((t) => t !== ARTICLE_TERM);
    return terms.length > 0 && terms.every((t) => this.contentsTerms.has(t));
  }

  private pointsBack(words: string[], sayingItPointsBack = false): boolean {
    const d = this.knowledge.dialogue;
    const pronouns = d.article_pronouns;
    if (words.some((w) => this.backReferences.has(w) && !pronouns.includes(w))) return true;
    // "does it say which X?", "what does it mention about Y?": "it" saying something is the article — only "it" said
    // of anything else points back.
    const pointing = words.filter((w, i) => this.backReferences.has(w) && (sayingItPointsBack || !(pronouns.includes(w) && d.article_report_verbs.includes(words[i + 1] ?? ''))));
    return pointing.length > 0 && !words.some((w) => this.analyzer.isArticleWord(w));
  }

  /**
   * A follow-up every distinctive word of which is in the answer just given ("and at what level?" after an answer
   * saying "…at every level") asks about that part of it: the sentence of the conversation's
   * part of the article that says it — shown before or not, but never the whole previous answer again. A sure answer
   * of its own from the same part of the article, other than the last one, stands.
   */
  private drillDown(message: string, own: Analysis, state: ConversationState, answer: Answer & Extra): (Answer & Extra) | undefined {
    // "why does that matter?" asks for a reason, not for a part of the answer ("matter" may read as a word of it); "how
    // does it propose to address that X?" asks what is prescribed for X, not where the answer said X.
    if (!state.sectionId || !state.lastText || own.cues.has('why') || own.cues.has('remedy')) return undefined;
    const words = normalizeWords(message);
    // ("what specifically would they go after?" asks for the concrete part, not for a sentence the answer said.)
    if (words.length > FOLLOW_UP_MAX_WORDS || words.some((w) => this.knowledge.dialogue.detail_words.includes(w))) return undefined;
    const named = own.terms.filter((t) => t !== ARTICLE_TERM && this.index.queryWeight(t) >= NEW_TOPIC_WEIGHT * this.index.scale);
    if (!named.length) return undefined;
    const said = new Set(this.analyzer.analyzeKnown(state.lastText).terms);
    if (!named.every((t) => said.has(t))) return undefined;
    const family = this.familyOf(state.sectionId);
    const cited = answer.sources[0]?.id;
    if (answer.answered && cited && family.includes(cited) && answer.confidence >= this.weights.newTopicConfidence && answer.text !== state.lastText) return undefined;
    // The sentences the last answer showed or retold; with only one, the part asked about is the whole answer.
    const last = normalizeWords(state.lastText).join(' ');
    const inLast = (p: Passage) => last.includes(normalizeWords(p.text).join(' ')) || [...p.terms].filter((t) => said.has(t)).length >= RETOLD_SHARE * p.terms.size;
    const told = new Set(family.flatMap((id) => this.reader.sentences(id)).filter((p) => p.terms.size > 0 && inLast(p)).map((p) => p.key));
    if (told.size < 2) return undefined;
    const weights = this.index.search(own, 1).weights;
    const top = this.reader.readIn(family, own, weights, 1, (p) => told.has(p.key), message)[0];
    if (!top || top.coverage < this.weights.listTopicCoverage) return undefined;
    // Only the words it names decide: the sentence must have every one of them.
    if (!named.every((t) => top.passage.terms.has(t) || top.passage.context.has(t))) return undefined;
    // "what does it propose about that X part?" asks what to do about X: a sentence that only names X does not say it.
    if (own.cues.has('remedy') && !this.prescribes(top.passage)) return undefined;
    return this.followUpWith(top.passage, own.language);
  }

  /** The unshown sentence of the conversation's section (or its list or parent) that best matches the message. */
  private anchored(text: string, state: ConversationState, language: 'en' | 'es'): (Answer & Extra) | undefined {
    const sectionId = state.sectionId!;
    const section = this.sections.get(sectionId)!;
    const family = new Set([sectionId, ...this.knowledge.sections.filter((x) => x.parent === sectionId).map((x) => x.id), ...(section.parent && !this.isListItem(section) ? [section.parent] : [])]);
    const analysis = this.analyzer.analyze(text);
    const weights = this.index.search(analysis, 1).weights;
    const shown = new Set(state.shown);
    const top = this.reader.readIn([...family], analysis, weights, 1, (p) => !shown.has(p.key), text)[0];
    if (!top || top.coverage < this.weights.listTopicCoverage) return undefined;
    const cited = this.sections.get(top.passage.sectionId)!;
    const answerText = this.passageText(top);
    // (Not the last answer again: a sentence it quoted, with the rest of what it said in its own words — each sentence,
    // an item's name before it aside, in its text.)
    const last = ` ${normalizeWords(state.lastText ?? '').join(' ')} `;
    const said = (t: string) => last.includes(` ${normalizeWords(t.includes(':') && this.isListItem(cited) ? itemBody(t) : t).join(' ')} `);
    // (Re-quoting one sentence of several the last answer said answers a narrower question; saying again all it said
    // of the part is a repeat.)
    const lastSaid = this.reader.sentences(cited.id).filter((p) => said(p.text));
    const again = new Set([top.passage.key, this.continuation(top.passage)?.key]);
    if (state.lastText && lastSaid.length && lastSaid.every((p) => again.has(p.key)) && splitSentences(answerText).every(said)) return undefined;
    return {
      ...this.cited(cited, answerText),
      textEs: this.passageEs(cited, answerText),
      question: '',
      confidence: round(Math.min(1, top.coverage)),
      suggestions: this.suggestionsFor([], undefined, cited.id),
      language,
      entryId: top.passage.key,
      followUp: true,
      shownKeys: this.shownBy(answerText, cited.id),
    };
  }

  /**
   * "and the caveat?", "any catch?": a short message asking for the other side of the part of the article the
   * conversation is on — its next unshown sentence that opens with a contrast ("However, …").
   */
  private caveatOf(message: string, words: string[], state: ConversationState): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    // "is that enough?" asks it of exactly the part just quoted — a question ("that's enough, thanks" is not one).
    const language = this.analyzer.languageOf(message);
    const sufficiency = words.some((w) => d.sufficiency_words.includes(w)) && (message.trim().endsWith('?') || !!yesNoStarter(message, language, d));
    const asking = (w: string) => d.caveat_words.includes(w) || (sufficiency && d.sufficiency_words.includes(w));
    if (!state.sectionId || words.length > FOLLOW_UP_MAX_WORDS || !words.some(asking)) return undefined;
    // Only the caveat is asked for: every other word is a function word, points back, or is the article and what it
    // does ("is there a caveat the author raises about that?").
    const named = words.some((w) => asking(w) && !d.caveat_joining_words.includes(w));
    const asksMore = (w: string, i: number) =>
      !asking(w) && !this.analyzer.isStopWord(w) && !this.backReferences.has(w) && !this.analyzer.isArticleWord(w) && !(named && this.analyzer.reportsTheArticle(words, i));
    if (words.some(asksMore)) return undefined;
    const section = this.sections.get(state.sectionId);
    if (!section) return undefined;
    const family = [section.id, ...(section.parent && !sufficiency ? [section.parent] : [])];
    const shown = new Set(state.shown);
    // (For "is that enough?", a contrast that says more is needed or that hedges — "However, the steps can: …" is no
    // caveat.)
    const hedges = (p: Passage) => d.hedge_phrases.some((h) => saysPhrase(p.text, h));
    const contrasts = family
      .flatMap((id) => this.reader.sentences(id))
      .filter((p) => d.contrast_starters.includes(normalizeWords(p.text)[0] ?? '') && (!sufficiency || this.prescribes(p) || hedges(p)));
    // The caveat already shown within a longer answer is still the answer to "and the caveat?" — on its own.
    const pick = contrasts.find((p) => !shown.has(p.key)) ?? contrasts.find((p) => p.text !== state.lastText);
    if (!pick) return undefined;
    // "Is that enough?" — the hedged lead: more is needed.
    // ("Is there a catch?" — yes: the caveat found is one; "is there no catch?" gets the lead read from the text.)
    const negated = words.some((w) => d.negation_words.includes(w));
    return { ...this.followUpWith(pick, language), ...(sufficiency ? { lead: 'hedged' as const } : negated ? {} : { lead: 'yes' as const }) };
  }

  /**
   * "is that confirmed or a guess?", "¿es seguro?": a short message asking only how sure the last answer is. The
   * sentence of the conversation's part of the article that the last answer told and that hedges (`probability_words`,
   * `hedge_phrases`) gets the probable lead; with none, the reply says the article puts it without a hedge.
   */
  private certaintyOf(words: string[], state: ConversationState): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    if (!state.sectionId || !state.lastText || words.length > FOLLOW_UP_SHORT + 1 || !words.some((w) => d.certainty_words.includes(w))) return undefined;
    // Only the certainty is asked for: every other word is a function word, points back or names the article.
    if (words.some((w) => !d.certainty_words.includes(w) && !this.analyzer.isStopWord(w) && !this.backReferences.has(w) && !this.analyzer.isArticleWord(w))) return undefined;
    const language = this.analyzer.analyze(words.join(' ')).language;
    const last = normalizeWords(state.lastText).join(' ');
    const family = this.familyOf(state.sectionId).flatMap((id) => this.reader.sentences(id));
    // The sentences the last answer quoted or showed; for an answer in its own words, the ones it retold.
    const said = new Set(this.analyzer.analyzeKnown(state.lastText).terms);
    const retold = (p: Passage) => p.terms.size > 0 && [...p.terms].filter((t) => said.has(t)).length >= RETOLD_SHARE * p.terms.size;
    const told = family.filter((p) => last.includes(normalizeWords(p.text).join(' ')) || state.shown.includes(p.key) || retold(p));
    const hedged = (p: Passage) => [...d.probability_words, ...d.hedge_phrases].some((w) => saysPhrase(p.text, w));
    const pick = told.find(hedged) ?? told[0];
    if (!pick) return undefined;
    const answer = this.followUpWith(pick, language);
    const lead = hedged(pick) ? d.leads.en.probable : d.certainty_stated.en;
    const leadEs = hedged(pick) ? d.leads.es.probable : d.certainty_stated.es;
    return { ...answer, text: `${lead} ${answer.text}`, textEs: `${leadEs} ${answer.textEs}`, more: true };
  }

  /** A follow-up answered by one sentence of the article, cited, in the asker's language. */
  private followUpWith(pick: Passage, language: 'en' | 'es'): Answer & Extra {
    const cited = this.sections.get(pick.sectionId)!;
    return {
      ...this.cited(cited, pick.text),
      textEs: this.passageEs(cited, pick.text),
      question: '',
      confidence: 0.8,
      suggestions: this.suggestionsFor([], undefined, cited.id),
      language,
      entryId: pick.key,
      followUp: true,
      shownKeys: [pick.key],
    };
  }

  /**
   * "why not?" after an answer that already ended on the reason for its hedge: that reason is the answer, pointed back
   * to ("That is the reason the article gives: “…”") rather than said again as if it were news.
   */
  private reasonAgain(given: Passage, language: 'en' | 'es'): Answer & Extra {
    const base = this.followUpWith(given, language);
    const say = (lang: 'en' | 'es', quote: string) => `${this.knowledge.dialogue.reason_again[lang]} “${quote}”`;
    const cited = this.sections.get(given.sectionId)!;
    const es = cited.textEs && cited.text === given.text ? cited.textEs : given.text;
    return { ...base, text: say('en', given.text), textEs: say('es', es) };
  }

  /**
   * "Which guests came?", "does the article specify the dates?": when the article says those are not given ("the guests
   * and the dates haven't been released"), that sentence is the answer, after "The article doesn't say." — not a sentence that only
   * mentions X. The question asks which (or whether the article gives it), and most of its words, by weight, are the
   * words of what the sentence says is not given (`disclosure_words` after a negation, or `undisclosed_words`).
   */
  private undisclosedReading(message: string, answer: Answer & Extra): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    if (!this.undisclosed.length) return undefined;
    const analysis = this.analyzer.analyze(message);
    // ("wich gardens…" asks "which".)
    const words = this.fixQuestionWords(normalizeWords(message));
    if (analysis.cues.has('why') || analysis.cues.has('count')) return undefined;
    const asksWhich = ['which', 'who', 'named'].some((c) => analysis.cues.has(c as Cue));
    // ("does it name the guests?" asks whether it gives them; "does it say parties are enough?" asks of a claim.)
    const asksIfGiven = !!yesNoStarter(message, analysis.language, d) && words.some((w) => d.object_report_verbs.includes(w));
    if (!asksWhich && !asksIfGiven) return undefined;
    // An answer that already says what is not given stands — a curated one as written; the article's own sentence
    // with the lead before it ("which gardens?" → "The article doesn't say. While the gardens…").
    if (answer.answered && this.undisclosedClauses(answer.english ?? answer.text).length) {
      const curated = !!answer.entryId && this.knowledge.questions.some((q) => q.id === answer.entryId);
      const leads = Object.values(d.leads[answer.language]).map((l) => normalizeWords(l).join(' '));
      const opening = normalizeWords(answer.text.slice(0, 60)).join(' ');
      // ("does it name X?" is a yes/no question: its own lead, "No.", answers it.)
      if (curated || answer.followUp || !asksWhich || asksIfGiven || yesNoStarter(message, analysis.language, d) || leads.some((l) => l && opening.startsWith(l))) return undefined;
      const lead = (language: 'en' | 'es', text: string) => `${d.leads[language].unknown} ${text}`;
      return {
        ...answer,
        text: lead(answer.language, answer.text),
        ...(answer.english !== undefined && { english: lead('en', answer.english) }),
        ...(answer.textEs !== undefined && { textEs: lead('es', answer.textEs) }),
        lead: 'unknown',
      };
    }
    // What is asked for: the first word of meaning after "which"/"what" ("which guests"), or after the verb of saying
    // ("does it specify the dates…?").
    const after = words.findIndex((w) => d.guess_words.includes(w) || (asksIfGiven && d.object_report_verbs.includes(w)));
    const start = after < 0 ? -1 : words.findIndex((w, i) => i > after && !d.guess_words.includes(w) && !this.analyzer.isStopWord(w));
    if (start < 0) return undefined;
    // ("which point in the list is about X?" asks which item, not for something unsaid.)
    if (words.slice(after + 1, start).some((w) => d.list_nouns.includes(w))) return undefined;
    // (A word as corrected: "gardnes" asks for what "gardens" does.)
    const corrected = new Map(analysis.corrections.map(([typed, fixed]) => [normalizeWords(typed)[0], fixed] as const));
    const termsOf = (typed: string) => {
      const w = corrected.get(typed) ?? typed;
      return new Set([...this.analyzer.analyzeKnown(w).terms, ...this.analyzer.analyzeKnown(this.analyzer.inEnglish([w]).join(' ')).terms]);
    };
    const asked = termsOf(words[start]);
    // (The word after it belongs to what is asked too, unless a word of function: "which new guests…" asks for new
    // guests, not for whatever is new.)
    const next = words[start + 1];
    const alsoAsked = next && !this.analyzer.isStopWord(next) ? [...termsOf(next)] : [];
    const weights = this.index.search(analysis, 1).weights;
    const content = analysis.terms.map((t, i) => ({ t, w: t === ARTICLE_TERM || this.analyzer.weakTerms.has(t) ? 0 : weights[i] ?? 0 }));
    const total = content.reduce((sum, c) => sum + c.w, 0);
    if (!total) return undefined;
    // …and the question names nothing its part of the article does not say ("…will it end them?"): a word of
    // saying ("specify") or of chat ("thy") aside.
    // (A verb of saying said by the article or "it": "does the article specify…", not "names please".)
    const sayer = (w: string | undefined) => !!w && (this.analyzer.isArticleWord(w) || d.article_pronouns.includes(w));
    const saying = new Set(
      words.flatMap((w, i) => (d.article_report_verbs.includes(w) && (i === after || sayer(words[i - 1])) ? this.analyzer.analyzeKnown(w).terms : [])),
    );
    // (A word the article says of the thing asked — "tied to" for its "garden membership" — is part of asking for it.)
    const said = this.wordsBeside(asked);
    // (…not the word right after it, which is what is asked of it: "which X owners…" asks for owners.)
    const beside = (t: string) => said.has(t) && !alsoAsked.includes(t);
    const named = content.filter((c) => c.w >= UNDISCLOSED_NAMED_WEIGHT * this.index.scale && !saying.has(c.t) && !beside(c.t));
    const besideWeight = content.filter((c) => beside(c.t) && !asked.has(c.t)).reduce((sum, c) => sum + c.w, 0);
    const inPart = (u: { passage: Passage; terms: Set<string> }, t: string) => u.terms.has(t) || this.reader.sentences(u.passage.sectionId).some((p) => p.terms.has(t));
    const best = this.undisclosed
      .filter((u) => [...asked].some((t) => u.terms.has(t)) && alsoAsked.every((t) => u.terms.has(t) || !named.some((c) => c.t === t)) && named.every((c) => inPart(u, c.t)))
      // (Of the question's weight, what the article says beside the thing asked is part of asking for it.)
      .map((u) => ({ ...u, share: content.filter((c) => u.terms.has(c.t)).reduce((sum, c) => sum + c.w, 0) / (total - besideWeight) }))
      .filter((u) => u.share >= UNDISCLOSED_SHARE)
      .sort((a, b) => b.share - a.share)[0];
    if (!best) return undefined;
    const section = this.sections.get(best.passage.sectionId)!;
    const found = this.fromArticle(section, best.passage.text, message, analysis.language, round(best.share), best.passage.key);
    const lead = (language: 'en' | 'es', text: string) => `${d.leads[language].unknown} ${text}`;
    return { ...found, text: lead('en', found.text), ...(found.textEs !== undefined && { textEs: lead('es', found.textEs) }), lead: 'unknown', leadText: best.passage.text };
  }

  /**
   * Whether a message asks about the article itself — what it says, names or gives ("does the text name them?", "is
   * it known which…?") — rather than about the world it reports on ("which guests came?").
   */
  private asksOfTheArticle(message: string): boolean {
    const d = this.knowledge.dialogue;
    const words = normalizeWords(message);
    // (Whether a thing is given asks of what is reported: "is it known…?", "were they named?" — not "US-made".)
    const passive = (i: number) => words.slice(Math.max(0, i - 2), i).some((x) => d.whole_be_words.includes(x));
    return words.some(
      (w, i) =>
        ((d.article_report_verbs.includes(w) || d.object_report_verbs.includes(w)) && this.saidByArticle(words, i)) ||
        ((d.disclosure_words.includes(w) || d.disclosure_asked_words.includes(w)) && passive(i)) ||
        // (The article itself, not "Article 33".)
        (this.analyzer.isArticleWord(w) && !/^\d/.test(words[i + 1] ?? '')),
    );
  }

  /**
   * Whether the verb at `i` is said by the article or "it" (a word or two before it): "does the article give…",
   * "what does it mention…" — "what did the mayor say?" is said by the mayor.
   */
  private saidByArticle(words: string[], i: number): boolean {
    const d = this.knowledge.dialogue;
    return words.slice(Math.max(0, i - 2), i).some((x) => this.analyzer.isArticleWord(x) || d.article_pronouns.includes(x));
  }

  /**
   * An answer that is only "the article doesn't give X" (its lead says so, or a curated answer says mostly that),
   * matched by a question that names nothing of X and a word the knowledge never uses ("what did the consul say
   * about the guests?", "which hotel are they in?"): the question is about something else — the plain decline, not a
   * reply about X. (Asked of the article, or why X is not given, it stands.)
   */
  private unrelatedNotGiven(message: string, answer: Answer & Extra): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    if (!answer.answered || answer.followUp || answer.fromList) return undefined;
    const english = answer.english ?? answer.text;
    const led = english.startsWith(d.leads.en.unknown);
    if (!led && !this.curatedNotGiven(answer)) return undefined;
    if (this.asksOfTheArticle(message)) return undefined;
    const analysis = this.analyzer.analyze(message);
    if (analysis.cues.has('why')) return undefined;
    const first = this.withoutLead(answer).text.split('\n\n')[0];
    // (A word of real English the knowledge never uses — not a typo or chat like "frm", "rn" — in a question of what,
    // which or who: yes or no is answered by what the article does say.)
    if (yesNoStarter(message, analysis.language, d) || this.asksWhatIsNotGiven(message, first)) return undefined;
    // (…in the sentence that asks: "which X? asking for my grandmother" asks nothing of grandmothers.)
    const foreign = normalizeWords(askingSentence(message)).some((w) => {
      const terms = w.length >= UNRELATED_MIN_LETTERS && isEverydayWord(w) ? this.analyzer.analyzeKnown(w).terms : [];
      return terms.length > 0 && terms.every((t) => !this.index.knows(t) && !this.analyzer.weakTerms.has(t));
    });
    if (!foreign) return undefined;
    const decline = this.knowledge.replies.replies.decline;
    return { ...answer, answered: false, text: decline.en, textEs: decline.es, sources: [], confidence: 0, entryId: undefined, suggestions: this.suggestionsFor([], undefined, answer.sources[0]?.id) };
  }

  /**
   * A curated answer that says mostly what is not given ("According to the article, the guests haven't been named."):
   * most of its first paragraph's terms are in clauses saying so.
   */
  private curatedNotGiven(answer: Answer & Extra): boolean {
    if (!answer.entryId || !this.curatedIds.has(answer.entryId)) return false;
    const first = this.withoutLead(answer).text.split('\n\n')[0];
    // (Read once per answer text: curated answers are few.)
    let known = this.notGivenTexts.get(first);
    if (known === undefined) {
      const termsOf = (texts: string[]) => new Set(texts.flatMap((c) => this.analyzer.analyzeKnown(c).terms).filter((t) => t !== ARTICLE_TERM));
      const unsaidTerms = termsOf(first.split(/[,;:.!?]/).filter((c) => this.undisclosedClauses(c).length));
      known = unsaidTerms.size > 0 && unsaidTerms.size >= UNSAID_SHARE * termsOf([first]).size;
      if (this.notGivenTexts.size >= MAX_LIST_ASKS) this.notGivenTexts.clear();
      this.notGivenTexts.set(first, known);
    }
    return known;
  }

  private readonly notGivenTexts = new Map<string, boolean>();

  private get curatedIds(): ReadonlySet<string> {
    return (this.curatedIdSet ??= new Set(this.knowledge.questions.map((q) => q.id)));
  }

  private curatedIdSet?: Set<string>;

  /**
   * "does the article give an exact date?" declined with a known gap ("The article doesn't give a date; it says only
   * that…"): asked of the article, a yes/no question the gap answers — "No." and the gap's reply, citing the part of
   * the article the gap is about.
   */
  private gapAskedOfTheArticle(message: string, answer: Answer & Extra): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    if (answer.answered || answer.followUp || !answer.entryId) return undefined;
    const gap = this.knowledge.notCovered.find((g) => g.id === answer.entryId);
    if (!gap) return undefined;
    const language = this.analyzer.languageOf(message);
    if (!yesNoStarter(message, language, d) || this.asksEitherOr(message)) return undefined;
    // The article (or "it") gives, names, specifies…: a verb of giving a detail with the article as its subject —
    // not "according to the article, was X…?" (a question of the world), "does it mention X?" (whether X comes up at
    // all) or "does it say where X…?" (where): the gap's decline answers those.
    const words = normalizeWords(message);
    if (!words.some((w, i) => d.detail_report_verbs.includes(w) && this.saidByArticle(words, i)) || asksEmbeddedQuestion(message, d)) return undefined;
    const section = gap.related ? this.sections.get(gap.related) : undefined;
    if (!section) return undefined;
    const lead = (l: 'en' | 'es', text: string) => `${d.leads[l].no} ${text}`;
    return {
      ...answer,
      answered: true,
      text: lead('en', gap.reply),
      textEs: lead('es', gap.replyEs),
      sources: [{ id: section.id, title: section.title, quote: this.reader.sentences(section.id)[0]?.text ?? '' }],
      lead: 'no',
    };
  }

  /**
   * The terms the article writes right beside any of these terms (`BESIDE_WORDS` words either side, function words
   * aside), in any sentence: "…known for X membership" puts "membership" beside X.
   */
  private wordsBeside(terms: Set<string>): Set<string> {
    const out = new Set<string>();
    if (!terms.size) return out;
    this.passageTerms ??= this.reader.passages.map((p) =>
      normalizeWords(p.text)
        .filter((w) => !this.analyzer.isStopWord(w))
        .map((w) => this.analyzer.analyzeKnown(w).terms),
    );
    for (const row of this.passageTerms)
      row.forEach((ts, i) => {
        if (!ts.some((t) => terms.has(t))) return;
        for (const near of row.slice(Math.max(0, i - BESIDE_WORDS), i + BESIDE_WORDS + 1)) near.forEach((t) => out.add(t));
      });
    return out;
  }

  /** Each article passage's words of meaning, each as its terms (`wordsBeside`). */
  private passageTerms?: string[][][];

  /** Whether a text says something is not given that the message asks about (a distinctive word of it). */
  private asksWhatIsNotGiven(message: string, text: string): boolean {
    const clauses = this.undisclosedClauses(text);
    if (!clauses.length) return false;
    const notGiven = new Set(clauses.flatMap((c) => this.analyzer.analyzeKnown(c).terms));
    const analysis = this.analyzer.analyze(message);
    const weights = this.index.search(analysis, 1).weights;
    return analysis.terms.some((t, i) => notGiven.has(t) && weights[i] >= DISTINCTIVE_WEIGHT * this.index.scale);
  }

  /** The sentences of the article that say something is not given, each with the terms of what it says is not. */
  private get undisclosed(): { passage: Passage; terms: Set<string> }[] {
    return (this.undisclosedPassages ??= this.reader.passages.flatMap((passage) => {
      const clauses = this.undisclosedClauses(passage.text);
      return clauses.length ? [{ passage, terms: new Set(clauses.flatMap((c) => this.analyzer.analyzeKnown(c).terms)) }] : [];
    }));
  }

  private undisclosedPassages?: { passage: Passage; terms: Set<string> }[];

  /** The parts of a text, clause by clause, that it says are not given: the words before "…haven't been released". */
  private undisclosedClauses(text: string): string[] {
    const d = this.knowledge.dialogue;
    const negations = new Set(d.negation_words.map((w) => normalizeWords(w)[0]).filter(Boolean));
    return text.split(/[,;:.!?]/).flatMap((clause) => {
      const words = normalizeWords(clause);
      const at = words.findIndex(
        (w, i) => d.undisclosed_words.includes(w) || (d.disclosure_words.includes(w) && words.slice(Math.max(0, i - UNDISCLOSED_NEGATION_SPAN), i).some((x) => negations.has(x))),
      );
      if (at < 1) return [];
      // (What is not given comes before the negation: "the names haven't been released".)
      const neg = words.slice(0, at).findIndex((x) => negations.has(x));
      const before = words.slice(0, neg >= 0 ? neg : at);
      return before.length ? [before.join(' ')] : [];
    });
  }

  /**
   * A yes/no question naming a quality (`antonyms`: "permanent") whose opposite the article says ("temporary"): the
   * question asked of the opposite, when that is answered at least as surely by a text that says the opposite and not
   * the quality — with the lead "No.".
   */
  private oppositeReading(message: string, answer: Answer & Extra): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    const language = this.analyzer.languageOf(message);
    if (!d.antonyms.length || !yesNoStarter(message, language, d)) return undefined;
    const joined = ` ${normalizeWords(message).join(' ')} `;
    for (const [one, other] of d.antonyms.flatMap(([a, b]) => [[a, b], [b, a]])) {
      const plain = normalizeWords(one).join(' ');
      if (!joined.includes(` ${plain} `)) continue;
      const written = new RegExp(`(?<![\\p{L}])${plain.split(' ').join('[\\s-]+')}(?![\\p{L}])`, 'giu');
      const opposite = this.answerOne(message.replace(written, other));
      if (!opposite.answered || (answer.answered && opposite.confidence < answer.confidence)) continue;
      const said = new Set(this.analyzer.analyzeKnown(opposite.leadText ?? opposite.english ?? opposite.text).terms);
      const quality = this.analyzer.analyzeKnown(one).terms;
      const contrary = this.analyzer.analyzeKnown(other).terms;
      if (!contrary.length || !contrary.every((t) => said.has(t)) || quality.some((t) => said.has(t))) continue;
      return { ...opposite, lead: 'no' };
    }
    return undefined;
  }

  /**
   * A short follow-up asking where the part the conversation is on puts things ("in which country?", "¿y eso en qué
   * país?": `country_nouns` with a question word) or what it says of one place ("and on the US side?", "and the US
   * role?": a place of `place_names` with `place_aspect_words`), naming nothing else: that part's sentence naming a
   * place (that place), the last answer's sentences first.
   */
  private placeOf(message: string, words: string[], state: ConversationState, answer: Answer & Extra): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    // (Short once its pointing back and fillers are left out: "and that budget, which country is it in?".)
    if (!state.sectionId || this.requestCore(words).split(' ').length > FOLLOW_UP_SHORT) return undefined;
    // Said as a follow-up: opening with "and"/"in"… or pointing back ("which region is that for?") — not "which
    // regions are named?", "what part does Canada play?".
    const leadIn = d.follow_up_fillers.includes(words[0] ?? '') || d.place_prepositions.includes(words[0] ?? '') || this.pointsBack(words);
    if (!leadIn) return undefined;
    // An answer of its own from the part the conversation is on stands ("what happened?" → "in which country?").
    const family = this.familyOf(state.sectionId);
    if (answer.answered && family.includes(answer.sources[0]?.id ?? '')) return undefined;
    const own = this.analyzer.analyze(message);
    const termsOf = (list: string[]) => new Set(list.flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    this.placeTermsCache ??= { places: termsOf(d.place_names), countries: termsOf(d.country_nouns), aspects: termsOf(d.place_aspect_words) };
    const { places, countries, aspects } = this.placeTermsCache;
    // A word of the part itself only names what is asked about ("and the budget, which country is it in?").
    const partTerms = new Set(family.flatMap((id) => this.reader.sentences(id)).flatMap((p) => [...p.terms]));
    const terms = own.terms.filter((t) => t !== ARTICLE_TERM && !(partTerms.has(t) && !places.has(t) && !countries.has(t)));
    const asksWhere = words.some((w) => d.country_nouns.includes(w)) && (own.cues.has('where') || own.cues.has('which')) && terms.every((t) => countries.has(t));
    const named = terms.filter((t) => places.has(t));
    const asksOf = named.length === 1 && words.some((w) => d.place_aspect_words.includes(w)) && terms.every((t) => places.has(t) || aspects.has(t));
    if (!asksWhere && !asksOf) return undefined;
    // A place named on its own, not as half of a pair ("UK-France talks" are about neither side).
    const placesIn = (p: Passage) => new Set(this.analyzer.analyzeKnown(p.text.replace(/\S+[-–]\S+/g, ' ')).terms.filter((t) => places.has(t)));
    const gives = (p: Passage) => (asksOf ? placesIn(p).has(named[0]) : placesIn(p).size > 0);
    const last = normalizeWords(state.lastText ?? '').join(' ');
    const passages = family.flatMap((id) => this.reader.sentences(id)).filter((p) => normalizeWords(p.text).join(' ') !== last);
    const shownLast = (p: Passage) => last.includes(normalizeWords(p.text).join(' '));
    const pick = passages.find((p) => gives(p) && shownLast(p)) ?? passages.find(gives);
    return pick && this.followUpWith(pick, own.language);
  }

  private placeTermsCache?: { places: Set<string>; countries: Set<string>; aspects: Set<string> };

  /**
   * A request for a remedy that names no topic of its own ("what should be done about it?", "what's the fix for that?"):
   * the sentence of the article that prescribes (`remedy_words`: "…is a must", "…is needed") for the distinctive
   * words of the question before — wherever in the article it is, and even if an answer before retold it.
   */
  private remedyFor(message: string, words: string[], state: ConversationState): (Answer & Extra) | undefined {
    const own = this.analyzer.analyze(message);
    if (!own.cues.has('remedy')) return undefined;
    const weights = this.index.search(own, 1).weights;
    // The message's own words may only ask for a remedy ("fix", "cure"): another distinctive word is a topic of its own.
    // A verb said of what was just discussed asks how to act on it, whatever the verb: "how does it propose to reduce
    // it?", "¿cómo se combate eso?" ("cut" names no topic there, though "budget cuts" may be one).
    const actingOn = new Set(
      words.flatMap((w, i) => (i + 1 < words.length && this.backReferences.has(words[i + 1]) && !this.backReferences.has(w) ? this.analyzer.analyzeKnown(w).terms : [])),
    );
    const asking = this.remedyAskingTerms;
    const topical = own.terms.filter((t) => t !== ARTICLE_TERM && !asking.has(t) && !actingOn.has(t));
    if (own.terms.some((t, i) => topical.includes(t) && weights[i] >= DISTINCTIVE_WEIGHT * this.index.scale && this.reader.has(t))) return undefined;
    // …and it points back ("that", "it") or names nothing at all ("¿y qué propone?").
    if (!this.pointsBack(words) && topical.length) return undefined;
    // A sentence that prescribes, and that the conversation has not shown or told yet (in the article's words or others).
    const lastTerms = new Set(this.analyzer.analyzeKnown(state.lastText ?? '').terms);
    const said = (p: Passage) =>
      state.shown.includes(p.key) || (p.terms.size > 0 && [...p.terms].filter((t) => lastTerms.has(t)).length >= RETOLD_SHARE * p.terms.size);
    // (The prescription itself may have been told in other words — it is what is asked for — but not shown before.)
    const prescribes = (p: Passage) => this.prescribes(p) && !state.shown.includes(p.key);
    // The topic is what was just said (the answer before), else what was asked.
    const before = this.analyzer.analyze(state.lastText ?? state.question);
    const beforeWeights = this.index.search(before, 1).weights;
    const keep = before.terms.map((t, i) => t !== ARTICLE_TERM && this.reader.has(t) && beforeWeights[i] >= DISTINCTIVE_WEIGHT * this.index.scale);
    const topic = { ...before, terms: before.terms.filter((_, i) => keep[i]), shares: before.shares.filter((_, i) => keep[i]) };
    const topicWeights = beforeWeights.filter((_, i) => keep[i]);
    // On one item of a list, its own prescription; else the one saying enough of the topic — none when the article
    // prescribes nothing for it.
    const current = state.sectionId ? this.sections.get(state.sectionId) : undefined;
    const itemSentences = current && this.isListItem(current) ? this.reader.sentences(current.id) : [];
    // (Of an item's prescriptions, the one that says the most words besides the item's name first: "That needs mulch,
    // shears and twine", not "Pruning hedges is a must" — it says how.)
    const nameTerms = new Set(current && itemSentences.length ? this.analyzer.analyzeKnown(current.title).terms : []);
    const besidesName = (p: Passage) => [...p.terms].filter((t) => !nameTerms.has(t)).length;
    const fixes = itemSentences.filter((p) => this.prescribes(p)).sort((a, b) => besidesName(b) - besidesName(a) || a.index - b.index);
    const local = fixes.find(prescribes);
    // The item's prescription already shown by an answer about the item (not one to a remedy question): that it is all
    // the article prescribes, quoted — it is what is asked, and no other part's prescription is.
    const shownFix = fixes[0];
    if (!local && shownFix && !this.analyzer.analyze(state.question).cues.has('remedy')) {
      const told = this.allItSays(shownFix.text, state, own.language, false, undefined, '');
      if (told) return { ...told, followUp: true };
    }
    const best = topic.terms.length
      ? this.reader.read(topic, topicWeights, 8, prescribes).filter((r) => r.coverage >= REMEDY_TOPIC_COVERAGE).sort((a, b) => b.coverage - a.coverage)[0]
      : undefined;
    const pick = local ?? best?.passage;
    if (!pick) return undefined;
    // Without what was already said.
    return this.prescriptionAnswer(pick, own.language, (p) => p === pick || !said(p));
  }

  /** A prescription as an answer: a list item is one, all of it ("X is a must. That means …"); else the sentence. */
  private prescriptionAnswer(pick: Passage, language: 'en' | 'es', keep: (p: Passage) => boolean = () => true): Answer & Extra {
    const item = this.sections.get(pick.sectionId)!;
    const shown = (this.isListItem(item) ? this.reader.sentences(item.id) : [pick]).filter(keep);
    if (shown.length < 2) return this.followUpWith(shown[0] ?? pick, language);
    const text = shown.map((p) => p.text).join(' ');
    return { ...this.followUpWith(shown[0], language), ...this.cited(item, text), textEs: this.passageEs(item, text), shownKeys: shown.map((p) => p.key) };
  }

  /** Does the sentence prescribe ("…is a must", "…is needed": `remedy_words`)? */
  /**
   * Does an answer quote or retell a sentence of the article that prescribes for `named` (at least one term) and says
   * every one of them?
   */
  private answerPrescribes(answer: Answer & Extra, named: string[]): boolean {
    const shownKeys = answer.shownKeys ?? [];
    // (A curated answer retells its sentences in its own words: those whose words it mostly has.)
    const told = new Set(this.analyzer.analyzeKnown(answer.text).terms);
    const retold = (p: Passage) => p.terms.size > 0 && [...p.terms].filter((t) => told.has(t)).length >= RETOLD_SHARE * p.terms.size;
    const shown = (p: Passage) => (shownKeys.length ? shownKeys.includes(p.key) : retold(p));
    const id = answer.sources[0]?.id;
    return (
      !!id &&
      named.length > 0 &&
      this.familyOf(id)
        .flatMap((x) => this.reader.sentences(x))
        .some((p) => shown(p) && this.prescribes(p) && named.every((t) => p.terms.has(t) || p.context.has(t)))
    );
  }

  private prescribes(p: Passage): boolean {
    return this.knowledge.dialogue.remedy_words.some((w) => p.words.has(w));
  }

  /**
   * A remedy asked for a topic of its own ("what does the article propose to fix X?", "how do you stop Y at the
   * source?"): the sentence of the article that prescribes (`remedy_words`) and says most of the topic in its own
   * words — at least `PRESCRIPTION_COVERAGE` of it; none when the article prescribes nothing for it, when a word of the
   * topic is not the article's, or when the asker asks for their own life ("how do I fix my…?").
   */
  private prescriptionFor(message: string): (Answer & Extra) | undefined {
    const own = this.analyzer.analyze(message);
    if (!own.cues.has('remedy') || normalizeWords(message).some((w) => this.knowledge.dialogue.first_person_words.includes(w))) return undefined;
    const weights = this.index.search(own, 1).weights;
    const keep = own.terms.map((t) => t !== ARTICLE_TERM && !this.remedyAskingTerms.has(t));
    const topic = { ...own, terms: own.terms.filter((_, i) => keep[i]), shares: own.shares.filter((_, i) => keep[i]) };
    const topicWeights = weights.filter((_, i) => keep[i]);
    // Every word of the topic is the article's ("X in Africa" is not), one of them distinctive.
    if (!topic.terms.length || !topic.terms.every((t) => this.reader.has(t))) return undefined;
    if (!topicWeights.some((w) => w >= DISTINCTIVE_WEIGHT * this.index.scale)) return undefined;
    const best = this.reader.read(topic, topicWeights, 1, (p) => this.prescribes(p))[0];
    if (!best || best.ownCoverage < PRESCRIPTION_COVERAGE) return undefined;
    return { ...this.prescriptionAnswer(best.passage, own.language), confidence: best.coverage * PRESCRIPTION_CONFIDENCE, followUp: false };
  }

  /**
   * A message that asks only for a cause ("what led to it?", "and what set that off?") asks it of the topic the
   * conversation is on: the question before, its words, asked for what brought it about.
   */
  private causeOf(message: string, state: ConversationState): (Answer & Extra) | undefined {
    const own = this.analyzer.analyze(message);
    if (!own.cues.has('cause') || own.terms.some((t) => t !== ARTICLE_TERM)) return undefined;
    const topic = this.analyzer.analyze(state.question);
    if (!topic.terms.some((t) => t !== ARTICLE_TERM)) return undefined;
    const found = this.answerText(message, message, { ...topic, cues: new Set<Cue>(['cause']), language: own.language });
    // (…only an answer that gives a cause: "what's behind it?" after a list is not answered by the list's opening.)
    if (found.answered && this.givesCause(found.english ?? found.text) && found.text !== state.lastText) return { ...found, followUp: true };
    // The cause was in the answer just given ("what did they do?" → "…it probably came from X"): its sentence again,
    // alone — the part of the article the conversation is on, the sentence of it that gives a cause.
    // (Only when the answer gave one — "why was it late?" → "so what set that off?" asks the lateness's cause, not
    // the cause of what came before — and the sentence of the part that says most of what it said.)
    if (!state.sectionId || !state.lastText || !this.givesCause(state.lastText)) return undefined;
    const told = new Set(this.analyzer.analyzeKnown(state.lastText).terms);
    const shared = (p: Passage) => [...p.terms].filter((t) => told.has(t)).length;
    const said = this.reader
      .sentences(state.sectionId)
      .filter((p) => this.givesCause(p.text))
      .sort((a, b) => shared(b) - shared(a))[0];
    return said && said.text !== state.lastText && shared(said) > 0 ? this.followUpWith(said, own.language) : undefined;
  }

  /** Whether a text says where something came from (`cause_words`: "resulted from", "due to"…). */
  private givesCause(text: string): boolean {
    const plain = ` ${normalizeWords(text).join(' ')} `;
    return this.causePhrases.some((c) => plain.includes(c));
  }

  private get causePhrases(): string[] {
    return (this.causePhrasesCache ??= this.knowledge.dialogue.cause_words.map((w) => ` ${normalizeWords(w).join(' ')} `));
  }

  private causePhrasesCache?: string[];

  /** A message's words without its pointing back and the fillers it opens with ("and that, how so?" → "how so"). */
  private requestCore(words: string[]): string {
    const d = this.knowledge.dialogue;
    const kept = words.filter((x) => !this.backReferences.has(x));
    let start = 0;
    while (start < kept.length - 1 && d.follow_up_fillers.includes(kept[start])) start++;
    return kept.slice(start).join(' ');
  }

  /** The glossary entries a message sets aside ("besides X", "aparte del X"): the terms named after `set_aside_words`. */
  private setAside(message: string): Set<string> {
    const out = new Set<string>();
    const d = this.knowledge.dialogue;
    const words = ` ${normalizeWords(message).join(' ')} `;
    const markers = d.set_aside_words.map((w) => normalizeWords(w).join(' ')).filter((m) => words.includes(` ${m} `));
    if (!markers.length) return out;
    for (const g of this.knowledge.glossary)
      for (const name of [g.term, ...g.aliases, ...g.es].map((n) => normalizeWords(n).join(' ')))
        if (markers.some((m) => ['', ...d.position_determiners.map((x) => `${x} `)].some((det) => words.includes(` ${m} ${det}${name} `)))) out.add(`g:${g.term}`);
    return out;
  }

  /**
   * "which specific fruit gets a shoutout?", "any mention of a particular fruit?": which thing of a kind the article
   * names (a `which` or `mention` cue, and a kind a glossary term `is_a` right after an asking word, `kind_ask_words`)
   * is asked as that kind's question (`kind_question`) — when the kind's word is no part of a phrase of the article
   * ("which fruit salads…?"), the one doing is the text ("which fruit do farmers grow?" is not), and every other word
   * either frames the ask (`kind_frame_words`: "specific", "single out") or is the article's, mostly said where the
   * term is (`KIND_SAID_SHARE` of their weight).
   */
  private kindAsk(question: string, analysis: Analysis): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    if (!d.kind_question || !(analysis.cues.has('which') || analysis.cues.has('mention'))) return undefined;
    const kinds = this.knowledge.glossary.flatMap((g) => g.isA.map((kind) => ({ g, kind, terms: this.kindTermsOf(kind) })));
    const asked = kinds.filter((k) => analysis.terms.some((t) => k.terms.has(t)));
    if (!asked.length) return undefined;
    const frame = (this.kindFrameTerms ??= new Set(d.kind_frame_words.flatMap((w) => this.termsOfWord(w))));
    const words = normalizeWords(question.slice(0, MAX_QUESTION_CHARS));
    let weights: number[] | undefined;
    for (const { g, kind, terms: kindTerms } of asked) {
      // (A kind may read as the term itself, through a synonym: the term named is no kind asked.)
      const named = new Set([g.term, ...g.aliases, ...g.es].flatMap((w) => this.termsOfWord(w)));
      if (analysis.terms.some((t) => named.has(t))) continue;
      const at = words.findIndex((w) => this.termsOfWord(w).some((t) => kindTerms.has(t)));
      if (at < 0) continue;
      // "which fruit", "a specific fruit": an asking word right before it, frame words skipped…
      let before = at - 1;
      while (before >= 0 && d.kind_frame_words.includes(words[before])) before--;
      if (before < 0 || !d.kind_ask_words.includes(words[before])) continue;
      // …and "fruit salad", "fruit prices": not a word modifying a noun the article uses with it.
      if (at + 1 < words.length && this.articlePhrase(`${words[at]} ${words[at + 1]}`)) continue;
      // "which fruit do farmers grow?" asks what someone else does: the one doing it is the text ("which fruit does the
      // story name?", "…do they single out?", `kind_subject_words`).
      const subject = words[at + 2] === 'the' ? words[at + 3] : words[at + 2];
      if (['do', 'does', 'did'].includes(words[at + 1] ?? '') && !d.kind_subject_words.includes(subject ?? '')) continue;
      // Every other word is one the article says: a word only its known gaps have ("a fruit like a mango?", "fruit
      // prices"), or one the knowledge never uses ("which fruit, a durian?"), asks of something the article lacks.
      const other = analysis.terms.map((t, i) => [t, i] as const).filter(([t]) => t !== ARTICLE_TERM && !kindTerms.has(t) && !frame.has(t) && !this.analyzer.weakTerms.has(t));
      if (other.some(([t]) => !this.reader.has(t))) continue;
      // …and mostly where the term is (`KIND_SAID_SHARE` of their weight).
      const said = new Set(this.reader.sentences(g.source).flatMap((p) => [...p.terms]));
      weights ??= this.index.search(analysis, 1).weights;
      const own = other.reduce((sum, [, i]) => sum + weights![i], 0);
      const covered = other.reduce((sum, [t, i]) => sum + (said.has(t) ? weights![i] : 0), 0);
      if (own > 0 && covered < KIND_SAID_SHARE * own) continue;
      const kindQuestion = d.kind_question.replace('{kind}', () => kind);
      const answer = this.answerText(kindQuestion, question, { ...this.analyzer.analyze(kindQuestion), language: analysis.language });
      if (answer.answered && answer.entryId === g.term) return answer;
    }
    return undefined;
  }

  /** A word's terms as the knowledge reads it and as a question does (Spanish is translated). */
  private termsOfWord(word: string): string[] {
    return [...this.analyzer.analyzeKnown(word).terms, ...this.analyzer.analyze(word).terms];
  }

  private kindTermsOf(kind: string): Set<string> {
    let terms = this.kindTerms.get(kind);
    if (!terms) this.kindTerms.set(kind, (terms = new Set(this.termsOfWord(kind))));
    return terms;
  }

  private readonly kindTerms = new Map<string, Set<string>>();
  private kindFrameTerms?: Set<string>;

  /** Whether the article's text says these words in a row (normalised). */
  private articlePhrase(phrase: string): boolean {
    this.articleTextCache ??= ` ${this.knowledge.sections.map((x) => normalizeWords(x.text).join(' ')).join(' ')} `;
    return this.articleTextCache.includes(` ${phrase} `);
  }

  private articleTextCache?: string;

  /** "which drug does the article name": how each kind of a glossary term is asked for (`kind_question`), if any. */
  private kindPhrasings(kinds: string[]): string[] {
    const ask = this.knowledge.dialogue.kind_question;
    return ask ? kinds.map((k) => ask.replace('{kind}', () => k)) : [];
  }

  /** The message's words without the requests for more they hold that point back ("besides that", "además de eso"). */
  private withoutMoreRequests(joined: string): string {
    const inside = (this.moreInside ??= this.knowledge.dialogue.more_phrases
      .filter((p) => p.split(' ').some((w) => this.backReferences.has(w)))
      .sort((a, b) => b.length - a.length));
    let text = ` ${joined} `;
    for (const p of inside) text = text.split(` ${p} `).join(' ');
    return text.trim();
  }
  private moreInside?: string[];

  /** Whether a message is nothing but a request for the reason ('why') or for more ('more': "how so?", "like what?"). */
  private onlyAsksForMore(words: string[]): 'why' | 'more' | undefined {
    const d = this.knowledge.dialogue;
    const joined = words.join(' ');
    const core = this.requestCore(words);
    const is = (p: string) => core === p || joined === p;
    return d.why_phrases.some(is) ? 'why' : d.more_phrases.some(is) ? 'more' : undefined;
  }

  /**
   * Whether a message asks how something is done: it opens (after words like "and", "ok") with a manner word ("how",
   * "cómo") not followed by a word that asks for an amount or a reason (`manner_not_before`: "how many", "how come").
   */
  private asksHow(words: string[]): boolean {
    const d = this.knowledge.dialogue;
    let i = 0;
    while (i < words.length - 1 && (d.leading_words.includes(words[i]) || d.follow_up_fillers.includes(words[i]))) i++;
    return d.manner_words.includes(words[i]) && !d.manner_not_before.includes(words[i + 1] ?? '');
  }

  /** "why?", "how so?", "tell me more": the message asks only for more of the previous answer's topic. */
  private moreOf(message: string, words: string[], state: ConversationState): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    const joined = words.join(' ');
    const core = this.requestCore(words);
    // A message that is nothing but the request ("anything besides that?") names no topic, whatever its words analyse to.
    const whole = this.onlyAsksForMore(words) !== undefined;
    // "what does it say is needed on top of that?": a request for more said inside the message ("on top of that",
    // "besides that") is no topic of its own either.
    const inside = this.withoutMoreRequests(joined);
    const terms = this.analyzer.analyze(inside).terms.filter((t) => t !== ARTICLE_TERM);
    const previousTerms = new Set(this.analyzer.analyze(state.question).terms);
    if (!whole && terms.some((t) => !previousTerms.has(t))) return undefined;
    const why = d.why_phrases.some((p) => core === p || joined === p || joined.startsWith(`${p} `) || core.startsWith(`${p} `));
    // "and?" alone asks for more; "and how many were there?" asks its own question: a filler word is no prefix.
    const prefix = (p: string) => !d.follow_up_fillers.includes(p) && (core.startsWith(`${p} `) || joined.startsWith(`${p} `));
    const more = d.more_phrases.some((p) => core === p || joined === p || prefix(p)) || inside !== joined;
    if (!why && !more) return undefined;
    const language = this.analyzer.analyze(message).language;
    // ("how so?" asks the reason given again; "why?" is read so in `nextSentence`.)
    const again = !why && d.reason_again_phrases.some((p) => core === p || joined === p);
    const given = again ? this.reasonGiven(state) : undefined;
    const told = given && this.reasonAgain(given, language);
    if (told && told.text !== state.lastText) return { ...told, more: true };
    // …else "how so?" asks, like "why not?", for the claim that comes next with the sentence after it, its reason.
    const next = this.nextSentence(state, why, language, undefined, again) ?? this.allItSays(`${state.question} ${message}`, state, language, why, undefined, message) ?? this.nothingMore(state, language);
    return { ...next, more: true };
  }

  /**
   * A list item the conversation is on, already shown whole, asked about again ("how so?", "who shares it?"): there is
   * nothing more, so the reply says so and quotes the part of the item that answers — not the whole answer again.
   */
  private allItSays(text: string, state: ConversationState, language: 'en' | 'es', why = false, cues?: ReadonlySet<Cue>, message = text): (Answer & Extra) | undefined {
    const item = state.sectionId ? this.sections.get(state.sectionId) : undefined;
    if (!item || !this.isListItem(item)) return undefined;
    const analysis = this.analyzer.analyze(text);
    const weights = this.index.search(analysis, 1).weights;
    // "why does that matter?": the sentence that gives a reason or a purpose.
    const reason = why ? this.reader.sentences(item.id).find((p) => this.knowledge.dialogue.reason_words.some((w) => p.words.has(w))) : undefined;
    // "how exactly?", "what specifically?": the sentence that spells the part out ("This includes…").
    // "how so?", "in what way?", "like what?" ask the same: a request for more is a request for the detail.
    const asked = normalizeWords(message);
    // (Not "does it cover X?": a question of yes or no names what it asks about.)
    // "how would they do that?", "¿y cómo se hace?": how it is done is the detail too.
    const wantsDetail =
      (asked.some((w) => this.knowledge.dialogue.detail_words.includes(w)) || (!why && this.onlyAsksForMore(asked) === 'more') || (!why && this.asksHow(asked))) &&
      !yesNoStarter(message, language, this.knowledge.dialogue);
    // (Asked how, an item without such a sentence is done as its prescription says: "…steps are a must".)
    const detail = wantsDetail
      ? (this.reader.sentences(item.id).find((p) => p.index > 0 && this.knowledge.dialogue.continuation_starters.includes(normalizeWords(p.text)[0] ?? '')) ??
        (this.asksHow(asked) ? this.reader.sentences(item.id).find((p) => p.index > 0 && this.prescribes(p)) : undefined))
      : undefined;
    // "and what does hiring that cover?": the sentence the message's own words find, before the conversation's.
    const own = message === text ? undefined : this.analyzer.analyze(message);
    const ownRead = own?.terms.length ? this.reader.readIn([item.id], own, this.index.search(own, 1).weights, 1, undefined, message)[0] : undefined;
    const passage =
      reason ??
      detail ??
      (ownRead && ownRead.ownCoverage > 0 ? ownRead.passage : undefined) ??
      this.reader.readIn([item.id], analysis, weights, 1, undefined, text)[0]?.passage ??
      this.reader.sentences(item.id)[0];
    if (!passage) return undefined;
    // "how much funding is going in?": a question for a number or a date the item does not give is not answered by it.
    if (cues && this.answerTypes.some(([cue, patterns]) => cues.has(cue as Cue) && !this.reader.sentences(item.id).some((p) => patterns.some((re) => re.test(p.text)))))
      return undefined;
    // The item's label ("Label: …") is its name, not part of what it says.
    const quote = passage.index === 0 && passage.text.includes(':') ? passage.text.slice(passage.text.indexOf(':') + 1).trim() : passage.text;
    const say = (lang: 'en' | 'es', name: string) => `${this.knowledge.dialogue.all_it_says[lang].replace('{name}', name)} “${quote}”`;
    const reply = say('en', itemName(item));
    // Asked again: the same reply would be a repeat, word for word.
    if (reply === state.lastText) return undefined;
    return {
      ...this.cited(item, reply),
      textEs: say('es', itemName({ ...item, title: item.titleEs ?? item.title })),
      question: '',
      confidence: 0.8,
      suggestions: this.suggestionsFor([], undefined, item.id),
      language,
      entryId: passage.key,
      followUp: true,
      shownKeys: [passage.key],
    };
  }

  /** The next sentence of the conversation's section not shown yet (for "why", one that gives a reason). */
  private nextSentence(state: ConversationState, why: boolean, language: 'en' | 'es', cues?: ReadonlySet<Cue>, howSo = false): (Answer & Extra) | undefined {
    const sectionId = state.sectionId;
    if (!sectionId) return undefined;
    // (…once: asked again, the conversation moves on.)
    const given = why ? this.reasonGiven(state) : undefined;
    const again = given && this.reasonAgain(given, language);
    if (again && again.text !== state.lastText) return again;
    const section = this.sections.get(sectionId)!;
    // The section itself, then its list items; an item of a list is a topic of its own — the list's opening
    // says nothing more about it.
    const children = this.knowledge.sections.filter((x) => x.parent === sectionId).map((x) => x.id);
    const family = [sectionId, ...children, ...(section.parent && !this.isListItem(section) ? [section.parent] : [])];
    const seen = new Set(state.shown);
    const last = normalizeWords(state.lastText ?? '').join(' ');
    // Nor a sentence the last answer told in its own words (a curated answer retelling it): most of its terms.
    const lastTerms = new Set(state.lastText ? this.analyzer.analyzeKnown(state.lastText).terms : []);
    const retold = (p: Passage) => p.terms.size > 0 && [...p.terms].filter((t) => lastTerms.has(t)).length >= RETOLD_SHARE * p.terms.size;
    const candidates = family
      .flatMap((id) => this.reader.sentences(id))
      .filter((p) => !seen.has(p.key) && !last.includes(normalizeWords(p.text).join(' ')) && !retold(p))
      // "and how many?": only a sentence of the kind asked for (one that gives a number) — else there is nothing more.
      .filter((p) => !cues || this.answerTypes.every(([cue, patterns]) => !cues.has(cue as Cue) || patterns.some((re) => re.test(p.text))));
    if (!candidates.length) return undefined;
    // An explanation follows its claim: the sentence right after the last one shown comes first.
    const told = this.reader.sentences(sectionId).filter(retold).map((p) => p.key);
    const lastShown = Math.max(-1, ...[...state.shown, ...told].filter((k) => k.startsWith(`${sectionId}#`)).map((k) => Number(k.split('#')[1])));
    const adjacent = candidates.find((p) => p.sectionId === sectionId && p.index === lastShown + 1);
    const reason = why ? candidates.find((p) => this.knowledge.dialogue.reason_words.some((w) => normalizeWords(p.text).includes(w))) : undefined;
    const pick = adjacent ?? reason ?? candidates[0];
    // "why not?": a claim and the sentence right after it, which usually gives its reason — both, when both are new.
    // (Not a sentence that turns to the other side: "However, …" is no reason.)
    const contrast = (p: Passage) => this.knowledge.dialogue.contrast_starters.includes(normalizeWords(p.text)[0] ?? '');
    const after = (why || howSo) && pick === adjacent ? candidates.find((p) => p.sectionId === pick.sectionId && p.index === pick.index + 1 && !contrast(p)) : undefined;
    if (!after) return this.followUpWith(pick, language);
    const text = `${pick.text} ${after.text}`;
    const cited = this.sections.get(pick.sectionId)!;
    return { ...this.followUpWith(pick, language), ...this.cited(cited, text), textEs: this.passageEs(cited, text), shownKeys: [pick.key, after.key] };
  }

  /**
   * The reason the last answer gave for a hedged claim ("… may not settle the matter. Such rivals are stubborn…"): the last
   * sentence shown of the conversation's part, when the one before it hedges (`hedge_phrases`) and was shown too.
   * "why not?" after it asks for that reason: it is the answer, not the sentence that comes next.
   */
  private reasonGiven(state: ConversationState): Passage | undefined {
    const sectionId = state.sectionId;
    if (!sectionId || !state.shown.length) return undefined;
    const sentences = this.reader.sentences(sectionId);
    const shown = new Set(state.shown);
    const lastShown = Math.max(-1, ...sentences.filter((p) => shown.has(p.key)).map((p) => p.index));
    const reason = sentences[lastShown];
    const claim = sentences[lastShown - 1];
    if (!reason || !claim || !shown.has(claim.key)) return undefined;
    // Given again once: the last reply was that reason alone, "why?" once more moves on.
    if (normalizeWords(state.lastText ?? '').join(' ') === normalizeWords(reason.text).join(' ')) return undefined;
    const d = this.knowledge.dialogue;
    const hedged = (p: Passage) => d.hedge_phrases.some((h) => saysPhrase(p.text, h));
    // (A reason that hedges in turn has its own reason after it: "why?" asks for that one.)
    return hedged(claim) && !hedged(reason) && !d.contrast_starters.includes(normalizeWords(reason.text)[0] ?? '') ? reason : undefined;
  }

  /** Nothing new to add: say so, and offer related questions (never the same answer twice). */
  private nothingMore(state: ConversationState, language: 'en' | 'es'): Answer & Extra {
    return {
      question: '',
      answered: false,
      text: this.knowledge.dialogue.nothing_more.en,
      textEs: this.knowledge.dialogue.nothing_more.es,
      sources: [],
      confidence: 0,
      suggestions: this.suggestionsFor([], undefined, state.sectionId),
      language,
    };
  }

  /** A short message with no topic of its own the knowledge doesn't know — and not small talk. */
  private isFollowUp(message: string, words: string[]): boolean {
    // (Counted without a request for more said inside it: "…is needed on top of that?".)
    if (!words.length || this.withoutMoreRequests(words.join(' ')).split(' ').length > FOLLOW_UP_MAX_WORDS || smallTalk(words, this.talk) || this.talk.aboutMe.test(words.join(' '))) return false;
    if (this.analyzer.analyze(message).terms.every((t) => this.index.knows(t))) return true;
    // "why so cautious?", "¿y eso por qué es tan grave?": a short "why…" leans on the answer before, whatever word it
    // puts on it — after the words that only lead in ("and", "so") or point back ("that", "eso").
    const d = this.knowledge.dialogue;
    let start = 0;
    while (start < words.length && (d.follow_up_fillers.includes(words[start]) || this.backReferences.has(words[start]))) start++;
    const core = words.slice(start);
    const joined = core.join(' ');
    const pointed = start > 0 && words.slice(0, start).some((w) => this.backReferences.has(w));
    if (!pointed) return (core.length <= WHY_SO_MAX_WORDS && d.why_phrases.some((p) => p.includes(' ') && joined.startsWith(`${p} `))) || this.whyIsItSo(core, message) || this.whatOfThat(core);
    // After a word pointing back: a question ("…, why so bad?", not "this is why nobody…"), whose "why" puts one word
    // of its own on what was said ("tan grave"), not a topic of its own ("why did my code crash?").
    const own = this.afterWhy(core, message);
    return !!own && own.filter((w) => !this.analyzer.isStopWord(w)).length <= 1;
  }

  /**
   * "what does that one entail?", "¿qué implica eso concretamente?": a short question of what, pointing back inside
   * itself, whose one word of its own (an adverb aside) asks what a thing is made of (`contents_words`) — not a topic
   * of its own ("what's that smell?", "what does that mean for bitcoin?").
   */
  private whatOfThat(core: string[]): boolean {
    const d = this.knowledge.dialogue;
    if (core.length > FOLLOW_UP_SHORT || !d.open_question_words.includes(core[0] ?? '') || core[0] === 'why') return false;
    if (!core.slice(1).some((w) => this.backReferences.has(w) && !d.empty_pronouns.includes(w))) return false;
    const own = core.slice(1).filter((w) => !this.backReferences.has(w) && !this.analyzer.isStopWord(w) && !d.pro_forms.includes(w) && w !== 'one' && !/(ly|mente)$/.test(w));
    // (What it asks of the thing, not a thing of its own: "what are their names?" asks for names.)
    const owned = own.some((w) => d.possessive_references.includes(core[core.indexOf(w) - 1] ?? ''));
    return own.length === 1 && d.contents_words.includes(own[0]) && !owned;
  }

  /** The words after the "why" a short question opens with ("why is it so bad?" → "is it so bad"), else undefined. */
  private afterWhy(core: string[], message: string): string[] | undefined {
    const why = this.knowledge.dialogue.why_phrases.find((p) => core.join(' ').startsWith(`${p} `));
    if (!why || core.length > FOLLOW_UP_SHORT || !message.trim().endsWith('?')) return undefined;
    return core.slice(why.split(' ').length);
  }

  /**
   * "why is it so damaging?", "why is that such a problem?", "¿por qué es eso tan grave?": a short question for the
   * reason that points back inside itself and puts at most one word of its own on what was said.
   */
  private whyIsItSo(core: string[], message: string): boolean {
    const rest = this.afterWhy(core, message);
    const pointing = rest?.filter((w) => this.backReferences.has(w)) ?? [];
    if (!rest || !pointing.length) return false;
    // ("it" alone may point at nothing: "why is it so bad?" has a degree, "why is it raining?" none.)
    const d = this.knowledge.dialogue;
    if (pointing.every((w) => d.empty_pronouns.includes(w)) && !rest.some((w) => d.degree_words.includes(w))) return false;
    const own = rest.filter((w) => !this.backReferences.has(w) && !this.analyzer.isStopWord(w));
    // Its one word says how the topic is ("deleterious"): a word of the knowledge or a rare one — not an everyday word
    // the knowledge never uses ("why is it so cold?", "why are they so tall?"), which is a topic of its own.
    return own.length === 0 || (own.length === 1 && (this.knownWords.has(own[0]) || !isEverydayWord(own[0])));
  }

  /** The terms of the words that ask for a remedy ("fix", "solve", "tackle"): a way of asking, not a topic. */
  private get remedyAskingTerms(): ReadonlySet<string> {
    return (this.remedyAsking ??= new Set(this.knowledge.dialogue.remedy_asking_words.flatMap((w) => this.analyzer.analyzeKnown(w).terms)));
  }
  private remedyAsking?: Set<string>;

  /** `ownTopic`: the message is one person's own words, not a follow-up joined to the question before it. */
  private answerOne(rawQuestion: string, ownTopic = true): Answer & Extra {
    const question = String(rawQuestion ?? '').slice(0, MAX_QUESTION_CHARS * 10);
    const whole = this.withAsides(question, this.analyzer.analyze(question));
    // "…at the very end?", "the first paragraph": where in the article comes before what a curated answer covers.
    const byPosition = this.partAtEnd(question, whole, normalizeWords(question.slice(0, MAX_QUESTION_CHARS)));
    if (byPosition) return byPosition;
    const ofKind = this.kindAsk(question, whole);
    if (ofKind) return ofKind;
    const full = this.answerText(question, question, whole);
    if (full.answered && full.confidence >= 0.9) return full;
    // "what does the outlook section say needs to happen?": unless answered surely, the part of the article it names.
    const inPart = this.answerInNamedPart(question, whole);
    if (inPart) return inPart;
    // "I'm writing a school report. How many were kicked out?" — the context sentence only dilutes the question:
    // when the message has a question sentence and other sentences, the question sentence alone may be answered better.
    // "The desk wants to know if X comes up. Does it?" — so may a question reported inside a sentence.
    let best = full;
    let contextTried = false;
    const parts = [questionSentences(question), reportedQuestion(question, this.knowledge.dialogue), firstQuestion(question), this.afterPreamble(question)];
    for (const part of parts) {
      if (!part) continue;
      const analysis = this.analyzer.analyze(part);
      let candidate: Answer & Extra;
      // "…got 'X' for the project, what does that involve?": a part that points back leaves its topic
      // to the rest of the message, like a part with no topic at all.
      const partWords = normalizeWords(part);
      // ("it" is left out: "what does it say about X?" means the article.)
      const articlePronouns = this.knowledge.dialogue.article_pronouns;
      const pointsBack = partWords.length <= FOLLOW_UP_SHORT && partWords.some((w) => this.backReferences.has(w) && !articlePronouns.includes(w));
      // (…and only when the rest of the message names nothing the article covers: "what's it about? specifically X".)
      const restNames = whole.terms.some((t) => t !== ARTICLE_TERM && !analysis.terms.includes(t) && this.reader.has(t));
      const summary = pointsBack || restNames ? undefined : this.summaryOf(question, analysis);
      // ("what does it propose to fix that?": a word of asking for a remedy names no topic either.)
      if (!pointsBack && analysis.terms.some((t) => t !== ARTICLE_TERM && !this.remedyAskingTerms.has(t))) candidate = this.answerText(part, question, analysis);
      // "what's the article even about? tryna decide if i read it": a part asking for the gist asks that.
      else if (summary) candidate = summary;
      else if (!contextTried) {
        // "…a segment on X. What does the text say?" — a part that names no topic of its own leaves the
        // topic to the whole message; "My uncle said they did X to a bunch of guys. How many was it?" — but
        // so is chat the knowledge never uses ("uncle", "bunch"): the whole message, with that chat weighing less.
        contextTried = true;
        const shares = whole.terms.map((t, i) => (this.index.knows(t) ? whole.shares[i] : whole.shares[i] * this.weights.contextChatWeight));
        candidate = this.answerText(question, question, { ...whole, shares });
      } else continue;
      if (candidate.answered && (!best.answered || candidate.confidence > best.confidence)) best = candidate;
    }
    // "does it mention X at all or is it all Y and Z?": declined whole, and no known gap — the topic it names, alone.
    const topic = ownTopic && !best.answered && !best.entryId ? askedTopic(question, this.knowledge.dialogue) : undefined;
    // …only a topic one sentence of the article has every word of, one of them distinctive: "translate 'good night'"
    // names none.
    const topicAnalysis = topic ? this.analyzer.analyze(topic) : undefined;
    const topicWeights = topicAnalysis ? topicAnalysis.terms.map((t) => this.index.queryWeight(t)) : [];
    const distinctive = topicWeights.some((w) => w >= DISTINCTIVE_WEIGHT * this.index.scale);
    const inOneSentence = topicAnalysis && distinctive && (this.reader.read(topicAnalysis, topicWeights, 1)[0]?.ownCoverage ?? 0) >= 0.999;
    if (topic && inOneSentence) {
      const candidate = this.answerText(topic, question);
      if (candidate.answered) return candidate;
    }
    return best;
  }

  /**
   * A message's asides weigh little: a part of it (`messagePieces`) none of whose words the knowledge uses ("…, our
   * boss hates partial lists", "my cousin in Lyon keeps asking") says nothing of the topic, when another part names
   * something the knowledge says. Its words then weigh `contextChatWeight`. A message whose every part is unknown
   * keeps them all: that is what it asks about.
   */
  private withAsides(message: string, analysis: Analysis): Analysis {
    const pieces = messagePieces(message);
    if (pieces.length < 2) return analysis;
    const known = new Set<string>();
    const aside = new Set<string>();
    const d = this.knowledge.dialogue;
    for (const piece of pieces) {
      const terms = this.analyzer.analyze(piece.text).terms.filter((t) => t !== ARTICLE_TERM);
      const words = normalizeWords(piece.text);
      const first = words.find((w) => !d.leading_words.includes(w)) ?? '';
      // Only a statement of a few words (not a question, however punctuated: "who should care — X, Y?"), naming no
      // one ("Lyon? Nice?" after a question, "like Lyon or Nice" are the guesses it asks about) — an acronym only when
      // it is the asker's own ("our MD hates partial lists", not "like the UN or NATO").
      const names = /\s\p{Lu}\p{Ll}/u.test(piece.text);
      const acronyms = /\s\p{Lu}{2,}/u.test(piece.text) && !words.some((w) => d.asker_words.includes(w));
      const statement = !piece.asks && words.length >= MIN_ASIDE_WORDS && !d.question_words.includes(first) && !names && !acronyms;
      // (Only a word the article says makes a statement part of the question: "our director is preparing testimony."
      // names nothing of it, whatever words a curated question happens to share.)
      if (!statement || terms.some((t) => this.reader.has(t))) {
        terms.forEach((t) => known.add(t));
        // (A question pointing back at the statement — "…is jammed, how do I fix it?" — is about what it says; "what
        // does it say" points at the article.)
        const pointsBack = words.some((w, i) => this.backReferences.has(w) && !(d.article_pronouns.includes(w) && d.article_report_verbs.includes(words[i + 1] ?? '')));
        if (pointsBack) return analysis;
      } else terms.forEach((t) => aside.add(t));
    }
    // (The rest must name a distinctive word of the article: "my printer keeps jamming, how do I fix it?" is not
    // about fixing.)
    // …and a second word the article says: "grocery list is eggs and milk. what's the plan?" names no topic of it.
    const said = [...known].filter((t) => this.reader.has(t));
    const distinctive = said.some((t) => this.index.queryWeight(t) >= DISTINCTIVE_WEIGHT * this.index.scale);
    if (!distinctive || said.length < MIN_ASIDE_TOPIC_TERMS || !aside.size) return analysis;
    const light = analysis.terms.map((t) => aside.has(t) && !known.has(t));
    if (!light.some(Boolean)) return analysis;
    return { ...analysis, shares: analysis.shares.map((s, i) => (light[i] ? s * this.weights.contextChatWeight : s)) };
  }

  /** The words after "how many"/"cuántos" up to the first function word; undefined when no such phrase opens a count. */
  private wordsCounted(question: string): string[] | undefined {
    const words = normalizeWords(question.slice(0, MAX_QUESTION_CHARS));
    const phrases = this.knowledge.dialogue.count_phrases.map((p) => p.split(' '));
    for (let i = 0; i < words.length; i++) {
      const phrase = phrases.find((p) => p.every((w, k) => words[i + k] === w));
      if (!phrase) continue;
      const after: string[] = [];
      for (let k = i + phrase.length; k < words.length && after.length < 4 && !this.analyzer.isStopWord(words[k]); k++) after.push(words[k]);
      return after;
    }
    return undefined;
  }

  /** The stems of the words a count asks the number of, as typed ("how many men?" → man), known to the article or not. */
  private countedWords(question: string): string[] {
    // (A verb after the phrase says what happened to them: "¿cuántos expulsaron?".)
    const nouns = (this.wordsCounted(question) ?? []).filter((w) => !this.knowledge.dialogue.count_verb_endings.some((e) => w.length > e.length + 2 && w.endsWith(e)));
    // (Stems of the words as typed: no synonyms.)
    return nouns.map((w) => this.analyzer.stem(w));
  }

  /**
   * What a count asks the number of: the words after "how many"/"cuántos" up to the first function word ("how many
   * city councils were…" → their terms), those the article says. None when no such phrase opens the count.
   */
  private countedTerms(question: string): string[] {
    const after = this.wordsCounted(question);
    return after ? this.analyzer.analyze(after.join(' ')).terms.filter((t) => t !== ARTICLE_TERM && this.reader.has(t)) : [];
  }

  /** Whether a question names a distinctive word the article says (not a word for a list or a position in it). */
  private namesOwnTopic(question: string): boolean {
    const d = this.knowledge.dialogue;
    const analysis = this.analyzer.analyze(question);
    const nouns = new Set([...d.list_nouns, ...d.position_markers].flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    const weights = this.index.search(analysis, 1).weights;
    // A distinctive word, or words of the article that weigh as much together ("sales tax").
    const own = analysis.terms.reduce((sum, t, i) => (t !== ARTICLE_TERM && !nouns.has(t) && this.reader.has(t) ? sum + weights[i] : sum), 0);
    return own >= DISTINCTIVE_WEIGHT * this.index.scale;
  }

  /**
   * "ok last one: what about X?", "última pregunta: ¿…?": a preamble announcing the last question, before one that
   * asks no list and names a topic of its own ("last one — how does it work?" asks of the last item).
   */
  private lastQuestionPreamble(message: string, read: (text: string) => ListAsk | undefined): boolean {
    const d = this.knowledge.dialogue;
    // The question after the preamble: one opening with a question word, or whatever follows the phrase and its mark
    // ("last one: anything on X?").
    const text = message.slice(0, MAX_QUESTION_CHARS);
    const marked = /[—–:;,]|\s-\s/u.exec(text);
    const afterMark = marked ? text.slice(marked.index + marked[0].length).trim() : '';
    const saysLast = (words: string[]) => d.last_question_phrases.some((p) => ` ${words.join(' ')}`.endsWith(` ${p}`));
    const tail = this.afterPreamble(message) ?? (marked && saysLast(normalizeWords(text.slice(0, marked.index))) ? afterMark : undefined);
    if (!tail || read(tail) || !this.namesOwnTopic(tail)) return false;
    const before = normalizeWords(text).slice(0, -normalizeWords(tail).length);
    let i = 0;
    while (i < before.length && d.leading_words.includes(before[i])) i++;
    // The preamble is the phrase, after greetings ("ok last one:") or after chat of its own ("ty 🙏 last one:").
    // ("which is the last one: X?" asks about the last one: a preamble asks nothing.)
    const asks = before.slice(i).some((w) => d.open_question_words.includes(w));
    if (!d.last_question_phrases.includes(before.slice(i).join(' ')) && (!saysLast(before) || asks)) return false;
    // (…and one answered surely on its own: "how does it work?" is no question of its own.)
    const own = this.answerOne(tail);
    return own.answered && own.confidence >= this.weights.newTopicConfidence;
  }

  /**
   * The question after a preamble set off by a dash, colon, comma or full stop: "for my notes — how many were there?",
   * "switching gears, what about X?" → the clause that opens with a question word.
   */
  private afterPreamble(message: string): string | undefined {
    const text = message.slice(0, MAX_QUESTION_CHARS);
    // (A sentence end is a boundary too: "sorry it's late. whats the X bit say" asks without a question mark.)
    const clauses = text.split(/\s*(?:[—–:;,]|\s-\s|\p{Extended_Pictographic}|(?<=[.!])\s+)\s*/u);
    const d = this.knowledge.dialogue;
    const starts = new Set(d.question_words);
    // ("why, per the article, are X…?": "why" alone before an aside is the question's own opening — the rest is no
    // yes/no question of its own.)
    const opening = normalizeWords(clauses[0] ?? '');
    const asked = opening.slice(Math.max(0, opening.findIndex((w) => !d.leading_words.includes(w)))).join(' ');
    if (clauses.length > 2 && d.why_phrases.includes(asked)) return undefined;
    for (let i = 1; i < clauses.length; i++) {
      if (starts.has(normalizeWords(clauses[i])[0] ?? '')) return clauses.slice(i).join(', ');
    }
    return undefined;
  }

  /** Answers `input` (the whole message or its question sentences); `question` is what the answer reports. */
  private answerText(input: string, question: string, analysis = this.analyzer.analyze(input)): Answer & Extra {
    const language = analysis.language;
    const words = normalizeWords(input);
    const small = smallTalk(words, this.talk);
    if (small) {
      // Small talk gets a friendly word back, not a "can't answer".
      const t = this.knowledge.replies.small_talk;
      const r = this.knowledge.replies.replies;
      const lang = small.some((w) => t.spanish_words.includes(w)) || language === 'es' ? 'es' : language;
      const has = (list: string[]) => small.some((w) => list.includes(w));
      const reply = has(t.thanks_words) ? r.welcome : has(t.bye_words) ? r.goodbye : has(t.glad_words) ? r.glad : r.greeting;
      return { question, answered: false, text: reply.en, textEs: reply.es, sources: [], confidence: 0, suggestions: this.starterQuestions(), language: lang };
    }
    if (this.talk.aboutMe.test(words.join(' '))) {
      const about = this.knowledge.replies.replies.about;
      return { question, answered: false, text: about.en, textEs: about.es, sources: [], confidence: 0, suggestions: this.starterQuestions(), language };
    }
    const headline = this.headlineOf(input, analysis);
    if (headline) return headline;
    if (!analysis.terms.length) {
      const summary = this.summaryOf(question, analysis);
      if (summary) return summary;
      const reply = words.length > 0 ? this.knowledge.replies.replies.decline : this.knowledge.replies.replies.empty;
      return {
        question,
        answered: false,
        text: reply.en,
        textEs: reply.es,
        sources: [],
        confidence: 0,
        suggestions: this.starterQuestions(),
        language,
      };
    }
    const result = this.index.search(analysis, 24);
    // "which ones besides X?": X's own entry is what the question sets aside, not its answer.
    const excluded = this.setAside(input);
    const hits = this.rerank(result.hits, analysis.terms, analysis.cues, words).filter((h) => !excluded.has(h.doc.key));
    const best = hits[0];
    const target = best && this.targets.get(best.doc.key)!;
    const confident = !!best && !!target && this.confident(best, target, result, () => this.surfaceWords(input, analysis)) && (target.kind !== 'section' || this.sectionGives(analysis, target.id));
    if (confident && target.kind === 'section') {
      const list = this.wholeListFor(question, analysis, target.id) ?? this.listOfTiedItems(question, analysis, hits, target.id);
      if (list) return list;
    }
    if (confident && target.kind === 'question') {
      // "what does the plan consist of?" answered by a curated line about the part that introduces a list (not by a
      // curated list): what the part is made of is its list.
      const composed = this.composeAnswer(question, analysis, hits, best, target, result.weights);
      const found = target.source ? this.lists.find((l) => l.id === target.source) : undefined;
      return (found && bulletNames(composed.text).length < 2 && this.contentsReply(question, analysis, found)) || composed;
    }
    // Asked for a summary of the whole, and no curated answer is sure: the article's opening.
    const summary = this.summaryOf(question, analysis);
    if (summary) return summary;
    if (confident && target.kind === 'section' && analysis.cues.has('cause')) {
      // "what caused X?" answered by X's part: its sentence that says where something came from.
      const named = this.reader.readIn([target.id], analysis, result.weights, 1)[0];
      const cause = named && this.causeReading(named, analysis);
      if (cause && cause !== named) return this.answerFromReading(question, analysis, hits, cause);
    }
    if (confident && target.kind === 'section') {
      // "what does it say about X?" answered by a part one of whose items is titled X: the item's own sentence, not
      // the part's sentence that only names its items — when the item's sentence says as much of the question.
      const ownBest = this.reader.readIn([target.id], analysis, result.weights, 1)[0];
      const child = this.reader.readIn(this.partFamily(target.id).filter((id) => id !== target.id), analysis, result.weights, 1)[0];
      if (child && ownBest && child.coverage >= ownBest.coverage && this.namesItsTitle(child.passage, analysis, target.id)) return this.answerFromReading(question, analysis, hits, child);
    }
    // "why is X such a hotspot for Y?": a part found by the question's common words whose best sentence gives no reason
    // gives way to the sentence elsewhere that gives one for what is asked, read as well.
    if (confident && target.kind === 'section' && analysis.cues.has('why')) {
      const own = this.reader.readIn([target.id], analysis, result.weights, 1)[0];
      const gives = (r: Reading | undefined) => !!r && this.reader.givesReasonFor(r, analysis);
      const other = this.reader.read(analysis, result.weights, 8).find(gives);
      if (other && own && other.passage.sectionId !== target.id && !gives(own) && other.coverage >= REASON_OVER_PART * own.coverage && this.readable(other, analysis, result, input))
        return this.answerFromReading(question, analysis, hits, other);
    }
    if (confident && target.kind !== 'not-covered') return this.composeAnswer(question, analysis, hits, best, target, result.weights);
    // "how many X did Y do?": of the sentences, those that give a fact of the type asked (a number), when one does —
    // the best-read sentence without one answers nothing.
    const typed = this.answerTypes.filter(([cue]) => analysis.cues.has(cue as Cue));
    // (A count counts what the question names after "how many": "how many towns…?" is not answered by "26
    // people".)
    const counted = analysis.cues.has('count') ? this.countedTerms(input) : [];
    const ofType = (p: Passage) => typed.every(([, patterns]) => patterns.some((re) => re.test(p.text))) && counted.every((t) => p.terms.has(t));
    const readingsOfType = typed.length ? this.reader.read(analysis, result.weights, 8, ofType) : [];
    const readings = this.reasonFirst(readingsOfType.length ? readingsOfType : this.reader.read(analysis, result.weights), analysis, result, input);
    // "what caused X?": the sentence of X's part that says where something came from, when the one naming X does not
    // — read for a question whose every word that sentence's part has, however common its words are.
    const cause = readings[0] && this.causeReading(readings[0], analysis);
    const readable0 = !!readings[0] && this.readable(readings[0], analysis, result, input);
    const byCause = !!cause && cause !== readings[0] && (readable0 || readings[0].ownCoverage >= 0.999);
    const reading = byCause ? cause : readings[0];
    // "Did Guatemala take part in the operation?": a name the question asks of that the sentence does not say (nor the
    // article) leaves the question unanswered by it, however much else it shares.
    const readable = (byCause || readable0) && !this.unsaidName(input, reading.passage.text, false);
    // Nothing curated answers it: the article's own sentence may.
    // A known gap's reply only when the question is about that gap: most of the question is the gap's words.
    const near = target?.kind === 'not-covered' && best.score >= this.minScore * 0.8 && this.asksOfGap(best.doc, analysis, (readings[0]?.ownCoverage ?? 0) >= 0.999, input) ? target : undefined;
    if (readable && (!near || reading.ownCoverage > best.coverage + this.weights.readOverGap)) {
      return this.wholeListFor(question, analysis, reading.passage.sectionId) ?? this.answerFromReading(question, analysis, hits, reading);
    }
    // …or a list item read whole: the question's words in its claim and in the steps after it ("which item is about
    // X and Y?", X said in the claim, Y in the steps).
    const item = this.itemReading(readings, analysis, result, input);
    if (item && (!near || item.reading.ownCoverage > best.coverage + this.weights.readOverGap)) {
      const section = this.sections.get(item.reading.passage.sectionId)!;
      return this.fromArticle(section, item.text, question, analysis.language, round(Math.min(1, item.reading.coverage)), item.reading.passage.key, hits);
    }
    const gap = near && best.coverage >= this.weights.gapMinCoverage ? near : undefined;
    return {
      question,
      answered: false,
      text: gap ? gap.answer! : this.knowledge.replies.replies.decline.en,
      textEs: gap ? gap.answerEs : this.knowledge.replies.replies.decline.es,
      sources: [],
      confidence: round(best?.score ?? 0),
      suggestions: this.suggestionsFor(hits, undefined, gap?.source),
      language,
      entryId: gap?.id,
    };
  }

  /**
   * "why is X such a hotspot for Y?" read from the article: the best-read sentence, when it gives no reason, gives way
   * to one that gives a reason for what is asked, read nearly as well (`REASON_OVER_PART`) and readable.
   */
  private reasonFirst(readings: Reading[], analysis: Analysis, result: SearchResult, input: string): Reading[] {
    const [top] = readings;
    if (!top || !analysis.cues.has('why') || this.reader.givesReasonFor(top, analysis)) return readings;
    const other = readings.find((r) => r !== top && r.coverage >= REASON_OVER_PART * top.coverage && this.reader.givesReasonFor(r, analysis));
    return other && this.readable(other, analysis, result, input) ? [other, ...readings.filter((r) => r !== other)] : readings;
  }

  /**
   * "What's the exact headline?", "¿cuál es el titular?": the article's title, then its opening sentence — when the
   * message names nothing else (`headline_frame_words` aside: "exact", "full").
   */
  private headlineOf(question: string, analysis: Analysis): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    const words = normalizeWords(question);
    if (!words.some((w) => d.headline_words.includes(w))) return undefined;
    // Not a part's title ("the title of the second part", "its title?") nor a check of the headline ("is the headline
    // accurate?").
    const part = [...d.section_nouns, ...d.list_nouns, ...d.item_nouns, ...d.back_references, ...Object.keys(d.ordinals), ...d.last_words, ...d.rank_list_words];
    if (words.some((w) => part.includes(w)) || yesNoStarter(question, analysis.language, d)) return undefined;
    const frame = new Set([...d.headline_words, ...d.headline_frame_words].flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    if (!analysis.terms.every((t) => t === ARTICLE_TERM || frame.has(t))) return undefined;
    const first = this.knowledge.sections[0];
    const lede = first && this.reader.sentences(first.id)[0];
    if (!lede) return undefined;
    const title = this.knowledge.title;
    const answer = this.fromArticle(first, `${d.headline_reply.en.replace('{title}', () => title)} ${lede.text}`, question, analysis.language, 1, first.id);
    return { ...answer, textEs: `${d.headline_reply.es.replace('{title}', () => title)} ${this.passageEs(first, lede.text)}`, shownKeys: [lede.key] };
  }

  /**
   * "tl;dr?", "what's the gist?", "what is the article about?": a summary of the whole, naming no part of it, is the
   * article's opening — its first two sentences.
   */
  private summaryOf(question: string, analysis: Analysis): (Answer & Extra) | undefined {
    if (!analysis.cues.has('summary')) return undefined;
    // "sum up the last part" names a part of the article: a word of the article's own, not of the question around it
    // ("a summary of what happened" names none).
    const frame = new Set(this.knowledge.dialogue.summary_frame_words.flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    const named = analysis.terms.filter((t) => t !== ARTICLE_TERM && !frame.has(t) && !this.analyzer.weakTerms.has(t) && this.reader.has(t));
    // …and a summary of something else ("summarize the farm bill") is not one of the article: it says "the article"
    // (or "the text", "this"), or names nothing at all ("tl;dr?").
    const ofTheArticle = analysis.terms.includes(ARTICLE_TERM) || !analysis.terms.length;
    // A part named by its title ("the outlook's bottom line") is summed up by its own opening.
    const part = named.length ? this.partTitled(named) : this.knowledge.sections[0];
    if (!part || (!named.length && !ofTheArticle)) return undefined;
    // "summarize last night's league results": words the knowledge never uses, outweighing the part's, say the
    // summary asked for is of something else — unless the part is named by a word of its own title ("summarize the
    // garden part for my grandma": the audience is the asker's).
    const titleWords = new Set(normalizeWords(part.title));
    const byTitle = normalizeWords(question).some((w) => titleWords.has(w) && !this.analyzer.isStopWord(w));
    if (!ofTheArticle && !byTitle) {
      const { terms, weights, unknown } = this.index.search(analysis, 1);
      const weigh = (keep: (t: string, i: number) => boolean) => terms.reduce((sum, t, i) => sum + (keep(t, i) ? weights[i] : 0), 0);
      if (weigh((_, i) => unknown[i]) > weigh((t) => named.includes(t))) return undefined;
    }
    const opening = this.reader.sentences(part.id).slice(0, 2);
    if (!opening.length) return undefined;
    const text = opening.map((p) => p.text).join(' ');
    return { ...this.fromArticle(part, text, question, analysis.language, 1, part.id), shownKeys: opening.map((p) => p.key) };
  }

  /**
   * A message naming a part of the article ("the outlook section", "la parte del panorama": words of one section's
   * title before a word for a part, `section_nouns`) is answered from that part: the sentence of it that best matches
   * the rest of the message, or its opening.
   */
  private answerInNamedPart(question: string, analysis: Analysis): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    const words = normalizeWords(question.slice(0, MAX_QUESTION_CHARS));
    const at = words.findIndex((w) => d.section_nouns.includes(w));
    // ("our chapter on X", "drafting a chapter on X": not a part of the article.)
    const before = words[at - 1] ?? '';
    const ownWriting = d.indefinite_determiners.includes(before) && words.some((w) => d.own_writing_words.includes(w));
    if (at < 0 || d.other_part_determiners.includes(before) || ownWriting) return undefined;
    // The words right before the noun ("the outlook section") or right after it ("the section on the outlook").
    const near = [...words.slice(Math.max(0, at - 3), at), ...words.slice(at + 1, at + 4)];
    const nearTerms = new Set(this.analyzer.analyzeKnown(near.join(' ')).terms);
    const named = analysis.terms.filter((t) => nearTerms.has(t) && t !== ARTICLE_TERM);
    const part = named.length ? this.partTitled(named) : undefined;
    if (!part) return undefined;
    // "in the section on X, what are the listed items?": the part's list, whole.
    const list = this.wholeListFor(question, analysis, part.id);
    if (list) return list;
    const family = this.partFamily(part.id);
    const rest = analysis.terms.map((t, i) => (named.includes(t) || t === ARTICLE_TERM ? -1 : i)).filter((i) => i >= 0);
    const weights = this.index.search(analysis, 1).weights;
    const restAnalysis = { ...analysis, terms: rest.map((i) => analysis.terms[i]), shares: rest.map((i) => analysis.shares[i]) };
    // "the gist of the X section": a summary of the part is its opening.
    const summary = analysis.cues.has('summary');
    const top = rest.length && !summary ? this.reader.readIn(family, restAnalysis, rest.map((i) => weights[i]), 1, undefined, question)[0] : undefined;
    const passages = top && top.coverage >= this.weights.listTopicCoverage ? [top.passage] : this.reader.sentences(part.id).slice(0, 2);
    if (!passages.length) return undefined;
    return this.quotePart(passages, question, analysis.language);
  }

  /**
   * Does the question say a word of the name of the item a passage is in ("weeds" of "Pulling Weeds"), one the part
   * above it does not say itself — in its title ("beds" of "Raised Beds" and "Beds and Borders") or in a sentence of
   * its own other than one naming its items ("pulling" when the part says "pulling roots helps")?
   */
  private namesItsTitle(passage: Passage, analysis: Analysis, aboveId: string): boolean {
    const part = this.sections.get(passage.sectionId);
    const above = this.sections.get(aboveId);
    if (!part || !above) return false;
    // (An item's name, without its list's label: "Tip: X" names X.)
    const words = new Set(this.analyzer.analyzeKnown(itemName(part)).terms);
    const said = new Set(this.analyzer.analyzeKnown(above.title).terms);
    const items = this.listOf(part.id)?.items.map((i) => normalizeWords(itemName(i)).join(' ')) ?? [];
    for (const p of this.reader.sentences(aboveId)) {
      const text = ` ${normalizeWords(p.text).join(' ')} `;
      if (items.filter((name) => text.includes(` ${name} `)).length < 2) p.terms.forEach((t) => said.add(t));
    }
    return analysis.terms.some((t) => t !== ARTICLE_TERM && words.has(t) && !said.has(t));
  }

  /** A top-level part and its own items (not the parts below those). */
  private partFamily(partId: string): string[] {
    return this.familyOf(partId).filter((id) => id === partId || this.sections.get(id)?.parent === partId);
  }

  /** Passages of one part quoted as the answer: one whole (with the sentence it continues), or several in order. */
  private quotePart(passages: Passage[], question: string, language: 'en' | 'es'): Answer & Extra {
    const section = this.sections.get(passages[0].sectionId)!;
    const text = passages.length === 1 ? this.passageText({ passage: passages[0] }) : passages.map((p) => p.text).join(' ');
    return this.fromArticle(section, text, question, language, 0.9, passages[0].key);
  }

  /**
   * "What does it call key at the very end?", "what's the last sentence?", "¿qué dice el primer párrafo?": the
   * article's last (first) part by position (`end_phrases`, `start_phrases`) — the sentence of it the rest of the
   * message reads best, else (a phrase naming one sentence, nothing else asked) its last (first) sentence, else its
   * closing (opening) two.
   */
  private partAtEnd(question: string, analysis: Analysis, words: string[]): (Answer & Extra) | undefined {
    const d = this.knowledge.dialogue;
    // (Asked of every message: the phrases, normalised once, first.)
    const joined = ` ${words.join(' ')} `;
    const phrase = (list: string[]) => list.find((p) => joined.includes(` ${p} `));
    const end = phrase(this.endPhrases);
    const start = end ? undefined : phrase(this.startPhrases);
    if (!end && !start) return undefined;
    // A question of yes or no ("does the first sentence mention X?", "is X the first line of defense?") or
    // of a fact of a type ("al final del artículo, ¿cuántos…?") is the rest of the engine's.
    if (yesNoStarter(question, analysis.language, d)) return undefined;
    if (BEYOND_READING.some((c) => analysis.cues.has(c)) || this.answerTypes.some(([cue]) => analysis.cues.has(cue as Cue))) return undefined;
    const phraseWords = (end ?? start!).split(' ');
    // "…at the very end of the X section", "the last line of that part": the end of a part the message names or points
    // at is that part's (`answerInNamedPart`).
    if (words.some((w) => d.section_nouns.includes(w) && !phraseWords.includes(w))) return undefined;
    const next = normalizeWords(joined.slice(joined.indexOf(` ${end ?? start} `) + (end ?? start!).length + 2)).slice(0, 3);
    // "the last line of the intro" is that part's last line; "the first line of each" is not the article's.
    const ofSomething = ['of', 'de', 'del'].includes(next[0] ?? '') && !next.slice(1).some((w) => this.analyzer.isArticleWord(w));
    const titledPart = ofSomething ? this.partTitled(this.analyzer.analyzeKnown(next.slice(1).join(' ')).terms.filter((t) => t !== ARTICLE_TERM)) : undefined;
    if (ofSomething && !titledPart) return undefined;
    const parts = this.knowledge.sections.filter((s) => !s.parent);
    const part = titledPart ?? (end ? parts[parts.length - 1] : parts[0]);
    if (!part) return undefined;
    // (The words of the phrase and of the part's own title ask nothing more: "the last line of the epilogue"; nor do
    // words the article never says: "what's the last line basically saying?")
    const phraseTerms = new Set(this.analyzer.analyzeKnown(`${end ?? start!} ${part.title}`).terms);
    const rest = analysis.terms.map((t, i) => (phraseTerms.has(t) || t === ARTICLE_TERM || !this.articleSays(t) ? -1 : i)).filter((i) => i >= 0);
    const family = this.partFamily(part.id);
    const sentences = family.flatMap((id) => this.reader.sentences(id));
    if (!sentences.length) return undefined;
    const weights = this.index.search(analysis, 1).weights;
    const restAnalysis = { ...analysis, terms: rest.map((i) => analysis.terms[i]), shares: rest.map((i) => analysis.shares[i]) };
    // The best-read sentence; of equally good ones, the one nearest the end (start) asked for.
    const read = rest.length ? this.reader.readIn(family, restAnalysis, rest.map((i) => weights[i]), sentences.length, undefined, question) : [];
    const order = (r: Reading) => sentences.findIndex((p) => p.key === r.passage.key);
    const best = read.length ? Math.max(...read.map((r) => r.coverage)) : 0;
    const top = read.filter((r) => r.coverage >= best - 1e-9).sort((a, b) => (end ? order(b) - order(a) : order(a) - order(b)))[0];
    const one = phraseWords.some((w) => d.sentence_words.includes(w));
    let passages: Passage[];
    if (top && top.coverage >= this.weights.listTopicCoverage) passages = [top.passage];
    // (A topic the part does not read — "what does the final line say about X?" — is the rest of the engine's.)
    else if (rest.length && !analysis.cues.has('summary')) return undefined;
    else if (one) passages = [end ? sentences[sentences.length - 1] : sentences[0]];
    else passages = end ? sentences.slice(-2) : sentences.slice(0, 2);
    return this.quotePart(passages, question, analysis.language);
  }

  /**
   * How much of a section's own name (a list item's, without its label) the question says: the share of its
   * distinctive words, when it says two of them or the whole name; else 0. With `headAlone`, the name without the verb
   * it opens with (`name_verb_endings`) names it whole too.
   */
  private titleNamed(sectionId: string, terms: string[], headAlone = false): number {
    const section = this.sections.get(sectionId);
    if (!section || !terms.length) return 0;
    const name = this.analyzer.analyzeKnown(itemName(section)).terms.filter((t) => t !== ARTICLE_TERM);
    // Only the name's distinctive words weigh: the article's subject, named everywhere, names no one part.
    const own = name.filter((t) => this.index.queryWeight(t) >= DISTINCTIVE_WEIGHT * this.index.scale);
    const m = own.filter((t) => terms.includes(t)).length;
    if (m >= 2) return m / own.length;
    if (m !== 1) return 0;
    // (…all of it; or, `headAlone`, all after a verb it opens with: "Watering the Roses" is named by "the roses part".)
    const words = normalizeWords(itemName(section));
    const verb = headAlone && words.length > 1 && this.knowledge.dialogue.name_verb_endings.some((e) => words[0].length > e.length + 2 && words[0].endsWith(e));
    const rest = verb ? this.analyzer.analyzeKnown(words.slice(1).join(' ')).terms : [];
    return name.every((t) => terms.includes(t)) || (rest.length > 0 && rest.every((t) => terms.includes(t))) ? 1 : 0;
  }

  /** The one top-level section whose title has every one of these terms ("the opening", "the outlook section"). */
  private partTitled(terms: string[]): Section | undefined {
    const titled = this.knowledge.sections.filter((s) => !s.parent && terms.every((t) => this.analyzer.analyzeKnown(s.title).terms.includes(t)));
    return titled.length === 1 ? titled[0] : undefined;
  }

  /** A sentence of the article covers enough of the question, of the kind of fact it asks for. */
  private readable(reading: Reading, analysis: Analysis, result: SearchResult, asked = ''): boolean {
    if (reading.ownCoverage < this.weights.readMinOwn || reading.coverage < this.weights.readMinCoverage) return false;
    // (Two words of the question side by side in the sentence too, "compost heaps", are as telling as two rare words.)
    const strong = reading.matched.filter((i) => result.weights[i] >= DISTINCTIVE_WEIGHT * this.index.scale).length + 2 * this.pairsSaid(analysis, reading.passage);
    // One word is a topic when it is a distinctive word of the sentence itself ("what does it say about X?"); a common
    // one is, only when a curated question is about little else (see `confident`).
    if (result.weights.length < 2) {
      if (BEYOND_READING.some((c) => analysis.cues.has(c)) || !this.answerTypesMet(analysis, reading)) return false;
      // "Is X mentioned at all?": any sentence that says X answers it, however many parts say it.
      if (analysis.cues.has('mention') && reading.ownCoverage >= 0.999) return true;
      // "how many were invited?": one word said in many sentences, but in only a few with a figure in digits ("26",
      // not "one part of…") — the first of those answers.
      // (Only a question of how many or how much, asking nothing else: "which ones?" read with it is no count.)
      const counts = (analysis.cues.has('count') || analysis.cues.has('amount')) && !COUNT_EXCLUDING.some((c) => analysis.cues.has(c));
      if (strong === 1 && reading.ownCoverage >= 0.999 && counts) {
        // (…and the figure counts what is asked, in the words asked — not a word meaning the same: "how many dogs?" is
        // not answered by "26 visitors … dog …", nor "how many men?" by "26 guests".)
        const counted = this.countedWords(asked);
        const countsIt = (text: string) => {
          const words = normalizeWords(text);
          return words.some((w, i) => /\d/.test(w) && (!counted.length || words.slice(i + 1, i + 3).some((v) => counted.includes(this.analyzer.stem(v)))));
        };
        const figures = this.reader.read(analysis, result.weights).filter((r) => r.ownCoverage >= 0.999 && this.answerTypesMet(analysis, r) && countsIt(r.passage.text));
        if (figures.length <= FEW_PLACES && figures[0]?.passage === reading.passage) return true;
      }
      // "who was invited?": one word of the article's headline, said in many sentences — the best-read of those that
      // name who (people, by the answer types) answers, as the headline's subject is what the article is about.
      // (Asked of whom it was done — "who was invited?", the word after a word of being — not by whom, of a name, or
      // of who did it: "who were they invited by?", "who is Freedonia?", "who invited them?".)
      const typedWords = normalizeWords(asked);
      const at = typedWords.findIndex((w) => this.analyzer.stem(w) === analysis.terms[0]);
      const passive = at > 0 && !isNameWord(typedWords[at]) && [...this.knowledge.dialogue.whole_be_words, ...this.knowledge.dialogue.passive_auxiliaries].includes(typedWords[at - 1]) && !typedWords.some((w) => this.knowledge.dialogue.agent_words.includes(w));
      if (passive && analysis.language === 'en' && strong <= 1 && reading.ownCoverage >= 0.999 && analysis.cues.has('who') && analysis.cues.size === 1 && this.headlineTerms.has(analysis.terms[0])) {
        const naming = this.reader.read(analysis, result.weights).filter((r) => r.ownCoverage >= 0.999 && this.answerTypesMet(analysis, r));
        if (naming[0]?.passage === reading.passage) return true;
      }
      // "what about the hedges?" of an article that writes the word only inside one of its phrases ("trim hedges"): the
      // word is no term of its own to weigh, yet the few sentences that write it are what it asks about.
      // (The word as typed: one read into the question from a word of another meaning — slang, a translation — is not.)
      // (…and asked, not said of oneself: "what about the hedges?", not "I need hedges" or "hedges rule".)
      const term = analysis.terms[0];
      const said = normalizeWords(asked);
      const typed = said.some((w) => this.analyzer.stem(w) === term);
      const asking = /[?¿]/.test(asked) && !said.some((w) => this.knowledge.dialogue.asker_words.includes(w));
      if (typed && asking && !this.index.knows(term) && reading.passage.inner?.has(term)) {
        const writing = this.reader.read(analysis, result.weights).filter((r) => r.passage.inner?.has(term) || r.passage.terms.has(term));
        if (writing.length <= FEW_PLACES && writing[0]?.passage === reading.passage) return true;
      }
      return strong === 1 && this.onlyPlaceOf(analysis, result, reading, asked);
    }
    if (strong < 2 && reading.coverage < this.weights.readOneStrongCoverage) return false;
    for (const cue of BEYOND_READING) if (analysis.cues.has(cue) && !(cue === 'where' && this.placeSaid(reading, result, asked))) return false;
    return this.answerTypesMet(analysis, reading);
  }

  /**
   * The list a message names as "<a word for items> of (the) … <word>" — "which part of the big plan…", "the
   * second step of the plan" — by a word of its part's title (two words on at most) that no other list's title has.
   */
  private listTitled(message: string): ArticleList | undefined {
    const d = this.knowledge.dialogue;
    const words = normalizeWords(message);
    const after: string[] = [];
    words.forEach((w, i) => {
      if (d.list_nouns.includes(w) && (words[i + 1] === 'of' || words[i + 1] === 'de')) after.push(...words.slice(i + 2, i + 5));
    });
    if (!after.length) return undefined;
    const terms = new Set(this.analyzer.analyzeKnown(after.join(' ')).terms);
    const titleTerms = this.lists.map((l) => new Set(this.analyzer.analyzeKnown(this.sections.get(l.id)?.title ?? '').terms));
    const found = this.lists.filter((_, i) => [...terms].some((t) => t !== ARTICLE_TERM && titleTerms[i].has(t) && titleTerms.filter((ts) => ts.has(t)).length === 1));
    if (found.length !== 1) return undefined;
    // (…and one of its items says what else the message names: else the list named has no such item.)
    const title = titleTerms[this.lists.indexOf(found[0])];
    const asked = this.analyzer.analyze(message).terms.filter((t) => t !== ARTICLE_TERM && !title.has(t) && !this.listNounTerms.has(t));
    // (A word it writes inside a phrase counts: "trim hedges" says "hedges".)
    const says = (item: Section) => {
      const read = this.analyzer.analyzeKnown(`${item.title} ${item.text}`);
      return [...read.terms, ...(read.inner ?? [])].some((t) => asked.includes(t));
    };
    return found[0].items.some(says) ? found[0] : undefined;
  }

  /**
   * How many pairs of the question's words, next to each other in it, are next to each other in the passage too — a
   * pair the article writes in few sentences ("compost heaps"), of words neither of which it writes all over ("garden
   * beds", "the garden shed" are no such pair).
   */
  private pairsSaid(analysis: Analysis, passage: Passage): number {
    const { pairs, words, sentences, of } = this.pairCounts;
    // (A list item read whole is a passage of its own making: its pairs are read afresh.)
    const next = this.reader.passages[passage.serial] === passage ? of[passage.serial] : pairsOf(passage);
    const rare = (t: string) => (words.get(t) ?? 0) <= RARE_PAIR_WORD_SHARE * sentences;
    let n = 0;
    for (let i = 1; i < analysis.terms.length; i++) {
      const [a, b] = [analysis.terms[i - 1], analysis.terms[i]];
      const pair = `${a} ${b}`;
      if (next.has(pair) && (pairs.get(pair) ?? 0) <= RARE_PAIR_SENTENCES && rare(a) && rare(b)) n++;
    }
    return n;
  }

  /**
   * Each pair of neighbouring words of the article's sentences, and each word, → in how many sentences it occurs; and
   * each sentence's pairs (by its serial), read once.
   */
  private get pairCounts(): PairCounts {
    // (Counted again when sentences were added: a dated update.)
    if (!this.pairCount || this.pairCount.sentences !== this.reader.passages.length) {
      const pairs = new Map<string, number>();
      const words = new Map<string, number>();
      const of = this.reader.passages.map(pairsOf);
      this.reader.passages.forEach((p, n) => {
        for (const pair of of[n]) pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
        for (const t of p.terms) words.set(t, (words.get(t) ?? 0) + 1);
      });
      this.pairCount = { pairs, words, sentences: this.reader.passages.length, of };
    }
    return this.pairCount;
  }
  private pairCount?: PairCounts;

  /**
   * The best list item of several sentences read as one passage, when it is readable so and no one sentence of it is:
   * its words are the union of its sentences', its surroundings those of its first.
   */
  private itemReading(readings: Reading[], analysis: Analysis, result: SearchResult, asked: string): { reading: Reading; text: string } | undefined {
    const seen = new Set<string>();
    for (const r of readings) {
      const id = r.passage.sectionId;
      const section = this.sections.get(id);
      if (seen.has(id) || !section || !this.isListItem(section)) continue;
      seen.add(id);
      const sentences = this.reader.sentences(id);
      if (sentences.length < 2) continue;
      const whole = this.reader.readWhole(analysis, result.weights, sentences);
      // (Words gathered from several sentences match by chance more easily: more of the question must be the item's own.)
      if (whole && whole.ownCoverage >= ITEM_MIN_OWN && this.readable(whole, analysis, result, asked)) return { reading: whole, text: whole.passage.text };
    }
    return undefined;
  }

  /** The one part of the article whose sentences have the question's one word, or one of its few sentences saying it ("how do I fix it?" has too many). */
  private onlyPlaceOf(analysis: Analysis, result: SearchResult, reading: Reading, asked = ''): boolean {
    if (reading.ownCoverage < 0.999) return false;
    const all = this.reader.read(analysis, result.weights);
    if (all.every((r) => r.ownCoverage < 0.999 || r.passage.sectionId === reading.passage.sectionId)) return true;
    // A word said in so few sentences is still what they are about ("what's the bit about X?": the better-read one).
    if (all.filter((r) => r.ownCoverage >= 0.999).length <= FEW_PLACES) return true;
    // Said in several parts, it is still the topic of the one part whose title has it ("what about X?" → the part on X).
    // (The title's own word, as asked: "how do I fix it?" names no part, though "fix" reads as a title's synonym.)
    const typed = new Set(normalizeWords(asked));
    const titled = (r: Reading) =>
      analysis.terms.every((t) => t === ARTICLE_TERM || r.passage.title.has(t)) &&
      (analysis.language === 'es' || normalizeWords(this.sections.get(r.passage.sectionId)?.title ?? '').some((w) => typed.has(w)));
    return titled(reading) && all.every((r) => !titled(r) || r.passage.sectionId === reading.passage.sectionId);
  }

  /** The article's own text of a part answers a question only with the kind of fact it asks for, as a sentence must. */
  private sectionGives(analysis: Analysis, sectionId: string): boolean {
    if (BEYOND_READING.some((c) => analysis.cues.has(c))) return false;
    const text = this.sections.get(sectionId)?.text ?? '';
    return this.answerTypes.every(([cue, patterns]) => !analysis.cues.has(cue as Cue) || patterns.some((re) => re.test(text)));
  }

  /**
   * A question of where answered by a sentence that says everything it asks in its own words — but for the word of
   * the kind of place asked ("which country", `country_nouns`) — and then names a place (`place_names`, after one of
   * `place_prepositions`) that the question does not: "where is the thirst for seeds greatest?" → "…the great thirst
   * for seeds in the Lowlands".
   */
  private placeSaid(reading: Reading, result: SearchResult, message: string): boolean {
    const d = this.knowledge.dialogue;
    // Only a question naming the kind of place ("which country…?" — not "where do X come from?", which asks an origin
    // the sentence's place may not be) and asking it plainly (not "which country has no X?", "…the least X?").
    const typed = normalizeWords(message);
    if (!typed.some((w) => d.country_nouns.includes(w)) || typed.some((w) => this.isNegation(w) || d.place_contrary_words.includes(w))) return false;
    const kinds = new Set(d.country_nouns.flatMap((w) => this.analyzer.analyzeKnown(w).terms));
    const asked = result.terms.filter((t) => t !== ARTICLE_TERM && !kinds.has(t));
    if (asked.length < 2 || !asked.every((t) => reading.passage.terms.has(t))) return false;
    const words = normalizeWords(reading.passage.text);
    const first = words.findIndex((w) => asked.includes(this.analyzer.stem(w)));
    const names = d.place_names.map((n) => normalizeWords(n));
    return words.some((w, i) => {
      if (i <= first || !d.place_prepositions.includes(w)) return false;
      const at = words[i + 1] === 'the' ? i + 2 : i + 1;
      const name = names.find((n) => n.every((x, k) => words[at + k] === x));
      return !!name && !this.analyzer.analyzeKnown(name.join(' ')).terms.some((t) => result.terms.includes(t));
    });
  }

  /** A word of negation as typed and normalised: `negation_words`, or a verb's "n't" form ("werent", "isn't"). */
  private isNegation(word: string): boolean {
    this.negations ??= new Set(this.knowledge.dialogue.negation_words.flatMap((w) => normalizeWords(w)));
    return this.negations.has(word) || /^(?:is|are|was|were|do|does|did|have|has|had|ca|could|would|should)n'?t$/.test(word);
  }

  /** "How many…", "when…": the sentence must give a number, a date. */
  private answerTypesMet(analysis: Analysis, reading: Reading): boolean {
    return this.answerTypes.every(([cue, patterns]) => !analysis.cues.has(cue as Cue) || patterns.some((re) => re.test(reading.passage.text)));
  }

  /**
   * A question of cause read from the article: the sentence nearest the one read, in the same part, that says where
   * something came from (`cause_words`: "resulted from", "due to"), when the one read does not.
   */
  private causeReading(reading: Reading, analysis: Analysis): Reading {
    if (!analysis.cues.has('cause') || !this.causePhrases.length) return reading;
    const says = (p: Passage) => this.givesCause(p.text);
    if (says(reading.passage)) return reading;
    const at = reading.passage.index;
    const nearest = this.reader
      .sentences(reading.passage.sectionId)
      .filter(says)
      .sort((a, b) => Math.abs(a.index - at) - Math.abs(b.index - at))[0];
    return nearest ? { ...reading, passage: nearest } : reading;
  }

  private answerFromReading(question: string, analysis: Analysis, hits: Hit[], reading: Reading): Answer & Extra {
    const section = this.sections.get(reading.passage.sectionId)!;
    // A sentence found by one word is less sure than one found by several: a question's other part, or the
    // conversation, may say more.
    const sure = analysis.terms.length > 1 ? 1 : ONE_WORD_READING;
    const answer = this.fromArticle(section, this.withReason(reading, analysis, question), question, analysis.language, round(Math.min(1, reading.coverage) * sure), reading.passage.key, hits);
    return { ...answer, leadText: this.passageText(reading) };
  }

  /**
   * A sentence as quoted whole, and — asked why it is so, or asked yes or no — the sentence its hedge rests on ("why
   * doesn't X settle it?" → "X may not settle it." and "Such rivals are often stubborn…"): the claim alone does not
   * say why, and a hedged yes/no lead wants its grounds as much as a why does.
   */
  private withReason(reading: Pick<Reading, 'passage'>, analysis: Analysis, question: string): string {
    const text = this.quotedWhole(reading);
    const yesNo = !!yesNoStarter(question, analysis.language, this.knowledge.dialogue);
    if (!(analysis.cues.has('why') || yesNo) || this.continuation(reading.passage)) return text;
    const reason = this.reasonAfter(reading.passage, analysis);
    return reason ? `${text} ${reason.text}` : text;
  }

  /**
   * A passage as an answer quotes it: with the sentence it continues ("This means…", "Hence, …" — alone it names
   * neither what it is about nor, for a "why", the reason it draws on) and the one continuing it.
   */
  private quotedWhole(reading: Pick<Reading, 'passage'>): string {
    const before = this.continued(reading.passage);
    return before ? `${before.text} ${this.passageText(reading)}` : this.passageText(reading);
  }

  /** The sentence before a passage, when the passage continues it (opens with a word that points back). */
  private continued(passage: Passage): Passage | undefined {
    if (passage.index === 0 || !this.continues(passage)) return undefined;
    return this.reader.sentences(passage.sectionId)[passage.index - 1];
  }

  /** An answer quoting the article's own text from one section, cited, with the sentences it shows. */
  private fromArticle(section: Section, text: string, question: string, language: 'en' | 'es', confidence: number, entryId: string, hits: Hit[] = []): Answer & Extra {
    return {
      ...this.cited(section, text),
      textEs: this.passageEs(section, text),
      question,
      confidence,
      suggestions: this.suggestionsFor(hits, undefined, section.id),
      language,
      entryId,
      shownKeys: this.shownBy(text, section.id),
    };
  }

  /** An answer's text with its source: the section or list item it comes from and a short quote of it. */
  private cited(section: Section, text: string): Pick<Answer, 'answered' | 'text' | 'sources'> {
    return { answered: true, text, sources: [{ id: section.id, title: section.title, quote: quoteFor(section, text, this.analyzer) }] };
  }

  /** Keys of the sentences of a section that an answer's text contains. */
  private shownBy(text: string, sectionId: string): string[] {
    const said = normalizeWords(text).join(' ');
    return this.reader.sentences(sectionId).filter((p) => said.includes(normalizeWords(p.text).join(' '))).map((p) => p.key);
  }

  /** A passage's sentence, with the next one when it continues it ("This includes…"). */
  private passageText(reading: Pick<Reading, 'passage'>): string {
    const next = this.continuation(reading.passage);
    return next ? `${reading.passage.text} ${next.text}` : reading.passage.text;
  }

  /** The sentence after a passage when it continues it ("This includes…", "However…"). */
  private continuation(passage: Passage): Passage | undefined {
    const next = this.reader.sentences(passage.sectionId)[passage.index + 1];
    return next && this.continues(next) ? next : undefined;
  }

  /**
   * The sentence that gives the reason for a hedged claim ("… may not settle the matter." → "Such rivals are often
   * stubborn…"): a sentence hedged (`hedge_phrases`) is followed by what it rests on, unless the
   * next sentence turns against it (opens with a contrast). Added only when the question asks why: a yes/no question
   * gets the hedge, and "why not?" after it gets the reason.
   */
  private reasonAfter(passage: Passage, analysis: Analysis): Passage | undefined {
    const next = this.reader.sentences(passage.sectionId)[passage.index + 1];
    const d = this.knowledge.dialogue;
    // (Not one that turns against it, nor one that says by what means something can be done.)
    const opening = normalizeWords(next?.text ?? '')[0] ?? '';
    if (!next || d.contrast_starters.includes(opening) || d.means_starters.includes(opening)) return undefined;
    // The clause that hedges must be what is asked: "why is it a good start?" asks of the claim before "but it is
    // only one part…", not of the hedge.
    const asked = new Set(analysis.terms.filter((t) => t !== ARTICLE_TERM));
    // (Clauses part at a semicolon, a colon, a comma before a word of contrast, and the comma that closes a clause
    // opened by one ("While X is a start, it is only…") — not at the commas of an aside:
    // "Pruning a hedge, even the tallest shoots, may not tame it" is one claim.)
    this.clauseBreak ??= new RegExp(`[;:]\\s+|,\\s+(?=(?:${d.contrast_starters.map(escapeRegExp).join('|')})\\b)`, 'i');
    const opened = d.contrast_starters.includes(normalizeWords(passage.text)[0] ?? '');
    const [head, ...rest] = opened ? passage.text.split(/,\s+/) : [passage.text];
    const clauses = [head, rest.join(', ')].filter(Boolean).flatMap((c) => c.split(this.clauseBreak!));
    const hedging = clauses.filter((clause) => {
      const said = ` ${normalizeWords(clause).join(' ')} `;
      return d.hedge_phrases.some((h) => said.includes(` ${normalizeWords(h).join(' ')} `));
    });
    return hedging.some((clause) => this.analyzer.analyzeKnown(clause).terms.some((t) => asked.has(t))) ? next : undefined;
  }

  /** Where a sentence parts into clauses for `reasonAfter`: built once from `contrast_starters`. */
  private clauseBreak?: RegExp;

  /** Does the sentence continue the one before it (opens with a word that points back: "This", "However")? */
  private continues(passage: Passage): boolean {
    return this.knowledge.dialogue.continuation_starters.includes(normalizeWords(passage.text)[0] ?? '');
  }

  /**
   * The answer's text: a curated answer, with the sentence of the article that answers what it leaves out ("what does
   * it recommend on X?" → the curated line plus "This includes…"); for a section, the sentences of it that answer the question.
   */
  private composeAnswer(question: string, analysis: Analysis, hits: Hit[], best: Hit, target: Target, weights: number[]): Answer & Extra {
    const sourceId = target.source!;
    const section = this.sections.get(sourceId)!;
    const own = this.reader.readIn([sourceId], analysis, weights, 1)[0];
    let text = target.answer!;
    let textEs = target.answerEs;
    let leadText: string | undefined;
    const retoldKeys: string[] = [];
    if (target.kind === 'section') {
      text = own ? this.withReason(own, analysis, question) : bestSentences(section.text, analysis.terms, this.analyzer);
      leadText = own ? this.passageText(own) : undefined;
      textEs = this.passageEs(section, text);
    }
    else if (target.kind === 'question') {
      const said = new Set(this.analyzer.analyzeKnown(text).terms);
      // The sentence the question reads best in; else (a question in words the article does not use: "and the other
      // side?") the one the curated answer retells.
      const told = (p: Passage) => p.terms.size > 0 && [...p.terms].filter((t) => said.has(t)).length >= RETOLD_SHARE * p.terms.size;
      const base = own?.passage ?? this.reader.sentences(sourceId).find(told);
      // A why-question or a yes/no question of a hedged claim: the sentence the hedge rests on, also after the sentence
      // read ("are X easy to topple?" → "that may not settle it", and the reason: "X are often stubborn…").
      const yesNo = !!yesNoStarter(question, analysis.language, this.knowledge.dialogue);
      const reason = base && !this.continuation(base) && (analysis.cues.has('why') || yesNo) ? this.reasonAfter(base, analysis) : undefined;
      // (Only what the curated answer does not already quote whole.)
      // (A list item's sentence is quoted with its name before it, "Name: …": the sentence is what counts.)
      const textWords = normalizeWords(text).join(' ');
      const says = (t: string) => [t, t.replace(/^[^:.]{1,80}:\s+/, '')].some((x) => textWords.includes(normalizeWords(x).join(' ')));
      const follows = own && this.continuation(own.passage);
      // (A sentence that continues the one before it, "Its roots…", is quoted with that one: alone it names nothing.)
      const before = own && this.continued(own.passage);
      const parts = own ? [...(before ? [before.text] : []), own.passage.text, ...(follows ? [follows.text] : []), ...(reason && own.passage === base ? [reason.text] : [])] : [];
      const fresh = parts.filter((t) => !says(t));
      const extra = (fresh.length ? fresh : parts).join(' ');
      const gained = own ? own.matched.filter((i) => !said.has(analysis.terms[i])).reduce((sum, i) => sum + weights[i], 0) : 0;
      const total = weights.reduce((a, b) => a + b, 0);
      const already = !!own && normalizeWords(text).join(' ').includes(normalizeWords(extra).join(' '));
      // What the curated answer leaves out: the sentence that answers more of the question, or the one that continues
      // the claim it quotes ("This includes…" — the concrete steps after the opening claim).
      const next = base && (this.continuation(base) ?? reason);
      const nextTerms = next ? this.analyzer.analyzeKnown(next.text).terms : [];
      const nextNew = nextTerms.filter((t) => !said.has(t)).length / Math.max(1, nextTerms.length);
      // Asked why, the reason for the claim the curated answer itself makes comes first: "why won't X settle it?" with
      // the curated "X may not settle it" gets what that hedge rests on, not another sentence the question shares words with.
      const claimed = analysis.cues.has('why') ? this.reader.sentences(sourceId).find(told) : undefined;
      const claimReason = claimed && claimed !== base && !this.continuation(claimed) ? this.reasonAfter(claimed, analysis) : undefined;
      const addition = claimReason ? claimReason.text : own && gained / total >= this.weights.composeGain ? extra : next && nextNew >= CONTINUATION_NEW ? next.text : undefined;
      // (A curated answer with bullets that already has every word of the sentence, as written, gains nothing by it.)
      const retold = !!addition && bulletNames(text).length >= 2 && this.saysEveryWord(text, addition);
      // …and counts as shown: a follow-up does not quote it as news.
      if (retold) {
        const follows = own && this.continuation(own.passage);
        retoldKeys.push(...(addition === extra ? [own!.passage.key, ...(follows ? [follows.key] : [])] : next ? [next.key] : []));
      }
      // (Nor one the curated answer already quotes whole: "the article adds" never repeats it.)
      const quoted = !!addition && says(addition);
      if (addition && !already && !retold && !quoted && text.length + addition.length <= MAX_COMPOSED_CHARS) {
        // The yes/no lead is the claim's, not its reason's: a reason that hedges in turn does not hedge the answer.
        if (yesNo && addition === reason?.text) leadText = text;
        const adds = this.knowledge.dialogue.article_adds;
        text = [text, adds.en.replace('{quote}', addition)].join('\n\n');
        textEs = [textEs, adds.es.replace('{quote}', addition)].join('\n\n');
      }
    }
    const cited = this.cited(section, text);
    // A curated answer that also draws on other parts cites them too.
    const also = (target.alsoCites ?? []).flatMap((id) => {
      const other = this.sections.get(id);
      return other ? [{ id: other.id, title: other.title, quote: quoteFor(other, text, this.analyzer) }] : [];
    });
    return {
      ...cited,
      sources: [...cited.sources, ...also],
      textEs,
      question: question,
      confidence: round(Math.min(1, best.score)),
      suggestions: this.suggestionsFor(hits, target, sourceId),
      language: analysis.language,
      entryId: target.id,
      shownKeys: [...this.shownBy(text, sourceId), ...retoldKeys],
      leadText,
    };
  }

  /** Whether `text` has every content word of `other` (by stem, as written: no synonyms). */
  private saysEveryWord(text: string, other: string): boolean {
    const stems = (t: string) => normalizeWords(t).filter((w) => !this.analyzer.isStopWord(w)).map((w) => this.analyzer.stem(w));
    const said = new Set(stems(text));
    return stems(other).every((w) => said.has(w));
  }

  /**
   * Near-ties between entries of different sections are settled by the sections' own text: a question matching an
   * entry of one section and an entry of another about as well goes to the section whose own sentences match it
   * better.
   */
  private rerank(hits: Hit[], terms: string[] = [], cues?: ReadonlySet<Cue>, words: string[] = []): Hit[] {
    const sectionScore = new Map<string, number>();
    for (const h of hits) if (h.doc.kind === 'section') sectionScore.set(this.targets.get(h.doc.key)!.source!, h.score);
    // (Only for a question asking with a word of its own: "and the other side of it?" asks of the kind before.)
    const asking = words.some((w) => this.knowledge.dialogue.open_question_words.includes(w));
    const adjusted = hits.map((h) => {
      const target = this.targets.get(h.doc.key)!;
      const source = target.source ?? '';
      // "how might X help?" is no question of who: an entry asked nearly always as one is a weaker match for it.
      const kind = cues && asking && target.kind === 'question' ? this.entryKind(target) : undefined;
      const other = kind && !this.knowledge.dialogue.entry_kinds[kind].some((c) => cues!.has(c)) ? this.weights.otherKind : 0;
      return { h, s: h.score + this.weights.sectionTiebreak * (sectionScore.get(source) ?? 0) + this.weights.titleNamed * this.titleNamed(source, terms) - other };
    });
    adjusted.sort((a, b) => b.s - a.s);
    return adjusted.map((a) => a.h).slice(0, 12);
  }

  /**
   * How everyday the English words of a question are: each term of each word, with the count of that word's most
   * everyday form; the terms of names (a word capitalised inside a sentence, "the Nationals game", written in
   * capitals, "FIFA", or mostly written capitalised, "africa"); and the terms of rare words of English
   * ("officialdom"). Undefined for a Spanish question: the counts are of English.
   */
  private surfaceWords(input: string, analysis: Analysis): SurfaceWords | undefined {
    if (analysis.language !== 'en') return undefined;
    const fixed = new Map(analysis.corrections);
    const written = [...input.matchAll(/(?<=[\p{L}\p{N},;'"’)]\s+)\p{Lu}\p{Ll}+|\b\p{Lu}{2,}\b/gu)].map((m) => m[0].toLowerCase());
    const capitalised = new Set(written);
    const counts = new Map<string, number>();
    const names = new Set<string>();
    const rare = new Set<string>();
    for (const typed of normalizeWords(input)) {
      const w = fixed.get(typed) ?? typed;
      if (this.analyzer.isStopWord(w)) continue;
      const terms = this.analyzer.analyze(w).terms;
      const name = capitalised.has(typed) || isNameWord(w);
      for (const t of terms) {
        if (name) names.add(t);
        // (A word the subtitles do not have at all may be a name or a misspelling, "gaza", "resturant": not rare.)
        if (isListedWord(w) && !isEverydayWord(w)) rare.add(t);
      }
      const count = name ? Infinity : everydayCountOfForms(w);
      for (const t of terms) counts.set(t, Math.max(counts.get(t) ?? 0, count));
    }
    return { counts, names, rare };
  }

  /** Whether a term is a word of the topic: rare in everyday English as the question says it and as the article does. */
  private topicWord(term: string, surface: Map<string, number>): boolean {
    const limit = this.weights.topicWordCount;
    // (A term no single word gave came from a phrase, "palm greasing": the article's forms of it decide.)
    return (surface.get(term) ?? 0) < limit && (this.commonness.get(term) ?? Infinity) < limit;
  }

  /**
   * Enough evidence to answer: a good score, and either most of the question covered or — for a chatty question
   * wrapped around a known one — a stored phrasing almost wholly contained in it with real weight behind it.
   */
  private confident(hit: Hit, target: Target, result: SearchResult, surface?: () => SurfaceWords | undefined): boolean {
    if (hit.score < this.minScore) return false;
    // One lucky word is not a match when the question says more than one thing.
    const distinctive = (w: number) => w >= DISTINCTIVE_WEIGHT * this.index.scale;
    if (hit.terms.length < 2 && hit.coverage < 0.8 && result.weights.filter(distinctive).length >= 2) {
      // (Rare words the knowledge never uses do not count when the one word matched is a word of the topic: they are
      // the asker's own, "officialdom", not a second thing asked — unless they name something: "comets over Africa",
      // or are everyday words: "comets in soccer".)
      const words = surface?.();
      const topical = !!words && hit.terms.every((i) => this.topicWord(result.terms[i], words.counts));
      const aside = (i: number) => topical && result.unknown[i] && words!.rare.has(result.terms[i]) && !words!.names.has(result.terms[i]);
      if (result.weights.filter((w, i) => distinctive(w) && !aside(i)).length >= 2) return false;
    }
    // One word alone ("how do I fix it?") is a question only if some stored question is about little else.
    if (result.weights.length === 1 && hit.phraseCoverage < this.weights.singleWordPhraseCoverage) return false;
    if (hit.coverage >= this.minCoverage) return true;
    if (hit.phraseCoverage >= 0.9 && hit.matched >= this.weights.strongMatchWeight * this.index.scale) return true;
    // Several entries of the same section may each cover part of the question: together they vouch for the section.
    return this.sourceCoverage(target.source, result) >= this.minCoverage + 0.1;
  }

  /** Share of the question's weight covered by all the top hits that cite one source section. */
  private sourceCoverage(source: string | undefined, result: SearchResult): number {
    if (!source) return 0;
    const seen = new Set<number>();
    for (const h of result.hits) {
      const t = this.targets.get(h.doc.key)!;
      if (t.kind !== 'not-covered' && t.source === source && h.score >= this.minScore * 0.8) h.terms.forEach((i) => seen.add(i));
    }
    let covered = 0;
    for (const i of seen) covered += result.weights[i];
    return covered / result.total;
  }

  /**
   * Questions the bot answers that match what someone is typing (for autocomplete): fuse.js over the phrasings for
   * partial words, then the engine's own ranking (typo-corrected, synonyms, Spanish) for whole-question matches.
   */
  suggest(partial: string, limit = 25): string[] {
    const text = partial.trim().slice(0, 200);
    if (!text) return this.knowledge.questions.slice(0, limit).map((q) => q.phrasings[0]);
    if (!this.autocomplete) {
      const items = this.knowledge.questions.flatMap((q) => q.phrasings.map((p) => ({ text: p, id: q.id })));
      this.autocomplete = new Fuse(items, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.4, ignoreDiacritics: true });
    }
    const ids: string[] = [];
    const add = (id: string) => ids.length < limit && !ids.includes(id) && ids.push(id);
    const ranked = this.index
      .search(this.analyzer.analyze(text), limit)
      .hits.map((h) => ({ score: h.score, t: this.targets.get(h.doc.key)! }))
      .filter(({ t }) => t.kind === 'question');
    // A question the engine would answer goes first; then what fuse.js finds for the words typed so far.
    for (const { score, t } of ranked) if (score >= this.minScore) add(t.id);
    for (const { item } of this.autocomplete.search(text, { limit: limit * 4 })) add(item.id);
    for (const { score, t } of ranked) if (score >= this.minScore * 0.8) add(t.id);
    return ids.map((id) => this.knowledge.questions.find((q) => q.id === id)!.phrasings[0]);
  }

  /**
   * Answers a question as `answer` does (no conversation) and says how: the analysis, the top candidates with their
   * scores, the best article sentence, the thresholds and the step that decided. For the dashboard's "Try a question".
   */
  explain(rawQuestion: string, limit = 5): Explanation {
    const answer = this.answer(rawQuestion);
    const analysis = this.analyzer.analyze(String(rawQuestion ?? '').slice(0, MAX_QUESTION_CHARS * 10));
    const result = analysis.terms.length ? this.index.search(analysis, 24) : { hits: [], weights: [], total: 0 };
    const reading = analysis.terms.length ? this.reader.read(analysis, result.weights)[0] : undefined;
    // Sections were added last: reversed, an entry whose id a section shares keeps its own kind.
    const kinds = new Map([...this.targets.values()].reverse().map((t) => [t.id, t.kind] as const));
    const w = this.weights;
    return {
      answer,
      analysis: {
        language: analysis.language,
        terms: analysis.terms.map((term, i) => ({ term, weight: round(result.weights[i] ?? 0) })),
        cues: [...analysis.cues],
        corrections: analysis.corrections,
      },
      candidates: this.rerank(result.hits)
        .slice(0, limit)
        .map((h) => {
          const t = this.targets.get(h.doc.key)!;
          const label = t.question ?? (t.kind === 'not-covered' ? h.doc.phrasings[0] : this.sections.get(t.id)?.title);
          return { kind: t.kind, id: t.id, source: t.source, label, score: round(h.score), coverage: round(h.coverage), phraseCoverage: round(h.phraseCoverage) };
        }),
      reading: reading && {
        key: reading.passage.key,
        sectionId: reading.passage.sectionId,
        text: reading.passage.text,
        coverage: round(reading.coverage),
        ownCoverage: round(reading.ownCoverage),
      },
      thresholds: { minScore: w.minScore, minCoverage: w.minCoverage, readMinCoverage: w.readMinCoverage, readMinOwn: w.readMinOwn, gapMinCoverage: w.gapMinCoverage },
      path: decisionPath(answer, analysis.terms.length, (id) => kinds.get(id)),
    };
  }

  /**
   * What the knowledge holds closest to a question, without answering it (the editors' gaps report): the question's
   * analysed terms, whether it is only small talk or about the bot, and the best documents with their scores.
   */
  nearest(rawQuestion: string, limit = 5): NearestMatch {
    const message = String(rawQuestion ?? '').slice(0, MAX_QUESTION_CHARS);
    const words = normalizeWords(message);
    const chat = !!smallTalk(words, this.talk) || this.talk.aboutMe.test(words.join(' '));
    const analysis = this.analyzer.analyze(this.paraphrase(this.plainly(splitRunTogether(message, this.isWord, this.isPart, this.splitOptions))));
    const terms = analysis.terms.filter((t) => t !== ARTICLE_TERM);
    const content = words.filter((w) => !this.analyzer.isStopWord(w));
    if (!terms.length) return { terms, words: content, chat, hits: [] };
    const hits = this.rerank(this.index.search(analysis, 24).hits).slice(0, limit).map((h) => {
      const t = this.targets.get(h.doc.key)!;
      return { kind: t.kind, id: t.id, source: t.source, score: round(h.score), coverage: round(h.coverage) };
    });
    return { terms, words: content, chat, hits };
  }

  /** A few good first questions, one per main section. */
  starterQuestions(): string[] {
    const out: string[] = [];
    for (const s of this.knowledge.sections) {
      if (s.parent) continue;
      const q = this.bySource.get(s.id)?.[0];
      if (q) out.push(q.phrasings[0]);
      if (out.length >= MAX_SUGGESTIONS) break;
    }
    return out;
  }

  private suggestionsFor(hits: Hit[], chosen: Target | undefined, sourceId: string | undefined): string[] {
    const out: string[] = [];
    const push = (q: string | undefined) => {
      if (q && out.length < MAX_SUGGESTIONS && !out.includes(q) && q !== chosen?.question) out.push(q);
    };
    // After an answer, only near-alternatives come before the answer's own section family ("related" means related);
    // after a decline, whatever came close is the best guess at what was meant.
    const floor = chosen ? Math.max(this.minScore * 0.8, (hits[0]?.score ?? 0) * 0.85) : this.minScore * 0.6;
    for (const h of hits) {
      const t = this.targets.get(h.doc.key)!;
      if (t === chosen || h.score < floor) continue;
      if (t.kind === 'question') push(t.question);
    }
    if (sourceId) {
      const section = this.sections.get(sourceId);
      const family = [sourceId, ...(section?.parent ? [section.parent] : []), ...this.knowledge.sections.filter((s) => s.parent === sourceId).map((s) => s.id)];
      for (const id of family) for (const q of this.bySource.get(id) ?? []) if (q.id !== chosen?.id) push(q.phrasings[0]);
    }
    for (const q of this.starterQuestions()) push(q);
    return out;
  }
}

/** Small talk and questions about the bot, compiled from knowledge/language/replies.yaml. */
interface SmallTalkRules {
  words: Set<string>;
  acknowledgements: RegExp;
  signOffs: RegExp;
  signOffsEs: RegExp;
  aboutMe: RegExp;
}

function compileSmallTalk(replies: Replies): SmallTalkRules {
  const any = (patterns: string[]) => new RegExp(patterns.length ? `\\b(?:${patterns.join('|')})\\b` : '(?!)', 'g');
  const words = (list: string[]) => list.map(escapeRegExp).join('|');
  const a = replies.about_me;
  const aboutMe = new RegExp(`^(?:(?:${words(a.openers)}) )*(?:${a.phrases.join('|')})(?: (?:${words(a.closers)}))*$`);
  const t = replies.small_talk;
  return { words: new Set(t.words), acknowledgements: any(t.acknowledgements), signOffs: any(t.sign_offs), signOffsEs: any(t.sign_offs_es), aboutMe };
}

/** The words of a message that is only small talk ("thanks, that's all for now", "got it", "hola"), else undefined. */
function smallTalk(words: string[], rules: SmallTalkRules): string[] | undefined {
  if (!words.length || words.length > 12) return undefined;
  const said = words.join(' ').replace(rules.acknowledgements, ' ack ').replace(rules.signOffs, ' bye ').replace(rules.signOffsEs, ' adios ');
  const small = said.split(' ').filter(Boolean);
  return small.length <= 6 && small.every((w) => rules.words.has(w)) ? small : undefined;
}

/** Does `a` quote every part of `b` (its sentences and the parts a dash or colon sets apart), word for word? */
function quotesAll(a: string, b: string): boolean {
  const said = ` ${normalizeWords(a).join(' ')} `;
  const parts = b.split(/(?<=[.!?])\s+|\s+[—–]\s+|:\s+/).map((p) => normalizeWords(p).join(' ')).filter(Boolean);
  return a.length > b.length && parts.length > 0 && parts.every((p) => said.includes(` ${p} `));
}

/** Two answers as one: both texts, both sources (once each), the conversation on where the second left it. */
function joinAnswers(question: string, first: Answer, second: Answer, followUp: boolean): Answer {
  const sources = [...first.sources, ...second.sources.filter((s) => !first.sources.some((f) => f.id === s.id))];
  const english = first.english !== undefined || second.english !== undefined ? `${first.english ?? first.text}\n\n${second.english ?? second.text}` : undefined;
  const shown = [...new Set([...(first.state?.shown ?? []), ...(second.state?.shown ?? [])])];
  return {
    ...second,
    question,
    text: `${first.text}\n\n${second.text}`,
    ...(english !== undefined ? { english } : {}),
    sources,
    confidence: Math.min(first.confidence, second.confidence),
    language: first.language,
    followUp,
    state: second.state && { ...second.state, shown },
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** The sentences of a message that ask something (end in "?"), when the message also has other sentences. */
export function questionSentences(message: string): string | undefined {
  const sentences = message
    .slice(0, MAX_QUESTION_CHARS)
    .split(/(?<=[.!?…:])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (sentences.length < 2) return undefined;
  const asked = sentences.filter((s) => s.endsWith('?') || s.startsWith('¿'));
  return asked.length && asked.length < sentences.length ? asked.join(' ') : undefined;
}

/**
 * The first of two questions asked in one breath: "two things: what's the deal with X, and does it mention
 * Y?" → "what's the deal with X". One clear answer beats a decline for mixing topics.
 */
export function firstQuestion(message: string): string | undefined {
  const clauses = message
    .slice(0, MAX_QUESTION_CHARS)
    .split(/[,;]?\s+(?:and also|and|also|plus|oh and)\s+(?=(?:what|whats|what's|does|do|did|is|are|was|were|how|why|who|which|can|could|where|when|any)\b)|;\s+/i)
    .map((c) => c.trim())
    .filter((c) => c.length > 2);
  return clauses.length >= 2 ? clauses[0] : undefined;
}

/**
 * The question a message reports rather than asks: "my editor wants to know whether X comes up", "I was asked if…",
 * "a patron asks what the article says about…", "un usuario pregunta cuántas…" → the question itself, from its
 * "if"/"whether" on or from its question word (`reported_question_verbs`, `embedded_question_words`).
 */
export function reportedQuestion(message: string, d: Pick<Dialogue, 'reported_question_verbs' | 'embedded_question_words'>): string | undefined {
  const verbs = d.reported_question_verbs.map((v) => normalizeWords(v).join(' ')).filter(Boolean).join('|');
  if (!verbs) return undefined;
  const words = d.embedded_question_words.join('|');
  // Sentence by sentence, in plain words (accents folded: "cuántas" is "cuantas").
  for (const sentence of message.slice(0, MAX_QUESTION_CHARS).split(/(?<=[.!?])\s+/)) {
    const plain = normalizeWords(sentence).join(' ');
    const m = new RegExp(`\\b(?:${verbs}) (?:me |us |nos )?(?:if |si )?((?:${words}) .{3,})`).exec(plain) ?? new RegExp(`\\b(?:${verbs}) (?:me |us |nos )?(?:if|si) (.{3,})`).exec(plain);
    if (m) return m[1];
  }
  return undefined;
}

/** Splits article text into sentences (the article's own punctuation; no abbreviations to worry about). */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"“])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function overlap(a: string[], b: Set<string>): number {
  return a.reduce((n, t) => n + (b.has(t) ? 1 : 0), 0);
}

/** The one or two sentences of a section that best match the question: quoting the article never invents a fact. */
function bestSentences(text: string, terms: string[], analyzer: Analyzer): string {
  const wanted = new Set(terms);
  const ranked = splitSentences(text)
    .map((s, i) => ({ s, i, n: overlap(analyzer.analyzeKnown(s).terms, wanted) }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, 2)
    .sort((a, b) => a.i - b.i);
  return ranked.map((r) => r.s).join(' ');
}

/** The sentence of the section closest to the answer, cut to a short quote. */
function quoteFor(section: Section, answer: string, analyzer: Analyzer): string {
  const wanted = new Set(analyzer.analyzeKnown(answer).terms);
  const sentences = splitSentences(section.text);
  let best = sentences[0] ?? section.text;
  let bestN = -1;
  for (const s of sentences) {
    const n = overlap(analyzer.analyzeKnown(s).terms, wanted);
    if (n > bestN) [best, bestN] = [s, n];
  }
  if (best.length <= MAX_QUOTE_CHARS) return best;
  const cut = best.slice(0, MAX_QUOTE_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
