// The search index's scoring model: defaults in one object, each overridable.
import { Analyzer } from '../../src/engine/analyzer';
import { DEFAULT_SCORING, SearchIndex } from '../../src/engine/search-index';
import { realLanguage } from '../support/language';

const analyzer = new Analyzer({ synonyms: [], spanish: {}, englishText: [], language: realLanguage() });
const docs = [
  { key: 'q', kind: 'question' as const, phrasings: ['How do ferries cross the bay?'] },
  { key: 's', kind: 'section' as const, phrasings: ['How do ferries cross the bay?'] },
];
const top = (index: SearchIndex) => index.search(analyzer.analyze('ferries crossing the bay')).hits[0].doc.key;

describe('SearchIndex scoring', () => {
  it('ranks a curated question above an equal passage by default', () => {
    const index = new SearchIndex(analyzer);
    docs.forEach((d) => index.add(d));
    expect(top(index)).toBe('q');
  });

  it('takes its parameters from the options, the rest from DEFAULT_SCORING', () => {
    const kindWeight = { ...DEFAULT_SCORING.kindWeight, section: 1.2 };
    const index = new SearchIndex(analyzer, { scoring: { kindWeight } });
    docs.forEach((d) => index.add(d));
    expect(top(index)).toBe('s');
  });

  it('keeps the coverage weights summing to about one', () => {
    const { coverage, phraseCoverage, body } = DEFAULT_SCORING;
    expect(coverage + phraseCoverage + body).toBeCloseTo(1.03);
    expect(DEFAULT_SCORING.pruneMargin).toBeGreaterThanOrEqual(phraseCoverage + body);
  });

  it('weighs the analyzer’s weak terms ("the article") little', () => {
    const index = new SearchIndex(analyzer);
    docs.forEach((d) => index.add(d));
    index.add({ key: 'a', kind: 'question', phrasings: ['What does the article say about the bay?'] });
    expect(index.queryWeight('~article')).toBeLessThan(index.queryWeight('ferri'));
  });
});
