import { questionClauses } from '../../src/engine/clauses';
import { AnswerEngine } from '../../src/engine/answer-engine';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const { clause_joiners: joiners, clause_starters: starters } = knowledge.dialogue;
const split = (m: string) => questionClauses(m, joiners, starters);

describe('questionClauses', () => {
  it.each([
    ['What does it say about corruption, and what remedy does it propose?', ['What does it say about corruption', 'what remedy does it propose?']],
    ['Could you summarize what Mexico did and how the article frames its significance?', ['Could you summarize what Mexico did', 'how the article frames its significance?']],
    ['For the memo. What does it anticipate will continue? What must change?', ['For the memo. What does it anticipate will continue?', 'What must change?']],
    ['¿Qué dice de la corrupción? ¿Y qué propone?', ['¿Qué dice de la corrupción?', 'Y qué propone?']],
    ['¿qué dice de la frontera y qué propone el artículo?', ['¿qué dice de la frontera', 'qué propone el artículo?']],
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
  ])('leaves "%s" whole', (message) => {
    expect(split(message)).toBeUndefined();
  });
});

describe('a message asking two questions', () => {
  const engine = new AnswerEngine(knowledge);

  it('gets both answers, each cited once, the second read as a follow-up of the first', () => {
    const a = engine.answer('Could you summarize what Mexico did and how the article frames its significance?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/26/);
    expect(a.text).toMatch(/significance/i);
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(2);
    expect(new Set(a.sources.map((s) => s.id)).size).toBe(a.sources.length);
  });

  it('keeps one answer when the other question is not answered, or its answer only says the first again', () => {
    const one = engine.answer('how many people did Mexico expel, and what did the ambassador tweet?');
    expect(one.text).toMatch(/26/);
    expect(one.text).not.toMatch(/\n\n/);
    const other = engine.answer('who won the world cup, and what does the article say about corruption?');
    expect(other.text).toMatch(/corruption/i);
    expect(other.text).not.toMatch(/\n\n/);
    const again = engine.answer('How does the article characterise corruption and the rule of law, and what remedy does it propose?');
    const paragraphs = again.text.split('\n\n');
    expect(new Set(paragraphs.map((p) => p.replace(/\W+/g, ' ').toLowerCase().slice(-60))).size).toBe(paragraphs.length);
  });

  it('answers in Spanish with both parts, and the English beside it', () => {
    const a = engine.answer('¿Qué dice el artículo sobre la corrupción? ¿Y qué propone para combatirla?');
    expect(a.language).toBe('es');
    expect(a.answered).toBe(true);
    expect(a.english).toBeDefined();
    expect(a.text.split('\n\n').length).toBe(a.english!.split('\n\n').length);
  });
});
