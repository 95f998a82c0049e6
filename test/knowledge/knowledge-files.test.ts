// Content is tested like code: one generated test per knowledge file.
import fs from 'node:fs';
import path from 'node:path';
import { AnswerEngine } from '../../src/engine/answer-engine';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { MAX_PHRASINGS } from '../../src/knowledge/schema';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const engine = new AnswerEngine(knowledge);
// The source article beside the checkout when present; else the article text as knowledge/article.yaml holds it.
const sourceFile = path.join(__dirname, '../../../shared/source/article.txt');
const article = fs.existsSync(sourceFile) ? fs.readFileSync(sourceFile, 'utf8') : knowledge.sections.map((s) => s.text).join('\n');
const questionFiles = fs.readdirSync(path.join(KNOWLEDGE_DIR, 'questions')).filter((f) => f.endsWith('.yaml'));

describe.each(questionFiles)('knowledge/questions/%s', (file) => {
  const entries = knowledge.questions.filter((q) => q.file.endsWith(`questions/${file}`));

  it('has entries, each answering its main phrasing itself (users click it as a suggestion)', () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const q of entries) expect({ id: q.id, answeredBy: engine.answer(q.phrasings[0]).entryId }).toEqual({ id: q.id, answeredBy: q.id });
  });

  it('answers every phrasing from the entry’s own source (npm run knowledge:check)', () => {
    const misses = entries.flatMap((q) =>
      q.phrasings.filter((p) => engine.answer(p).sources[0]?.id !== q.source).map((p) => `${q.id}: ${p}`),
    );
    expect(misses).toEqual([]);
  });

  it(`keeps each entry editor-sized: at most ${MAX_PHRASINGS} phrasings`, () => {
    const large = entries.filter((q) => q.phrasings.length > MAX_PHRASINGS).map((q) => `${q.id}: ${q.phrasings.length}`);
    expect(large).toEqual([]);
  });

  it('states no number the article does not state', () => {
    for (const q of entries) for (const n of q.answer.match(/\d+/g) ?? []) expect({ id: q.id, n, inArticle: article.includes(n) }).toEqual({ id: q.id, n, inArticle: true });
  });
});

describe('knowledge/not-covered.yaml', () => {
  it('declines its phrasings and never answers them from the article', () => {
    const answered = knowledge.notCovered.flatMap((t) => t.phrasings.filter((p) => engine.answer(p).answered).map((p) => `${t.id}: ${p}`));
    expect(answered).toEqual([]);
  });

  it(`keeps each topic editor-sized: at most ${MAX_PHRASINGS} phrasings`, () => {
    const large = knowledge.notCovered.filter((t) => t.phrasings.length > MAX_PHRASINGS).map((t) => `${t.id}: ${t.phrasings.length}`);
    expect(large).toEqual([]);
  });
});

describe('knowledge/glossary.yaml', () => {
  it('answers "what is <term>" for every term from the term’s source or a related section', () => {
    const misses = knowledge.glossary.filter((g) => !engine.answer(`what is ${g.term}?`).answered).map((g) => g.term);
    expect(misses).toEqual([]);
  });

  it('answers "which <kind>…?" with the term of that kind (`is_a`), in English and Spanish', () => {
    const kinds = knowledge.glossary.flatMap((g) => g.isA.map((k) => [g.term, k] as const));
    expect(kinds.length).toBeGreaterThan(0);
    for (const [term, kind] of kinds) {
      expect(engine.answer(`which ${kind} does the piece bring up?`).sources[0]?.id).toBe(knowledge.glossary.find((g) => g.term === term)!.source);
      expect(engine.answer(`which ${kind} does the piece bring up?`).text).toContain(term);
    }
    expect(engine.answer('¿de qué droga habla el texto?').text).toMatch(/fentanilo/);
    // A term set aside ("besides X") is not the answer.
    expect(engine.answer('what drugs does the article mention besides fentanyl?').text).not.toMatch(/^\*\*fentanyl\*\*/);
    // Without a way of asking for a kind (`kind_question`), kinds make no phrasing.
    const { kind_question: _unused, ...dialogue } = knowledge.dialogue;
    const plain = new AnswerEngine({ ...knowledge, dialogue: dialogue as typeof knowledge.dialogue });
    expect(plain.answer('which opioid does the article name?').text).not.toMatch(/^\*\*fentanyl\*\*/);
  });
});

describe('knowledge/synonyms.yaml and spanish.yaml', () => {
  it('understands a synonym and a Spanish question for the same fact', () => {
    expect(engine.answer('how many narcos got kicked out?').sources[0]?.id).toBe('expulsion-details');
    expect(engine.answer('¿Cuántos fueron expulsados?').sources[0]?.id).toBe('expulsion-details');
  });
});

describe('knowledge/updates', () => {
  it("answers \"what's new?\" from the shipped updates, or says the knowledge is the article", () => {
    const a = engine.answer("what's new?");
    expect(a.answered).toBe(true);
    if (knowledge.updates.length) expect(a.sources.map((s) => s.id)).toContain(`update:${knowledge.updates.at(-1)!.id}`);
    else expect(a.text).toContain(knowledge.title.split(':')[0]);
  });
});
