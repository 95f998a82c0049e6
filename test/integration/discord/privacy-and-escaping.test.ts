// Safe in a real server: private questions stay out of digests, `now` needs Manage Channels, every command is
// rate-limited, and nothing a user typed becomes a link or a mention.
import dmFixture from '../../fixtures/discord/message-dm.json';
import mentionFixture from '../../fixtures/discord/message-mention.json';
import {
  askInteraction,
  buttonInteraction,
  callbackOf,
  commandInteraction,
  digestInteraction,
  EPHEMERAL,
  type Harness,
  IDS,
  PERMISSIONS,
  replyTo,
  startHarness,
  webhookOf,
} from './harness';

type Json = Record<string, unknown>;
const MANAGER = { permissions: PERMISSIONS.memberWithManageChannels };

/** The digest embed posted by `/digest now` (deferred, then edited in). */
async function digestNow(h: Harness): Promise<Json> {
  const i = digestInteraction(h.fake, 'now', {}, MANAGER);
  h.fake.sendInteraction(i);
  return (await webhookOf(h.fake, i, (r) => r.method === 'PATCH')).body;
}

describe('Discord: private questions stay private', () => {
  let h: Harness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(async () => h.stop());

  it('a DM question and a related question answered ephemerally never appear in the channel digest', async () => {
    const mention = { ...structuredClone(mentionFixture), id: h.fake.nextId(), content: `<@${IDS.bot}> public weather on Mars?` };
    h.fake.sendMessage(mention);
    await replyTo(h.fake, mention.id);
    const dm = { ...structuredClone(dmFixture), id: h.fake.nextId(), content: 'secret about my informant Pedro?' };
    h.fake.sendMessage(dm);
    await replyTo(h.fake, dm.id);
    // A related-question button answers ephemerally: private, though asked in the channel.
    const click = buttonInteraction(h.fake, 'bb:ask:t:secret about my source Lucia?');
    h.fake.sendInteraction(click);
    await webhookOf(h.fake, click);
    const dmSlash = askInteraction(h.fake, 'secret asked in a DM slash command, Marta?', { dm: true });
    h.fake.sendInteraction(dmSlash);
    await webhookOf(h.fake, dmSlash, (r) => r.method === 'PATCH');

    const digest = JSON.stringify(await digestNow(h));
    expect(digest).toContain('public weather on Mars?');
    expect(digest).not.toMatch(/Pedro|Lucia|Marta/);
  });
});

describe('Discord: who may post a digest now', () => {
  let h: Harness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(async () => h.stop());

  it('refuses /digest now without Manage Channels, ephemerally, and posts it with the permission', async () => {
    const refused = digestInteraction(h.fake, 'now', {}, { permissions: PERMISSIONS.member });
    h.fake.sendInteraction(refused);
    const followUp = await webhookOf(h.fake, refused, (r) => r.method === 'POST');
    expect(followUp.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(followUp.body.content).toMatch(/Manage Channels/);
    expect(followUp.body.embeds ?? []).toHaveLength(0);

    const body = await digestNow(h);
    expect((body.embeds as Json[])[0].title).toMatch(/BorderBrief daily/);
  });
});

describe('Discord: every command is rate-limited', () => {
  let h: Harness;
  beforeAll(async () => (h = await startHarness({ env: { RATE_LIMIT_COUNT: '12' } })));
  afterAll(async () => h.stop());

  it('the thirteenth /digest now in a minute is refused, ephemerally', async () => {
    for (let n = 1; n <= 12; n++) expect(((await digestNow(h)).embeds as Json[]).length).toBe(1);
    const thirteenth = digestInteraction(h.fake, 'now', {}, MANAGER);
    h.fake.sendInteraction(thirteenth);
    const followUp = await webhookOf(h.fake, thirteenth, (r) => r.method === 'POST');
    expect(followUp.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(followUp.body.content).toMatch(/please wait \d+ seconds?/);
  });

  it('counts /help for the same user too, but not for another user', async () => {
    const help = commandInteraction(h.fake, 'help');
    h.fake.sendInteraction(help);
    expect((await callbackOf(h.fake, help)).body.data.content).toMatch(/please wait/);
    const other = commandInteraction(h.fake, 'help', { userId: IDS.otherUser });
    h.fake.sendInteraction(other);
    expect((await callbackOf(h.fake, other)).body.data.embeds[0].description).toMatch(/\/ask/);
  });
});

describe('Discord: nothing a user typed becomes a link or a mention', () => {
  let h: Harness;
  beforeAll(async () => (h = await startHarness()));
  afterAll(async () => h.stop());

  const HOSTILE = [
    '[click me](https://evil.example/phish)',
    `<@${IDS.otherUser}> what do you think?`,
    '@everyone look at this',
    '@here and <@&1180000000000000110> too',
    'see https://evil.example/bare for more',
    '<https://evil.example|totally safe>',
    '# HUGE HEADER\n-# small print',
    `<#${IDS.channel}> shout`,
  ];

  it('hostile questions, options and zones produce no live link or mention in any message', async () => {
    for (const text of HOSTILE) {
      const mention = { ...structuredClone(mentionFixture), id: h.fake.nextId(), content: `<@${IDS.bot}> ${text}` };
      h.fake.sendMessage(mention);
      await replyTo(h.fake, mention.id);
      const unknown = { ...structuredClone(mentionFixture), id: h.fake.nextId(), content: `<@${IDS.bot}> /${text}` };
      h.fake.sendMessage(unknown);
      await replyTo(h.fake, unknown.id);
      const zone = digestInteraction(h.fake, 'subscribe', { time: '08:00', timezone: text }, MANAGER);
      h.fake.sendInteraction(zone);
      // A refusal is private: the public placeholder is deleted and an ephemeral follow-up posted.
      const refusal = await webhookOf(h.fake, zone);
      expect(refusal.body.content).toMatch(/Unknown time zone/);
      const ask = askInteraction(h.fake, text);
      h.fake.sendInteraction(ask);
      await webhookOf(h.fake, ask, (r) => r.method === 'PATCH');
    }
    const digest = JSON.stringify(await digestNow(h));
    expect(digest).toContain('click me');

    const sent = h.fake.requests.filter((r) => ['POST', 'PATCH'].includes(r.method) && r.body && r.path !== '/gateway/bot');
    for (const r of sent) if (r.body.allowed_mentions || r.body.data?.allowed_mentions) {
      expect(r.body.allowed_mentions ?? r.body.data.allowed_mentions).toMatchObject({ parse: [] });
    }
    const text = JSON.stringify(sent.map((r) => r.body));
    // No masked link, no clickable URL, no mention syntax, no header line from user text.
    expect(text).not.toMatch(/\]\(https?:/);
    expect(text).not.toMatch(/(?<!\\)https?:\/\//);
    expect(text).not.toMatch(/<[@#]/);
    expect(text).not.toMatch(/@(everyone|here)\b/);
    expect(text).not.toMatch(/(^|\\n)#+ HUGE/);
    expect(text).not.toMatch(/(^|\\n)-# small/);
  });
});
