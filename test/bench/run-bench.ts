// `npm run bench`: answer speed, index build time and memory — BorderBrief's engine beside plain fuse.js on the same corpus.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';
import { AnswerEngine } from '../../src/engine/answer-engine';
import { splitSentences } from '../../src/engine/answer-engine';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import type { Knowledge, Section } from '../../src/knowledge/types';
import { loadEvalQuestions } from '../eval/evaluate';

const SYNTHETIC = Number(process.argv.find((a) => a.startsWith('--passages='))?.split('=')[1] ?? 10_000);
/** Plain fuse.js scans every item for every question: samples of the questions keep the benchmark to a minute or two. */
const FUSE_SAMPLE = 25;
const FUSE_KB_SAMPLE = 150;

/** Deterministic pseudo-random numbers, so every run benchmarks the same corpus. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
}

/** 25-word passages mixing the article's own words (worst case for the index) with made-up ones. */
function syntheticPassages(knowledge: Knowledge, n: number): Section[] {
  const words = knowledge.sections.flatMap((s) => s.text.toLowerCase().match(/[a-z]+/g) ?? []);
  const rand = rng(42);
  const pick = () => (rand() < 0.6 ? words[Math.floor(rand() * words.length)] : Math.floor(rand() * 36 ** 5).toString(36).replace(/[0-9]/g, 'e'));
  return Array.from({ length: n }, (_, i) => ({
    id: `synthetic-${i}`,
    title: `Synthetic passage ${i}`,
    text: `${Array.from({ length: 12 }, pick).join(' ')}. ${Array.from({ length: 13 }, pick).join(' ')}.`,
  }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeEach(questions: string[], fn: (q: string) => unknown): number[] {
  for (const q of questions.slice(0, 20)) fn(q); // warm-up
  return questions.map((q) => {
    const t = performance.now();
    fn(q);
    return performance.now() - t;
  });
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (x: number) => `${x.toFixed(3)} ms`;
const heap = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed;
};

/** The same corpus as plain fuse.js sees it: every phrasing, answer and article sentence as one searchable text. */
function fuseItems(knowledge: Knowledge, sections: Section[]): Array<{ text: string }> {
  return [
    ...knowledge.questions.flatMap((q) => [...q.phrasings, q.answer].map((text) => ({ text }))),
    ...sections.flatMap((s) => splitSentences(s.text).map((text) => ({ text }))),
  ];
}

const knowledge = loadKnowledge(path.join(__dirname, '../../knowledge'));
const questions = loadEvalQuestions().map((q) => q.q);
const rows: string[][] = [];

let before = heap();
let t = performance.now();
const engine = new AnswerEngine(knowledge);
const buildKb = performance.now() - t;
const memKb = heap() - before;
const kbTimes = timeEach(questions, (q) => engine.answer(q));

t = performance.now();
const fuseKb = new Fuse(fuseItems(knowledge, knowledge.sections), { keys: ['text'], ignoreLocation: true, includeScore: true });
const fuseBuildKb = performance.now() - t;
const sampleOf = (n: number) => questions.filter((_, i) => i % Math.ceil(questions.length / n) === 0);
const fuseKbTimes = timeEach(sampleOf(FUSE_KB_SAMPLE), (q) => fuseKb.search(q, { limit: 5 }));
rows.push(['knowledge base', `${knowledge.questions.length} entries`, ms(median(kbTimes)), ms(buildKb), mb(memKb), ms(median(fuseKbTimes)), ms(fuseBuildKb)]);

const passages = syntheticPassages(knowledge, SYNTHETIC);
before = heap();
t = performance.now();
engine.addSections(passages);
engine.answer('warm the typo index'); // the first question after adding builds the typo index: count it in the build
const buildSynthetic = performance.now() - t;
const memSynthetic = heap() - before;
const synTimes = timeEach(questions, (q) => engine.answer(q));

t = performance.now();
const fuseSyn = new Fuse(fuseItems(knowledge, [...knowledge.sections, ...passages]), { keys: ['text'], ignoreLocation: true, includeScore: true });
const fuseBuildSyn = performance.now() - t;
// Plain fuse.js takes about two seconds a question here.
const fuseSynTimes = timeEach(sampleOf(FUSE_SAMPLE), (q) => fuseSyn.search(q, { limit: 5 }));
rows.push([`+ ${SYNTHETIC.toLocaleString('en')} passages`, `${engine['index'].size} docs`, ms(median(synTimes)), ms(buildSynthetic), mb(memSynthetic), ms(median(fuseSynTimes)), ms(fuseBuildSyn)]);

const header = ['corpus', 'size', 'BorderBrief median answer', 'build', 'heap added', 'plain fuse.js median query', 'fuse.js build'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join(' | ');
console.log(`BorderBrief benchmark — ${questions.length} evaluation questions, Node ${process.version}${global.gc ? '' : ' (run with node --expose-gc for exact heap figures)'}`);
console.log(fmt(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
rows.forEach((r) => console.log(fmt(r)));
console.log(`p95 answer: ${ms(kbTimes.sort((a, b) => a - b)[Math.floor(kbTimes.length * 0.95)])} (knowledge base), ${ms(synTimes.sort((a, b) => a - b)[Math.floor(synTimes.length * 0.95)])} (with passages); plain fuse.js: ${fuseKbTimes.length} questions sampled on the knowledge base, ${fuseSynTimes.length} with passages`);
console.log(`process RSS: ${mb(process.memoryUsage().rss)}`);
const ok = median(kbTimes) <= 1 && median(synTimes) <= 10 && buildSynthetic < 1000;
console.log(ok ? 'targets met: ≤1 ms median on the knowledge base, ≤10 ms with passages, build < 1 s' : 'targets NOT met (≤1 ms, ≤10 ms, build < 1 s)');
