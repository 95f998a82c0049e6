// Scores the answer engine: the section-id set (right source or decline) and blind batches (must-contain grading).
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { z } from 'zod';
import type { Answer, AnswerEngine } from '../../src/engine/answer-engine';
import type { ConversationState } from '../../src/engine/conversation';

export interface EvalQuestion {
  q: string;
  expect: string[] | 'decline';
  lang: 'en' | 'es';
  kind: string;
  split: 'tune' | 'holdout';
}

export interface EvalResult {
  question: EvalQuestion;
  ok: boolean;
  answered: boolean;
  got?: string;
  confidence: number;
}

export interface EvalSummary {
  english: { right: number; total: number };
  spanish: { right: number; total: number };
  offTopic: { right: number; total: number };
}

/** Every questions*.yaml in test/eval: questions.yaml (tune + holdout) and questions-more.yaml (tune only). */
export function loadEvalQuestions(dir = __dirname): EvalQuestion[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^questions.*\.ya?ml$/.test(f))
    .sort()
    .flatMap((f) => YAML.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as EvalQuestion[]);
}

export function evaluate(engine: AnswerEngine, questions: EvalQuestion[]): EvalResult[] {
  return questions.map((question) => {
    const a = engine.answer(question.q);
    const got = a.sources[0]?.id;
    const ok = question.expect === 'decline' ? !a.answered : a.answered && !!got && question.expect.includes(got);
    const declined = a.entryId ? `declined:${a.entryId}` : 'declined';
    return { question, ok, answered: a.answered, got: a.answered ? got : declined, confidence: a.confidence };
  });
}

export function summarize(results: EvalResult[]): EvalSummary {
  const count = (pred: (r: EvalResult) => boolean) => {
    const rs = results.filter(pred);
    return { right: rs.filter((r) => r.ok).length, total: rs.length };
  };
  return {
    english: count((r) => r.question.expect !== 'decline' && r.question.lang === 'en'),
    spanish: count((r) => r.question.expect !== 'decline' && r.question.lang === 'es'),
    offTopic: count((r) => r.question.expect === 'decline'),
  };
}

export const pct = ({ right, total }: { right: number; total: number }) => (total ? (100 * right) / total : 100);

// ─── Blind batches: must-contain grading (format: /work/blind/BRIEF.md) ─────────────────────────────────────────────
// A batch names no section ids: a writer who never saw the knowledge gives, for each question, groups of terms a right
// answer contains, or says the bot must decline. Conversations are run turn by turn, each answer's state passed on.

/** One message of a batch: a single question or one turn of a conversation. */
export interface BatchItem {
  q: string;
  lang: 'en' | 'es';
  kind: string;
  /** Groups of acceptable terms; a right answer contains at least one term of every group. */
  must: string[][];
  decline: boolean;
  /** With decline: an answer meeting `must` is right too (the article says the detail is not given). */
  acceptAnswer: boolean;
}

export interface BatchConversation {
  id: string;
  turns: BatchItem[];
}

export interface Batch {
  /** The file name, as reports show it. */
  name: string;
  split: 'tune' | 'holdout';
  questions: BatchItem[];
  conversations: BatchConversation[];
}

/** What the grader reads of an answer. */
export type BatchAnswer = Pick<Answer, 'answered' | 'text' | 'english' | 'state' | 'followUp'>;

/** What the grader needs of an engine: `AnswerEngine` fits, and so does a small fake in a test. */
export interface ConversationalEngine {
  answer(question: string, context?: { state?: ConversationState }): BatchAnswer;
}

export interface BatchResult {
  batch: string;
  split: 'tune' | 'holdout';
  item: BatchItem;
  /** Set for conversation turns: the conversation's id and the turn's position (0 = the first). */
  conversation?: { id: string; turn: number };
  ok: boolean;
  answered: boolean;
  text: string;
  followUp: boolean;
}

export interface BatchSummary {
  english: { right: number; total: number };
  spanish: { right: number; total: number };
  offTopic: { right: number; total: number };
  turns: { right: number; total: number };
  /** Conversation turns after the first: the ones that may lean on what came before. */
  followUpTurns: { right: number; total: number };
}

/** Thrown when a batch file cannot be graded; names positions only, never a question's text (batches are blind). */
export class BatchError extends Error {
  constructor(file: string, problems: string[]) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    super(`${file}: ${count}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'BatchError';
  }
}

const termSchema = z.union([z.string(), z.number()]).transform(String);
const itemSchema = z.object({
  q: z.string().trim().min(1, 'q must not be empty'),
  lang: z.enum(['en', 'es']).optional(),
  kind: z.string().optional(),
  // A bare term is a group of one: must: ["26", ["joint", "coordinated"]].
  must: z.array(z.union([termSchema.transform((t) => [t]), z.array(termSchema).min(1)])).optional(),
  decline: z.boolean().optional(),
  accept_answer: z.boolean().optional(),
});
const batchSchema = z.object({
  split: z.enum(['tune', 'holdout']).optional(),
  questions: z.array(itemSchema).default([]),
  conversations: z
    .array(z.object({ id: z.union([z.string(), z.number()]).transform(String), turns: z.array(itemSchema).min(1) }))
    .default([]),
});

/** Parses one batch file's text. Throws a BatchError naming every bad entry by position. */
export function parseBatch(source: string, name: string): Batch {
  let data: unknown;
  try {
    data = YAML.parse(source);
  } catch (err) {
    throw new BatchError(name, [`not valid YAML: ${(err as Error).message.split('\n')[0]}`]);
  }
  const parsed = batchSchema.safeParse(data ?? {});
  if (!parsed.success) throw new BatchError(name, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const problems: string[] = [];
  const item = (raw: z.output<typeof itemSchema>, where: string, needsLang: boolean): BatchItem => {
    const must = raw.must ?? [];
    if (!raw.decline && !must.length) problems.push(`${where}: needs must groups or decline: true`);
    if (needsLang && !raw.lang) problems.push(`${where}: needs lang: en or es`);
    if (must.some((g) => g.some((t) => !normalizeForMatch(t)))) problems.push(`${where}: a must term is empty`);
    const decline = raw.decline ?? false;
    const acceptAnswer = decline && (raw.accept_answer ?? false);
    return { q: raw.q, lang: raw.lang ?? 'en', kind: raw.kind ?? '', must, decline, acceptAnswer };
  };
  const batch: Batch = {
    name,
    split: parsed.data.split ?? 'tune',
    // English and Spanish are scored apart, so a single question must say which it is; a turn is scored as a turn.
    questions: parsed.data.questions.map((q, i) => item(q, `questions[${i}]`, true)),
    conversations: parsed.data.conversations.map((c, i) => ({
      id: c.id,
      turns: c.turns.map((t, j) => item(t, `conversations[${i}] (${c.id}).turns[${j}]`, false)),
    })),
  };
  if (problems.length) throw new BatchError(name, problems);
  return batch;
}

export function loadBatch(file: string): Batch {
  return parseBatch(fs.readFileSync(file, 'utf8'), path.basename(file));
}

/** The repo's own batches in the blind format: test/eval/batch-*.yaml. */
export function loadRepoBatches(dir = __dirname): Batch[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^batch-.*\.ya?ml$/.test(f))
    .sort()
    .map((f) => loadBatch(path.join(dir, f)));
}

/**
 * Text as the grader compares it: lower case, accents stripped, Markdown emphasis and code marks dropped, curly
 * quotes made straight, every kind of dash a hyphen, whitespace collapsed.
 */
export function normalizeForMatch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[*`]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\p{Pd}/gu, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

const hyphensAsSpaces = (normalized: string) => normalized.replace(/-/g, ' ').replace(/\s+/g, ' ').trim();

/** Whether `text` contains `term` as a substring, after normalising both; "cross-border" also finds "cross border". */
export function containsTerm(text: string, term: string): boolean {
  const t = normalizeForMatch(text);
  const n = normalizeForMatch(term);
  return t.includes(n) || hyphensAsSpaces(t).includes(hyphensAsSpaces(n));
}

/** Whether `text` contains at least one term of every group. */
export function meetsMust(text: string, must: string[][]): boolean {
  return must.every((group) => group.some((term) => containsTerm(text, term)));
}

/** Grades one answer: a decline where one is wanted (or, with accept_answer, an answer meeting `must`), else an
 * answer whose text meets every group. Only the answer's text counts, not its sources. Batches give their terms in
 * English, Spanish questions included: a Spanish answer is graded on its shown text and the English text of the
 * same answer beside it (`english`), so a faithful translation is not marked wrong for its language. */
export function gradeAnswer(item: BatchItem, answer: { answered: boolean; text: string; english?: string }): boolean {
  if (!answer.answered) return item.decline;
  const text = answer.english ? `${answer.text}\n${answer.english}` : answer.text;
  if (item.decline) return item.acceptAnswer && meetsMust(text, item.must);
  return meetsMust(text, item.must);
}

/** Asks every single question on its own, and every conversation turn by turn, passing each answer's state on. */
export function runBatch(engine: ConversationalEngine, batch: Batch): BatchResult[] {
  const result = (item: BatchItem, a: BatchAnswer, conversation?: BatchResult['conversation']): BatchResult => ({
    batch: batch.name,
    split: batch.split,
    item,
    conversation,
    ok: gradeAnswer(item, a),
    answered: a.answered,
    text: a.text,
    followUp: a.followUp ?? false,
  });
  const singles = batch.questions.map((item) => result(item, engine.answer(item.q)));
  const turns = batch.conversations.flatMap((c) => {
    let state: ConversationState | undefined;
    return c.turns.map((item, turn) => {
      const a = engine.answer(item.q, { state });
      state = a.state;
      return result(item, a, { id: c.id, turn });
    });
  });
  return [...singles, ...turns];
}

export function summarizeBatch(results: BatchResult[]): BatchSummary {
  const count = (pred: (r: BatchResult) => boolean) => {
    const rs = results.filter(pred);
    return { right: rs.filter((r) => r.ok).length, total: rs.length };
  };
  const single = (r: BatchResult) => !r.conversation;
  return {
    english: count((r) => single(r) && !r.item.decline && r.item.lang === 'en'),
    spanish: count((r) => single(r) && !r.item.decline && r.item.lang === 'es'),
    offTopic: count((r) => single(r) && r.item.decline),
    turns: count((r) => !single(r)),
    followUpTurns: count((r) => !!r.conversation && r.conversation.turn > 0),
  };
}
