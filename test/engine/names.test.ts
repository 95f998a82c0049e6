// Stage "names": joint names and words that are a name or a pronoun.
import { NameResolver } from '../../src/engine/names';

const names = new NameResolver({
  jointNames: [
    { words: ['u', 'k'], means: ['united', 'kingdom'] },
    { words: ['u', 'k', 'a'], means: ['ukay'] },
  ],
  pronounOrName: [{ word: 'us', means: ['united', 'states'], pronounAfter: ['tell', 'for'], nameBefore: ['canada'] }],
});

describe('NameResolver', () => {
  it.each([
    ['what does the u k want', 'what does the united kingdom want'],
    ['the u k a', 'the ukay'],
    ['what does the us want', 'what does the united states want'],
    ['tell us more', 'tell more'],
    ['us', 'united states'],
    ['for us canada ties', 'for united states canada ties'],
    ['nothing to change', 'nothing to change'],
  ])('%s → %s', (input, output) => expect(names.resolve(input.split(' ')).join(' ')).toBe(output));
});
