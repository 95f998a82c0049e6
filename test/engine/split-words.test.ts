import { splitRunTogether } from '../../src/engine/split-words';

const words = new Set('how many drug trafficking kicked out root causes joint operations the'.split(' '));
const isWord = (w: string) => words.has(w);

describe('splitRunTogether', () => {
  it.each([
    ['howmany were expelled', 'how many were expelled'],
    ['drugtrafficking routes', 'drug trafficking routes'],
    ['they got kickedout', 'they got kicked out'],
    ['rootcauses?', 'root causes?'],
  ])('splits "%s"', (input, output) => {
    expect(splitRunTogether(input, isWord)).toBe(output);
  });

  it('keeps words it knows, words it cannot split and accented words as typed', () => {
    expect(splitRunTogether('drug trafficking', isWord)).toBe('drug trafficking');
    expect(splitRunTogether('operatons', isWord)).toBe('operatons');
    expect(splitRunTogether('soberanía', isWord)).toBe('soberanía');
  });
});
