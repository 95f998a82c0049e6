// Stage "normalise": plain lower-case words.
import { MAX_QUESTION_CHARS, normalizeWords } from '../../src/engine/normalise';

describe('normalizeWords', () => {
  it.each([
    ['¿Qué PASÓ?', ['que', 'paso']],
    ["the team's plan", ['the', 'team', 'plan']],
    ['it’s done', ['it', 'done']],
    ['U.S.A.', ['u', 's', 'a']],
    ['', []],
  ])('%j → %j', (input, words) => expect(normalizeWords(input)).toEqual(words));

  it('reads no further than MAX_QUESTION_CHARS', () => {
    expect(normalizeWords('a '.repeat(MAX_QUESTION_CHARS))).toHaveLength(MAX_QUESTION_CHARS / 2);
  });
});
