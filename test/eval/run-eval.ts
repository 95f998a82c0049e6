// `npm run eval`: answer quality on the evaluation set, tune and held-out parts reported separately.
// Flags: --baseline adds plain fuse.js on the same questions; --verbose lists the tune split's misses (--all-misses adds the held-out ones); --curve shows accuracy against the decline threshold.
import path from 'node:path';
import Fuse from 'fuse.js';
import { AnswerEngine, DEFAULT_MIN_SCORE, splitSentences } from '../../src/engine/answer-engine';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { evaluate, loadEvalQuestions, pct, summarize, type EvalSummary } from './evaluate';

const TARGETS = { english: 95, spanish: 85, offTopic: 95 };
const args = new Set(process.argv.slice(2));
let knowledge: ReturnType<typeof loadKnowledge>;
try {
  knowledge = loadKnowledge(path.join(__dirname, '../../knowledge'));
} catch (err) {
  // A broken knowledge file: say which, as start-up would, instead of a stack trace.
  console.error((err as Error).message);
  process.exit(1);
}
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
if (args.has('--baseline')) {
  // Plain fuse.js as in shared/docs/search-notes.md: the best-matching article sentence, its section as the source, never declining.
  const sentences = knowledge.sections.flatMap((s) => splitSentences(s.text).map((text) => ({ text, id: s.id })));
  const fuse = new Fuse(sentences, { keys: ['text'], ignoreLocation: true, includeScore: true });
  const base = summarize(
    questions.map((question) => {
      const got = fuse.search(question.q, { limit: 1 })[0]?.item.id;
      const ok = question.expect === 'decline' ? !got : !!got && question.expect.includes(got);
      return { question, ok, answered: !!got, got, confidence: 0 };
    }),
  );
  console.log(`\nplain fuse.js baseline (best sentence, never declines): ${pct(base.english).toFixed(1)}% English, ${pct(base.spanish).toFixed(1)}% Spanish, ${pct(base.offTopic).toFixed(1)}% off-topic declined`);
}
// Each part must meet every target on its own: a good tune score must not hide a held-out shortfall.
const shortfalls = (['tune', 'holdout'] as const).flatMap((split) => {
  const s = summarize(results.filter((r) => r.question.split === split));
  return (['english', 'spanish', 'offTopic'] as const).filter((k) => pct(s[k]) < TARGETS[k]).map((k) => `${split} ${k} ${pct(s[k]).toFixed(1)}%`);
});
console.log(shortfalls.length ? `targets NOT met: ${shortfalls.join(', ')}` : 'targets met on both the tune and the held-out part');
