// Answering needs no database: with the store down or stalled, every Slack event is still answered once, and the
// question log catches up when the store is back (or its loss is logged) — the real Bolt App against the fake Slack.
import type { Store } from '../../../src/store/store';
import { Bot } from '../../../src/bot';
import { TcpProxy } from '../../support/tcp-proxy';
import { createTestSchema, postgresReachable, TEST_DATABASE_URL, type TestSchema } from '../../store/postgres-test-db';
import { type Harness, mentionEvent, startHarness } from './harness';

/** The events' answers: thread replies posted in the channel, by the ts of the question they answer. */
function answeredThreads(h: Harness): string[] {
  return h.fake.succeeded('chat.postMessage').map((c) => String(c.body.thread_ts));
}

async function askMany(h: Harness, n: number, prefix: string): Promise<string[]> {
  const tss = Array.from({ length: n }, (_, i) => `1764409${prefix}.${String(i).padStart(6, '0')}`);
  const responses = await Promise.all(
    tss.map((ts, i) => h.postEvent(mentionEvent({ eventId: `Ev${prefix}${i}`, ts, text: '<@UBOTUSER01> how many people were expelled?' }))),
  );
  expect(responses.map((r) => r.status)).toEqual(tss.map(() => 200));
  return tss;
}

/** A store whose every call fails while `down` is set, as a database that cannot be reached does. */
function switchableStore(store: Store): { store: Store; setDown(down: boolean): void } {
  let down = false;
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || prop === 'close') return value;
      return (...args: unknown[]) => (down ? Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432')) : value.apply(target, args));
    },
  });
  return { store: proxy, setDown: (d) => (down = d) };
}

describe('Slack: answers while the store fails (any store)', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  test('every event is answered while the store fails, a retry is still answered once, and the log is written when it is back', async () => {
    let setDown!: (down: boolean) => void;
    h = await startHarness({
      makeBot: (core, logger) => {
        const s = switchableStore(core.store);
        setDown = s.setDown;
        return new Bot({ engine: core.engine, store: s.store, logger, questionLog: true, userHashSalt: 'a-test-secret-of-16+', rateLimit: { count: 100, windowMs: 60_000 }, metrics: core.metrics });
      },
    });
    setDown(true);
    const tss = await askMany(h, 30, '1');
    // Slack re-sends one of them: remembered in memory while the store is down, so not answered twice.
    await h.postEvent(mentionEvent({ eventId: 'Ev10', ts: tss[0], text: '<@UBOTUSER01> how many people were expelled?' }), { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(answeredThreads(h).sort()).toEqual([...tss].sort());
    expect(await h.core.store.questionLogCount()).toBe(0);
    expect(await h.core.metrics.registry.getSingleMetricAsString('borderbrief_store_errors_total')).toMatch(/operation="event de-duplication"} 3[01]/);

    setDown(false);
    expect(await h.bot.flushWrites(5_000)).toBe(0);
    expect(await h.core.store.questionLogCount()).toBe(30);
  });

  test('a log write that never succeeds is logged as lost, not dropped silently', async () => {
    let setDown!: (down: boolean) => void;
    h = await startHarness({
      makeBot: (core, logger) => {
        const s = switchableStore(core.store);
        setDown = s.setDown;
        return new Bot({ engine: core.engine, store: s.store, logger, questionLog: true, userHashSalt: 'a-test-secret-of-16+', rateLimit: { count: 100, windowMs: 60_000 } });
      },
    });
    setDown(true);
    await askMany(h, 2, '2');
    expect(await h.bot.flushWrites(1_000)).toBe(2);
    expect(h.logs.filter((l) => l.includes('store write lost'))).toHaveLength(2);
  });
});

// PostgreSQL behind a TCP proxy that is stopped (connections cut, refused) or stalled (open, silent).
if (postgresReachable('Slack store outage')) {
  describe('Slack: answers while PostgreSQL is unreachable', () => {
    let h: Harness;
    let proxy: TcpProxy;
    let schema: TestSchema;
    beforeEach(async () => {
      schema = await createTestSchema();
      const target = new URL(TEST_DATABASE_URL);
      proxy = await TcpProxy.start(target.hostname, Number(target.port || 5432));
      h = await startHarness({ env: { DATABASE_URL: proxy.rewrite(schema.url), DATABASE_TIMEOUT_SECONDS: '0.5' } });
    });
    afterEach(async () => {
      proxy.pass();
      await h?.close();
      await proxy.close();
      await schema.drop();
    });

    test('proxy stopped: 30 of 30 events answered; the log catches up when PostgreSQL is back', async () => {
      proxy.stop();
      const tss = await askMany(h, 30, '3');
      expect(answeredThreads(h).sort()).toEqual([...tss].sort());
      proxy.pass();
      expect(await h.bot.flushWrites(10_000)).toBe(0);
      expect(await h.core.store.questionLogCount()).toBe(30);
    });

    test('proxy stalled: 20 of 20 events answered; the log catches up, each question once', async () => {
      await h.core.store.ping();
      proxy.stall();
      const tss = await askMany(h, 20, '4');
      expect(answeredThreads(h).sort()).toEqual([...tss].sort());
      proxy.pass();
      expect(await h.bot.flushWrites(10_000)).toBe(0);
      expect(await h.core.store.questionLogCount()).toBe(20);
    });
  });
}
