import { quotedClaim, quotedQuestion } from '../../src/engine/claims';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { realLanguage } from '../support/language';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

// The real word lists (knowledge/language/dialogue.yaml and the stop words), so a list too broad shows here.
const d = loadKnowledge(KNOWLEDGE_DIR).dialogue;
const language = realLanguage();
const stop = new Set([...language.en.stopWords, ...language.en.fillerWords, ...language.es.stopWords, ...language.articleWords]);
const check = d.claim_check_words;
const asking = d.asking_words;
const filler = (w: string) => stop.has(w);

describe('quotedClaim', () => {
  it.each([
    ["pasting from the script: 'The move will cripple the gangs for years.' supported by the article?", 'The move will cripple the gangs for years'],
    ['the story says “the mayor resigned on Monday” — accurate?', 'the mayor resigned on Monday'],
    ['"Officials named all 26 of them." does the article back that?', 'Officials named all 26 of them'],
    ["¿es correcto decir 'la expulsión acabará con los cárteles'?", 'la expulsión acabará con los cárteles'],
    // An apostrophe inside a word is no quote.
    ["is 'Mexico's government acted alone' correct?", "Mexico's government acted alone"],
    // A quote runs to the last closing mark of its kind.
    ["the script says 'the cartels' money networks are finished' — true?", "the cartels' money networks are finished"],
    ['any truth to "it\'s over for the cartels\' bosses now"?', "it's over for the cartels' bosses now"],
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
    // Requests around a quote of the article are not checks of it.
    ["can you say more about 'strengthening law enforcement capacity in both countries'?"],
    ["can we go back to 'the impact of expulsions on cartel operations'?"],
    ["my boss said 'keep it under three lines please' — can you summarize?"],
  ])('finds no claim to check in %s', (message) => {
    expect(quotedClaim(message, check, asking, filler)).toBeUndefined();
  });
});

describe('quotedQuestion: a question pasted in quotes for the article to answer', () => {
  const namesTopic = (rest: string) => /\bborder\b/i.test(rest);
  it.each([
    ['a caller asked "how many were sent home?" — what does the piece say?', 'how many were sent home?'],
    ['reader mail: “¿cuántos expulsaron de México?” pls answer', '¿cuántos expulsaron de México?'],
  ])('%s → %s', (message, question) => expect(quotedQuestion(message, namesTopic)).toBe(question));

  it.each([
    ['a caller asked "how many were sent home?" and what about the border?'],
    ['what does "why now?" mean'],
    ['the host says "this ends it all" — accurate?'],
  ])('none in %s', (message) => expect(quotedQuestion(message, namesTopic)).toBeUndefined());
});

describe('quotedQuestion: what is not one pasted question (review)', () => {
  const namesTopic = () => false;
  const joiners = ['and'];
  const starters = ['what', 'who'];
  it.each([
    ['a listener asks "how many were sent home?" and what happens next?'],
    ['one asks "did they act alone?" and another asks "what about the neighbours?"'],
    ['have you seen the film "Who Runs The Border Now?"'],
  ])('none in %s', (message) => expect(quotedQuestion(message, namesTopic, joiners, starters)).toBeUndefined());
});
