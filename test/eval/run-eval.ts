// `npm run eval`: answer quality on the evaluation set, tune and held-out parts reported separately.
// Flags: --verbose lists the tune split's misses (--all-misses adds the held-out ones); --curve shows accuracy against the decline threshold.
import path from 'node:path';
import { AnswerEngine, DEFAULT_MIN_SCORE } from '../../src/engine/answer-engine';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { evaluate, loadEvalQuestions, pct, summarize, type EvalSummary } from './evaluate';

const TARGETS = { english: 95, spanish: 85, offTopic: 95 };
const args = new Set(process.argv.slice(2));
const knowledge = loadKnowledge(path.join(__dirname, '../../knowledge'));
const questions = loadEvalQuestions();

function line(name: string, s: EvalSummary): string {
  const cell = (k: keyof EvalSummary) => `${pct(s[k]).toFixed(1).padStart(5)}% (${s[k].right}/${s[k].total})`;
  return `${name.padEnd(8)} | ${cell('english')} | ${cell('spanish')} | ${cell('offTopic')}`;
}

const engine = new AnswerEngine(knowledge);
const results = evaluate(engine, questions);
console.log(`BorderBrief eval: ${questions.length} questions (${knowledge.questions.length} curated entries)`);
console.log(`split    | in-scope English    | in-scope Spanish   | off-topic declined`);
for (const split of ['tune', 'holdout'] as const) console.log(line(split, summarize(results.filter((r) => r.question.split === split))));
const all = summarize(results);
console.log(line('all', all));
console.log(`targets  | ${TARGETS.english}% English, ${TARGETS.spanish}% Spanish, ${TARGETS.offTopic}% off-topic declined`);

if (args.has('--verbose')) {
  // Misses of the tune split only: the held-out part is reported, never looked into (--all-misses shows both).
  for (const r of results.filter((x) => !x.ok && (x.question.split === 'tune' || args.has('--all-misses'))))
    console.log(`MISS [${r.question.split}/${r.question.lang}/${r.question.kind}] ${JSON.stringify(r.question.q)} → ${r.got} (${r.confidence}) want ${r.question.expect}`);
}
if (args.has('--curve')) {
  console.log('\nthreshold curve (tune split): minScore | English | Spanish | off-topic');
  const tune = questions.filter((q) => q.split === 'tune');
  for (let t = DEFAULT_MIN_SCORE - 0.2; t <= DEFAULT_MIN_SCORE + 0.2001; t += 0.05) {
    const s = summarize(evaluate(new AnswerEngine(knowledge, { minScore: t }), tune));
    console.log(`${t.toFixed(2).padStart(8)} | ${pct(s.english).toFixed(1)}% | ${pct(s.spanish).toFixed(1)}% | ${pct(s.offTopic).toFixed(1)}%`);
  }
}
const met = pct(all.english) >= TARGETS.english && pct(all.spanish) >= TARGETS.spanish && pct(all.offTopic) >= TARGETS.offTopic;
console.log(met ? 'targets met' : 'targets NOT met');
