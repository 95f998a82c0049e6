// `/gaps` through discord.js against the fake gateway: Manage Server only, ephemeral from the first defer on, private
// questions counted but never shown, and every question inert (no link, no mention, no Markdown).
import dmFixture from '../../fixtures/discord/message-dm.json';
import mentionFixture from '../../fixtures/discord/message-mention.json';
import { callbackOf, commandInteraction, EPHEMERAL, type Harness, IDS, PERMISSIONS, replyTo, startHarness, webhookOf } from './harness';

/** A member who may manage the server (Manage Server, 0x20), and one who may only manage channels. */
const SERVER_MANAGER = { permissions: String(BigInt(PERMISSIONS.member) | 0x20n) };
const CHANNEL_MANAGER = { permissions: PERMISSIONS.memberWithManageChannels };

const HOSTILE = [
  '[click me](https://evil.example/phish) who won the world cup?',
  '@everyone who won the world cup',
  '<@123456789012345678> which team won the world cup',
  '# weather in paris today?',
  'see https://evil.example/bare weather in Paris',
  '**weather** in __paris__ `now`',
];

async function mention(h: Harness, content: string): Promise<Record<string, any>> {
  const message = { ...structuredClone(mentionFixture), id: h.fake.nextId(), content: `<@${IDS.bot}> ${content}` };
  h.fake.sendMessage(message);
  return (await replyTo(h.fake, message.id)).body;
}

describe('Discord: /gaps', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    for (const text of HOSTILE) await mention(h, text);
    const dm = { ...structuredClone(dmFixture), id: h.fake.nextId(), content: 'who won the world cup, asks my informant Pedro?' };
    h.fake.sendMessage(dm);
    await replyTo(h.fake, dm.id);
    expect(await h.core.bot.flushWrites(5_000)).toBe(0);
  });
  afterAll(async () => h.stop());

  it('shows a server manager the top gaps, ephemerally, with private questions counted and never shown', async () => {
    const i = commandInteraction(h.fake, 'gaps', SERVER_MANAGER);
    h.fake.sendInteraction(i);
    const deferred = await callbackOf(h.fake, i);
    // Deferred as ephemeral: not even a "thinking…" placeholder shows in the channel.
    expect(deferred.body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    const report = await webhookOf(h.fake, i, (r) => r.method === 'PATCH');
    const text = JSON.stringify(report.body);
    expect(text).toMatch(/7 declined/);
    expect(text).toMatch(/1 of them asked privately \(counted, never shown\)/);
    expect(text).not.toContain('Pedro');
    expect(report.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    // Typed Markdown, links and mentions show as the characters typed.
    expect(text).not.toMatch(/(?<!\\\\)\]\(/);
    expect(text).not.toMatch(/https?:\/\//);
    expect(text).not.toMatch(/(?<!\\\\)<@/);
    expect(text).not.toMatch(/@(everyone|here)\b/);
    expect(text).toContain('\\\\*\\\\*weather\\\\*\\\\*');
  });

  it('refuses a member without Manage Server, ephemerally, saying who may', async () => {
    const i = commandInteraction(h.fake, 'gaps', CHANNEL_MANAGER);
    h.fake.sendInteraction(i);
    const reply = await webhookOf(h.fake, i, (r) => r.method === 'PATCH');
    expect((await callbackOf(h.fake, i)).body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    expect(reply.body.content).toMatch(/`gaps` is for the bot's admins: it needs the Manage Server permission/);
    expect(JSON.stringify(reply.body)).not.toMatch(/world cup|paris/i);
  });

  it('registers /gaps with its days option', async () => {
    const put = h.fake.requests.find((r) => r.method === 'PUT' && r.path.endsWith('/commands'));
    const gaps = (put?.body as Array<Record<string, any>>).find((c) => c.name === 'gaps');
    expect(gaps).toMatchObject({ name: 'gaps', options: [{ name: 'days', type: 3, required: false }] });
  });

  it('asked with a mention in a channel, lists no question there', async () => {
    // A message reply has no ephemeral form: the report is never posted this way (refused, or pointed to /gaps).
    const reply = await mention(h, 'gaps');
    expect(JSON.stringify(reply)).toMatch(/is for the bot's admins|shown only to you/);
    expect(JSON.stringify(reply)).not.toMatch(/world cup|paris/i);
  });
});
