// The article-only reduction: the curated layer goes, the article, its updates and the language data stay.
import { AnswerEngine } from '../../src/engine/answer-engine';
import { articleOnly } from '../../src/knowledge/article-only';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

const full = loadKnowledge(KNOWLEDGE_DIR);
const reduced = articleOnly(full);

describe('articleOnly', () => {
  it('drops curated questions, not-covered topics and the glossary', () => {
    expect(full.questions.length).toBeGreaterThan(0);
    expect(full.notCovered.length).toBeGreaterThan(0);
    expect(full.glossary.length).toBeGreaterThan(0);
    expect({ questions: reduced.questions, notCovered: reduced.notCovered, glossary: reduced.glossary }).toEqual({
      questions: [],
      notCovered: [],
      glossary: [],
    });
  });

  it('keeps the article sections, the dated updates and the language data unchanged', () => {
    expect(reduced.title).toBe(full.title);
    expect(reduced.sections).toEqual(full.sections);
    expect(reduced.updates).toEqual(full.updates);
    expect(reduced.synonyms).toEqual(full.synonyms);
    expect(reduced.spanish).toEqual(full.spanish);
  });

  it('keeps any field it does not know about, so language data added later survives', () => {
    const extended = { ...full, future: { cues: ['x'] } };
    expect((articleOnly(extended) as typeof extended).future).toEqual({ cues: ['x'] });
    expect(articleOnly(full).dialogue).toEqual(full.dialogue);
  });

  it('leaves the knowledge it was given untouched', () => {
    expect(full).toEqual(loadKnowledge(KNOWLEDGE_DIR));
  });

  // How well it answers is the eval's business (npm run eval -- --article-only); here only that it runs.
  it('is knowledge an engine can be built on and asked', () => {
    const a = new AnswerEngine(reduced).answer('how many people were expelled?');
    expect(typeof a.answered).toBe('boolean');
    expect(typeof a.text).toBe('string');
  });

  it("answers a summary request with the article's opening, and a list question with the whole list", () => {
    const engine = new AnswerEngine(reduced);
    const opening = full.sections[0].text.split('. ')[0];
    const tldr = engine.answer('tl;dr of the piece pls, 2 lines max');
    expect(tldr).toMatchObject({ answered: true, sources: [expect.objectContaining({ id: full.sections[0].id })] });
    expect(tldr.text.startsWith(opening)).toBe(true);
    const list = engine.answer('what are the components of the comprehensive strategy the article lays out?');
    expect(list.sources[0].id).toBe('strategy');
    for (const item of full.sections.filter((s) => s.parent === 'strategy')) expect(list.text).toContain(item.title.split(': ')[1]);
  });

  it('answers a question naming one word only a sentence or two of the article use, and not one naming a common word', () => {
    const engine = new AnswerEngine(reduced);
    const forensics = engine.answer('@borderbrief does it say anything re: forensics?');
    expect(forensics).toMatchObject({ answered: true, sources: [expect.objectContaining({ id: 'strategy.law-enforcement-capacity' })] });
    expect(forensics.text).toMatch(/forensic analysis/);
    expect(engine.answer('what about the weather?').answered).toBe(false);
    // Found by one word, it is not sure enough to stand against a follow-up's reading or another part of the message.
    expect(forensics.confidence).toBeLessThan(0.75);
  });
});
