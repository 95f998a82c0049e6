// `npm run eval -- --fit`: searches the answer engine's decision weights on the tune part, reports the held-out part.
import { AnswerEngine, type AnswerWeights, DEFAULT_ANSWER_WEIGHTS } from '../../src/engine/answer-engine';
import type { Knowledge } from '../../src/knowledge/types';
import { type Batch, type EvalQuestion, evaluate, pct, runBatch, summarize, summarizeBatch } from './evaluate';

/** Each weight's candidate values: the documented range, a few steps across it. */
const RANGES: Partial<Record<keyof AnswerWeights, number[]>> = {
  minScore: [0.5, 0.55, 0.6],
  minCoverage: [0.45, 0.5, 0.55],
  readMinCoverage: [0.4, 0.5, 0.6],
  readMinOwn: [0.4, 0.5, 0.6],
  readOverGap: [0.1, 0.15, 0.25],
  gapMinCoverage: [0.5, 0.6, 0.7],
  sectionTiebreak: [0, 0.05, 0.1],
  titleNamed: [0, 0.05, 0.1, 0.15],
  readTitleNamed: [0, 0.15, 0.3, 0.5],
  otherKind: [0, 0.05, 0.1, 0.2],
  followUpConfidence: [0.65, 0.75, 0.85],
  listTopicCoverage: [0.2, 0.3, 0.4],
  composeGain: [0.15, 0.25, 0.4],
  newTopicConfidence: [0.9, 0.95, 1],
  samePartConfidence: [0.7, 0.8, 0.9],
  topicWordCount: [0, 150, 300, 600],
};
/** Off-topic questions answered are the costliest mistake: below this, a candidate loses whatever else it gains. */
const OFF_TOPIC_FLOOR = 95;

export interface FitReport {
  weights: AnswerWeights;
  tune: number;
  tuneDefault: number;
  holdout: number;
  holdoutDefault: number;
  evaluations: number;
}

/** Mean of the in-scope, Spanish, off-topic (and conversation-turn) percentages; off-topic under the floor is penalised. */
function score(engine: AnswerEngine, questions: EvalQuestion[], batches: Batch[]): number {
  const s = summarize(evaluate(engine, questions));
  const figures = [pct(s.english), pct(s.spanish), pct(s.offTopic)];
  const results = batches.flatMap((b) => runBatch(engine, b));
  if (results.length) {
    const b = summarizeBatch(results);
    figures.push(pct(b.english), pct(b.spanish), pct(b.offTopic), pct(b.turns));
  }
  const offTopic = Math.min(figures[2], figures[5] ?? 100);
  return figures.reduce((a, x) => a + x, 0) / figures.length - Math.max(0, OFF_TOPIC_FLOOR - offTopic);
}

/**
 * One pass of coordinate search: each weight in turn takes the candidate value that scores best on the tune part,
 * the others held. Returns the fitted weights and both parts' scores, fitted and default, for the report.
 */
export function fitWeights(knowledge: Knowledge, questions: EvalQuestion[], batches: Batch[], log = (_: string) => {}): FitReport {
  const tuneQ = questions.filter((q) => q.split === 'tune');
  const holdQ = questions.filter((q) => q.split === 'holdout');
  const tuneB = batches.filter((b) => b.split === 'tune');
  const holdB = batches.filter((b) => b.split === 'holdout');
  const at = (w: AnswerWeights, q: EvalQuestion[], b: Batch[]) => score(new AnswerEngine(knowledge, { weights: w }), q, b);
  let weights: AnswerWeights = { ...DEFAULT_ANSWER_WEIGHTS };
  const tuneDefault = at(weights, tuneQ, tuneB);
  let best = tuneDefault;
  let evaluations = 1;
  for (const [name, values] of Object.entries(RANGES) as Array<[keyof AnswerWeights, number[]]>) {
    for (const v of values) {
      if (v === weights[name]) continue;
      const candidate = { ...weights, [name]: v };
      const s = at(candidate, tuneQ, tuneB);
      evaluations++;
      if (s > best + 0.01) {
        [best, weights] = [s, candidate];
        log(`  ${name} = ${v}: tune ${s.toFixed(2)}`);
      }
    }
  }
  return {
    weights,
    tune: best,
    tuneDefault,
    holdout: at(weights, holdQ, holdB),
    holdoutDefault: at({ ...DEFAULT_ANSWER_WEIGHTS }, holdQ, holdB),
    evaluations,
  };
}
