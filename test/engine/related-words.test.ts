// Tests the WordNet bridge from question words the knowledge never uses to the knowledge's own stems.
import { newStemmer } from 'snowball-stemmers';
import { buildRelatedWords } from '../../src/engine/related-words';

const english = newStemmer('english');
const stem = (word: string): string => english.stem(word);

const VOCABULARY =
  'mexico expelled alleged cartel members organized crime law enforcement officers police protection border ' +
  'drug trafficking mob arrest security cooperation government agreement violence';
const knownStems = new Set(VOCABULARY.split(' ').map(stem));
const related = buildRelatedWords(knownStems, stem);

describe('buildRelatedWords', () => {
  it('maps "cops" onto police officers', () => {
    const stems = related.lookup('cops');
    expect(stems.some((s) => s === stem('officer') || s === stem('police'))).toBe(true);
  });

  it('maps "syndicate" onto the mob or cartels when the knowledge uses them', () => {
    expect(related.lookup('syndicate').some((s) => s === stem('cartel') || s === stem('mob'))).toBe(true);
    expect(related.lookup("syndicate's")).toEqual(related.lookup('syndicate'));
    expect(related.lookup('Syndicates').some((s) => s === stem('cartel') || s === stem('mob'))).toBe(true);
  });

  it('reads inflected forms through the exception lists and suffix rules', () => {
    expect(related.lookup('policemen')).toContain(stem('officer'));
    expect(related.lookup('nabbed')).toContain(stem('arrest'));
    expect(related.lookup('narcotics')).toContain(stem('drug'));
  });

  it('returns [] for a word with no related known stem', () => {
    expect(related.lookup('banana')).toEqual([]);
    expect(related.lookup('sunshine')).toEqual([]);
  });

  it('looks up a known word without returning its own stem', () => {
    const stems = related.lookup('officer');
    expect(Array.isArray(stems)).toBe(true);
    expect(stems).not.toContain(stem('officer'));
    expect(related.lookup('police')).not.toContain(stem('police'));
  });

  it('returns at most two stems, all of them known', () => {
    for (const word of ['cops', 'syndicate', 'gangsters', 'dope', 'pact', 'run', 'good', 'quickly']) {
      const stems = related.lookup(word);
      expect(stems.length).toBeLessThanOrEqual(2);
      for (const s of stems) expect(knownStems.has(s)).toBe(true);
    }
  });

  it('returns [] for empty, numeric or junk input', () => {
    expect(related.lookup('')).toEqual([]);
    expect(related.lookup('   ')).toEqual([]);
    expect(related.lookup('2024')).toEqual([]);
    expect(related.lookup('x'.repeat(5000))).toEqual([]);
    expect(related.lookup('qwxzzkvvbnm')).toEqual([]);
    expect(related.lookup('a b c')).toEqual([]);
    expect(related.lookup('<script>')).toEqual([]);
  });

  it('honours maxSenses', () => {
    const narrow = buildRelatedWords(knownStems, stem, { maxSenses: 1 });
    expect(narrow.lookup('syndicate').length).toBeGreaterThan(0);
    expect(narrow.lookup('cops')).toContain(stem('officer'));
  });

  it('is fast once built: a first look-up well under a few ms, a repeated one under a millisecond', () => {
    const words = ['gangsters', 'bribes', 'frontier', 'murders', 'treaty', 'deported', 'smuggler', 'lawmen'];
    const start = process.hrtime.bigint();
    for (const w of words) related.lookup(w);
    const firstMs = Number(process.hrtime.bigint() - start) / 1e6 / words.length;
    const again = process.hrtime.bigint();
    for (let i = 0; i < 100; i++) for (const w of words) related.lookup(w);
    const cachedMs = Number(process.hrtime.bigint() - again) / 1e6 / (100 * words.length);
    expect(firstMs).toBeLessThan(20);
    expect(cachedMs).toBeLessThan(1);
  });
});
