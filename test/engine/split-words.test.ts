import { splitRunTogether } from '../../src/engine/split-words';

const words = new Set('how many drug trafficking kicked out root causes joint operations the rule law say money enforcement capacity'.split(' '));
const isWord = (w: string) => words.has(w);
const shortWords = new Set(['it', 'of', 'to']);
/** A misspelling of a word above: one letter dropped ("laundring" for "laundering" is not above; "capacty" is). */
const near = new Set(['laundring', 'capacty', 'enforcment']);
const options = { isShortPart: (w: string) => shortWords.has(w), isNearPart: (w: string) => near.has(w) };

describe('splitRunTogether', () => {
  it.each([
    ['howmany were expelled', 'how many were expelled'],
    ['drugtrafficking routes', 'drug trafficking routes'],
    ['they got kickedout', 'they got kicked out'],
    ['rootcauses?', 'root causes?'],
  ])('splits "%s"', (input, output) => {
    expect(splitRunTogether(input, isWord)).toBe(output);
  });

  it('splits a token only near a word ("howmanyy") when its parts are words as written, unless a slip of one letter makes it a word', () => {
    // (isWord takes "howmanyy" and "moneyy" as typos of words; isExactWord says what is a word as written.)
    const nearWords = new Set(['howmanyy', 'moneyy']);
    const loose = (w: string) => words.has(w) || nearWords.has(w);
    const exact = { ...options, isExactWord: (w: string) => words.has(w) || w === 'moneyy' };
    expect(splitRunTogether('howmanyy', loose, isWord, { ...options, isExactWord: isWord })).toBe('howmanyy');
    expect(splitRunTogether('drugmoney', (w) => w === 'drugmoney' || words.has(w), isWord, { ...options, isExactWord: isWord })).toBe('drug money');
    // (A token the caller counts as a word as written stays whole.)
    expect(splitRunTogether('moneyy', loose, isWord, exact)).toBe('moneyy');
    // (Without isExactWord, a near word is kept whole as before.)
    expect(splitRunTogether('drugmoney', (w) => w === 'drugmoney' || words.has(w), isWord, options)).toBe('drugmoney');
  });

  it('keeps words it knows, words it cannot split and accented words as typed', () => {
    expect(splitRunTogether('drug trafficking', isWord)).toBe('drug trafficking');
    expect(splitRunTogether('operatons', isWord)).toBe('operatons');
    expect(splitRunTogether('soberanía', isWord)).toBe('soberanía');
  });

  it('keeps a word written in capitals whole: an acronym, not words typed together', () => {
    expect(splitRunTogether('does LAWOF fund it? and the ruleoflaw', isWord, isWord, options)).toBe('does LAWOF fund it? and the rule of law');
    // …but a message all in capitals is shouted, its words typed together as any others.
    expect(splitRunTogether('WHAT ABOUT THE RULEOFLAW', isWord, isWord, options)).toBe('WHAT ABOUT THE rule of law');
  });

  it('splits into three parts, a two-letter function word a part of its own', () => {
    expect(splitRunTogether('what about the ruleoflaw', isWord, isWord, options)).toBe('what about the rule of law');
    expect(splitRunTogether('lawenforcementcapacity?', isWord, isWord, options)).toBe('law enforcement capacity?');
    expect(splitRunTogether('what does itsay', isWord, isWord, options)).toBe('what does it say');
    // Two parts win over three: "howmany" is not "how ma ny".
    expect(splitRunTogether('howmany', isWord, isWord, options)).toBe('how many');
  });

  it('takes one misspelt part beside a long word, never in three parts or beside a short one', () => {
    expect(splitRunTogether('moneylaundring', isWord, isWord, options)).toBe('money laundring');
    // Three parts with a misspelt one: left as typed (the typo stage may still correct it whole).
    expect(splitRunTogether('lawenforcmentcapacity', isWord, isWord, options)).toBe('lawenforcmentcapacity');
    // A two-letter function word is not a part beside a misspelt one, nor without the option.
    expect(splitRunTogether('itcapacty', isWord, isWord, options)).toBe('itcapacty');
    expect(splitRunTogether('ruleoflaw', isWord)).toBe('ruleoflaw');
  });

  it('looks at a dozen words of one message at most: a wall of run-together text costs no more', () => {
    const wall = Array.from({ length: 20 }, () => 'howmany').join(' ');
    const split = splitRunTogether(wall, isWord, isWord, options).split(' ');
    expect(split.filter((w) => w === 'how').length).toBe(12);
    expect(split.filter((w) => w === 'howmany').length).toBe(8);
  });
});
