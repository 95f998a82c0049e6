// Slash commands through the real discord.js client: /ask (deferred, embed with source), autocomplete, /topics, /help, /digest and the error boundary.
import {
  askInteraction,
  autocompleteInteraction,
  callbackOf,
  commandInteraction,
  digestInteraction,
  EPHEMERAL,
  type Harness,
  IDS,
  PERMISSIONS,
  startHarness,
  webhookOf,
} from './harness';

describe('Discord adapter: slash commands', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ overrides: { deferAfterMs: 300 } });
  });

  afterAll(async () => {
    await h.stop();
  });

  it('answers /ask by deferring first, then editing in an embed that cites its source', async () => {
    const i = askInteraction(h.fake, 'How many people did Mexico expel?');
    h.fake.sendInteraction(i);
    const callback = await callbackOf(h.fake, i);
    expect(callback.body).toMatchObject({ type: 5 });
    expect((callback.body.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    const edit = await webhookOf(h.fake, i, (r) => r.method === 'PATCH');
    expect(edit.path).toBe(`/webhooks/${IDS.application}/${i.token}/messages/@original`);
    const [embed] = edit.body.embeds;
    expect(embed.description).toMatch(/26/);
    expect(embed.fields.some((f: { name: string; value: string }) => f.name.startsWith('📖 Source:') && f.value.startsWith('> '))).toBe(true);
    expect(edit.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const ids = edit.body.components.flatMap((row: { components: { custom_id: string }[] }) => row.components.map((c) => c.custom_id));
    expect(ids.some((id: string) => id.startsWith('bb:fb:up:'))).toBe(true);
    expect(ids.some((id: string) => id.startsWith('bb:ask:'))).toBe(true);
  });

  it('offers at most 25 autocomplete questions within Discord limits, and still suggests for a typo', async () => {
    const i = autocompleteInteraction(h.fake, 'how mny expeled');
    const sent = Date.now();
    h.fake.sendInteraction(i);
    const callback = await callbackOf(h.fake, i);
    expect(callback.body.type).toBe(8);
    const { choices } = callback.body.data as { choices: { name: string; value: string }[] };
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
    expect(choices.map((c) => c.value)).toContain('How many people did Mexico expel?');
    // Autocomplete cannot be deferred: it must be answered well inside the 3 seconds.
    expect(callback.at - sent).toBeLessThan(1000);
  });

  it('offers 25 questions for an empty autocomplete and time zones for /digest subscribe', async () => {
    const empty = autocompleteInteraction(h.fake, '');
    h.fake.sendInteraction(empty);
    expect((await callbackOf(h.fake, empty)).body.data.choices.length).toBeGreaterThan(0);

    const zones = autocompleteInteraction(h.fake, 'mexico', { command: 'digest', sub: 'subscribe', option: 'timezone' });
    h.fake.sendInteraction(zones);
    const { choices } = (await callbackOf(h.fake, zones)).body.data as { choices: { value: string }[] };
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((c) => c.value)).toContain('America/Mexico_City');
  });

  it('answers /topics with an embed listing the sections', async () => {
    const i = commandInteraction(h.fake, 'topics');
    h.fake.sendInteraction(i);
    const callback = await callbackOf(h.fake, i);
    expect(callback.body.type).toBe(4);
    const [embed] = callback.body.data.embeds;
    expect(embed.title).toMatch(/What I can answer/);
    expect(embed.description.length).toBeGreaterThan(50);
    expect(embed.description.length).toBeLessThanOrEqual(4096);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('defers a quick command that is still running after the defer deadline, then edits in the answer', async () => {
    const runNamed = h.core.bot.runNamed.bind(h.core.bot);
    const spy = jest.spyOn(h.core.bot, 'runNamed').mockImplementationOnce(async (...args) => {
      await new Promise((r) => setTimeout(r, 700));
      return runNamed(...args);
    });
    const i = commandInteraction(h.fake, 'topics');
    const sent = Date.now();
    h.fake.sendInteraction(i);
    const callback = await callbackOf(h.fake, i);
    expect(callback.body.type).toBe(5);
    expect(callback.at - sent).toBeLessThan(700);
    const edit = await webhookOf(h.fake, i, (r) => r.method === 'PATCH');
    expect(edit.body.embeds[0].title).toMatch(/What I can answer/);
    spy.mockRestore();
  });

  it('answers /help with the commands', async () => {
    const i = commandInteraction(h.fake, 'help');
    h.fake.sendInteraction(i);
    const [embed] = (await callbackOf(h.fake, i)).body.data.embeds;
    expect(embed.description).toMatch(/\/ask/);
    expect(embed.description).toMatch(/\/digest/);
  });

  it('refuses /digest subscribe without Manage Channels, ephemerally, and accepts it with the permission', async () => {
    const refused = digestInteraction(h.fake, 'subscribe', { time: '08:00', timezone: 'America/Mexico_City' }, { permissions: PERMISSIONS.member });
    h.fake.sendInteraction(refused);
    const followUp = await webhookOf(h.fake, refused, (r) => r.method === 'POST');
    expect(followUp.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(followUp.body.content).toMatch(/Manage Channels/);
    expect(h.fake.requestsMatching('DELETE', new RegExp(`/webhooks/${IDS.application}/${refused.token}/messages/@original`))).toHaveLength(1);
    expect(await h.core.store.getSubscription('discord', IDS.channel)).toBeUndefined();

    const accepted = digestInteraction(h.fake, 'subscribe', { time: '08:00', timezone: 'America/Mexico_City' }, { permissions: PERMISSIONS.memberWithManageChannels });
    h.fake.sendInteraction(accepted);
    const edit = await webhookOf(h.fake, accepted, (r) => r.method === 'PATCH');
    expect(edit.body.content).toMatch(/08:00 America\/Mexico_City/);
    expect(await h.core.store.getSubscription('discord', IDS.channel)).toMatchObject({ time: '08:00', timezone: 'America/Mexico_City' });
  });

  it('shows /knowledge to someone with Manage Server, ephemerally, and refuses it to a member and to Manage Channels alone', async () => {
    for (const permissions of [PERMISSIONS.member, PERMISSIONS.memberWithManageChannels]) {
      const refused = commandInteraction(h.fake, 'knowledge', { permissions });
      h.fake.sendInteraction(refused);
      const reply = await callbackOf(h.fake, refused);
      expect(reply.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
      expect(JSON.stringify(reply.body.data)).toMatch(/Manage Server/);
      expect(JSON.stringify(reply.body.data)).not.toMatch(/Version/);
    }
    const shown = commandInteraction(h.fake, 'knowledge', { permissions: PERMISSIONS.memberWithManageServer });
    h.fake.sendInteraction(shown);
    const reply = await callbackOf(h.fake, shown);
    expect(reply.body.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const status = h.core.bot.knowledgeStatus();
    expect(JSON.stringify(reply.body.data)).toContain(status.version);
    expect(JSON.stringify(reply.body.data)).toMatch(new RegExp(`${status.entries} entries`));
  });

  it('shows /digest preview only to the person who asked, as a digest embed', async () => {
    const i = digestInteraction(h.fake, 'preview', {});
    h.fake.sendInteraction(i);
    const followUp = await webhookOf(h.fake, i, (r) => r.method === 'POST');
    expect(followUp.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    const [embed] = followUp.body.embeds;
    expect(embed.title).toMatch(/BorderBrief daily/);
    expect(embed.fields.map((f: { name: string }) => f.name)).toEqual(expect.arrayContaining(['Key points', 'Question of the day', "What's new"]));
  });

  it('retries a REST call that Discord answers with 429, after retry_after', async () => {
    const i = askInteraction(h.fake, 'Who was expelled?');
    h.fake.failOnce({ method: 'PATCH', path: new RegExp(`^/webhooks/${IDS.application}/${i.token}/messages/@original$`), status: 429, retryAfter: 0.3 });
    h.fake.sendInteraction(i);
    const edit = await webhookOf(h.fake, i, (r) => r.method === 'PATCH');
    const attempts = h.fake.requestsMatching('PATCH', new RegExp(`/webhooks/${IDS.application}/${i.token}/`));
    expect(attempts.map((r) => r.status)).toEqual([429, 200]);
    expect(attempts[1].at - attempts[0].at).toBeGreaterThanOrEqual(250);
    expect(edit.body.embeds[0].description.length).toBeGreaterThan(0);
  });

  it('retries a REST call that fails once with 500', async () => {
    const i = commandInteraction(h.fake, 'topics');
    h.fake.failOnce({ method: 'POST', path: new RegExp(`^/interactions/${i.id}/`), status: 500 });
    h.fake.sendInteraction(i);
    await h.fake.waitForRequest((r) => r.path.startsWith(`/interactions/${i.id}/`) && r.status === 204);
    expect(h.fake.requestsMatching('POST', new RegExp(`^/interactions/${i.id}/`)).map((r) => r.status)).toEqual([500, 204]);
  });

  it('apologises ephemerally and logs when the core fails, then serves the next interaction', async () => {
    const spy = jest.spyOn(h.core.bot, 'runNamed').mockRejectedValueOnce(new Error('database on fire'));
    const failing = askInteraction(h.fake, 'How many people did Mexico expel?');
    h.fake.sendInteraction(failing);
    const apology = await webhookOf(h.fake, failing, (r) => r.method === 'POST');
    expect(apology.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(apology.body.content).toMatch(/Sorry — something went wrong/);
    expect(apology.body.content).not.toMatch(/database on fire/);
    expect(h.logs.some((l) => l.level === 50 && l.msg === 'discord: the core failed to answer' && (l.err as { message: string }).message === 'database on fire')).toBe(true);
    spy.mockRestore();

    const next = commandInteraction(h.fake, 'topics');
    h.fake.sendInteraction(next);
    expect((await callbackOf(h.fake, next)).body.data.embeds[0].title).toMatch(/What I can answer/);
  });

  it('answers a slash command in a DM, where the user may manage the digest', async () => {
    const i = digestInteraction(h.fake, 'subscribe', { time: '07:30', timezone: 'UTC' }, { dm: true });
    h.fake.sendInteraction(i);
    const edit = await webhookOf(h.fake, i, (r) => r.method === 'PATCH');
    expect(edit.body.content).toMatch(/07:30 UTC/);
    expect(await h.core.store.getSubscription('discord', IDS.dmChannel)).toMatchObject({ time: '07:30' });
  });
});

describe('Discord adapter: cooldown', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ env: { RATE_LIMIT_COUNT: '1', RATE_LIMIT_WINDOW_SECONDS: '60' } });
  });

  afterAll(async () => {
    await h.stop();
  });

  it('tells a user who asks too fast to slow down, ephemerally', async () => {
    const first = askInteraction(h.fake, 'Who was expelled?');
    h.fake.sendInteraction(first);
    await webhookOf(h.fake, first, (r) => r.method === 'PATCH');

    const second = askInteraction(h.fake, 'When did this happen?');
    h.fake.sendInteraction(second);
    const followUp = await webhookOf(h.fake, second, (r) => r.method === 'POST');
    expect(followUp.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(followUp.body.content).toMatch(/⚠️/);
    expect(followUp.body.embeds ?? []).toHaveLength(0);
  });
});
