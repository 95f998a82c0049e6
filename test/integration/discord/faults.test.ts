// Faults stay contained in Discord: a permanent delivery error pauses the digest, a hung post times out, and a digest
// is only subscribed where the bot can post — the real discord.js Client against the fake Discord.
import { DigestService } from '../../../src/digest/digest-service';
import { silentLogger } from '../../../src/logger';
import { digestInteraction, EPHEMERAL, type Harness, IDS, PERMISSIONS, startHarness, webhookOf } from './harness';

const DUE = new Date('2027-01-15T09:00:00Z');

async function subscribeAndRun(h: Harness): Promise<ReturnType<DigestService['runDue']>> {
  await h.core.store.upsertSubscription({ platform: 'discord', channel: IDS.channel, time: '08:00', timezone: 'UTC', createdAt: new Date('2027-01-01T00:00:00Z') });
  const service = new DigestService({ engine: h.core.engine, store: h.core.store, logger: silentLogger, clock: () => DUE, sleep: async () => undefined, metrics: h.core.metrics });
  return service.runDue(() => h.adapter.deliver);
}

describe('Discord: faults contained', () => {
  let h: Harness;
  afterEach(async () => h?.stop());

  test.each([
    [403, 50001, /50001 Missing Access/],
    [404, 10003, /10003 Unknown Channel/],
  ] as const)('a %i with code %i pauses the subscription with the reason, and is not retried the next day', async (status, code, reason) => {
    h = await startHarness({ overrides: { registerCommands: false } });
    h.fake.failOnce({ method: 'POST', path: new RegExp(`^/channels/${IDS.channel}/messages$`), status, code });
    const [outcome] = await subscribeAndRun(h);
    expect(outcome).toMatchObject({ result: 'paused', error: expect.stringMatching(reason) });
    const sub = await h.core.store.getSubscription('discord', IDS.channel);
    expect(sub?.pausedReason).toMatch(reason);
    const service = new DigestService({ engine: h.core.engine, store: h.core.store, logger: silentLogger, clock: () => new Date('2027-01-16T09:00:00Z') });
    expect(await service.runDue(() => h.adapter.deliver)).toEqual([]);
    expect(h.fake.requestsMatching('POST', /^\/channels\/\d+\/messages$/)).toHaveLength(1);
    expect(await h.core.metrics.registry.getSingleMetricAsString('borderbrief_platform_errors_total')).toContain(`platform="discord",code="${code}"} 1`);
  });

  test('a digest post that never answers times out (DISCORD_TIMEOUT_SECONDS) and is recorded as failed', async () => {
    h = await startHarness({ overrides: { registerCommands: false }, discordEnv: { DISCORD_TIMEOUT_SECONDS: '0.5' } });
    h.fake.failOnce({ method: 'POST', path: new RegExp(`^/channels/${IDS.channel}/messages$`), status: 'hang' });
    const [outcome] = await subscribeAndRun(h);
    expect(outcome).toMatchObject({ result: 'failed' });
    expect((await h.core.store.getDigestRun('discord', IDS.channel, '2027-01-15'))?.status).toBe('failed');
  });

  test('/digest subscribe where the bot may not send messages is refused, naming the missing permissions', async () => {
    h = await startHarness({ overrides: { registerCommands: false } });
    const refused = digestInteraction(h.fake, 'subscribe', { time: '08:00', timezone: 'UTC' }, { permissions: PERMISSIONS.memberWithManageChannels });
    refused.app_permissions = '1024'; // View Channel only
    h.fake.sendInteraction(refused);
    const reply = await webhookOf(h.fake, refused, (r) => r.method === 'POST');
    expect(reply.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(reply.body.content).toMatch(/missing Send Messages, Embed Links.*subscribe again/s);
    expect(await h.core.store.getSubscription('discord', IDS.channel)).toBeUndefined();
  });
});
