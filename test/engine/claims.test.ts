import { quotedClaim } from '../../src/engine/claims';

const check = ['true', 'accurate', 'supported', 'back', 'correct', 'cierto', 'correcto'];
const asking = ['what', 'how', 'why', 'que', 'como'];
const filler = (w: string) => ['the', 'by', 'that', 'is', 'it', 'does', 'article', 'from', 'es', 'decir', 'this', 'per'].includes(w);

describe('quotedClaim', () => {
  it.each([
    ["pasting from the script: 'The move will cripple the gangs for years.' supported by the article?", 'The move will cripple the gangs for years'],
    ['the story says “the mayor resigned on Monday” — accurate?', 'the mayor resigned on Monday'],
    ['"Officials named all 26 of them." does the article back that?', 'Officials named all 26 of them'],
    ["¿es correcto decir 'la expulsión acabará con los cárteles'?", 'la expulsión acabará con los cárteles'],
    // An apostrophe inside a word is no quote.
    ["is 'Mexico's government acted alone' correct?", "Mexico's government acted alone"],
  ])('reads the claim of %s', (message, claim) => {
    expect(quotedClaim(message, check, asking, filler)).toBe(claim);
  });

  it.each([
    // A quoted term, not a claim.
    ["what does 'joint ops' mean?"],
    // No check asked for.
    ["my editor's headline is 'Mexico expels 26 cartel members' lol"],
    // The message asks a question of its own; the quote is its context.
    ["our host keeps saying 'the border is a sieve'. What does the article say strengthening border control includes?"],
    // …or says much else around it.
    ["the mayor said the border is 'just too big to secure' at a town hall, I'm writing a letter to the paper, is that supported?"],
    ["it's fine, isn't it"],
  ])('finds no claim to check in %s', (message) => {
    expect(quotedClaim(message, check, asking, filler)).toBeUndefined();
  });
});
