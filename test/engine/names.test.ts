// Stage "names": joint names and words that are a name or a pronoun.
import { NameResolver } from '../../src/engine/names';

const names = new NameResolver({
  jointNames: [
    { words: ['u', 'k'], means: ['united', 'kingdom'] },
    { words: ['u', 'k', 'a'], means: ['ukay'] },
  ],
  pronounOrName: [{ word: 'us', means: ['united', 'states'], pronounAfter: ['tell', 'for'], nameBefore: ['canada'], capitalsPronounAfter: ['tell'] }],
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

describe('NameResolver.markNames: a word that is a name or a pronoun, written in capitals, is the name', () => {
  it.each([
    ['sharing between US and Mexican agencies', 'sharing between united states and Mexican agencies'],
    ['the US-Mexico border', 'the united states-Mexico border'],
    ['tell us more', 'tell us more'],
    // …after a verb that takes the pronoun, capitals say nothing (review: "Can you tell US why this matters?").
    ['Can you tell US why this matters?', 'Can you tell US why this matters?'],
    ['aid for US agencies', 'aid for united states agencies'],
    ['BUSINESS as usual', 'BUSINESS as usual'],
    // A message all in capitals is shouted: its capitals say nothing.
    ['TELL US MORE ABOUT IT', 'TELL US MORE ABOUT IT'],
  ])('%s → %s', (input, output) => expect(names.markNames(input)).toBe(output));

  it('after marking, "between US and…" keeps the name where the pronoun rule would drop it', () => {
    const words = names.markNames('sharing between US and Mexico').toLowerCase().split(' ');
    expect(names.resolve(words).join(' ')).toBe('sharing between united states and mexico');
  });
});
