// Stage "stem": Snowball stems with the language data's exceptions.
import { EnglishStemmer, SpanishStemmer } from '../../src/engine/stem';

const stemmer = new EnglishStemmer({
  stemOverrides: { office: 'office', offices: 'office' },
  stemPrefixes: { nationalit: 'nationality' },
  ownMeaningVerbForms: ['left'],
});

describe('EnglishStemmer', () => {
  it('keeps an override apart from the word the stemmer would fold it into', () => {
    expect(stemmer.stem('offices')).toBe('office');
    expect(stemmer.stem('officer')).not.toBe('office');
  });

  it('reads every word with a listed beginning as its term, typos included', () => {
    expect(stemmer.stem('nationalitys')).toBe('nationality');
  });

  it('stems an irregular verb form as its base form, unless it has a meaning of its own', () => {
    expect(stemmer.stem('brought')).toBe(stemmer.stem('bring'));
    expect(stemmer.baseForm('left')).toBe('left');
    expect(stemmer.baseForm('went')).toBe('go');
  });

  it('keeps numbers as typed', () => expect(stemmer.stem('2024')).toBe('2024'));
});

describe('SpanishStemmer', () => {
  it('gives two forms of one word the same stem', () => {
    const es = new SpanishStemmer();
    expect(es.stem('compartida')).toBe(es.stem('compartido'));
  });
});
