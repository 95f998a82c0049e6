// Gateway messages through the real discord.js client: mentions and DMs answered as replies, nobody pinged, bots ignored.
import dmFixture from '../../fixtures/discord/message-dm.json';
import everyoneFixture from '../../fixtures/discord/message-everyone.json';
import fromBotFixture from '../../fixtures/discord/message-from-bot.json';
import mentionFixture from '../../fixtures/discord/message-mention.json';
import { type Harness, IDS, replyTo, startHarness } from './harness';

type Json = Record<string, unknown>;

describe('Discord adapter: messages', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness();
  });

  afterAll(async () => {
    await h.stop();
  });

  /** A copy of a fixture with a fresh message id. */
  const message = (fixture: Json, changes: Json = {}): Json => ({ ...structuredClone(fixture), id: h.fake.nextId(), ...changes });

  it('answers a message that mentions the bot as a reply to it, without the mention in the question', async () => {
    const m = message(mentionFixture);
    h.fake.sendMessage(m);
    const reply = await replyTo(h.fake, m.id as string);
    expect(reply.path).toBe(`/channels/${IDS.channel}/messages`);
    expect(reply.body.message_reference).toMatchObject({ message_id: m.id });
    expect(reply.body.embeds[0].description).toMatch(/26/);
    expect(reply.body.embeds[0].fields.some((f: { name: string }) => f.name.startsWith('📖 Source:'))).toBe(true);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const logged = await h.core.store.topQuestions('discord', IDS.channel, new Date(0), true, 10);
    expect(logged.map((q) => q.question)).toContain('how many people did Mexico expel?');
  });

  it('answers a DM', async () => {
    const m = message(dmFixture);
    h.fake.sendMessage(m);
    const reply = await replyTo(h.fake, m.id as string);
    expect(reply.path).toBe(`/channels/${IDS.dmChannel}/messages`);
    expect(reply.body.embeds[0].description.length).toBeGreaterThan(20);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it('answers a message carrying @everyone, a role and a user mention without pinging anyone', async () => {
    const m = message(everyoneFixture);
    h.fake.sendMessage(m);
    const reply = await replyTo(h.fake, m.id as string);
    expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const text = JSON.stringify(reply.body);
    expect(text).not.toMatch(/@everyone|@here|<@&|<@!?\d/);
  });

  it('does not answer @everyone alone (only a mention of the bot itself counts)', async () => {
    const m = message(everyoneFixture, { content: '@everyone who was expelled?', mentions: [], mention_roles: [] });
    const marker = message(mentionFixture);
    h.fake.sendMessage(m);
    h.fake.sendMessage(marker);
    await replyTo(h.fake, marker.id as string);
    expect(h.fake.requests.some((r) => r.body?.message_reference?.message_id === m.id)).toBe(false);
  });

  it('ignores messages from bots, its own included', async () => {
    const other = message(fromBotFixture);
    const own = message(fromBotFixture, { author: (structuredClone(fromBotFixture) as { author: Json }).author });
    (own.author as Json).id = IDS.bot;
    (own.author as Json).username = 'BorderBrief';
    const marker = message(mentionFixture);
    h.fake.sendMessage(other);
    h.fake.sendMessage(own);
    // Gateway events are handled in order: once the marker is answered, the bot messages have been seen.
    h.fake.sendMessage(marker);
    await replyTo(h.fake, marker.id as string);
    const answered = h.fake.requests.filter((r) => [other.id, own.id].includes(r.body?.message_reference?.message_id));
    expect(answered).toHaveLength(0);
  });

  it('apologises in a reply when the core fails on a mention, and answers the next one', async () => {
    const spy = jest.spyOn(h.core.bot, 'handleText').mockRejectedValueOnce(new Error('knowledge gone'));
    const failing = message(mentionFixture);
    h.fake.sendMessage(failing);
    const apology = await replyTo(h.fake, failing.id as string);
    expect(apology.body.content).toMatch(/Sorry — something went wrong/);
    expect(h.logs.some((l) => l.level === 50 && l.msg === 'discord: failed to answer a message')).toBe(true);
    spy.mockRestore();

    const next = message(mentionFixture);
    h.fake.sendMessage(next);
    expect((await replyTo(h.fake, next.id as string)).body.embeds).toHaveLength(1);
  });
});
