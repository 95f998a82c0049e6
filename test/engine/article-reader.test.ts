import { Analyzer } from '../../src/engine/analyzer';
import { ArticleReader } from '../../src/engine/article-reader';
import type { Section } from '../../src/knowledge/types';
import { realLanguage } from '../support/language';

// A made-up article about gardening: the reader must serve any article, not only the one the bot ships with.
const sections: Section[] = [
  { id: 'pests', title: 'Pests', text: 'Slugs, aphids and weeds can ruin a bed in a week. Hand picking helps most gardens.' },
  { id: 'weeds', title: 'Controlling Weeds', text: 'Mulch keeps beds tidy. Weeds compete with seedlings for water.' },
  { id: 'soil', title: 'Soil', text: 'Weeds thrive in bare soil. Compost feeds it.' },
];
const analyzer = new Analyzer({ synonyms: [], language: realLanguage(), spanish: {}, englishText: sections.map((s) => `${s.title} ${s.text}`) });
for (const s of sections) analyzer.learn(`${s.title} ${s.text}`);

function top(reader: ArticleReader, question: string): string {
  const analysis = analyzer.analyze(question);
  return reader.read(analysis, analysis.terms.map(() => 1), 3)[0].passage.sectionId;
}

describe('ArticleReader title weight', () => {
  const reader = (weight?: number) => {
    const r = new ArticleReader(analyzer, weight);
    r.add(sections);
    return r;
  };

  it('without it, of two sentences saying the word the earlier one wins, though it mentions the word in passing', () => {
    expect(top(reader(), 'what does it say about weeds?')).toBe('pests');
  });

  it('with it, the part whose title names the word comes first', () => {
    expect(top(reader(0.3), 'what does it say about weeds?')).toBe('weeds');
  });

  it('keeps the title ranking when ties are settled by the words asked, and drops no reading', () => {
    const r = reader(0.3);
    const analysis = analyzer.analyze('what about weeds?');
    const readings = r.read(analysis, analysis.terms.map(() => 1), 8, undefined, 'what about weeds?');
    expect(readings[0].passage.sectionId).toBe('weeds');
    const keys = readings.map((x) => x.passage.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(expect.arrayContaining(['pests#0', 'weeds#1', 'soil#0']));
  });

  it('leaves alone a question its title does not name', () => {
    expect(top(reader(0.3), 'what can ruin a bed?')).toBe('pests');
  });
});

describe('ArticleReader: a why-question and the sentence that gives a reason', () => {
  const frost: Section[] = [{ id: 'frost', title: 'Frost', text: 'Frost damage to tomatoes is rarely measured. Tomatoes are covered as frost harms young leaves.' }];
  const make = (connectives?: string[]) => {
    const r = new ArticleReader(analyzer, 0, connectives);
    r.add(frost);
    return r;
  };
  const first = (r: ArticleReader, question: string) => {
    const analysis = analyzer.analyze(question);
    return r.read(analysis, analysis.terms.map(() => 1), 2, undefined, question)[0].passage.index;
  };

  it('between sentences that answer as well, puts the one joined to a reason ("as", "because") first', () => {
    expect(first(make(['because', 'as']), 'why frost on tomatoes?')).toBe(1);
  });

  it('only for a why-question, and only with the connectives given', () => {
    expect(first(make(['because', 'as']), 'frost on tomatoes?')).toBe(0);
    expect(first(make(), 'why frost on tomatoes?')).toBe(0);
  });
});

describe('ArticleReader: "as" that gives no reason', () => {
  const garden: Section[] = [{ id: 'g', title: 'Garden', text: 'Mulch works as a cover for the soil. Mulch is used as weeds die without light.' }];
  it('ranks "used as weeds die…" as a reason, not "as a cover"', () => {
    const r = new ArticleReader(analyzer, 0, ['as'], { after: ['such', 'well'], before: ['a', 'an'] });
    r.add(garden);
    const analysis = analyzer.analyze('why mulch?');
    expect(r.read(analysis, analysis.terms.map(() => 1), 2, undefined, 'why mulch?')[0].passage.index).toBe(1);
    // (Without the words that block it, "as a cover" would count as a reason too, and the earlier sentence win.)
    const plain = new ArticleReader(analyzer, 0, ['as']);
    plain.add(garden);
    expect(plain.read(analysis, analysis.terms.map(() => 1), 2, undefined, 'why mulch?')[0].passage.index).toBe(0);
  });
});

describe('ArticleReader: a sentence opening with a word that refers back (referring starters)', () => {
  const text: Section[] = [{ id: 'shed', title: 'Outbuildings', text: 'The old shed leans badly. Its roof lets rain through onto the seedlings.' }];
  const make = (starters: string[]) => {
    const r = new ArticleReader(analyzer, 0, [], { after: [], before: [] }, starters);
    r.add(text);
    return r;
  };
  const coverage = (r: ArticleReader) => {
    const analysis = analyzer.analyze('does the shed let rain onto the seedlings?');
    return r.read(analysis, analysis.terms.map(() => 1), 3).find((x) => x.passage.index === 1)?.coverage ?? 0;
  };

  it('has the words of the sentence before as its surroundings: "its roof" is the shed\'s', () => {
    expect(coverage(make(['its']))).toBeGreaterThan(coverage(make([])));
    expect(make(['its']).sentences('shed')[1].context.has(analyzer.analyzeKnown('shed').terms[0])).toBe(true);
    expect(make([]).sentences('shed')[1].context.has(analyzer.analyzeKnown('shed').terms[0])).toBe(false);
  });

  it('reads a referring word after a word of contrast too: "While this one…"', () => {
    const r = new ArticleReader(analyzer, 0, [], { after: [], before: [] }, ['its'], ['while'], ['this']);
    r.add([{ id: 'shed', title: 'Outbuildings', text: 'The old shed leans badly. While this hut is ugly, the roses love it. Meanwhile this hut is not ours.' }]);
    const shed = analyzer.analyzeKnown('shed').terms[0];
    expect(r.sentences('shed')[1].context.has(shed)).toBe(true);
    // (Only after a word of contrast: a referring word later in the sentence refers to anything.)
    expect(r.sentences('shed')[2].context.has(shed)).toBe(false);
  });
});

describe('ArticleReader: a causing verb gives a reason for what it makes so', () => {
  // "why is the shed a poor store?": the reason is the subject of "makes", the claim the words after it.
  const text: Section[] = [{ id: 'shed', title: 'Storage', text: 'The shed stores seed trays. Damp, with cold nights, makes the shed a poor store for seed.' }];
  const make = (causing: string[]) => {
    const r = new ArticleReader(analyzer, 0, ['because'], { after: [], before: [] }, [], [], [], causing, ['that', 'which']);
    r.add(text);
    return r;
  };
  const read = (r: ArticleReader, question: string) => {
    const analysis = analyzer.analyze(question);
    const readings = r.read(analysis, analysis.terms.map(() => 1), 2, undefined, question);
    return readings.map((x) => [x.passage.index, r.givesReasonFor(x, analysis)]);
  };

  it('reads "X makes the shed a poor store" as a reason why the shed is a poor store, and puts it first', () => {
    expect(read(make(['makes']), 'why is the shed a poor store?')[0]).toEqual([1, true]);
  });

  it('a causing verb in a clause saying which thing is meant is no claim\'s ("the damp that makes…")', () => {
    const r = new ArticleReader(analyzer, 0, ['because'], { after: [], before: [] }, [], [], [], ['makes'], ['that']);
    r.add([{ id: 'shed', title: 'Storage', text: 'The damp that makes the shed a poor store is worst in spring.' }]);
    const analysis = analyzer.analyze('why is the shed a poor store?');
    const [reading] = r.read(analysis, analysis.terms.map(() => 1), 1, undefined, 'why is the shed a poor store?');
    expect(r.givesReasonFor(reading, analysis)).toBe(false);
  });

  it('without the verb in the data, the sentence gives no reason', () => {
    expect(read(make([]), 'why is the shed a poor store?').every(([, gives]) => gives === false)).toBe(true);
  });
});

describe('ArticleReader: words written inside a phrase', () => {
  // "trim hedges" is a phrase of a synonym group, read as its one term ("prune"); the sentence still writes "hedges".
  const gardening: Section[] = [
    { id: 'care', title: 'Care', text: 'Gardeners trim hedges every spring.' },
    { id: 'tools', title: 'Hedges', text: 'Shears are sold everywhere.' },
  ];
  const phrased = new Analyzer({ synonyms: [['prune', 'trim hedges']], language: realLanguage(), spanish: {}, englishText: gardening.map((s) => `${s.title} ${s.text}`) });
  for (const s of gardening) phrased.learn(`${s.title} ${s.text}`);
  const reader = new ArticleReader(phrased);
  reader.add(gardening);

  it('count as the sentence\'s own words, for less than a whole term and more than a title', () => {
    const analysis = phrased.analyze('what about hedges?');
    const readings = reader.read(analysis, analysis.terms.map(() => 1), 3);
    const care = readings.find((r) => r.passage.sectionId === 'care')!;
    expect(care.ownCoverage).toBeGreaterThan(0);
    expect(care.ownCoverage).toBeLessThan(1);
    const tools = readings.find((r) => r.passage.sectionId === 'tools')!;
    expect(care.coverage).toBeGreaterThan(tools.coverage);
  });
});
