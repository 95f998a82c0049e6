// `npm run eval`: answer quality on the evaluation set and the repo's blind-format batches, tune and held-out apart.
// Flags: --baseline adds plain fuse.js on the same questions; --verbose lists the tune split's misses (--all-misses
// adds the held-out ones); --curve shows accuracy against the decline threshold; --article-only answers from the
// article, its updates and the language data alone; --batch <file.yaml> (repeatable) scores only those blind batches;
// --fit searches the decision weights on the tune part and reports the held-out part with them.
import path from 'node:path';
import Fuse from 'fuse.js';
import { AnswerEngine, DEFAULT_ANSWER_WEIGHTS, DEFAULT_MIN_SCORE, splitSentences } from '../../src/engine/answer-engine';
import { articleOnly } from '../../src/knowledge/article-only';
import { fitWeights } from './fit-weights';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import {
  type Batch,
  type BatchResult,
  type BatchSummary,
  evaluate,
  type EvalSummary,
  loadBatch,
  loadEvalQuestions,
  loadRepoBatches,
  pct,
  runBatch,
  summarize,
  summarizeBatch,
} from './evaluate';

const TARGETS = { english: 95, spanish: 85, offTopic: 95 };
const argv = process.argv.slice(2);
const args = new Set(argv);
/** `--batch a.yaml --batch b.yaml` or `--batch=a.yaml`. */
const batchFiles = argv.flatMap((a, i) => {
  if (a.startsWith('--batch=')) return [a.slice('--batch='.length)];
  return a === '--batch' && argv[i + 1] && !argv[i + 1].startsWith('--') ? [argv[i + 1]] : [];
});
if (args.has('--batch') && !batchFiles.length) {
  console.error('--batch needs a file: npm run eval -- --batch path/to/batch.yaml');
  process.exit(2);
}

let knowledge: ReturnType<typeof loadKnowledge>;
let batches: Batch[];
try {
  knowledge = loadKnowledge(path.join(__dirname, '../../knowledge'));
  batches = batchFiles.length ? batchFiles.map((f) => loadBatch(path.resolve(f))) : loadRepoBatches();
} catch (err) {
  // A broken knowledge or batch file: say which, as start-up would, instead of a stack trace.
  console.error((err as Error).message);
  process.exit(1);
}
if (args.has('--article-only')) {
  knowledge = articleOnly(knowledge);
  console.log('knowledge: article only — the article, its updates and the language data; no curated questions, ' +
    'not-covered topics or glossary');
}
const engine = new AnswerEngine(knowledge);

if (args.has('--fit')) {
  console.log('fitting the decision weights on the tune part (one coordinate pass; a few minutes)…');
  const fit = fitWeights(knowledge, loadEvalQuestions(), batches, (l) => console.log(l));
  const changed = Object.entries(fit.weights).filter(([k, v]) => v !== (DEFAULT_ANSWER_WEIGHTS as Record<string, number>)[k]);
  console.log(`score = mean of the English, Spanish, off-topic (and conversation-turn) percentages, ${fit.evaluations} runs`);
  console.log(`tune     default ${fit.tuneDefault.toFixed(2)} → fitted ${fit.tune.toFixed(2)}`);
  console.log(`holdout  default ${fit.holdoutDefault.toFixed(2)} → fitted ${fit.holdout.toFixed(2)} (never looked at while fitting)`);
  console.log(changed.length ? `changed: ${changed.map(([k, v]) => `${k}=${v}`).join(', ')}` : 'the defaults are already the best');
  console.log('To adopt: edit DEFAULT_ANSWER_WEIGHTS in src/engine/answer-engine.ts, then re-run npm run eval.');
  process.exit(0);
}

function line(name: string, s: EvalSummary): string {
  const cell = (k: keyof EvalSummary) => `${pct(s[k]).toFixed(1).padStart(5)}% (${s[k].right}/${s[k].total})`;
  return `${name.padEnd(8)} | ${cell('english')} | ${cell('spanish')} | ${cell('offTopic')}`;
}

/** The section-id evaluation set (test/eval/questions*.yaml): right source for in-scope questions, else a decline. */
function reportSectionIdSet(): void {
  const questions = loadEvalQuestions();
  const results = evaluate(engine, questions);
  console.log(`BorderBrief eval: ${questions.length} questions (${knowledge.questions.length} curated entries)`);
  console.log(`split    | in-scope English    | in-scope Spanish   | off-topic declined`);
  for (const split of ['tune', 'holdout'] as const)
    console.log(line(split, summarize(results.filter((r) => r.question.split === split))));
  const all = summarize(results);
  console.log(line('all', all));
  const { english, spanish, offTopic } = TARGETS;
  console.log(`targets  | ${english}% English, ${spanish}% Spanish, ${offTopic}% off-topic declined`);

  if (args.has('--verbose')) {
    // Misses of the tune split only: the held-out part is reported, never looked into (--all-misses shows both).
    for (const r of results.filter((x) => !x.ok && (x.question.split === 'tune' || args.has('--all-misses')))) {
      const where = `${r.question.split}/${r.question.lang}/${r.question.kind}`;
      const q = JSON.stringify(r.question.q);
      console.log(`MISS [${where}] ${q} → ${r.got} (${r.confidence}) want ${r.question.expect}`);
    }
  }
  if (args.has('--curve')) {
    console.log('\nthreshold curve (tune split): minScore | English | Spanish | off-topic');
    const tune = questions.filter((q) => q.split === 'tune');
    for (let t = DEFAULT_MIN_SCORE - 0.2; t <= DEFAULT_MIN_SCORE + 0.2001; t += 0.05) {
      const s = summarize(evaluate(new AnswerEngine(knowledge, { minScore: t }), tune));
      const cells = [s.english, s.spanish, s.offTopic].map((c) => `${pct(c).toFixed(1)}%`).join(' | ');
      console.log(`${t.toFixed(2).padStart(8)} | ${cells}`);
    }
  }
  if (args.has('--baseline')) {
    // Plain fuse.js as in shared/docs/search-notes.md: the best-matching article sentence, its section as the source,
    // never declining.
    const sentences = knowledge.sections.flatMap((s) => splitSentences(s.text).map((text) => ({ text, id: s.id })));
    const fuse = new Fuse(sentences, { keys: ['text'], ignoreLocation: true, includeScore: true });
    const base = summarize(
      questions.map((question) => {
        const got = fuse.search(question.q, { limit: 1 })[0]?.item.id;
        const ok = question.expect === 'decline' ? !got : !!got && question.expect.includes(got);
        return { question, ok, answered: !!got, got, confidence: 0 };
      }),
    );
    const [en, es, off] = [base.english, base.spanish, base.offTopic].map((c) => `${pct(c).toFixed(1)}%`);
    const figures = `${en} English, ${es} Spanish, ${off} off-topic declined`;
    console.log(`\nplain fuse.js baseline (best sentence, never declines): ${figures}`);
  }
  // Each part must meet every target on its own: a good tune score must not hide a held-out shortfall.
  const shortfalls = (['tune', 'holdout'] as const).flatMap((split) => {
    const s = summarize(results.filter((r) => r.question.split === split));
    return (['english', 'spanish', 'offTopic'] as const)
      .filter((k) => pct(s[k]) < TARGETS[k])
      .map((k) => `${split} ${k} ${pct(s[k]).toFixed(1)}%`);
  });
  const met = 'targets met on both the tune and the held-out part';
  console.log(shortfalls.length ? `targets NOT met: ${shortfalls.join(', ')}` : met);
}

const BATCH_COLUMNS = ['in-scope English', 'in-scope Spanish', 'off-topic declined', 'conv. turns', 'follow-up turns'];
const BATCH_KEYS = ['english', 'spanish', 'offTopic', 'turns', 'followUpTurns'] as const;

const columnWidth = (i: number) => Math.max(BATCH_COLUMNS[i].length, 18);

function batchRow(name: string, s: BatchSummary, width: number): string {
  const cells = BATCH_KEYS.map((k, i) => {
    const c = s[k];
    const text = c.total ? `${pct(c).toFixed(1).padStart(5)}% (${c.right}/${c.total})` : '—';
    return text.padEnd(columnWidth(i));
  });
  return `${name.padEnd(width)} | ${cells.join(' | ')}`.trimEnd();
}

function printBatchTable(rows: { name: string; results: BatchResult[] }[]): void {
  const width = Math.max(8, ...rows.map((r) => r.name.length));
  const header = BATCH_COLUMNS.map((c, i) => c.padEnd(columnWidth(i))).join(' | ');
  console.log(`${'batch'.padEnd(width)} | ${header}`.trimEnd());
  for (const r of rows) console.log(batchRow(r.name, summarizeBatch(r.results), width));
}

/** One line per wrong answer, the bot's text cut to 160 characters. */
function printBatchMisses(results: BatchResult[]): void {
  for (const r of results.filter((x) => !x.ok)) {
    const { item, conversation: c } = r;
    const where = c
      ? `${r.batch} ${c.id} turn ${c.turn + 1}${r.followUp ? ', read as a follow-up' : ''}`
      : `${r.batch} ${item.lang}/${item.kind}`;
    const text = r.text.replace(/\s+/g, ' ');
    const got = `${r.answered ? 'answered' : 'declined'}: ${text.length > 160 ? `${text.slice(0, 159)}…` : text}`;
    const must = JSON.stringify(item.must);
    const want = item.decline ? (item.acceptAnswer ? `a decline or ${must}` : 'a decline') : must;
    console.log(`MISS [${where}] ${JSON.stringify(item.q)} → ${got} | want ${want}`);
  }
}

if (batchFiles.length) {
  // Blind batches named on the command line: scored as they arrive, one row each and a total.
  const scored = batches.map((b) => ({ name: b.name, results: runBatch(engine, b) }));
  console.log('blind batches (must-contain grading)');
  printBatchTable([...scored, { name: 'total', results: scored.flatMap((s) => s.results) }]);
  if (args.has('--verbose')) printBatchMisses(scored.flatMap((s) => s.results));
} else {
  reportSectionIdSet();
  console.log('\nblind batches (must-contain grading)');
  if (!batches.length) console.log('no test/eval/batch-*.yaml files');
  else {
    const scored = batches.map((b) => ({
      name: `${b.name} (${b.split})`,
      split: b.split,
      results: runBatch(engine, b),
    }));
    const splits = (['tune', 'holdout'] as const).map((split) => ({
      name: split,
      results: scored.filter((s) => s.split === split).flatMap((s) => s.results),
    }));
    printBatchTable([...scored, ...splits, { name: 'all', results: scored.flatMap((s) => s.results) }]);
    // As above: the held-out batches are reported, never looked into, unless --all-misses.
    if (args.has('--verbose'))
      printBatchMisses(scored.flatMap((s) => (s.split === 'tune' || args.has('--all-misses') ? s.results : [])));
  }
}
