// Words of everyday English (SUBTLEX-US): a real word is never read as a typo, nor split into two.
import { isEverydayWord, isListedWord, isRareRealWord } from '../../src/engine/everyday-words';

describe('isEverydayWord', () => {
  it('knows common words and the rarer forms of them ("commented" of "comment")', () => {
    expect(isEverydayWord('weather')).toBe(true);
    expect(isEverydayWord('commented')).toBe(true);
    expect(isEverydayWord('arguing')).toBe(true);
  });

  it('does not take a misspelling for a word', () => {
    for (const typo of ['cartles', 'corupshun', 'expulsons', 'kicekd']) expect(isEverydayWord(typo)).toBe(false);
    // …nor one that looks like a form of an everyday word ("boder" of "bod", "druges" of "drug", "depoted" of "depot").
    for (const typo of ['boder', 'druges', 'depoted', 'cartelss', 'memers']) expect(isEverydayWord(typo)).toBe(false);
  });
});

describe('isListedWord', () => {
  it('knows rare words the subtitles have at all, and no misspelling', () => {
    expect(isListedWord('uproot')).toBe(true);
    expect(isListedWord('inflexible')).toBe(true);
    expect(isListedWord('moneylaundring')).toBe(false);
  });
});

describe('isRareRealWord', () => {
  it('knows rare words of real English, too rare to be everyday, and no misspelling', () => {
    for (const w of ['spanner', 'coffers', 'brimming', 'threadbare', 'linchpin']) {
      expect(isEverydayWord(w)).toBe(false);
      expect(isRareRealWord(w)).toBe(true);
    }
    for (const typo of ['goverment', 'cartles', 'expeled', 'recieve', 'sactions']) expect(isRareRealWord(typo)).toBe(false);
  });
});
