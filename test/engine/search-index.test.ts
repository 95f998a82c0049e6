// The search index's scoring model: defaults in one object, each overridable.
import { Analyzer } from '../../src/engine/analyzer';
import { DEFAULT_SCORING, REFERENCE_DOCS, SearchIndex } from '../../src/engine/search-index';
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

  it('weighs a word the knowledge never uses against the size of its IDFs: less in a small index, as set at the reference size', () => {
    const build = (n: number) => {
      const index = new SearchIndex(analyzer);
      for (let i = 0; i < n; i++) index.add({ key: `d${i}`, kind: 'section', phrasings: [`ferries cross bay number${i}`] });
      return index;
    };
    const small = build(20);
    const reference = build(REFERENCE_DOCS);
    expect(reference.queryWeight('zeppelin')).toBeCloseTo(DEFAULT_SCORING.unknownWeight);
    expect(small.queryWeight('zeppelin')).toBeLessThan(0.7 * DEFAULT_SCORING.unknownWeight);
    // …keeping its place among the index's own weights: a word in one document of twenty still outweighs it.
    expect(small.queryWeight('number3')).toBeGreaterThan(small.queryWeight('zeppelin'));
  });

  it('weighs the analyzer’s weak terms ("the article") little', () => {
    const index = new SearchIndex(analyzer);
    docs.forEach((d) => index.add(d));
    index.add({ key: 'a', kind: 'question', phrasings: ['What does the article say about the bay?'] });
    expect(index.queryWeight('~article')).toBeLessThan(index.queryWeight('ferri'));
  });

  it('weighs a word only the curated phrasings use no more than phrasingOnlyWeight; a word the knowledge says keeps its IDF', () => {
    const index = new SearchIndex(analyzer);
    for (let i = 0; i < 40; i++) index.add({ key: `s${i}`, kind: 'section', phrasings: [`ferries cross bay number${i}`] });
    index.add({ key: 'q', kind: 'question', phrasings: ['is the tram any good?'], body: 'The tram is slow.' });
    index.add({ key: 'g', kind: 'not-covered', phrasings: ['what about zeppelins?'] });
    const cap = DEFAULT_SCORING.phrasingOnlyWeight * index.scale;
    // "good" is only in how a question is asked; "tram" is in the answer; "zeppelin" is a known gap's topic.
    expect(index.idf('good')).toBeGreaterThan(cap);
    expect(index.queryWeight('good')).toBeCloseTo(cap);
    expect(index.queryWeight('tram')).toBeCloseTo(index.idf('tram'));
    expect(index.queryWeight('zeppelin')).toBeCloseTo(index.idf('zeppelin'));
    expect(index.queryWeight('number3')).toBeCloseTo(index.idf('number3'));
  });
});
