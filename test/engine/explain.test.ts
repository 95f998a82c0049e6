// The engine explains how it answered: analysis, candidates with scores, the best sentence, the deciding step.
import { AnswerEngine } from '../../src/engine/answer-engine';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

const engine = new AnswerEngine(loadKnowledge(KNOWLEDGE_DIR));

describe('AnswerEngine.explain', () => {
  it('shows a curated answer with its analysis and the candidate that won, scored above the threshold', () => {
    const e = engine.explain('how many people were expelled?');
    expect(e.answer).toMatchObject({ answered: true, sources: [expect.objectContaining({ id: 'expulsion-details' })] });
    expect(e.answer.text).toBe(engine.answer('how many people were expelled?').text);
    expect(e.path).toBe('curated');
    expect(e.analysis.language).toBe('en');
    expect(e.analysis.cues).toContain('count');
    expect(e.analysis.terms.length).toBeGreaterThan(0);
    expect(e.analysis.terms.every((t) => t.weight > 0)).toBe(true);
    const [top] = e.candidates;
    expect(top).toMatchObject({ kind: 'question', id: e.answer.entryId, source: 'expulsion-details' });
    expect(top.score).toBeGreaterThanOrEqual(e.thresholds.minScore);
    expect(top.label).toEqual(expect.any(String));
    expect(e.candidates.length).toBeLessThanOrEqual(5);
  });

  it('names a known gap, and a question with nothing to match', () => {
    const gap = engine.explain('what are the names of those expelled?');
    expect(gap.answer.answered).toBe(false);
    expect(gap.path).toBe('known-gap');
    expect(gap.candidates[0]).toMatchObject({ kind: 'not-covered', id: gap.answer.entryId });
    const empty = engine.explain('   ');
    expect(empty).toMatchObject({ path: 'no-topic', candidates: [], reading: undefined });
  });

  it('says when candidates fell below the thresholds, and shows the best sentence it read', () => {
    const e = engine.explain('what is the weather in Monterrey tomorrow?');
    expect(e.answer.answered).toBe(false);
    expect(e.path).toBe('below-threshold');
    for (const c of e.candidates) expect(c.score < e.thresholds.minScore || c.coverage < e.thresholds.minCoverage || c.kind === 'not-covered').toBe(true);
  });

  it('reports typo corrections and Spanish', () => {
    expect(engine.explain('how many peple were expeled?').analysis.corrections.length).toBeGreaterThan(0);
    expect(engine.explain('¿cuántas personas fueron expulsadas?').analysis.language).toBe('es');
  });
});
