// Faults stay contained in Slack: a rate-limited or hung channel holds up no other, a permanent delivery error pauses the
// digest (and says why), and a digest is only subscribed where the bot can post. The real Bolt App against the fake.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSlackDeliver } from '../../../adapters/slack';
import { runDigestCli } from '../../../src/cli/digest-cli';
import { DigestService } from '../../../src/digest/digest-service';
import { silentLogger } from '../../../src/logger';
import { SqlStore } from '../../../src/store/sql-store';
import { openSqlite } from '../../../src/store/sqlite-driver';
import { FakeSlack } from '../../support/fake-slack';
import { BOT_TOKEN, type Harness, mentionEvent, slashCommand, startHarness } from './harness';

const ADMIN = 'U0ADMIN001';

describe('Slack: one channel in trouble holds up no other', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  test("a 429 with Retry-After on one channel's answer does not delay another channel's answer; the first is answered after its wait", async () => {
    h = await startHarness();
    h.fake.failInChannel('chat.postMessage', 'C0SLOW0001', { status: 429, retryAfterS: 3 });
    // Not awaited: with processBeforeResponse the request lasts as long as the answer does.
    const slow = h.postEvent(mentionEvent({ channel: 'C0SLOW0001', eventId: 'EvSLOW0001', text: '<@UBOTUSER01> how many people were expelled?' }));
    await h.fake.waitFor(() => h.fake.calls.find((c) => c.method === 'chat.postMessage' && c.status === 429));
    await h.postEvent(mentionEvent({ channel: 'C0FAST0001', eventId: 'EvFAST0001', text: '<@UBOTUSER01> why does the border matter?' }));
    const posted = () => h.fake.succeeded('chat.postMessage').map((c) => c.body.channel);
    // The other channel's answer is out while the limited channel still waits its Retry-After.
    expect(posted()).toEqual(['C0FAST0001']);
    await slow;
    expect(posted()).toEqual(['C0FAST0001', 'C0SLOW0001']);
    const slowCalls = h.fake.calls.filter((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0SLOW0001');
    expect(slowCalls[1].at - slowCalls[0].at).toBeGreaterThanOrEqual(2_900);
    expect(await h.core.metrics.registry.getSingleMetricAsString('borderbrief_answers_total')).toMatch(/platform="slack",outcome="answered"} 2/);
  });

  test('a chat.postMessage that never answers times out; the other channels get their digests and the run ends', async () => {
    h = await startHarness({ start: false });
    const store = h.core.store;
    for (const channel of ['C0HUNG0001', 'C0OK000001', 'C0OK000002'])
      await store.upsertSubscription({ platform: 'slack', channel, time: '08:00', timezone: 'UTC', createdAt: new Date('2027-01-01T00:00:00Z') });
    h.fake.failInChannel('chat.postMessage', 'C0HUNG0001', { status: 'hang' });
    const now = new Date('2027-01-15T09:00:00Z');
    const service = new DigestService({ engine: h.core.engine, store, logger: silentLogger, clock: () => now, sleep: async () => undefined });
    const config = { botToken: BOT_TOKEN, connection: { mode: 'socket', appToken: 'xapp-unused' } as const, apiUrl: h.fake.apiUrl, command: '/brief', digestManagers: [], timeoutMs: 500 };
    const outcomes = await service.runDue(() => createSlackDeliver(config, silentLogger));
    expect(outcomes.map((o) => [o.channel, o.result])).toEqual([
      ['C0HUNG0001', 'failed'],
      ['C0OK000001', 'posted'],
      ['C0OK000002', 'posted'],
    ]);
    // The hung post is not repeated at once (it may have landed): a later run decides, after the back-off.
    expect(h.fake.calls.filter((c) => c.body.channel === 'C0HUNG0001')).toHaveLength(1);
    expect((await store.getDigestRun('slack', 'C0HUNG0001', '2027-01-15'))?.status).toBe('failed');
  });
});

describe('Slack: permanent delivery errors pause the digest', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  test('not_in_channel pauses the subscription with the reason; status and list show it; later days are not retried', async () => {
    h = await startHarness({ digestManagers: [ADMIN] });
    const store = h.core.store;
    await store.upsertSubscription({ platform: 'slack', channel: 'C0CHANNEL01', time: '08:00', timezone: 'UTC', createdAt: new Date('2027-01-01T00:00:00Z') });
    h.fake.failNext('chat.postMessage', { status: 200, error: 'not_in_channel' });
    let now = new Date('2027-01-15T09:00:00Z');
    const service = new DigestService({ engine: h.core.engine, store, logger: silentLogger, clock: () => now, sleep: async () => undefined, metrics: h.core.metrics });
    const deliver = h.adapter.deliver;
    const [outcome] = await service.runDue(() => deliver);
    expect(outcome).toMatchObject({ result: 'paused', error: expect.stringMatching(/not_in_channel.*invite/) });
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);

    await h.postCommand(slashCommand(h, 'digest status', 'status1'));
    expect(h.fake.posted('status1')[0].body.text).toMatch(/paused.*not_in_channel.*subscribe again/s);
    expect(await runDigestCli(['list'], h.core, {})).toMatch(/^slack\tC0CHANNEL01\t08:00\tUTC\tlast=-\tPAUSED since 2027-01-15T09:00:00\.000Z: Slack: not_in_channel/);

    // Next day, and the one after: nothing is tried.
    for (const day of ['2027-01-16T09:00:00Z', '2027-01-17T09:00:00Z']) {
      now = new Date(day);
      expect(await service.runDue(() => deliver)).toEqual([]);
    }
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
    expect(await h.core.metrics.registry.getSingleMetricAsString('borderbrief_digests_total')).toMatch(/platform="slack",result="paused"} 1/);
    expect(await h.core.metrics.registry.getSingleMetricAsString('borderbrief_platform_errors_total')).toMatch(/platform="slack",code="not_in_channel"} 1/);

    // Subscribing again (after inviting the bot) resumes it.
    await h.postCommand({ ...slashCommand(h, 'digest daily 08:00 UTC', 'resub'), user_id: ADMIN });
    expect(h.fake.posted('resub')[0].body.text).toMatch(/Daily digest is on/);
    expect((await store.getSubscription('slack', 'C0CHANNEL01'))?.pausedReason).toBeUndefined();
  });

  test.each([
    ['channel_not_found', /channel_not_found/],
    ['is_archived', /is_archived.*archived/],
  ])('%s pauses the subscription too', async (error, reason) => {
    h = await startHarness({ start: false });
    await h.core.store.upsertSubscription({ platform: 'slack', channel: 'C0GONE0001', time: '08:00', timezone: 'UTC', createdAt: new Date('2027-01-01T00:00:00Z') });
    h.fake.failNext('chat.postMessage', { status: 200, error });
    const service = new DigestService({ engine: h.core.engine, store: h.core.store, logger: silentLogger, clock: () => new Date('2027-01-15T09:00:00Z') });
    expect((await service.runDue(() => h.adapter.deliver))[0].result).toBe('paused');
    expect((await h.core.store.getSubscription('slack', 'C0GONE0001'))?.pausedReason).toMatch(reason);
  });

  test('subscribing a channel the bot is not in is refused, saying how to invite it; nothing is subscribed', async () => {
    h = await startHarness({ digestManagers: [ADMIN] });
    h.fake.channels.set('C0CHANNEL01', { is_member: false });
    await h.postCommand({ ...slashCommand(h, 'digest daily 08:00 America/Mexico_City', 'sub1'), user_id: ADMIN });
    const [refusal] = h.fake.posted('sub1');
    expect(refusal.body.response_type).toBe('ephemeral');
    expect(refusal.body.text).toMatch(/not a member of this channel.*\/invite @/s);
    expect(h.fake.succeeded('conversations.info').map((c) => c.body.channel)).toEqual(['C0CHANNEL01']);
    expect(await h.core.store.getSubscription('slack', 'C0CHANNEL01')).toBeUndefined();

    h.fake.channels.set('C0CHANNEL01', { is_member: true });
    await h.postCommand({ ...slashCommand(h, 'digest daily 08:00 America/Mexico_City', 'sub2'), user_id: ADMIN });
    expect(h.fake.posted('sub2')[0].body.text).toMatch(/Daily digest is on/);
  });
});

describe('Slack: `npm run digest -- run-due` with a hung chat.postMessage', () => {
  let fake: FakeSlack;
  let dir: string;
  beforeEach(async () => {
    fake = await FakeSlack.start();
    dir = mkdtempSync(path.join(tmpdir(), 'bb-run-due-'));
  });
  afterEach(async () => {
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('exits, having posted every other channel and recorded the hung one as failed', async () => {
    const store = new SqlStore(openSqlite(path.join(dir, 'borderbrief.sqlite')));
    for (const channel of ['C0HUNG0001', 'C0OK000001'])
      await store.upsertSubscription({ platform: 'slack', channel, time: '08:00', timezone: 'UTC', createdAt: new Date('2027-01-01T00:00:00Z') });
    await store.close();
    fake.failInChannel('chat.postMessage', 'C0HUNG0001', { status: 'hang' });
    const root = path.resolve(__dirname, '../../..');
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|DATABASE_URL$)/.test(k)));
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), ['adapters/digest-cli.ts', 'run-due', '--at', '2027-01-15T09:00:00Z'], {
      cwd: root,
      env: {
        ...env,
        DATA_DIR: dir,
        KNOWLEDGE_DIR: path.join(root, 'knowledge'),
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: 'unused-here',
        SLACK_API_URL: fake.apiUrl,
        SLACK_TIMEOUT_SECONDS: '1',
        DISCORD_TOKEN: '',
        DATABASE_URL: '',
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const [code] = (await once(child, 'close')) as [number];
    expect(code).toBe(0);
    expect(stdout).toMatch(/^failed\tslack\tC0HUNG0001\t2027-01-15\t.*timeout/m);
    expect(stdout).toMatch(/^posted\tslack\tC0OK000001\t2027-01-15$/m);
  });
});
