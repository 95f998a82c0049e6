// Content is tested like code: every cue example in knowledge/language/cues.yaml is a test; the word lists are sane.
import { Analyzer } from '../../src/engine/analyzer';
import { isEverydayWord } from '../../src/engine/everyday-words';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import { dialogueFileSchema } from '../../src/knowledge/schema';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

const knowledge = loadKnowledge(KNOWLEDGE_DIR);
const { language } = knowledge;
// Built as the engine builds it, so an example is read exactly as a user's question is.
const analyzer = new Analyzer({
  synonyms: knowledge.synonyms,
  spanish: knowledge.spanish,
  language,
  isEverydayWord,
  englishText: [...knowledge.sections.map((s) => `${s.title} ${s.text}`), ...knowledge.questions.map((q) => q.answer)],
});

const examples = language.cues.flatMap((cue) => cue.examples.map((text) => ({ cue: cue.name, text })));
const counterExamples = language.cues.flatMap((cue) => cue.not.map((text) => ({ cue: cue.name, text })));

describe('knowledge/language/cues.yaml', () => {
  it.each(examples)('reads "$text" as a $cue question', ({ cue, text }) => {
    expect([...analyzer.analyze(text).cues]).toContain(cue);
  });

  it.each(counterExamples)('does not read "$text" as a $cue question', ({ cue, text }) => {
    expect([...analyzer.analyze(text).cues]).not.toContain(cue);
  });
});

describe('knowledge/language/en.yaml and es.yaml', () => {
  it('fixes question-word typos into question words, never into another typo', () => {
    const typos = language.en.questionWordTypos;
    for (const fixed of Object.values(typos)) expect([fixed, fixed in typos]).toEqual([fixed, false]);
  });

  it('reads each filler phrase as nothing', () => {
    for (const phrase of language.en.fillerPhrases) {
      expect([phrase, analyzer.analyzeKnown(phrase).terms]).toEqual([phrase, []]);
    }
  });

  it('reads a question made only of article words as about the article itself', () => {
    expect(analyzer.analyzeKnown(language.articleWords.slice(0, 3).join(' ')).terms).toEqual(['~article']);
  });
});

describe('knowledge/language/dialogue.yaml entry_kinds', () => {
  it('names only cues the engine knows: a misspelt cue is an error at load, not a rule that never matches', () => {
    const shape = dialogueFileSchema.shape.entry_kinds;
    expect(shape.safeParse({ person: ['who', 'which'] }).success).toBe(true);
    expect(shape.safeParse({ person: ['whoo'] }).success).toBe(false);
  });
});
