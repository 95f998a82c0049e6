import { asksEmbeddedQuestion, withLead, yesNoLead, yesNoStarter } from '../../src/engine/yes-no';
import { AnswerEngine } from '../../src/engine/answer-engine';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

const d = loadKnowledge(KNOWLEDGE_DIR).dialogue;

describe('yes/no questions', () => {
  it.each([
    ['hey bot, quick q: does it mention fentanyl?', 'en', 'does'],
    ['Is expelling them enough?', 'en', 'is'],
    ['according to the piece, will this stop the flow of drugs for good?', 'en', 'will'],
    ['¿Es suficiente expulsarlos?', 'es', 'es'],
    ['what does it say about fentanyl?', 'en', undefined],
    ['why is the border important?', 'en', undefined],
    ['Could you summarize what Mexico did?', 'en', undefined],
    ['hey bot can u explain the demand side', 'en', undefined],
    ['do you think corruption weakens the rule of law?', 'en', 'do'],
    // A question word before an aside in commas asks its own question: "why, per the text, are X hard…?" is a why.
    ['For a sidebar: why, per the article, are cartels hard to take down?', 'en', undefined],
    ['and how, in plain terms, is that done?', 'en', undefined],
    ['¿y por qué, según el texto, es tan difícil?', 'es', undefined],
    ['my boss asks, per the piece, is it enough?', 'en', 'is'],
    // …but chat with a question word is no question of its own.
    ['Who knows, is removing individuals enough to dismantle a cartel?', 'en', 'is'],
    ["yo what's good, is the expulsion going to stop the cartels?", 'en', 'is'],
    // A single letter's dot ends no sentence: "the U.S." is inside the question.
    ['Did the U.S. help with the expulsion?', 'en', 'did'],
  ])('"%s" opens with %s', (q, lang, starter) => {
    expect(yesNoStarter(q, lang as 'en' | 'es', d)).toBe(starter);
  });

  it.each([
    ['Will removing leaders dismantle the cartel?', 'Removing individuals does not necessarily dismantle an entire organization.', 'hedged'],
    ['Did Mexico expel 30 people?', 'Mexico expelled 26 individuals.', 'no'],
    ['Did Mexico expel 26 people?', 'Mexico expelled 26 individuals.', 'yes'],
    ['Were the cartels named?', "The specific cartels involved haven't been explicitly detailed.", 'no'],
    ['Did intelligence sharing lead to it?', 'This action likely stemmed from intelligence sharing.', 'probable'],
    ['Can expulsions disrupt operations?', 'Removing key personnel can create chaos.', 'yes'],
    // A probability said of something else is not the claim's; said of the claim asked, it is.
    ['Did Mexico expel 26 people?', 'Mexico expelled 26 individuals. The action likely stemmed from intelligence sharing.', 'yes'],
    ['Did intelligence sharing lead to it?', 'Mexico expelled 26 individuals. The action likely stemmed from intelligence sharing.', 'probable'],
  ])('"%s" answered by "%s" leads with %s', (q, answer, lead) => {
    expect(yesNoLead(q, answer, 'x', d)).toBe(lead);
  });

  it('puts the lead in front, unless the answer already has one', () => {
    expect(withLead('Mexico expelled 26.', 'yes', 'en', d)).toBe('Yes. Mexico expelled 26.');
    expect(withLead('No. It is one piece.', 'no', 'en', d)).toBe('No. It is one piece.');
    expect(withLead('México expulsó a 26.', 'yes', 'es', d)).toBe('Sí. México expulsó a 26.');
    // A one-word lead the answer is written with is its lead: no second one.
    expect(withLead('Potentially. They can be sources.', 'probable', 'en', d)).toBe('Potentially. They can be sources.');
    expect(withLead("The article doesn't say. It gives no date.", 'no', 'en', d)).toBe("The article doesn't say. It gives no date.");
  });

  it('puts no plain yes in front of an answer that reports what the article says', () => {
    expect(withLead('The article says X respects Y.', 'yes', 'en', d)).toBe('The article says X respects Y.');
    expect(withLead('Mexico did.', 'yes', 'en', d)).toBe('Yes. Mexico did.');
  });

  it('reads only a whole lead as one: an answer opening "The article says…" still gets its lead', () => {
    expect(withLead('The article says its impact remains to be seen.', 'hedged', 'en', d)).toBe('Not necessarily. The article says its impact remains to be seen.');
    expect(withLead('El artículo dice que su impacto está por verse.', 'hedged', 'es', d)).toBe('No necesariamente. El artículo dice que su impacto está por verse.');
  });
});

describe('absolute claims', () => {
  it('answers a claim stronger than the text with "not necessarily", and a claim the text makes with yes', () => {
    expect(yesNoLead('Is it the only thing that matters?', 'It is crucial.', 'is', d)).toBe('hedged');
    expect(yesNoLead('Will it end the problem forever?', 'It can help.', 'will', d)).toBe('hedged');
    expect(yesNoLead('Is it always crucial?', 'It is always crucial.', 'is', d)).toBe('yes');
  });
});

describe('yes/no questions around a question of another kind', () => {
  it.each(['Does the article say which cartels they belonged to?', 'do we know who ordered it?', '¿el artículo dice cuántos eran?'])('reads "%s" as one', (q) => {
    expect(asksEmbeddedQuestion(q, d)).toBe(true);
  });
  it.each(['Does the article say the expulsion was a good thing?', 'is the border vast?'])('does not read "%s" as one', (q) => {
    expect(asksEmbeddedQuestion(q, d)).toBe(false);
  });
  it('answers one without a bare "Yes." that would claim the article gives what is asked', () => {
    const engine = new AnswerEngine(loadKnowledge(KNOWLEDGE_DIR));
    const a = engine.answer('Does the article say which cartels the expelled individuals belonged to?');
    expect(a.text).not.toMatch(/^(Yes|Likely)\b/);
  });
});

describe('yesNoLead: a hedge after "but" is about something else when the claim asked is stated plainly before it', () => {
  const content = (w: string) => !['is', 'the', 'a', 'it', 'article', 'according', 'to'].includes(w);
  const answer = 'The action represents a positive step in cooperation, but it is just one component of a larger strategy.';
  it('is a yes to the claim stated before the "but"', () => {
    expect(yesNoLead('is the expulsion a positive step?', answer, 'is', d, content)).toBe('yes');
  });
  it('stays hedged when the claim asked is the hedged one, or there is no "but"', () => {
    expect(yesNoLead('is the expulsion the whole strategy?', answer, 'is', d, content)).toBe('hedged');
    expect(yesNoLead('is it a positive step?', 'It is just one component of a positive step forward.', 'is', d, content)).toBe('hedged');
  });
  it('through the engine: no "Not necessarily." in front of a "positive step" the article states', () => {
    const engine = new AnswerEngine(loadKnowledge(KNOWLEDGE_DIR));
    const a = engine.answer('is the expulsion a positive step according to the article?');
    expect(a.text).toMatch(/positive step/);
    expect(a.text).not.toMatch(/^Not necessarily/);
  });
});

describe('yesNoLead: a negation or a "likely" inside the reason a sentence gives is not the claim\'s', () => {
  it('"are details scarce?" answered by "details are scarce as they likely do not want…" is no "No." nor "Likely"', () => {
    const lead = yesNoLead('are details scarce?', 'Details are scarce as the officials likely do not want to compromise anyone.', 'are', d);
    expect(lead).toBe('yes');
    expect(yesNoLead('are details scarce?', 'Details are not scarce at all.', 'are', d)).toBe('no');
  });
});

describe('yesNoLead: a negation after "but" about something else than what is asked', () => {
  it('"does it mention sheds?" answered by "it mentions sheds, but it does not say which" is no "No."', () => {
    const content = (w: string) => ['mention', 'sheds', 'ponds'].includes(w);
    expect(yesNoLead('does it mention sheds?', 'The article says gardens include sheds and fences, but it does not say which sheds.', 'does', d, content)).toBe('yes');
    expect(yesNoLead('does it mention ponds?', 'The article names sheds and fences, but it does not mention ponds.', 'does', d, content)).toBe('no');
  });
});

describe('a claim granted before its turn is stated', () => {
  const content = (w: string) => !['the', 'a', 'is', 'will', 'its'].includes(w);
  it('reads "While X is a good start, …" and "X is a good start, though …" as saying X is a good start', () => {
    expect(yesNoLead('is the garden a good start?', 'While the garden is a good start, its long-term effect remains to be seen.', 'is', d, content)).toBe('yes');
    expect(yesNoLead('is the garden a good start?', 'It calls the garden a good start, though its long-term effect remains to be seen.', 'is', d, content)).toBe('yes');
    // What the clause grants is not what is asked: the hedge stands.
    expect(yesNoLead('will the garden feed the town?', 'While the garden is a good start, its long-term effect remains to be seen.', 'will', d, content)).toBe('hedged');
  });
});
