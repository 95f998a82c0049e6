// What a digest says: rotation of focus and question of the day, "what's new" since the last digest, the channel's last 24 hours.
import { AnswerEngine } from '../../src/engine/answer-engine';
import { buildDigest, focusItems, questionsOfTheDay } from '../../src/digest/build-digest';
import { DigestService } from '../../src/digest/digest-service';
import { silentLogger } from '../../src/logger';
import type { Update } from '../../src/knowledge/types';
import { SqlStore } from '../../src/store/sql-store';
import { openSqlite } from '../../src/store/sqlite-driver';
import { createTestService, fakeClock, realEngine, realKnowledge, recordingDeliver, via } from './digest-test-kit';

const ZONE = 'America/Mexico_City';
const CHANNEL = 'C-news';

let store: SqlStore;
beforeEach(() => {
  store = new SqlStore(openSqlite(':memory:'));
});
afterEach(() => store.close());

const input = (sequence: number, extra: Partial<Parameters<typeof buildDigest>[4]> = {}) => ({
  platform: 'slack' as const,
  channel: CHANNEL,
  date: '2027-01-15',
  sequence,
  now: new Date('2027-01-15T14:00:00Z'),
  ...extra,
});

describe('digest rotation', () => {
  it('makes consecutive scheduled digests differ in focus, question of the day and key points', async () => {
    const clock = fakeClock('2027-01-14T10:00:00Z');
    const kit = createTestService(clock);
    try {
      await kit.service.subscribe('slack', CHANNEL, '08:00', ZONE);
      const deliver = recordingDeliver();
      for (const day of ['2027-01-14', '2027-01-15', '2027-01-16']) {
        clock.set(`${day}T14:00:00Z`);
        await kit.service.runDue(via(deliver));
      }
      const digests = deliver.posts.map((p) => p.reply.digest!);
      expect(digests.map((d) => d.date)).toEqual(['2027-01-14', '2027-01-15', '2027-01-16']);
      for (let i = 1; i < digests.length; i++) {
        expect(digests[i].focus.title).not.toBe(digests[i - 1].focus.title);
        expect(digests[i].questionOfTheDay).not.toBe(digests[i - 1].questionOfTheDay);
        expect(digests[i].keyPoints).not.toEqual(digests[i - 1].keyPoints);
        expect(digests[i].headline).toContain(digests[i].date);
      }
      expect((await kit.service.status('slack', CHANNEL))?.sequence).toBe(3);
    } finally {
      await kit.close();
    }
  });

  it('never repeats a focus until every section and curated question has had its turn', async () => {
    const engine = realEngine();
    const focus = focusItems(engine);
    const qotd = questionsOfTheDay(engine);
    expect(focus.length).toBe(realKnowledge().sections.length + realKnowledge().questions.length);
    const seen = new Set<string>();
    for (let seq = 0; seq < focus.length; seq++) {
      const d = await buildDigest(engine, store, focus, qotd, input(seq));
      seen.add(`${d.focus.source.id}|${d.focus.title}`);
    }
    expect(seen.size).toBe(focus.length);
    const again = await buildDigest(engine, store, focus, qotd, input(focus.length));
    const first = await buildDigest(engine, store, focus, qotd, input(0));
    expect(again.focus).toEqual(first.focus);
  });

  it.each([7, 14, 21, 5, 1])('gives every one of %i questions of the day a turn before repeating any', async (n) => {
    const engine = realEngine();
    const focus = focusItems(engine);
    const qotd = realKnowledge().questions.slice(0, n).map((q) => q.phrasings[0]);
    const asked: string[] = [];
    for (let seq = 0; seq < n; seq++) asked.push((await buildDigest(engine, store, focus, qotd, input(seq))).questionOfTheDay);
    expect(new Set(asked).size).toBe(n);
  });

  it('only offers questions of the day that the bot answers from their own source', () => {
    const engine = realEngine();
    const qotd = questionsOfTheDay(engine);
    expect(qotd.length).toBeGreaterThan(10);
    for (const q of qotd.slice(0, 10)) {
      const a = engine.answer(q);
      expect(a.answered).toBe(true);
    }
  });
});

describe("digest what's new", () => {
  const update = (date: string, title: string): Update => ({ id: `${date}-${title}`, date, title, body: `Body of ${title}.`, file: `knowledge/updates/${date}.md`, source: 'Example Wire' });
  const titles = (lines: string[]) => lines.map((l) => /— (.*?)\*\*/.exec(l)?.[1]);
  const engineWithUpdates = () =>
    new AnswerEngine({
      ...realKnowledge(),
      updates: [update('2027-01-10', 'older'), update('2027-01-12', 'on the last day'), update('2027-01-13', 'since then'), update('2027-01-15', 'today'), update('2027-01-16', 'tomorrow')],
    });

  it("lists the updates dated after the previous digest's date and up to today's", async () => {
    const engine = engineWithUpdates();
    const d = await buildDigest(engine, store, focusItems(engine), ['Q?'], input(4, { previousDate: '2027-01-12' }));
    // Newest first, each with its date, first sentences and source: the lines "what's new?" answers with.
    expect(d.whatsNew).toEqual([
      '• **15 Jan 2027 — today**: Body of today. _(Source: Example Wire)_',
      '• **13 Jan 2027 — since then**: Body of since then. _(Source: Example Wire)_',
    ]);
    expect(d.whatsNew).toEqual(engine.recentUpdates().filter((u) => u.date > '2027-01-12' && u.date <= '2027-01-15').map((u) => engine.updateLine(u)));
  });

  it('lists every update up to today (not tomorrow’s) in a channel’s first digest, and nothing when no update is newer', async () => {
    const engine = engineWithUpdates();
    const first = await buildDigest(engine, store, focusItems(engine), ['Q?'], input(0));
    expect(titles(first.whatsNew)).toEqual(['today', 'since then', 'on the last day', 'older']);
    const none = await buildDigest(engine, store, focusItems(engine), ['Q?'], input(1, { previousDate: '2027-01-15' }));
    expect(none.whatsNew).toEqual([]);
  });

  it("follows the channel's own previous digest through the service", async () => {
    const clock = fakeClock('2027-01-12T10:00:00Z');
    const s = new SqlStore(openSqlite(':memory:'));
    try {
      const service = new DigestService({ engine: engineWithUpdates(), store: s, logger: silentLogger, clock, sleep: async () => undefined });
      await service.subscribe('slack', CHANNEL, '08:00', ZONE);
      const deliver = recordingDeliver();
      clock.set('2027-01-12T14:00:00Z');
      await service.runDue(via(deliver));
      clock.set('2027-01-15T14:00:00Z'); // two days missed: "what's new" still covers them
      await service.runDue(via(deliver));
      expect(titles(deliver.posts[1].reply.digest!.whatsNew)).toEqual(['today', 'since then']);
    } finally {
      await s.close();
    }
  });
});

describe("digest last 24 hours", () => {
  const at = (iso: string) => new Date(iso);
  async function log(question: string, answered: boolean, when: string, extra: { channel?: string; entryId?: string } = {}) {
    await store.logQuestion({
      at: at(when),
      platform: 'slack',
      channel: extra.channel ?? CHANNEL,
      userHash: 'u1',
      question,
      answered,
      entryId: answered ? (extra.entryId ?? 'q.count') : undefined,
      sourceId: answered ? 'expulsion-details' : undefined,
    });
  }

  it('lists the most-asked and the unanswered questions of this channel’s last 24 hours as plain text', async () => {
    await log('How many people were expelled?', true, '2027-01-15T09:00:00Z');
    await log('How many people were expelled?', true, '2027-01-15T10:00:00Z');
    await log('How many people were expelled?', true, '2027-01-14T15:00:00Z');
    await log('Why does the border matter?', true, '2027-01-15T11:00:00Z', { entryId: 'q.border' });
    await log('Who are the 26 people?', false, '2027-01-15T12:00:00Z');
    await log('who are the 26 people?', false, '2027-01-15T12:30:00Z');
    await log('Which US agencies took part?', false, '2027-01-15T13:00:00Z');
    // Outside the window or the channel: not counted.
    await log('How many people were expelled?', true, '2027-01-14T13:59:59Z');
    await log('Is the president involved?', false, '2027-01-13T12:00:00Z');
    await log('Other channel question', false, '2027-01-15T12:00:00Z', { channel: 'C-elsewhere' });

    const engine = realEngine();
    const d = await buildDigest(engine, store, focusItems(engine), ['Q?'], input(0));
    expect(d.mostAsked).toEqual(['How many people were expelled? (×3)', 'Why does the border matter? (×1)']);
    expect(d.unanswered).toHaveLength(2);
    expect(d.unanswered[0]).toMatch(/^[Ww]ho are the 26 people\? \(×2\)$/);
    expect(d.unanswered[1]).toBe('Which US agencies took part? (×1)');
    // Neutral text: no platform markup for the adapters to undo.
    for (const line of [...d.mostAsked, ...d.unanswered]) expect(line).not.toMatch(/<[@#!]|\*\*|[<>]/);
  });

  it('says nothing about the last 24 hours in a quiet channel', async () => {
    const engine = realEngine();
    const d = await buildDigest(engine, store, focusItems(engine), ['Q?'], input(0));
    expect([d.mostAsked, d.unanswered]).toEqual([[], []]);
  });

  it('clips a very long logged question', async () => {
    await log(`Why ${'really '.repeat(60)}?`, false, '2027-01-15T12:00:00Z');
    const engine = realEngine();
    const d = await buildDigest(engine, store, focusItems(engine), ['Q?'], input(0));
    expect(d.unanswered[0].length).toBeLessThan(170);
    expect(d.unanswered[0]).toMatch(/… \(×1\)$/);
  });
});
