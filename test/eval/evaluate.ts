// Scores the answer engine on the evaluation set: right source for in-scope questions, decline for the rest.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { AnswerEngine } from '../../src/engine/answer-engine';

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
    return { question, ok, answered: a.answered, got: a.answered ? got : a.entryId ? `declined:${a.entryId}` : 'declined', confidence: a.confidence };
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
