import fs from 'node:fs';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { articleOnly } from '../../src/knowledge/article-only';
import { AnswerEngine } from '../../src/engine/answer-engine';
const e: any = new AnswerEngine(articleOnly(loadKnowledge('knowledge')));
const lines = fs.readFileSync('/tmp/dev/ao-miss.txt', 'utf8').split('\n').filter((l) => l.includes('→ declined') && !l.includes(' turn '));
const counts: Record<string, number> = {};
for (const l of lines) {
  const q = l.match(/\] "(.*)" → declined/)?.[1];
  if (!q) continue;
  const a = e.analyzer.analyze(q);
  const r = e.index.search(a, 24);
  const reading = e.reader.read(a, r.weights, 1, undefined, q)[0];
  let why = 'no-reading';
  if (reading) {
    const strong = reading.matched.filter((i: number) => r.weights[i] >= 2).length;
    if (reading.ownCoverage < 0.5 || reading.coverage < 0.6) why = 'coverage';
    else if (r.weights.length < 2) why = 'one-term';
    else if (strong < 2 && reading.coverage < 0.9) why = 'strong<2';
    else why = 'cue/type';
  }
  counts[why] = (counts[why] ?? 0) + 1;
  if (process.argv[2] === why) console.log(why, q.slice(0, 90), '|', a.terms.map((t: string, i: number) => `${t}:${r.weights[i].toFixed(1)}${reading?.matched.includes(i) ? '*' : ''}`).join(' '));
}
console.log(counts);
