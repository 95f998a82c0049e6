// Stage "phrases": phrasal verbs, idioms, filler phrases and synonym groups.
import { ARTICLE_TERM, joinPhrasalVerbs, PhraseMatcher } from '../../src/engine/phrases';

const rules = { particles: ['out', 'back'], objectWords: ['them', 'people'], determiners: ['the'] };
const stopWords = new Set(['is', 'it', 'a', 'in', 'the', 'on']);
const stem = (w: string) => w.replace(/s$/, '');

describe('joinPhrasalVerbs', () => {
  it.each([
    ['kick them out now', 'kick out them now'],
    ['sent the people back', 'sent back the people'],
    ['is it out', 'is it out'],
    ['figure out the plan', 'figure out the plan'],
  ])('%s → %s', (input, output) => {
    expect(joinPhrasalVerbs(input.split(' '), rules, (w) => stopWords.has(w)).join(' ')).toBe(output);
  });
});

describe('PhraseMatcher', () => {
  const phrases = new PhraseMatcher({ stem, stopWords, articleWords: new Set(['summary']) });
  phrases.addSynonymGroups([
    ['expel', 'kick out', 'deport'],
    ['summary', 'in a nutshell'],
    ['new york', 'big apple'],
  ]);
  phrases.addFillerPhrases(['real quick']);
  const stems = (text: string) => text.split(' ').map(stem);

  it('matches an idiom whole, stop words included', () => {
    expect(phrases.matchIdiom(stems('it in a nutshell'), 1)).toEqual({ canonical: [ARTICLE_TERM], length: 3 });
    expect(phrases.matchIdiom(stems('real quick'), 0)).toEqual({ canonical: [], length: 2 });
    expect(phrases.matchIdiom(stems('real news'), 0)).toBeUndefined();
  });

  it('maps synonyms to their group’s head, splitting a multi-word head’s weight', () => {
    const { terms, share } = phrases.mapSynonyms(['deport', 'big', 'apple', 'plan'], 48);
    expect(terms).toEqual(['expel', 'new', 'york', 'plan']);
    expect([share.get('expel'), share.get('new'), share.get('plan')]).toEqual([1, 0.5, 1]);
  });

  it('stops at the term limit', () => expect(phrases.mapSynonyms(['a', 'b', 'c'], 2).terms).toEqual(['a', 'b']));
});
