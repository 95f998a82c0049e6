import { messagePieces, questionClauses, withoutAddress, withoutConcession } from '../../src/engine/clauses';
import { AnswerEngine } from '../../src/engine/answer-engine';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const { clause_joiners: joiners, clause_starters: starters, clause_unsplit_before: unsplit } = knowledge.dialogue;
const split = (m: string) => questionClauses(m, joiners, starters, unsplit);

describe('questionClauses', () => {
  it.each([
    ['What does it say about corruption, and what remedy does it propose?', ['What does it say about corruption', 'what remedy does it propose?']],
    ['Could you summarize what Mexico did and how the article frames its significance?', ['Could you summarize what Mexico did', 'how the article frames its significance?']],
    ['For the memo. What does it anticipate will continue? What must change?', ['For the memo. What does it anticipate will continue?', 'What must change?']],
    ['¿Qué dice de la corrupción? ¿Y qué propone?', ['¿Qué dice de la corrupción?', 'Y qué propone?']],
    ['¿qué dice de la frontera y qué propone el artículo?', ['¿qué dice de la frontera', 'qué propone el artículo?']],
    // Phones type curly apostrophes.
    ['what does it say about corruption, and what’s the fix?', ['what does it say about corruption', "what's the fix?"]],
    // "between" in an earlier sentence does not hold this one together.
    ['They asked about the link between X and Y. What does it say, and what remedy does it propose?', ['They asked about the link between X and Y. What does it say', 'what remedy does it propose?']],
  ])('cuts "%s" in two', (message, parts) => {
    expect(split(message)).toEqual(parts);
  });

  it.each([
    'what are the pros and cons of expulsions?',
    'dice que la frontera es vasta y que la demanda es alta?',
    'what did Mexico do and why?',
    'one? two? three?',
    'how many were expelled',
    "what's the deal with intelligence sharing and what's next and how does it end?",
    'What is the difference between what Mexico did and what the US did?',
  ])('leaves "%s" whole', (message) => {
    expect(split(message)).toBeUndefined();
  });
});

describe('a message asking two questions', () => {
  const engine = new AnswerEngine(knowledge);
  const paragraphs = (text: string) => text.split('\n\n');

  it('gets both answers, each cited once', () => {
    const a = engine.answer('Could you summarize what Mexico did and how the article frames its significance?');
    expect(a.answered).toBe(true);
    expect(paragraphs(a.text)).toHaveLength(2);
    expect(paragraphs(a.text)[0]).toMatch(/26/);
    expect(paragraphs(a.text)[1]).toMatch(/significance/i);
    expect(new Set(a.sources.map((s) => s.id)).size).toBe(a.sources.length);
    expect(a.followUp).toBeFalsy();
  });

  it('reads the second as a follow-up of the first when it leans on it, and on its own when it is sure on its own', () => {
    const remedy = engine.answer('How does the article characterise corruption and the rule of law, and what remedy does it propose?');
    expect(paragraphs(remedy.text)).toHaveLength(2);
    expect(paragraphs(remedy.text)[1]).toMatch(/anti-corruption measures/);
    // Nothing said twice: the second paragraph drops what the first already said.
    expect(remedy.text.match(/weakens the rule of law/g)).toHaveLength(1);
    const own = engine.answer('what does the article say about fentanyl, and who expelled them?');
    expect(paragraphs(own.text)[0]).toMatch(/fentanyl/);
    expect(paragraphs(own.text)[1]).toMatch(/Mexico\*\* did/);
  });

  it('reads a position or "which one" in the second question in the first answer\'s list', () => {
    const a = engine.answer('what are the effects, and which one is the intelligence one?');
    expect(a.sources.map((s) => s.id)).toEqual(['impact', 'impact.provide-intelligence']);
  });

  it('answers the other when one is not answered — the second only when it is sure of itself', () => {
    const one = engine.answer('how many people did Mexico expel, and what did the ambassador tweet?');
    expect(one.text).toMatch(/26/);
    expect(paragraphs(one.text)).toHaveLength(1);
    const second = engine.answer('what did the ambassador tweet, and how many people did Mexico expel?');
    expect(second).toMatchObject({ answered: true });
    expect(second.text).toMatch(/26/);
  });

  it('answers in Spanish with both parts, and the English of both beside it', () => {
    const a = engine.answer('¿Cuántas personas expulsó México? ¿Y por qué es importante la frontera?');
    expect(a.language).toBe('es');
    expect(paragraphs(a.text)).toHaveLength(2);
    expect(paragraphs(a.text)[0]).toMatch(/26/);
    expect(paragraphs(a.english!)).toHaveLength(2);
    expect(a.sources.map((s) => s.id)).toEqual(['expulsion-details', 'cross-border-security']);
  });
});

describe('withoutConcession (concessive clauses are not the question)', () => {
  const markers = ['even if', 'even though', 'although', 'aunque', 'a pesar de'];
  it('cuts the clause from its marker to the next comma or the end of the sentence', () => {
    expect(withoutConcession("what can these expulsions do even if they don't kill the group?", markers)).toBe('what can these expulsions do?');
    expect(withoutConcession("Even if it doesn't end them, what good does it do?", markers)).toBe('what good does it do?');
    expect(withoutConcession('¿qué pueden lograr aunque no acaben con el grupo?', markers)).toBe('¿qué pueden lograr?');
  });
  it('leaves the message when nothing would be left to ask, or there is no such clause', () => {
    expect(withoutConcession('even if so?', markers)).toBe('even if so?');
    expect(withoutConcession('what happened to the evening news?', markers)).toBe('what happened to the evening news?');
    expect(withoutConcession('what can they do?', [])).toBe('what can they do?');
  });
});

describe('withoutAddress (the person a question is said to is not part of it)', () => {
  // (The engine's own test: lower case — no name, no acronym — and no word it knows.)
  const unknown = (w: string) => w === w.toLowerCase() && !['cartels', 'which', 'how', 'many', 'were', 'there'].includes(w);
  it.each([
    ['how many were there, boss?', 'how many were there?'],
    ['¿cuántos fueron, compa?', '¿cuántos fueron?'],
    ['compa, ¿cuántos fueron?', '¿cuántos fueron?'],
    ['boss, how many were there?', 'how many were there?'],
  ])('%j → %j', (message, want) => expect(withoutAddress(message, unknown)).toBe(want));

  it.each([
    // Not around a request that is no question ("…, ándale" may be the request itself).
    'recommend a taco place near the office, ándale',
    // An acronym after the comma is a guess at the answer, not a listener.
    'which agency was it, DEA?',
    // A word the knowledge uses is part of the question.
    'which ones were they, cartels?',
    // Nothing would be left to ask.
    'hola, amigo?',
  ])('keeps %j', (message) => expect(withoutAddress(message, unknown)).toBe(message));
});

describe('a question said to someone, answered as the question', () => {
  const engine = new AnswerEngine(knowledge);
  it('"¿cuántos expulsaron, carnalito?" is the count, as without the listener', () => {
    expect(engine.answer('¿Cuántos expulsaron, carnalito?')).toMatchObject({ answered: true, text: expect.stringMatching(/26/) });
    expect(engine.answer('carnalito, ¿cuántos expulsaron?')).toMatchObject({ answered: true, text: expect.stringMatching(/26/) });
  });

  it('keeps a word after the comma that is the topic: a name, a known gap, a typo of a word it knows, a run-together question', () => {
    // Capitalised, or a thing the knowledge knows it does not cover: the not-covered reply that names it.
    expect(engine.answer('which cartel was it, Sinaloa?').text).toMatch(/Sinaloa/);
    expect(engine.answer('which agency was it, dea?')).toMatchObject({ answered: false, text: expect.stringMatching(/agenc/) });
    // A typo of a knowledge word is read as that word.
    expect(engine.answer('which component is it, corupption?').sources[0]?.id).toBe('strategy.combating-corruption');
    // Run-together words are split before: "howmany" asks.
    expect(engine.answer('the expelled cartel members, howmany?').text).toMatch(/26/);
  });

  it('reads only a whole question: a long message keeps its middle; padding at the end is no length', () => {
    // The "?" of ", boss?" right at the 1,000th character, more text after it.
    const head = `${'word '.repeat(199)}, boss?`;
    const long = `${head.slice(head.length - 1000)} and more text after the cut`;
    expect(long.indexOf('?')).toBe(999);
    expect(withoutAddress(long, () => true)).toBe(long);
    expect(withoutAddress(`how many were there, boss?${'!'.repeat(1000)}`, (w) => w === 'boss')).toBe(`how many were there?${'!'.repeat(1000)}`);
  });

  it('keeps the word after a short which-question: a guess at the answer ("which drug, xylazine?")', () => {
    const listener = (w: string) => ['xylazine', 'boss'].includes(w);
    expect(withoutAddress('which drug, xylazine?', listener, ['which'])).toBe('which drug, xylazine?');
    expect(withoutAddress('how many were there, boss?', listener, ['which'])).toBe('how many were there?');
  });

  it('drops an everyday word said to someone ("sir", "pal") and a Spanish one that would split ("hermano"), not a run-together question', () => {
    for (const m of ['how many were expelled, sir?', 'how many were expelled, pal?']) expect(engine.answer(m).text).toMatch(/26/);
    expect(engine.answer('¿cuántos expulsaron, hermano?').text).toMatch(/26/);
    expect(engine.answer('which drug, xylazine?').text).not.toMatch(/^\*\*fentanyl/);
  });
});

describe('messagePieces (the parts a message sets apart, for its asides)', () => {
  it('cuts at sentence ends, commas, semicolons, colons and dashes, saying which part asks', () => {
    expect(messagePieces('List every one — all of them, my boss hates partial lists.')).toEqual([
      { text: 'List every one', asks: false },
      { text: 'all of them', asks: false },
      { text: 'my boss hates partial lists', asks: false },
    ]);
    expect(messagePieces('which gardens were they? Lyon? Nice?')).toEqual([
      { text: 'which gardens were they', asks: true },
      { text: 'Lyon', asks: true },
      { text: 'Nice', asks: true },
    ]);
  });

  it('keeps a hyphenated word and a dotted abbreviation inside one part', () => {
    expect(messagePieces('what do long-term plans say? e.g.x')).toEqual([
      { text: 'what do long-term plans say', asks: true },
      { text: 'e.g.x', asks: false },
    ]);
  });
});
