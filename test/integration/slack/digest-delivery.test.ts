// Scheduled digests: deliver() posts the digest natively with chat.postMessage; a 429 becomes retryAfterMs for the digest service.
import { createSlackDeliver } from '../../../adapters/slack';
import { digestReply } from '../../../src/digest/digest-command';
import { DigestService } from '../../../src/digest/digest-service';
import type { Subscription } from '../../../src/store/store';
import { silentLogger } from '../../../src/logger';
import { BOT_TOKEN, buttonsOf, FAST_RETRIES, type Harness, startHarness } from './harness';

const sub = (channel: string): Subscription => ({ platform: 'slack', channel, time: '08:00', timezone: 'America/Mexico_City', createdAt: new Date('2026-01-01T00:00:00Z'), sequence: 0 });

describe('Slack adapter: digest delivery', () => {
  let h: Harness;
  beforeEach(async () => {
    // Delivery needs no listener: the scheduler and `digest run-due` post without starting the app.
    h = await startHarness({ start: false });
  });
  afterEach(async () => {
    await h?.close();
  });

  test('deliver() posts the digest to the channel with chat.postMessage, natively', async () => {
    const reply = digestReply(await h.core.digests.preview('slack', 'C0DIGEST01'), false);
    await h.adapter.deliver(sub('C0DIGEST01'), reply);
    const [post] = h.fake.succeeded('chat.postMessage');
    expect(post.token).toBe(BOT_TOKEN);
    expect(post.body).toMatchObject({ channel: 'C0DIGEST01', parse: 'none', link_names: 'false', unfurl_links: 'false' });
    expect(post.body.thread_ts).toBeUndefined();
    expect(post.body.blocks[0]).toMatchObject({ type: 'header', text: { text: reply.digest!.headline } });
    expect(post.body.blocks.length).toBeLessThanOrEqual(50);
    expect(buttonsOf(post.body.blocks).map((b) => b.value)).toEqual([reply.digest!.questionOfTheDay]);
    expect(post.body.text).toContain(reply.digest!.headline);
  });

  test('a 429 is not waited out in deliver(): it throws with retryAfterMs from Retry-After', async () => {
    h.fake.failNext('chat.postMessage', { status: 429, retryAfterS: 7 });
    const reply = digestReply(await h.core.digests.preview('slack', 'C0DIGEST01'), false);
    const started = Date.now();
    const error = await h.adapter.deliver(sub('C0DIGEST01'), reply).then(
      () => undefined,
      (e: unknown) => e as Error & { retryAfterMs?: number },
    );
    expect(error?.retryAfterMs).toBe(7000);
    expect(error?.message).toMatch(/rate-limited.*retry after 7s/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('the digest service posts a due digest through the Slack deliverer once, and retries after a 429', async () => {
    await h.core.store.upsertSubscription({ platform: 'slack', channel: 'C0DIGEST02', time: '08:00', timezone: 'UTC' });
    const now = new Date(Date.now() + 2 * 86_400_000);
    now.setUTCHours(9, 0, 0, 0);
    const slept: number[] = [];
    const service = new DigestService({ engine: h.core.engine, store: h.core.store, logger: silentLogger, clock: () => now, sleep: async (ms) => void slept.push(ms) });
    const connection = { mode: 'socket', appToken: 'xapp-unused' } as const;
    const config = { botToken: BOT_TOKEN, connection, apiUrl: h.fake.apiUrl, command: '/brief', digestManagers: [] };
    const deliver = createSlackDeliver(config, silentLogger, { retryConfig: FAST_RETRIES });
    h.fake.failNext('chat.postMessage', { status: 429, retryAfterS: 2 });
    const outcomes = await service.runDue(() => deliver);
    expect(outcomes).toEqual([expect.objectContaining({ channel: 'C0DIGEST02', result: 'posted' })]);
    expect(slept).toEqual([2000]);
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(await service.runDue(() => deliver)).toEqual([]);
  });
});
