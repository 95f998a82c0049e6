// Digest delivery through the adapter: a digest embed posted to the subscribed channel by REST; a 429 reported with retryAfterMs.
import { digestReply } from '../../../src/digest/digest-command';
import type { Subscription } from '../../../src/store/store';
import { createDiscordAdapter } from '../../../adapters/discord';
import { loadDiscordConfig } from '../../../adapters/discord/config';
import { type Harness, IDS, startHarness, TOKEN } from './harness';

describe('Discord adapter: digest delivery', () => {
  let h: Harness;
  const sub: Subscription = { platform: 'discord', channel: IDS.channel, time: '08:00', timezone: 'America/Mexico_City', createdAt: new Date(), sequence: 0 };

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h.stop();
  });

  it('posts a digest embed to the channel, pinging nobody', async () => {
    const digest = await h.core.digests.preview('discord', IDS.channel, sub.timezone);
    const before = h.fake.requests.length;
    await h.adapter.deliver(sub, digestReply(digest, false));
    const [post] = h.fake.requests.slice(before).filter((r) => r.method === 'POST' && r.path === `/channels/${IDS.channel}/messages`);
    expect(post.status).toBe(200);
    expect(post.body.allowed_mentions).toEqual({ parse: [] });
    const [embed] = post.body.embeds;
    expect(embed.title).toBe(digest.headline);
    const names = embed.fields.map((f: { name: string }) => f.name);
    expect(names).toEqual(
      expect.arrayContaining(['Key points', `Focus — ${digest.focus.title}`.slice(0, 256), 'Question of the day', "What's new", 'Last 24 hours — most asked', 'Last 24 hours — not answered']),
    );
    expect(JSON.stringify(embed)).toContain(digest.focus.source.title);
    expect(embed.fields.every((f: { value: string }) => f.value.length <= 1024)).toBe(true);
  });

  it('throws an error carrying retryAfterMs when Discord answers 429, so the digest service can retry later', async () => {
    h.fake.failOnce({ method: 'POST', path: new RegExp(`^/channels/${IDS.channel}/messages$`), status: 429, retryAfter: 0.4 });
    const digest = await h.core.digests.preview('discord', IDS.channel, sub.timezone);
    const error = (await h.adapter.deliver(sub, digestReply(digest, false)).catch((e: unknown) => e)) as { retryAfterMs?: number };
    expect(error).toBeInstanceOf(Error);
    expect(error.retryAfterMs).toBeGreaterThanOrEqual(300);
    expect(error.retryAfterMs).toBeLessThanOrEqual(1500);

    // After the wait, the same delivery goes through.
    await new Promise((r) => setTimeout(r, error.retryAfterMs));
    await h.adapter.deliver(sub, digestReply(digest, false));
    expect(h.fake.requestsMatching('POST', new RegExp(`^/channels/${IDS.channel}/messages$`)).at(-1)!.status).toBe(200);
  });

  it('delivers through the digest service when a subscription is due', async () => {
    await h.core.store.upsertSubscription({ platform: 'discord', channel: IDS.channel, time: '00:00', timezone: 'UTC' });
    // Subscribed "now": today's time has passed since creation only tomorrow — ask for tomorrow's run.
    const tomorrow = new Date(Date.now() + 86_400_000);
    tomorrow.setUTCHours(0, 5, 0, 0);
    const before = h.fake.requests.length;
    const outcomes = await h.core.digests.runDue((p) => (p === 'discord' ? h.adapter.deliver : undefined), tomorrow);
    expect(outcomes).toEqual([expect.objectContaining({ channel: IDS.channel, result: 'posted' })]);
    const posts = h.fake.requests.slice(before).filter((r) => r.method === 'POST' && r.path === `/channels/${IDS.channel}/messages`);
    expect(posts).toHaveLength(1);
    expect(posts[0].body.embeds[0].title).toMatch(/BorderBrief daily/);
  });

  it('delivers without connecting to the gateway (as `digest run-due` does)', async () => {
    const config = loadDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: IDS.application, DISCORD_API_URL: h.fake.apiUrl })!;
    const offline = createDiscordAdapter(config, { bot: h.core.bot, logger: h.core.bot.logger });
    const identifies = h.fake.identifies.length;
    const digest = await h.core.digests.preview('discord', IDS.channel, sub.timezone);
    await offline.deliver(sub, digestReply(digest, false));
    await offline.stop();
    expect(h.fake.identifies).toHaveLength(identifies);
    expect(h.fake.requestsMatching('POST', new RegExp(`^/channels/${IDS.channel}/messages$`)).at(-1)!.status).toBe(200);
  });
});
