// The answer engine: question in, sourced answer or polite decline out. Answers come only from the knowledge.
import Fuse from 'fuse.js';
import type { Knowledge, QuestionEntry, Section } from '../knowledge/types';
import type { ConversationState } from './conversation';
import { Analyzer, ARTICLE_TERM, MAX_QUESTION_CHARS, normalizeWords } from './analyzer';
import { isEverydayWord } from './everyday-words';
import { type Hit, type IndexDoc, SearchIndex, type SearchResult } from './search-index';

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
  /** Below this score the bot declines. Tuned on the tune split of the evaluation set. */
  minScore?: number;
  /** Below this share of the question's weight covered, the bot declines. */
  minCoverage?: number;
}

export const DEFAULT_MIN_SCORE = 0.55;
export const DEFAULT_MIN_COVERAGE = 0.5;
const MAX_SUGGESTIONS = 3;
/** A one-word question must cover this much of some phrasing: "fentanyl" does, "fix" (address) does not. */
const SINGLE_WORD_PHRASE_COVERAGE = 0.5;
/** Matched weight (sum of IDF) that counts as strong evidence: about three distinctive words. */
const STRONG_MATCH_WEIGHT = 4.5;
const MAX_QUOTE_CHARS = 180;
/** How much a hit's own section text adds to it when entries of different sections nearly tie. */
const SECTION_TIEBREAK = 0.05;
/** Words that point back at the previous question: "why does it matter?", "who shares that?". */
const BACK_REFERENCES = new Set('it its that this they them their those these'.split(' '));
/** A follow-up is short: "why not?", "and who shares it?". */
const FOLLOW_UP_MAX_WORDS = 10;
/** How sure a reading with the previous question must be to replace one that stands on its own ("why does it matter?"). */
const FOLLOW_UP_CONFIDENCE = 0.75;
/** Weight of words the knowledge never uses in a message whose question sentence leaves the topic to its context. */
const CONTEXT_CHAT_WEIGHT = 0.3;

const DECLINE = {
  en: "Sorry — I can't answer that from the article I know. I cover Mexico's expulsion of 26 alleged cartel members and US–Mexico security cooperation.",
  es: 'Lo siento: no puedo responder eso con el artículo que conozco. Trato la expulsión de 26 presuntos miembros de cárteles por México y la cooperación de seguridad entre EE. UU. y México.',
};
const GREETING_WORDS = new Set(
  'hi hello hey hiya yo howdy morning good afternoon evening thanks thank you thx ty cheers great cool perfect awesome nice excellent helpful ack ok okay bye goodbye hola buenos buenas dias tardes noches gracias muchas adios saludos oye'.split(' '),
);
const SPANISH_GREETINGS = new Set('hola buenos buenas dias tardes noches gracias muchas adios saludos oye'.split(' '));
const THANKS = /\b(thanks|thank|thx|ty|cheers|gracias)\b/;
/** "nice", "perfect, that's what I needed": an answer landed. */
const ACKNOWLEDGED = /\b(great|cool|perfect|awesome|nice|excellent|helpful|ack)\b/;
/** An answer landed, in so many words: "that's what I needed", "got it" (read on normalised words: "that's" → "that"). */
const ACK_PHRASE = /\b(?:thats?|that is) (?:all|it|what) (?:i|we) (?:need|needed|wanted)\b|\bgot it\b|\bmakes sense\b|\bgood to know\b/g;
/** How people close a chat: "that's all for now", "see you later" — small talk, whatever their words. */
const SIGN_OFF = /\b(?:thats?|that is) (?:all|it)(?: for (?:now|today))?\b|\ball for now\b|\bthat will be all\b|\bnothing else\b|\bsee (?:you|ya)(?: later)?\b|\btalk later\b/g;
const SIGN_OFF_ES = /\b(?:eso es todo|es todo|nada mas|hasta luego|hasta pronto|nos vemos)\b/g;
const GREETING = {
  en: "Hi! I answer questions about Mexico's expulsion of 26 alleged cartel members and US–Mexico security cooperation — ask me anything about it.",
  es: '¡Hola! Respondo preguntas sobre la expulsión de 26 presuntos miembros de cárteles y la cooperación de seguridad entre EE. UU. y México.',
};
/** Questions about the bot itself: "what can you do?", "are you a bot?", "¿qué sabes?". */
const ABOUT_ME = /^(?:(?:hey|hi|hello|ok|so|oye|hola) )*(?:help|ayuda|what (?:can|do) you (?:do|answer|know|cover|tell me(?: about)?)|what (?:are|is) you|who are you|who (?:made|built|created) you|are you (?:a )?(?:bot|human|ai|robot|real)|how do you work|what is this bot|what kind of questions|que (?:puedes|sabes)(?: (?:hacer|responder|contestar))?|que sabes|quien eres|que eres|eres (?:un )?(?:bot|robot|humano))(?: (?:here|exactly|anyway|for me|for us|then|again|bot|borderbrief|aqui|exactamente))*$/;
const ABOUT = {
  en: "I'm BorderBrief, a bot that answers questions about one news analysis: Mexico's expulsion of 26 alleged cartel members and US–Mexico security cooperation. Every answer cites the section it comes from; what the article doesn't say, I say so. Try one of these, or ask for the topics.",
  es: 'Soy BorderBrief, un bot que responde preguntas sobre un análisis periodístico: la expulsión de 26 presuntos miembros de cárteles por México y la cooperación de seguridad entre EE. UU. y México. Cada respuesta cita la sección de la que sale; si el artículo no lo dice, te lo digo. Prueba una de estas o pide los temas.',
};
const GOODBYE = { en: 'Talk soon! Ask me about the article any time.', es: '¡Hasta pronto! Pregúntame sobre el artículo cuando quieras.' };
const YOU_ARE_WELCOME = { en: "You're welcome! Ask me anything else about the article.", es: '¡De nada! Pregúntame lo que quieras sobre el artículo.' };
const GLAD = { en: 'Glad that helped! Ask me anything else about the article.', es: '¡Qué bueno que sirvió! Pregúntame lo que quieras sobre el artículo.' };
const EMPTY = {
  en: 'Ask me a question about Mexico\'s expulsion of 26 alleged cartel members and US–Mexico security cooperation — for example, "How many people did Mexico expel?"',
  es: 'Hazme una pregunta sobre la expulsión de 26 presuntos miembros de cárteles y la cooperación de seguridad entre EE. UU. y México — por ejemplo, "¿Cuántos fueron expulsados?"',
};

interface Target {
  kind: IndexDoc['kind'];
  id: string;
  source?: string;
  answer?: string;
  question?: string;
}

/** Answers questions from one knowledge base. Build once; `answer` is synchronous and fast. */
export class AnswerEngine {
  private readonly analyzer: Analyzer;
  private readonly index: SearchIndex;
  private readonly sections = new Map<string, Section>();
  private readonly targets = new Map<string, Target>();
  private readonly bySource = new Map<string, QuestionEntry[]>();
  private readonly minScore: number;
  private readonly minCoverage: number;
  private autocomplete?: Fuse<{ text: string; id: string }>;

  constructor(
    readonly knowledge: Knowledge,
    options: EngineOptions = {},
  ) {
    this.minScore = options.minScore ?? DEFAULT_MIN_SCORE;
    this.minCoverage = options.minCoverage ?? DEFAULT_MIN_COVERAGE;
    this.analyzer = new Analyzer({
      synonyms: knowledge.synonyms,
      spanish: knowledge.spanish,
      language: knowledge.language,
      isEverydayWord,
      englishText: [
        ...knowledge.sections.map((s) => `${s.title} ${s.text}`),
        ...knowledge.questions.map((q) => q.answer),
        ...knowledge.glossary.map((g) => `${g.term} ${g.aliases.join(' ')} ${g.definition}`),
        ...knowledge.synonyms.map((g) => g.join(' ')),
      ],
    });
    for (const w of Object.keys(knowledge.spanish)) this.analyzer.learn(w);
    // Read the everyday-word list now, not during the first question with a typo.
    isEverydayWord('');
    this.index = new SearchIndex(this.analyzer);
    for (const q of knowledge.questions) {
      this.addTarget({ key: `q:${q.id}`, kind: 'question', phrasings: q.phrasings, body: q.answer }, { kind: 'question', id: q.id, source: q.source, answer: q.answer, question: q.phrasings[0] });
      const list = this.bySource.get(q.source) ?? [];
      list.push(q);
      this.bySource.set(q.source, list);
    }
    for (const t of knowledge.notCovered) {
      this.addTarget({ key: `n:${t.id}`, kind: 'not-covered', phrasings: t.phrasings }, { kind: 'not-covered', id: t.id, source: t.related, answer: t.reply });
    }
    for (const g of knowledge.glossary) {
      const names = [g.term, ...g.aliases];
      this.addTarget(
        { key: `g:${g.term}`, kind: 'glossary', phrasings: [...names, ...g.es, ...names.map((n) => `what is ${n}`)], body: g.definition },
        { kind: 'glossary', id: g.term, source: g.source, answer: `**${g.term}** — ${g.definition}`, question: `What is ${g.term}?` },
      );
    }
    this.addSections(knowledge.sections);
  }

  /** Adds article sections (or, in benchmarks, synthetic passages) as answerable passages. */
  addSections(sections: Section[]): void {
    for (const s of sections) {
      this.sections.set(s.id, s);
      this.addTarget({ key: `s:${s.id}`, kind: 'section', phrasings: [s.title, ...splitSentences(s.text)] }, { kind: 'section', id: s.id, source: s.id });
    }
    this.autocomplete = undefined;
  }

  private addTarget(doc: IndexDoc, target: Target): void {
    this.targets.set(doc.key, target);
    this.index.add(doc);
  }

  section(id: string): Section | undefined {
    return this.sections.get(id);
  }

  /** Answers one question. Never throws for any input; time is bounded by the question length cap. */
  answer(rawQuestion: string, context: AnswerContext = {}): Answer {
    const answer = this.answerInContext(rawQuestion, context);
    if (!answer.answered) return answer;
    const asked = String(rawQuestion).slice(0, 500);
    const question = answer.followUp && context.state ? `${context.state.question} ${asked}`.slice(-500) : asked;
    const sectionId = answer.sources[0]?.id;
    const shown = [...(answer.followUp ? (context.state?.shown ?? []) : []), ...(sectionId ? [sectionId] : [])];
    return { ...answer, state: { question, sectionId, lastText: answer.text, shown } };
  }

  private answerInContext(rawQuestion: string, context: AnswerContext): Answer {
    const answer = this.answerOne(rawQuestion);
    const previous = (context.state?.question ?? context.previousQuestion)?.trim();
    if (answer.entryId && !answer.answered) return answer;
    if (!previous) return answer;
    const words = normalizeWords(String(rawQuestion));
    if (!this.isFollowUp(String(rawQuestion), words)) return answer;
    // "why not?" right after "Is expelling them enough?", or "why does it matter?" after "what about corruption?": a
    // short message that names nothing the knowledge doesn't know, and says "it"/"that", leans on the question before.
    if (answer.answered && !(words.some((w) => BACK_REFERENCES.has(w)) && !words.some((w) => this.analyzer.isArticleWord(w)))) return answer;
    // The previous question is cut to leave room for this one inside the analysed length.
    const followed = this.answerOne(`${previous.slice(-Math.max(0, MAX_QUESTION_CHARS - String(rawQuestion).length - 1))} ${rawQuestion}`);
    if (!followed.answered || (answer.answered && followed.confidence < FOLLOW_UP_CONFIDENCE)) return answer;
    return { ...followed, question: String(rawQuestion).slice(0, MAX_QUESTION_CHARS * 10), followUp: true };
  }

  /** A short message with no topic of its own the knowledge doesn't know — and not small talk. */
  private isFollowUp(message: string, words: string[]): boolean {
    if (!words.length || words.length > FOLLOW_UP_MAX_WORDS || smallTalk(words) || ABOUT_ME.test(words.join(' '))) return false;
    return this.analyzer.analyze(message).terms.every((t) => this.index.knows(t));
  }

  private answerOne(rawQuestion: string): Answer {
    const question = String(rawQuestion ?? '').slice(0, MAX_QUESTION_CHARS * 10);
    const whole = this.analyzer.analyze(question);
    const full = this.answerText(question, question, whole);
    if (full.answered && full.confidence >= 0.9) return full;
    // "I'm writing a school report. How many were kicked out?" — the context sentence only dilutes the question:
    // when the message has a question sentence and other sentences, the question sentence alone may be answered better.
    // "The desk wants to know if fentanyl comes up. Does it?" — so may a question reported inside a sentence.
    let best = full;
    let contextTried = false;
    for (const part of [questionSentences(question), reportedQuestion(question), firstQuestion(question)]) {
      if (!part) continue;
      const analysis = this.analyzer.analyze(part);
      let candidate: Answer;
      if (analysis.terms.some((t) => t !== ARTICLE_TERM)) candidate = this.answerText(part, question, analysis);
      else if (!contextTried) {
        // "…a segment on power vacuums. What does the piece say?" — a part that names no topic of its own leaves the
        // topic to the whole message; "My uncle said Mexico kicked out a bunch of cartel guys. How many was it?" — but
        // so is chat the knowledge never uses ("uncle", "bunch"): the whole message, with that chat weighing less.
        contextTried = true;
        const shares = whole.terms.map((t, i) => (this.index.knows(t) ? whole.shares[i] : whole.shares[i] * CONTEXT_CHAT_WEIGHT));
        candidate = this.answerText(question, question, { ...whole, shares });
      } else continue;
      if (candidate.answered && (!best.answered || candidate.confidence > best.confidence)) best = candidate;
    }
    return best;
  }

  /** Answers `input` (the whole message or its question sentences); `question` is what the answer reports. */
  private answerText(input: string, question: string, analysis = this.analyzer.analyze(input)): Answer {
    const language = analysis.language;
    const words = normalizeWords(input);
    const small = smallTalk(words);
    if (small) {
      // Small talk gets a friendly word back, not a "can't answer".
      const lang = small.some((w) => SPANISH_GREETINGS.has(w)) || language === 'es' ? 'es' : language;
      const said = small.join(' ');
      const text = THANKS.test(said) ? YOU_ARE_WELCOME[lang] : /\b(bye|goodbye|adios)\b/.test(said) ? GOODBYE[lang] : ACKNOWLEDGED.test(said) ? GLAD[lang] : GREETING[lang];
      return { question, answered: false, text, sources: [], confidence: 0, suggestions: this.starterQuestions(), language: lang };
    }
    if (ABOUT_ME.test(words.join(' '))) {
      return { question, answered: false, text: ABOUT[language], sources: [], confidence: 0, suggestions: this.starterQuestions(), language };
    }
    if (!analysis.terms.length) {
      const meaningful = words.length > 0;
      return {
        question,
        answered: false,
        text: meaningful ? DECLINE[language] : EMPTY[language],
        sources: [],
        confidence: 0,
        suggestions: this.starterQuestions(),
        language,
      };
    }
    const result = this.index.search(analysis, 24);
    const hits = this.rerank(result.hits);
    const best = hits[0];
    const target = best && this.targets.get(best.doc.key)!;
    if (!best || !target || !this.confident(best, target, result) || target.kind === 'not-covered') {
      const notCovered = target?.kind === 'not-covered' && best.score >= this.minScore * 0.8 ? target : undefined;
      return {
        question,
        answered: false,
        text: notCovered ? notCovered.answer! : DECLINE[language],
        sources: [],
        confidence: round(best?.score ?? 0),
        suggestions: this.suggestionsFor(hits, undefined, notCovered?.source),
        language,
        entryId: notCovered?.id,
      };
    }
    const sourceId = target.source!;
    const section = this.sections.get(sourceId)!;
    const text = target.kind === 'section' ? bestSentences(section.text, analysis.terms, this.analyzer) : target.answer!;
    return {
      question,
      answered: true,
      text,
      sources: [{ id: section.id, title: section.title, quote: quoteFor(section, text, this.analyzer) }],
      confidence: round(Math.min(1, best.score)),
      suggestions: this.suggestionsFor(hits, target, sourceId),
      language,
      entryId: target.id,
    };
  }

  /**
   * Near-ties between entries of different sections are settled by the sections' own text: "could the deportees
   * turn informant?" matches an entry on how they were identified and one on the intelligence they may give, and the
   * second section's sentence is the closer one.
   */
  private rerank(hits: Hit[]): Hit[] {
    const sectionScore = new Map<string, number>();
    for (const h of hits) if (h.doc.kind === 'section') sectionScore.set(this.targets.get(h.doc.key)!.source!, h.score);
    const adjusted = hits.map((h) => ({ h, s: h.score + SECTION_TIEBREAK * (sectionScore.get(this.targets.get(h.doc.key)!.source ?? '') ?? 0) }));
    adjusted.sort((a, b) => b.s - a.s);
    return adjusted.map((a) => a.h).slice(0, 12);
  }

  /**
   * Enough evidence to answer: a good score, and either most of the question covered or — for a chatty question
   * wrapped around a known one — a stored phrasing almost wholly contained in it with real weight behind it.
   */
  private confident(hit: Hit, target: Target, result: SearchResult): boolean {
    if (hit.score < this.minScore) return false;
    // One lucky word is not a match when the question says more than one thing.
    const content = result.weights.filter((w) => w >= 2).length;
    if (content >= 2 && hit.terms.length < 2 && hit.coverage < 0.8) return false;
    // One word alone ("how do I fix it?") is a question only if some stored question is about little else.
    if (result.weights.length === 1 && hit.phraseCoverage < SINGLE_WORD_PHRASE_COVERAGE) return false;
    if (hit.coverage >= this.minCoverage) return true;
    if (hit.phraseCoverage >= 0.9 && hit.matched >= STRONG_MATCH_WEIGHT) return true;
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

/** The words of a message that is only small talk ("thanks, that's all for now", "got it", "hola"), else undefined. */
function smallTalk(words: string[]): string[] | undefined {
  if (!words.length || words.length > 12) return undefined;
  const small = words.join(' ').replace(ACK_PHRASE, ' ack ').replace(SIGN_OFF, ' bye ').replace(SIGN_OFF_ES, ' adios ').split(' ').filter(Boolean);
  return small.length <= 6 && small.every((w) => GREETING_WORDS.has(w)) ? small : undefined;
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
 * The first of two questions asked in one breath: "two things: what's the deal with corruption, and does it mention
 * fentanyl?" → "what's the deal with corruption". One clear answer beats a decline for mixing topics.
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
 * The question a message reports rather than asks: "my editor wants to know whether fentanyl comes up", "I was asked
 * if the US helped" → the clause after "know/ask/wonder … if/whether".
 */
export function reportedQuestion(message: string): string | undefined {
  const m = /\b(?:know|knows|ask|asks|asked|asking|wonder|wonders|wondering|curious|check|checking|find out|see|saber|pregunta|preguntan|pregunt[oó]|preguntando)\s+(?:me\s+|us\s+)?(?:if|whether|si)\s+(.{3,})/i.exec(
    message.slice(0, MAX_QUESTION_CHARS),
  );
  return m ? m[1].split(/(?<=[.!?])\s/)[0] : undefined;
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
