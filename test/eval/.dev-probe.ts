import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { articleOnly } from '../../src/knowledge/article-only';
import { AnswerEngine } from '../../src/engine/answer-engine';
const ao = process.argv.includes('--ao');
const k0 = loadKnowledge('knowledge');
const e = new AnswerEngine(ao ? articleOnly(k0) : k0);
const anyE = e as any;
for (const q of process.argv.slice(2).filter((x) => !x.startsWith('--'))) {
  const a = anyE.analyzer.analyze(q);
  const r = anyE.index.search(a, 5);
  const reads = anyE.reader.read(a, r.weights, 3, undefined, q);
  console.log('Q:', q);
  console.log('  terms', a.terms.map((t: string, i: number) => `${t}:${r.weights[i]?.toFixed(2)}`).join(' '), 'cues', [...a.cues].join(','));
  for (const h of r.hits.slice(0, 3)) console.log('  hit', h.doc.key, h.score.toFixed(2), h.coverage?.toFixed(2));
  for (const x of reads) console.log('  read', x.passage.key, x.coverage.toFixed(2), x.ownCoverage.toFixed(2), x.passage.text.slice(0, 80));
  const ans = e.answer(q);
  console.log('  =>', ans.answered, ans.text.slice(0, 120));
}
