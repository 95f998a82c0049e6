// Stage "typos": question-word typos and corrections against the vocabulary.
import { metaphone } from '../../src/engine/sounds';
import { editDistance, fixQuestionWords, TypoCorrector } from '../../src/engine/typos';

describe('fixQuestionWords', () => {
  it('fixes listed question-word typos only', () => {
    const typos = new Map([
      ['wich', 'which'],
      ['wen', 'when'],
    ]);
    expect(fixQuestionWords(['wich', 'one', 'wen'], typos)).toEqual(['which', 'one', 'when']);
  });

  it('reads a real word a slip away from the verb right after a question word as that verb, and only there', () => {
    const typos = new Map([['wat', 'what']]);
    const after = new Map([['dose', 'does']]);
    expect(fixQuestionWords(['wat', 'dose', 'it', 'say'], typos, after)).toEqual(['what', 'does', 'it', 'say']);
    expect(fixQuestionWords(['the', 'dose', 'matters'], typos, after)).toEqual(['the', 'dose', 'matters']);
  });

  it('reads a question word drawn out in chat as that word, and no other word', () => {
    const typos = new Map([
      ['wich', 'which'],
      ['wy', 'why'],
    ]);
    expect(fixQuestionWords(['whyyy', 'soooo', 'whichh', 'one', 'wichh'], typos)).toEqual(['why', 'soooo', 'which', 'one', 'wichh']);
  });
});

describe('TypoCorrector', () => {
  const corrector = new TypoCorrector({ isEverydayWord: (w) => w === 'stil', isFunctionWord: (w) => w === 'happens' });
  for (const w of ['sill', 'still', 'happened', 'happens', 'sovereignty', 'down', 'take']) corrector.add(w, 'en');
  corrector.add('expulsados', 'es');

  // A swap beats a deletion ("sill"); a content word beats a function word; a real word is never a typo.
  it.each([
    ['sitll', 'still'],
    ['sovreignty', 'sovereignty'],
    ['happend', 'happened'],
    ['stil', null],
    ['zzzz', null],
    // Two neighbouring letters swapped in a short word: one slip, though fuse.js scores it as two.
    ['dwon', 'down'],
    ['tkae', 'take'],
  ])('%s → %s', (typo, fixed) => expect(corrector.correct(typo, 'en')).toBe(fixed));

  it('corrects a Spanish typo into Spanish or English, an English one into English only', () => {
    expect(corrector.correct('expulsdos', 'es')).toBe('expulsados');
    expect(corrector.correct('expulsdos', 'en')).toBeNull();
  });
});

describe('TypoCorrector: between equally close words', () => {
  it('prefers the one that sounds as typed ("detales" is "details", not "dealers")', () => {
    const corrector = new TypoCorrector({ isEverydayWord: () => false, isFunctionWord: () => false, phoneticKey: metaphone });
    for (const w of ['dealers', 'details']) corrector.add(w, 'en');
    expect(corrector.correct('detales', 'en')).toBe('details');
  });

  it('prefers, before sound, the word with a letter the typo dropped ("sactions" is "sanctions", not "sections")', () => {
    const corrector = new TypoCorrector({ isEverydayWord: () => false, isFunctionWord: () => false, phoneticKey: metaphone });
    for (const w of ['sections', 'sanctions', 'relations', 'regulations']) corrector.add(w, 'en');
    expect(corrector.correct('sactions', 'en')).toBe('sanctions');
    expect(corrector.correct('reulations', 'en')).toBe('regulations');
  });
});

describe('editDistance', () => {
  it.each([
    ['trust', 'trsut', 1],
    ['word', 'ward', 1],
    ['abc', 'abcdef', 3],
  ])('%s ↔ %s = %d', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('TypoCorrector by sound', () => {
  const { metaphone } = require('../../src/engine/sounds') as typeof import('../../src/engine/sounds');
  const corrector = new TypoCorrector({ isEverydayWord: () => false, isFunctionWord: () => false, phoneticKey: metaphone });
  for (const w of ['corruption', 'impact', 'article', 'sovereignty', 'resilient', 'lover']) corrector.add(w, 'en');

  it.each([
    ['corupshun', 'corruption'],
    ['impakt', 'impact'],
    ['sovrenty', 'sovereignty'],
  ])('corrects %s, written as it sounds, to %s', (typed, word) => {
    expect(corrector.correct(typed, 'en')).toBe(word);
  });

  it('leaves Spanish words and words that sound like nothing it knows alone', () => {
    expect(corrector.correct('korupsion', 'es')).toBeNull();
    expect(corrector.correct('quantum', 'en')).toBeNull();
  });
});

describe('TypoCorrector: rare words of real English', () => {
  const rare = new Set(['spanner', 'coffers', 'sactions']);
  const corrector = new TypoCorrector({ isEverydayWord: () => false, isFunctionWord: () => false, isRareRealWord: (w) => rare.has(w), phoneticKey: metaphone });
  for (const w of ['scanners', 'covers', 'sanctions']) corrector.add(w, 'en');

  it('are not corrected two edits away, nor by sound', () => {
    expect(corrector.correct('spanner', 'en')).toBeNull();
    expect(corrector.correct('coffers', 'en')).toBeNull();
  });

  it('are still corrected one edit away, and other words two edits away', () => {
    expect(corrector.correct('sactions', 'en')).toBe('sanctions');
    expect(corrector.correct('scnaners', 'en')).toBe('scanners');
  });
});
