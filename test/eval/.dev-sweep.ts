import path from 'node:path';
import { AnswerEngine } from '../../src/engine/answer-engine';
import { articleOnly } from '../../src/knowledge/article-only';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { loadBatch, runBatch, summarizeBatch } from './evaluate';
const ao = process.argv.includes('--ao');
const k = loadKnowledge('knowledge');
const kn = ao ? articleOnly(k) : k;
const batches = 'abcdef'.split('').map((b) => loadBatch(path.resolve(`test/eval/batch-blind-${b}.yaml`)));
const grid = JSON.parse(process.argv.find((a) => a.startsWith('['))!);
for (const w of grid) {
  const engine = new AnswerEngine(kn, { weights: w });
  const results = batches.flatMap((b) => runBatch(engine, b));
  const s: any = summarizeBatch(results);
  console.log(JSON.stringify(w), JSON.stringify(s).slice(0, 400));
}
