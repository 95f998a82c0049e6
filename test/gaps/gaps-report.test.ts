// The editors' gaps report over a seeded question log (SQLite, and PostgreSQL when reachable): groups, privacy,
// filters, and suggestions that — pasted into the knowledge — fix the gap they name.
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Core } from '../../src/app';
import type { CommandContext } from '../../src/commands/command';
import { AnswerEngine } from '../../src/engine/answer-engine';
import { GAP_RULES, type GapGroup, type GapsReport, termSimilarity } from '../../src/gaps/gaps-report';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import type { Platform } from '../../src/store/store';
import { testCore } from '../support/core';
import { copyKnowledge } from '../support/knowledge-fixture';
import { createTestSchema, postgresReachable, type TestSchema } from '../store/postgres-test-db';

const NOW = new Date('2027-03-15T12:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Seed {
  ago?: number;
  platform?: Platform;
  private?: boolean;
  answered?: boolean;
  entryId?: string;
  /** 👍 and 👎 votes on the answer. */
  up?: number;
  down?: number;
}

const backends = [
  { name: 'SQLite', env: async () => ({ env: {}, drop: async () => undefined }) },
  ...(postgresReachable('gaps report')
    ? [
        {
          name: 'PostgreSQL',
          env: async () => {
            const schema: TestSchema = await createTestSchema();
            return { env: { DATABASE_URL: schema.url }, drop: () => schema.drop() };
          },
        },
      ]
    : []),
];

describe.each(backends)('gaps report ($name)', (backend) => {
  let core: Core;
  let drop: () => Promise<void>;
  let users = 0;

  beforeEach(async () => {
    const b = await backend.env();
    drop = b.drop;
    core = await testCore(b.env, () => NOW);
  });
  afterEach(async () => {
    await core.close();
    await drop();
  });

  async function seed(question: string, s: Seed = {}): Promise<string> {
    const at = new Date(NOW.getTime() - (s.ago ?? HOUR));
    const platform = s.platform ?? 'slack';
    const id = await core.store.logQuestion({ at, platform, channel: 'C1', userHash: `u${users++}`, question, answered: s.answered ?? false, private: s.private, entryId: s.entryId });
    for (let i = 0; i < (s.up ?? 0) + (s.down ?? 0); i++) {
      await core.store.recordFeedback({ answerId: id, platform, userHash: `v${users++}`, helpful: i < (s.up ?? 0) });
    }
    return id;
  }

  const groupOf = (report: GapsReport, text: RegExp): GapGroup | undefined => report.groups.find((g) => g.questions.some((q) => text.test(q)));

  it('groups near-duplicate declined questions by meaning, with counts, the most-asked wording first', async () => {
    await seed('who won the world cup?', { ago: 5 * HOUR });
    await seed('Who won the World Cup', { ago: 4 * HOUR });
    await seed('which team won the world cup in 2026?', { ago: 3 * HOUR, platform: 'discord' });
    await seed('what is the weather in Paris');
    await seed('weather in paris today?');
    const report = await core.bot.gapsReport();
    expect(report.totalDeclined).toBe(5);
    expect(report.groups).toHaveLength(2);
    const [cup, weather] = report.groups;
    expect(cup).toMatchObject({ count: 3, declined: 3, downvoted: 0, platforms: ['discord', 'slack'] });
    // "who won the world cup?" and "Who won the World Cup" are one wording asked twice.
    expect(cup.representative.toLowerCase()).toMatch(/^who won the world cup\??$/);
    expect(cup.questions).toHaveLength(2);
    expect(cup.lastAsked).toEqual(new Date(NOW.getTime() - 3 * HOUR));
    expect(weather).toMatchObject({ count: 2, questions: ['weather in paris today?', 'what is the weather in Paris'] });
  });

  it('counts private questions in the totals and never shows their text', async () => {
    await seed('who won the world cup?');
    await seed('who won the world cup — asking for my informant Pedro', { private: true });
    const answered = await seed('how many people did mexico expel, says my source Lucia', { answered: true, entryId: 'how-many-expelled', down: 1, private: true });
    const report = await core.bot.gapsReport();
    expect(report).toMatchObject({ totalDeclined: 2, totalDownvoted: 1, privateHidden: 2 });
    expect(report.groups).toHaveLength(1);
    expect(report.groups[0].count).toBe(1);
    const everything = JSON.stringify(report);
    expect(everything).not.toMatch(/Pedro|Lucia|informant/);
    expect(answered).toBeTruthy();
  });

  it('reads only the last N days, and only one platform when asked', async () => {
    await seed('who won the world cup?', { ago: 2 * DAY });
    await seed('what is the weather in Paris', { ago: 10 * DAY });
    await seed('how are drones used by the cartels?', { platform: 'discord' });
    const week = await core.bot.gapsReport({ days: 7 });
    expect(week.from).toEqual(new Date(NOW.getTime() - 7 * DAY));
    expect(week.to).toEqual(NOW);
    expect(week.groups.map((g) => g.representative).sort()).toEqual(['how are drones used by the cartels?', 'who won the world cup?']);
    const month = await core.bot.gapsReport({ days: 30 });
    expect(groupOf(month, /Paris/)).toBeDefined();
    const slack = await core.bot.gapsReport({ days: 30, platform: 'slack' });
    expect(slack.groups.map((g) => g.platforms)).toEqual([['slack'], ['slack']]);
    expect(groupOf(slack, /drones/)).toBeUndefined();
    expect(slack.totalDeclined).toBe(2);
    const two = await core.bot.gapsReport({ days: 30, limit: 1 });
    expect(two.groups).toHaveLength(1);
  });

  it('lists answers voted down more than up, and leaves out answers people liked', async () => {
    await seed('how many people did mexico expel', { answered: true, entryId: 'how-many-expelled', down: 2, up: 1 });
    await seed('why does the border matter', { answered: true, entryId: 'border-importance', down: 1, up: 2 });
    await seed('what happened', { answered: true, entryId: 'what-happened', up: 1 });
    const report = await core.bot.gapsReport();
    expect(report).toMatchObject({ totalDeclined: 0, totalDownvoted: 1 });
    expect(report.groups).toEqual([expect.objectContaining({ representative: 'how many people did mexico expel', count: 1, declined: 0, downvoted: 1 })]);
    // Their wording reaches the entry already: another phrasing would not help, the entry's answer is what failed.
    expect(report.groups[0].closest).toMatchObject({ kind: 'entry', id: 'how-many-expelled', file: 'knowledge/questions/expulsion.yaml' });
    expect(report.groups[0].suggestion).toMatchObject({ kind: 'new-entry', file: 'knowledge/questions/expulsion.yaml' });
    expect(report.groups[0].suggestion.text).toMatch(/voted down entry how-many-expelled/);
  });

  it('leaves out small talk, not-covered replies and questions the knowledge answers now, and counts them', async () => {
    await seed('thanks!');
    await seed('who are you');
    await seed('what are the names of the people expelled?', { entryId: 'names-of-expelled' });
    // Declined when asked; a phrasing added since answers it.
    await seed('how many people did mexico expel');
    const report = await core.bot.gapsReport();
    expect(report).toMatchObject({ groups: [], totalDeclined: 0, chat: 2, notCoveredReplies: 1, nowAnswered: 1 });
  });

  it('reads what the bot logged: questions asked and votes given through the bot', async () => {
    const where = (userId: string, isPrivate: boolean): CommandContext => ({ platform: 'slack', channel: 'C1', userId, canManageChannel: false, private: isPrivate });
    await core.bot.handleText(where('U1', false), 'who won the world cup?');
    await core.bot.handleText(where('U2', true), 'who won the world cup, Pedro wants to know');
    const answer = await core.bot.handleText(where('U3', false), 'how many people were expelled?');
    await core.bot.feedback(where('U4', false), answer.answerId!, false);
    expect(await core.bot.flushWrites(5_000)).toBe(0);
    const report = await core.bot.gapsReport();
    expect(report).toMatchObject({ totalDeclined: 2, totalDownvoted: 1, privateHidden: 1 });
    expect(report.groups.map((g) => g.representative).sort()).toEqual(['how many people were expelled?', 'who won the world cup?']);
    expect(JSON.stringify(report)).not.toContain('Pedro');
  });
});

describe('suggestions', () => {
  let core: Core;
  beforeEach(async () => {
    core = await testCore({}, () => NOW);
  });
  afterEach(() => core.close());

  async function reportFor(...questions: string[]): Promise<GapsReport> {
    let n = 0;
    for (const question of questions) {
      await core.store.logQuestion({ at: new Date(NOW.getTime() - HOUR), platform: 'slack', channel: 'C1', userHash: `u${n++}`, question, answered: false });
    }
    return core.bot.gapsReport();
  }

  /** The snippet as data: its YAML without the comment line that says where it goes. */
  const snippetData = (g: GapGroup) => YAML.parse(g.suggestion.snippet.split('\n').slice(1).join('\n'));

  it('suggests a phrasing for the entry a declined question came close to — pasted, the bot answers it', async () => {
    const [group] = (await reportFor('is the economy affected')).groups;
    expect(group.closest).toMatchObject({ kind: 'entry', id: 'cartel-influence', file: 'knowledge/questions/cross-border-security.yaml' });
    expect(group.closest!.score).toBeGreaterThanOrEqual(GAP_RULES.addPhrasing);
    expect(group.suggestion).toMatchObject({ kind: 'add-phrasing', file: 'knowledge/questions/cross-border-security.yaml' });
    // The entry is full (15 phrasings): the fix says so, and the editor replaces one.
    expect(group.suggestion.text).toBe(
      'Add a phrasing to entry cartel-influence (knowledge/questions/cross-border-security.yaml). It holds 15 phrasings (at most 15): replace near-duplicates.',
    );
    // Indented as the file's phrasings are.
    expect(group.suggestion.snippet.split('\n')[1]).toBe('      - is the economy affected');
    const dir = copyKnowledge();
    editYaml(path.join(dir, 'questions/cross-border-security.yaml'), (doc) => {
      const { phrasings } = doc.questions.find((q: { id: string }) => q.id === 'cartel-influence');
      phrasings.splice(-1, 1, ...snippetData(group));
    });
    const answer = new AnswerEngine(loadKnowledge(dir)).answer('is the economy affected');
    expect(answer).toMatchObject({ answered: true, entryId: 'cartel-influence' });
  });

  it('suggests a not-covered topic when nothing is close — pasted with a reply, the bot gives that reply', async () => {
    const [group] = (await reportFor('who won the world cup?', 'which team won the world cup in 2026?')).groups;
    expect(group.closest).toBeUndefined();
    expect(group.suggestion).toMatchObject({ kind: 'add-not-covered', file: 'knowledge/not-covered.yaml' });
    const [topic] = snippetData(group);
    expect(topic).toMatchObject({ id: expect.stringMatching(/^world-cup/), phrasings: ['which team won the world cup in 2026?', 'who won the world cup?'] });
    expect(group.suggestion.snippet.split('\n')[1]).toBe(`  - id: ${topic.id}`);
    const dir = copyKnowledge();
    const reply = 'The article is about Mexico and the United States, not football.';
    editYaml(path.join(dir, 'not-covered.yaml'), (doc) => doc.topics.push({ ...topic, reply }));
    expect(new AnswerEngine(loadKnowledge(dir)).answer('who won the world cup')).toMatchObject({ answered: false, text: reply });
  });

  it('suggests a new entry citing the nearest section when the article comes close but no entry does', async () => {
    const [group] = (await reportFor("what's the collaboration like in practice between the agencies")).groups;
    expect(group.closest!.score).toBeGreaterThanOrEqual(GAP_RULES.newEntry);
    expect(group.closest!.score).toBeLessThan(GAP_RULES.addPhrasing);
    // (Agencies working together is the intelligence-sharing element: the entry goes in that section's file.)
    expect(group.suggestion).toMatchObject({ kind: 'new-entry', file: 'knowledge/questions/cross-border-security.yaml' });
    const [entry] = snippetData(group);
    expect(entry).toMatchObject({ source: 'cross-border-security.intelligence-sharing', phrasings: ["what's the collaboration like in practice between the agencies"] });
    expect(entry.answer).toMatch(/^TODO: answer from the article section/);
  });

  it('suggests a phrasing for a not-covered topic the question came close to', async () => {
    const [group] = (await reportFor('how are drones used by the cartels?', 'do cartels use drones')).groups;
    expect(group).toMatchObject({ count: 2, closest: { kind: 'not-covered', file: 'knowledge/not-covered.yaml' }, suggestion: { kind: 'add-phrasing', file: 'knowledge/not-covered.yaml' } });
    expect(group.suggestion.text).toMatch(/^Add a phrasing to not-covered topic \S+ \(knowledge\/not-covered\.yaml\)/);
  });

  it('refuses options it cannot read, saying what is allowed', async () => {
    await expect(core.bot.gapsReport({ days: 0 })).rejects.toThrow(/Days must be a whole number from 1 to 366 \(got 0\)/);
    await expect(core.bot.gapsReport({ platform: 'teams' })).rejects.toThrow(/slack, discord, console \(got 'teams'\)/);
    await expect(core.bot.gapsReport({ limit: 0 })).rejects.toThrow(/limit must be a whole number/);
  });
});

describe('near-duplicates', () => {
  it('are measured on analysed terms (Jaccard)', () => {
    expect(termSimilarity(['world', 'cup'], ['world', 'cup', 'team'])).toBeCloseTo(2 / 3);
    expect(termSimilarity(['weather', 'pari'], ['weather', 'london'])).toBeCloseTo(1 / 3);
    expect(termSimilarity([], [])).toBe(1);
  });
});

function editYaml(file: string, edit: (doc: any) => void): void {
  const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
  edit(doc);
  fs.writeFileSync(file, YAML.stringify(doc));
}
