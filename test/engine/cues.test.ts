// Stage "cues": question types from rules (the real rules' examples run in test/knowledge/language-files.test.ts).
import { compileCue, CueReader, cueMatches, rewriteOpeners } from '../../src/engine/cues';

type Pieces = Partial<{ starts: string[]; words: string[]; patterns: string[]; unless: string[]; asking: string[] }>;
const rule = (name: string, fields: Pieces) => ({
  name,
  starts: [],
  words: [],
  patterns: [],
  unless: [],
  asking: [],
  examples: [],
  not: [],
  ...fields,
});

describe('compileCue', () => {
  it('matches starts only at the start, words anywhere as whole words, patterns as written', () => {
    const cue = compileCue(rule('when', { starts: ['when'], words: ['what date'], patterns: ['\\bwhen did\\b'] }));
    const read = (texts: string[]) => texts.map((t) => cueMatches(cue, t));
    expect(read(['when was it', 'so what date', 'and when did it'])).toEqual([true, true, true]);
    expect(read(['what happens when', 'what dates'])).toEqual([false, false]);
  });

  it('is ruled out by an unless pattern', () => {
    const cue = compileCue(rule('amount', { words: ['how much'], unless: ['how much does it matter'] }));
    expect(cueMatches(cue, 'how much does it cost')).toBe(true);
    expect(cueMatches(cue, 'how much does it matter')).toBe(false);
  });
});

describe('CueReader', () => {
  const reader = new CueReader([rule('count', { words: ['how many', 'cuantos'] }), rule('why', { words: ['why'] })]);

  it('reads every cue that matches, in the rules’ order', () => {
    expect([...reader.read('why how many')]).toEqual(['count', 'why']);
  });

  it('reads the typed words too when given (a Spanish question before translation)', () => {
    expect([...reader.read('how much', 'cuantos')]).toEqual(['count']);
  });
});

describe('CueReader: asking phrases', () => {
  const reader = new CueReader([rule('cause', { asking: ['what (?:\\w+ )?(?:caused|led to)'], unless: ['led to believe'] })]);
  const words = (text: string) => text.split(' ');

  it('give their cue like words do', () => {
    expect([...reader.read('so what probably led to the raid')]).toEqual(['cause']);
  });

  it('are read out of the words, leaving what the question is about', () => {
    expect(reader.withoutAsking(words('so what probably led to the raid')).join(' ')).toBe('so the raid');
    expect(reader.withoutAsking(words('what caused the flood and what led to the drought')).join(' ')).toBe('the flood and the drought');
  });

  it('leave the words alone when the cue is ruled out, nothing matches, or nothing would be left', () => {
    expect(reader.withoutAsking(words('what led to believe it')).join(' ')).toBe('what led to believe it');
    expect(reader.withoutAsking(words('who led the raid')).join(' ')).toBe('who led the raid');
    expect(reader.withoutAsking(words('what caused')).join(' ')).toBe('what caused');
  });
});

describe('rewriteOpeners', () => {
  const openers = [{ word: 'name', becomes: 'list', notBefore: ['of'] }];
  it.each([
    ['name the steps', 'list the steps'],
    ['name of the plan', 'name of the plan'],
    ['the name', 'the name'],
  ])('%s → %s', (input, output) => expect(rewriteOpeners(input.split(' '), openers).join(' ')).toBe(output));
});
