// One storage contract, run against SQLite and (when reachable) PostgreSQL: the digest's exactly-once rests on it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { MIGRATIONS } from '../../src/store/migrations';
import { openPostgres } from '../../src/store/postgres-driver';
import { SqlStore, type SqlDriver } from '../../src/store/sql-store';
import { openSqlite } from '../../src/store/sqlite-driver';
import type { QuestionLogEntry } from '../../src/store/store';
import { TcpProxy } from '../support/tcp-proxy';
import { createTestSchema, postgresReachable, TEST_DATABASE_URL, type TestSchema } from './postgres-test-db';

/** A fresh, empty database; `open()` may be called several times for several instances on it. */
interface Database {
  open(): Promise<SqlDriver>;
  cleanup(): Promise<void>;
}

interface Backend {
  name: string;
  fresh(): Promise<Database>;
}

const sqlite: Backend = {
  name: 'SQLite',
  async fresh() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-store-'));
    return {
      open: async () => openSqlite(path.join(dir, 'borderbrief.sqlite')),
      cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const postgres: Backend = {
  name: 'PostgreSQL',
  async fresh() {
    const schema = await createTestSchema();
    return { open: () => openPostgres(schema.url), cleanup: () => schema.drop() };
  },
};

const backends = [sqlite, ...(postgresReachable('store contract') ? [postgres] : [])];

describe.each(backends)('$name store', (backend) => {
  let db: Database;
  let drivers: SqlDriver[];
  async function openStore(): Promise<SqlStore> {
    const driver = await db.open();
    drivers.push(driver);
    return new SqlStore(driver);
  }

  beforeEach(async () => {
    db = await backend.fresh();
    drivers = [];
  });
  afterEach(async () => {
    await Promise.all(drivers.map((d) => d.close()));
    await db.cleanup();
  });

  const T0 = new Date('2027-03-15T12:00:00.000Z');
  const plus = (ms: number) => new Date(T0.getTime() + ms);
  const STALE = 10 * 60_000;

  describe('question log', () => {
    const entry = (question: string, answered: boolean, at: Date, extra: Partial<QuestionLogEntry> = {}): QuestionLogEntry => ({
      at,
      platform: 'slack',
      channel: 'C1',
      userHash: 'hash-1',
      question,
      answered,
      entryId: answered ? 'q.count' : undefined,
      sourceId: answered ? 'expulsion-details' : undefined,
      ...extra,
    });

    it('records questions and returns a distinct id for each', async () => {
      const store = await openStore();
      const a = await store.logQuestion(entry('How many?', true, T0));
      const b = await store.logQuestion(entry('How many?', true, T0));
      expect(a).not.toBe(b);
      expect(await store.questionLogCount()).toBe(2);
    });

    it('ranks answered questions by entry and unanswered ones by text, within the channel and since the given time', async () => {
      const store = await openStore();
      await store.logQuestion(entry('How many were expelled?', true, plus(-3_600_000)));
      await store.logQuestion(entry('How many were expelled?', true, plus(-60_000)));
      await store.logQuestion(entry('Why the border?', true, plus(-120_000), { entryId: 'q.border' }));
      await store.logQuestion(entry('Why the border?', true, plus(-30_000), { entryId: 'q.border' }));
      await store.logQuestion(entry('Why the border?', true, plus(-20_000), { entryId: 'q.border' }));
      await store.logQuestion(entry('What is a cartel?', true, plus(-10_000), { entryId: 'g.cartel' }));
      await store.logQuestion(entry('Who are they?', false, plus(-50_000)));
      await store.logQuestion(entry('WHO ARE THEY?', false, plus(-40_000)));
      await store.logQuestion(entry('Which agencies?', false, plus(-30_000)));
      await store.logQuestion(entry('Too old', false, plus(-90_000_000)));
      await store.logQuestion(entry('Elsewhere', false, plus(-1_000), { channel: 'C2' }));
      await store.logQuestion(entry('Other platform', false, plus(-1_000), { platform: 'discord' }));

      const since = plus(-86_400_000);
      expect(await store.topQuestions('slack', 'C1', since, true, 3)).toEqual([
        { question: 'Why the border?', count: 3 },
        { question: 'How many were expelled?', count: 2 },
        { question: 'What is a cartel?', count: 1 },
      ]);
      expect(await store.topQuestions('slack', 'C1', since, true, 1)).toHaveLength(1);
      const unanswered = await store.topQuestions('slack', 'C1', since, false, 5);
      expect(unanswered.map((q) => [q.question.toLowerCase(), q.count])).toEqual([
        ['who are they?', 2],
        ['which agencies?', 1],
      ]);
      expect(await store.topQuestions('slack', 'C1', plus(-35_000), false, 5)).toEqual([{ question: 'Which agencies?', count: 1 }]);
      expect(await store.topQuestions('discord', 'C1', since, false, 5)).toEqual([{ question: 'Other platform', count: 1 }]);
    });

    it('sums the activity since a time: per day and platform, answered, private, votes, answer times, channels', async () => {
      const store = await openStore();
      const day = 86_400_000;
      const a = await store.logQuestion(entry('How many?', true, T0, { answerMs: 4 }));
      await store.logQuestion(entry('Why?', true, plus(-day), { answerMs: 2, platform: 'discord', channel: 'D9' }));
      await store.logQuestion(entry('Who?', false, plus(-day), { answerMs: 9 }));
      await store.logQuestion(entry('Secret one', true, plus(-1_000), { private: true, channel: 'DM1', answerMs: 1 }));
      await store.logQuestion(entry('Too old', true, plus(-40 * day)));
      await store.recordFeedback({ answerId: a, platform: 'slack', userHash: 'u1', helpful: true });
      await store.recordFeedback({ answerId: a, platform: 'slack', userHash: 'u2', helpful: false });
      await store.recordFeedback({ answerId: a, platform: 'slack', userHash: 'u3', helpful: true });

      const stats = await store.activity(plus(-30 * day));
      expect(stats).toMatchObject({ total: 4, answered: 3, private: 1, helpful: 2, notHelpful: 1, answerMs: [1, 2, 4, 9] });
      expect(stats.perDay).toEqual([
        { day: '2027-03-14', platform: 'discord', count: 1 },
        { day: '2027-03-14', platform: 'slack', count: 1 },
        { day: '2027-03-15', platform: 'slack', count: 2 },
      ]);
      // A private question is counted, but its channel (a DM) is never listed.
      expect(stats.channels.map((c) => [c.platform, c.channel, c.count])).toEqual([
        ['slack', 'C1', 2],
        ['discord', 'D9', 1],
      ]);
      expect(stats.channels[0].lastAt).toEqual(T0);
      expect(await store.activity(plus(1_000))).toMatchObject({ total: 0, answered: 0, private: 0, answerMs: [], perDay: [], channels: [] });
    });

    it('searches questions without regard to case in any script, not only ASCII (Spanish capitals: É, Ó, Ñ)', async () => {
      const store = await openStore();
      await store.logQuestion(entry('¿Cuántos expulsó MÉXICO? ÑANDÚ', false, plus(-1_000)));
      const q = async (text: string) => (await store.listQuestions({ text }, 10, 0)).rows.map((r) => r.question);
      expect(await q('méxico')).toEqual(['¿Cuántos expulsó MÉXICO? ÑANDÚ']);
      expect(await q('EXPULSÓ')).toEqual(['¿Cuántos expulsó MÉXICO? ÑANDÚ']);
      expect(await q('ñandú')).toEqual(['¿Cuántos expulsó MÉXICO? ÑANDÚ']);
    });

    it('lists public questions by words, platform, channel, outcome, votes and dates, newest first, one page at a time', async () => {
      const store = await openStore();
      const up = await store.logQuestion(entry('How many were EXPELLED?', true, plus(-3_000)));
      const down = await store.logQuestion(entry('Why were they expelled?', true, plus(-2_000), { channel: 'C2' }));
      await store.logQuestion(entry('100% sure_thing?', false, plus(-1_000), { platform: 'discord' }));
      await store.logQuestion(entry('expelled privately', true, plus(-500), { private: true }));
      await store.recordFeedback({ answerId: up, platform: 'slack', userHash: 'u1', helpful: true });
      await store.recordFeedback({ answerId: down, platform: 'slack', userHash: 'u1', helpful: false });

      const all = await store.listQuestions({}, 10, 0);
      expect(all.rows.map((r) => r.question)).toEqual(['100% sure_thing?', 'Why were they expelled?', 'How many were EXPELLED?']);
      expect(all).toMatchObject({ total: 3, privateCount: 1 });
      expect(all.rows[2]).toMatchObject({ id: up, helpful: 1, notHelpful: 0, platform: 'slack', channel: 'C1', answered: true });
      const q = async (filter: Parameters<typeof store.listQuestions>[0]) => (await store.listQuestions(filter, 10, 0)).rows.map((r) => r.question);
      expect(await q({ text: 'expelled' })).toEqual(['Why were they expelled?', 'How many were EXPELLED?']);
      // LIKE's wildcards typed in a search are the characters themselves.
      expect(await q({ text: '100%' })).toEqual(['100% sure_thing?']);
      expect(await q({ text: 'y_e' })).toEqual([]);
      expect(await q({ platform: 'discord' })).toEqual(['100% sure_thing?']);
      expect(await q({ channel: 'C2' })).toEqual(['Why were they expelled?']);
      expect(await q({ answered: false })).toEqual(['100% sure_thing?']);
      expect(await q({ feedback: 'up' })).toEqual(['How many were EXPELLED?']);
      expect(await q({ feedback: 'down' })).toEqual(['Why were they expelled?']);
      expect(await q({ feedback: 'none' })).toEqual(['100% sure_thing?']);
      expect(await q({ from: plus(-2_500), to: plus(-1_500) })).toEqual(['Why were they expelled?']);
      const page2 = await store.listQuestions({}, 2, 2);
      expect(page2.rows.map((r) => r.question)).toEqual(['How many were EXPELLED?']);
      expect(page2.total).toBe(3);
      // The private question is counted by platform, outcome and date only: searching its words finds nothing of it.
      expect((await store.listQuestions({ text: 'zzz' }, 10, 0)).privateCount).toBe(1);
      expect((await store.listQuestions({ platform: 'discord' }, 10, 0)).privateCount).toBe(0);
      expect((await store.listQuestions({ answered: false }, 10, 0)).privateCount).toBe(0);
    });
  });

  describe('feedback', () => {
    const vote = (userHash: string, helpful: boolean) => ({ answerId: 'a-1', platform: 'slack' as const, userHash, helpful, entryId: 'q.count' });

    it('keeps one vote per user per answer: a second vote replaces the first', async () => {
      const store = await openStore();
      expect(await store.recordFeedback(vote('u1', true))).toBe('recorded');
      expect(await store.feedbackCounts('a-1')).toEqual({ helpful: 1, notHelpful: 0 });
      expect(await store.recordFeedback(vote('u1', false))).toBe('changed');
      expect(await store.feedbackCounts('a-1')).toEqual({ helpful: 0, notHelpful: 1 });
      expect(await store.recordFeedback(vote('u1', false))).toBe('changed');
      expect(await store.feedbackCounts('a-1')).toEqual({ helpful: 0, notHelpful: 1 });
      expect(await store.recordFeedback(vote('u2', true))).toBe('recorded');
      expect(await store.feedbackCounts('a-1')).toEqual({ helpful: 1, notHelpful: 1 });
      expect(await store.feedbackCounts('a-other')).toEqual({ helpful: 0, notHelpful: 0 });
    });

    it('counts one vote when the same user votes from two instances at once', async () => {
      const [a, b] = [await openStore(), await openStore()];
      const results = await Promise.all([a.recordFeedback(vote('u1', true)), b.recordFeedback(vote('u1', true))]);
      expect(results.sort()).toEqual(['changed', 'recorded']);
      expect(await a.feedbackCounts('a-1')).toEqual({ helpful: 1, notHelpful: 0 });
    });
  });

  describe('subscriptions', () => {
    it('creates, reschedules, lists, reads and removes subscriptions', async () => {
      const store = await openStore();
      const created = await store.upsertSubscription({ platform: 'slack', channel: 'C2', time: '08:00', timezone: 'America/Mexico_City', createdAt: T0 });
      expect(created).toEqual({ platform: 'slack', channel: 'C2', time: '08:00', timezone: 'America/Mexico_City', createdAt: T0, lastDate: undefined, lastPostedAt: undefined, sequence: 0 });
      await store.upsertSubscription({ platform: 'discord', channel: 'D1', time: '09:30', timezone: 'Asia/Kolkata' });
      await store.upsertSubscription({ platform: 'slack', channel: 'C1', time: '07:00', timezone: 'UTC' });

      await store.claimDigest('slack', 'C2', '2027-03-15', 'w', T0, STALE);
      await store.completeDigest('slack', 'C2', '2027-03-15', plus(1_000));
      const unchanged = await store.upsertSubscription({ platform: 'slack', channel: 'C2', time: (await store.getSubscription('slack', 'C2'))!.time, timezone: (await store.getSubscription('slack', 'C2'))!.timezone, createdAt: plus(50_000) });
      expect(unchanged.createdAt).toEqual(T0);
      const rescheduled = await store.upsertSubscription({ platform: 'slack', channel: 'C2', time: '18:30', timezone: 'America/New_York', createdAt: plus(99_000) });
      // Rescheduling keeps the history (what was last posted, where the rotation is) and dates the new schedule,
      // so a new time that has already passed today does not post at once.
      expect(rescheduled).toEqual({
        platform: 'slack',
        channel: 'C2',
        time: '18:30',
        timezone: 'America/New_York',
        createdAt: plus(99_000),
        lastDate: '2027-03-15',
        lastPostedAt: plus(1_000),
        sequence: 1,
      });

      expect((await store.listSubscriptions()).map((s) => `${s.platform}/${s.channel}`)).toEqual(['discord/D1', 'slack/C1', 'slack/C2']);
      expect(await store.getSubscription('slack', 'nope')).toBeUndefined();
      expect(await store.removeSubscription('slack', 'C2')).toBe(true);
      expect(await store.removeSubscription('slack', 'C2')).toBe(false);
      expect(await store.getSubscription('slack', 'C2')).toBeUndefined();
      expect(await store.listSubscriptions()).toHaveLength(2);
    });
  });

  describe('paused subscriptions', () => {
    it('records why a subscription was paused, lists it, and resumes it when subscribed again', async () => {
      const store = await openStore();
      await store.upsertSubscription({ platform: 'slack', channel: 'C9', time: '08:00', timezone: 'UTC', createdAt: T0 });
      await store.pauseSubscription('slack', 'C9', 'not_in_channel: invite the bot with /invite @BorderBrief', plus(5_000));
      const paused = await store.getSubscription('slack', 'C9');
      expect(paused).toMatchObject({ pausedReason: 'not_in_channel: invite the bot with /invite @BorderBrief', pausedAt: plus(5_000) });
      expect((await store.listSubscriptions())[0].pausedReason).toMatch(/^not_in_channel/);
      const resumed = await store.upsertSubscription({ platform: 'slack', channel: 'C9', time: '08:00', timezone: 'UTC', createdAt: plus(9_000) });
      expect(resumed.pausedReason).toBeUndefined();
      expect(resumed.pausedAt).toBeUndefined();
    });
  });

  describe('digest claims', () => {
    const KEY = ['slack', 'C1', '2027-03-15'] as const;

    it('lets exactly one of ten concurrent claims from two instances win', async () => {
      const [a, b] = [await openStore(), await openStore()];
      const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).claimDigest(...KEY, `worker-${i}`, T0, STALE)));
      expect(results.filter((r) => r === 'claimed')).toHaveLength(1);
      expect(results.filter((r) => r === 'taken')).toHaveLength(9);
      const run = await a.getDigestRun(...KEY);
      expect([run?.status, run?.attempts]).toEqual(['claimed', 1]);
    });

    it('answers done to every claim once the digest is completed, and advances the subscription once', async () => {
      const [a, b] = [await openStore(), await openStore()];
      await a.upsertSubscription({ platform: 'slack', channel: 'C1', time: '08:00', timezone: 'UTC' });
      expect(await a.claimDigest(...KEY, 'w1', T0, STALE)).toBe('claimed');
      await a.completeDigest(...KEY, plus(5_000));
      await a.completeDigest(...KEY, plus(6_000)); // a repeated completion does not advance the rotation again
      expect(await b.claimDigest(...KEY, 'w2', plus(10_000), STALE)).toBe('done');
      expect(await b.claimDigest(...KEY, 'w2', plus(2 * STALE), STALE)).toBe('done');
      const run = await b.getDigestRun(...KEY);
      expect([run?.status, run?.postedAt?.toISOString()]).toEqual(['posted', plus(6_000).toISOString()]);
      const sub = await b.getSubscription('slack', 'C1');
      expect([sub?.lastDate, sub?.sequence, sub?.lastPostedAt?.toISOString()]).toEqual(['2027-03-15', 1, plus(5_000).toISOString()]);
      // An older date completing late never moves the subscription back.
      await a.claimDigest('slack', 'C1', '2027-03-14', 'w1', T0, STALE);
      await a.completeDigest('slack', 'C1', '2027-03-14', plus(7_000));
      expect((await b.getSubscription('slack', 'C1'))?.lastDate).toBe('2027-03-15');
    });

    it('lets another instance take over a claim that went stale without completing, once', async () => {
      const [a, b] = [await openStore(), await openStore()];
      expect(await a.claimDigest(...KEY, 'crashed', T0, STALE)).toBe('claimed');
      expect(await b.claimDigest(...KEY, 'w2', plus(STALE - 1_000), STALE)).toBe('taken');
      const later = plus(STALE + 1_000);
      const results = await Promise.all([a.claimDigest(...KEY, 'w3', later, STALE), b.claimDigest(...KEY, 'w2', later, STALE), b.claimDigest(...KEY, 'w4', later, STALE)]);
      expect(results.filter((r) => r === 'claimed')).toHaveLength(1);
      const run = await b.getDigestRun(...KEY);
      expect([run?.status, run?.attempts, run?.claimedAt.toISOString()]).toEqual(['claimed', 2, later.toISOString()]);
    });

    it('makes a failed run claimable again only from its next attempt time', async () => {
      const [a, b] = [await openStore(), await openStore()];
      expect(await a.claimDigest(...KEY, 'w1', T0, STALE)).toBe('claimed');
      await a.failDigest(...KEY, 'rate limited', plus(60_000));
      const failed = await b.getDigestRun(...KEY);
      expect([failed?.status, failed?.error, failed?.nextAttemptAt?.toISOString()]).toEqual(['failed', 'rate limited', plus(60_000).toISOString()]);
      expect(await b.claimDigest(...KEY, 'w2', plus(59_999), STALE)).toBe('taken');
      const results = await Promise.all([a.claimDigest(...KEY, 'w1', plus(60_000), STALE), b.claimDigest(...KEY, 'w2', plus(60_000), STALE)]);
      expect(results.sort()).toEqual(['claimed', 'taken']);
      const run = await a.getDigestRun(...KEY);
      expect([run?.status, run?.attempts, run?.nextAttemptAt]).toEqual(['claimed', 2, undefined]);
    });

    it('ignores a failure reported for a run that is no longer claimed', async () => {
      const store = await openStore();
      await store.claimDigest(...KEY, 'w1', T0, STALE);
      await store.completeDigest(...KEY, T0);
      await store.failDigest(...KEY, 'late failure', plus(60_000));
      expect((await store.getDigestRun(...KEY))?.status).toBe('posted');
      expect(await store.claimDigest(...KEY, 'w2', plus(120_000), STALE)).toBe('done');
    });

    it('keeps claims of different channels and dates apart', async () => {
      const store = await openStore();
      expect(await store.claimDigest('slack', 'C1', '2027-03-15', 'w', T0, STALE)).toBe('claimed');
      expect(await store.claimDigest('slack', 'C1', '2027-03-16', 'w', T0, STALE)).toBe('claimed');
      expect(await store.claimDigest('slack', 'C2', '2027-03-15', 'w', T0, STALE)).toBe('claimed');
      expect(await store.claimDigest('discord', 'C1', '2027-03-15', 'w', T0, STALE)).toBe('claimed');
      expect(await store.getDigestRun('console', 'C1', '2027-03-15')).toBeUndefined();
    });
  });

  describe('text the database may refuse', () => {
    it('stores a question with a NUL byte (without the NUL) instead of failing the write', async () => {
      const store = await openStore();
      const id = await store.logQuestion({ id: 'given-id', at: T0, platform: 'slack', channel: 'C1', userHash: 'h', question: 'cartels\u0000 and fentanyl?', answered: true });
      expect(id).toBe('given-id');
      const { questions } = await store.userRows('slack', 'h');
      expect(questions.map((q) => q.question.replace('\u0000', ''))).toEqual(['cartels and fentanyl?']);
      if (backend.name === 'PostgreSQL') expect(questions[0].question).toBe('cartels and fentanyl?');
    });

    it('answers a ping while the database is reachable', async () => {
      const store = await openStore();
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });

  describe('event de-duplication', () => {
    it('claims an event id once across instances', async () => {
      const [a, b] = [await openStore(), await openStore()];
      expect(await a.claimEvent('Ev1', T0)).toBe(true);
      expect(await b.claimEvent('Ev1', T0)).toBe(false);
      expect(await a.claimEvent('Ev1', plus(1_000))).toBe(false);
      const both = await Promise.all([a.claimEvent('Ev2', T0), b.claimEvent('Ev2', T0)]);
      expect(both.sort()).toEqual([false, true]);
    });
  });

  describe('migrations', () => {
    it('runs once however often and however concurrently the store is opened, keeping the data', async () => {
      const first = await openStore();
      await first.logQuestion({ at: T0, platform: 'console', channel: 'c', userHash: 'h', question: 'kept?', answered: false });
      await Promise.all([openStore(), openStore()]);
      const again = await openStore();
      expect(await again.questionLogCount()).toBe(1);
      const rows = await drivers[drivers.length - 1].all<{ version: number | string }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => Number(r.version))).toEqual(MIGRATIONS.map((m) => m.version));
      expect(again.kind).toBe(backend.name === 'SQLite' ? 'sqlite' : 'postgres');
    });
  });
});

// PostgreSQL only: a server restart drops pooled connections; the bot must survive it and reconnect.
if (backends.includes(postgres)) {
  describe('PostgreSQL driver', () => {
    it('survives the server dropping an idle connection and reconnects on the next query', async () => {
      const schema = await createTestSchema();
      const url = `${schema.url}&application_name=${schema.name}`;
      let lost!: (err: Error) => void;
      const dropped = new Promise<Error>((resolve) => (lost = resolve));
      const driver = await openPostgres(url, { onError: (err) => lost(err) });
      try {
        await driver.run(`INSERT INTO processed_events (event_id, at) VALUES (?, ?)`, ['E1', '2027-01-01T00:00:00.000Z']);
        const admin = new Client({ connectionString: TEST_DATABASE_URL });
        await admin.connect();
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [schema.name]);
        await admin.end();
        expect((await dropped).message).toMatch(/terminat/i);
        expect(await driver.all(`SELECT event_id FROM processed_events`)).toEqual([{ event_id: 'E1' }]);
      } finally {
        await driver.close();
        await schema.drop();
      }
    });
  });
}

// PostgreSQL only: queries, connection waits and the migration lock give up instead of hanging the bot.
if (backends.includes(postgres)) {
  describe('PostgreSQL timeouts', () => {
    let proxy: TcpProxy;
    let schema: TestSchema;
    beforeEach(async () => {
      schema = await createTestSchema();
      const target = new URL(TEST_DATABASE_URL);
      proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
    });
    afterEach(async () => {
      await proxy.close();
      await schema.drop();
    });

    it('a query to a database that stopped answering fails after the query timeout, and works again when it answers', async () => {
      const driver = await openPostgres(proxy.rewrite(schema.url), { queryTimeoutMs: 300, connectTimeoutMs: 300, onError: () => undefined });
      try {
        const store = new SqlStore(driver);
        await store.ping();
        proxy.stall();
        await expect(store.ping()).rejects.toThrow(/timeout/i);
        proxy.pass();
        proxy.stop();
        await expect(store.ping()).rejects.toThrow();
        proxy.pass();
        await expect(store.ping()).resolves.toBeUndefined();
      } finally {
        proxy.pass();
        await driver.close();
      }
    });

    it('start-up gives up on a migration lock another instance holds, naming the lock', async () => {
      const holder = new Client({ connectionString: schema.url });
      await holder.connect();
      try {
        await holder.query('SELECT pg_advisory_lock(726001)');
        await expect(openPostgres(schema.url, { migrationLockTimeoutMs: 300 })).rejects.toThrow(/migration lock .*726001/);
        await holder.query('SELECT pg_advisory_unlock(726001)');
        const driver = await openPostgres(schema.url, { migrationLockTimeoutMs: 300 });
        await driver.close();
      } finally {
        await holder.end();
      }
    });
  });
}
