// The blind-batch grader: term matching, declines, and conversations run turn by turn with the engine's state.
import fs from 'node:fs';
import path from 'node:path';
import type { ConversationState } from '../../src/engine/conversation';
import {
  type BatchAnswer,
  type BatchItem,
  type ConversationalEngine,
  containsTerm,
  gradeAnswer,
  loadRepoBatches,
  meetsMust,
  parseBatch,
  runBatch,
  summarizeBatch,
} from './evaluate';
import { tempDir } from '../support/knowledge-fixture';

const item = (over: Partial<BatchItem>): BatchItem => ({
  q: 'a question',
  lang: 'en',
  kind: 'direct',
  must: [],
  decline: false,
  acceptAnswer: false,
  ...over,
});

describe('containsTerm', () => {
  it.each([
    ['Mexico expelled 26 individuals', '26', true],
    ['Mexico expelled 26 individuals', 'MEXICO', true],
    ['La expulsión de 26 presuntos miembros', 'expulsion', true],
    ['the expulsion of 26', 'expulsión', true],
    ['**vigorous anti-corruption measures**', 'anti-corruption measures', true],
    ['vigorous anti corruption measures', 'anti-corruption', true],
    ['vigorous anti-corruption measures', 'anti corruption', true],
    ['US–Mexico security cooperation', 'us-mexico', true],
    ['US–Mexico security cooperation', 'us mexico', true],
    ['joint\n  operations   along the border', 'joint operations along', true],
    ['The article doesn’t say', "doesn't say", true],
    ['disruption of supply chains', 'disrupt', true],
    ['intelligence sharing', 'joint operation', false],
    ['the cartels', 'cartel members', false],
  ])('%j contains %j: %s', (text, term, want) => expect(containsTerm(text, term)).toBe(want));
});

describe('meetsMust', () => {
  it.each([
    ['intelligence sharing and joint operations', [['intelligence'], ['joint', 'coordinated']], true],
    ['intelligence sharing and coordinated raids', [['intelligence'], ['joint', 'coordinated']], true],
    ['intelligence sharing only', [['intelligence'], ['joint', 'coordinated']], false],
    ['anything at all', [], true],
  ])('%j meets %j: %s', (text, must, want) => expect(meetsMust(text, must)).toBe(want));
});

describe('gradeAnswer', () => {
  const inScope = item({ must: [['26', 'twenty-six']] });
  const offTopic = item({ decline: true });
  const eitherWay = item({ decline: true, acceptAnswer: true, must: [['cartel']] });
  it.each([
    ['in scope, answered with the terms', inScope, { answered: true, text: 'It expelled twenty six people.' }, true],
    ['in scope, answered without them', inScope, { answered: true, text: 'It expelled many people.' }, false],
    ['in scope, declined (even if the decline text has the terms)', inScope, { answered: false, text: '26' }, false],
    ['off-topic, declined', offTopic, { answered: false, text: 'Sorry — not in the article.' }, true],
    ['off-topic, answered', offTopic, { answered: true, text: 'Something.' }, false],
    ['decline with accept_answer, declined', eitherWay, { answered: false, text: 'Not said.' }, true],
    ['decline with accept_answer, answered with the terms', eitherWay, { answered: true, text: 'Drug cartels.' }, true],
    ['decline with accept_answer, answered without them', eitherWay, { answered: true, text: 'Borders.' }, false],
    ['a Spanish answer, graded with its English text', inScope, { answered: true, text: 'Expulsó a veintiséis.', english: 'It expelled 26.' }, true],
    ['a Spanish answer whose English text lacks the terms too', inScope, { answered: true, text: 'Expulsó a muchos.', english: 'It expelled many.' }, false],
  ])('%s', (_name, it, answer, want) => expect(gradeAnswer(it, answer)).toBe(want));
});

describe('parseBatch', () => {
  it('reads the blind format: groups, bare terms and numbers as one-term groups, defaults, split', () => {
    const batch = parseBatch(
      [
        'split: holdout',
        'questions:',
        '  - { q: "how many?", lang: en, kind: slack, must: [[26, "twenty-six"], "expel"] }',
        '  - { q: "¿y el clima?", lang: es, decline: true }',
        '  - { q: "which cartels?", lang: en, decline: true, accept_answer: true, must: [["cartel"]] }',
        'conversations:',
        '  - id: c1',
        '    turns:',
        '      - { q: "the list?", must: [["intelligence"]] }',
        '      - { q: "and number two?", lang: en, must: [["joint"]] }',
      ].join('\n'),
      'batch-x.yaml',
    );
    expect(batch).toMatchObject({ name: 'batch-x.yaml', split: 'holdout' });
    expect(batch.questions.map((q) => [q.must, q.decline, q.acceptAnswer])).toEqual([
      [[['26', 'twenty-six'], ['expel']], false, false],
      [[], true, false],
      [[['cartel']], true, true],
    ]);
    const turns = [expect.objectContaining({ lang: 'en' }), expect.anything()];
    expect(batch.conversations).toEqual([{ id: 'c1', turns }]);
  });

  it('defaults to the tune split', () => {
    expect(parseBatch('questions: [{ q: "x", lang: en, must: [["y"]] }]', 'b.yaml').split).toBe('tune');
  });

  it('names every ungradable entry by position, never by its text', () => {
    const source = 'questions:\n  - { q: "secret one", lang: en }\n  - { q: "secret two", must: [["x"]] }\n';
    const message = (() => {
      try {
        parseBatch(source, 'b.yaml');
        return 'no error';
      } catch (err) {
        return (err as Error).message;
      }
    })();
    expect(message).toMatch(/^b\.yaml: 2 problems/);
    expect(message).toMatch(/questions\[0\]: needs must groups or decline: true/);
    expect(message).toMatch(/questions\[1\]: needs lang/);
    expect(message).not.toMatch(/secret/);
  });
});

describe('loadRepoBatches', () => {
  it('loads test/eval-style batch-*.yaml files in name order and nothing else', () => {
    const dir = tempDir('bb-batches-');
    const holdout = 'split: holdout\nquestions: [{ q: "x", lang: en, decline: true }]\n';
    fs.writeFileSync(path.join(dir, 'batch-b.yaml'), holdout);
    fs.writeFileSync(path.join(dir, 'batch-a.yaml'), 'questions: [{ q: "y", lang: es, must: [["z"]] }]\n');
    fs.writeFileSync(path.join(dir, 'questions-x.yaml'), '- q: "not a batch"\n');
    expect(loadRepoBatches(dir).map((b) => [b.name, b.split])).toEqual([
      ['batch-a.yaml', 'tune'],
      ['batch-b.yaml', 'holdout'],
    ]);
  });
});

/** A fake engine: answers with the conversation so far, so a test can see which state reached which turn. */
class EchoEngine implements ConversationalEngine {
  readonly seen: (ConversationState | undefined)[] = [];
  answer(question: string, context: { state?: ConversationState } = {}): BatchAnswer {
    this.seen.push(context.state);
    if (/weather/.test(question)) return { answered: false, text: 'Sorry.' };
    const question_ = context.state ? `${context.state.question} / ${question}` : question;
    return {
      answered: true,
      text: `about: ${question_}`,
      followUp: !!context.state,
      state: { question: question_, shown: [] },
    };
  }
}

describe('runBatch and summarizeBatch', () => {
  const batch = parseBatch(
    [
      'questions:',
      '  - { q: "border", lang: en, must: [["border"]] }',
      '  - { q: "frontera", lang: es, must: [["border"]] }',
      '  - { q: "weather today", lang: en, decline: true }',
      'conversations:',
      '  - id: c1',
      '    turns:',
      '      - { q: "cartels", must: [["cartels"]] }',
      '      - { q: "why", must: [["cartels / why"]] }',
      '      - { q: "weather", decline: true }',
      '      - { q: "again", must: [["cartels"]] }',
    ].join('\n'),
    'batch-t.yaml',
  );

  it('asks single questions with no state, and passes each turn the state the previous answer returned', () => {
    const engine = new EchoEngine();
    const results = runBatch(engine, batch);
    // Three single questions with no state; then the turns: none, cartels, cartels / why, none after the decline.
    expect(engine.seen.map((s) => s?.question)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'cartels',
      'cartels / why',
      undefined,
    ]);
    expect(results.filter((r) => r.conversation).map((r) => [r.conversation?.turn, r.ok, r.followUp])).toEqual([
      [0, true, false],
      [1, true, true],
      [2, true, false],
      [3, false, false],
    ]);
  });

  it('sums English, Spanish, off-topic, conversation turns and turns after the first', () => {
    const summary = summarizeBatch(runBatch(new EchoEngine(), batch));
    expect(summary).toEqual({
      english: { right: 1, total: 1 },
      spanish: { right: 0, total: 1 },
      offTopic: { right: 1, total: 1 },
      turns: { right: 3, total: 4 },
      followUpTurns: { right: 2, total: 3 },
    });
  });
});
