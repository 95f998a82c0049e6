import type { Core } from '../src/app';
import type { CommandContext } from '../src/commands/command';
import { testCore } from './support/core';

const ctx = (userId = 'U1'): CommandContext => ({ platform: 'slack', channel: 'C1', userId, canManageChannel: true });

describe('Bot', () => {
  let core: Core;
  afterEach(() => core?.close());

  it('answers a question and logs it with a hashed user id', async () => {
    core = await testCore();
    const reply = await core.bot.handleText(ctx(), 'how many people were expelled?');
    expect(reply).toMatchObject({ kind: 'answer', sources: [expect.objectContaining({ id: 'expulsion-details' })], answerId: expect.any(String) });
    const top = await core.store.topQuestions('slack', 'C1', new Date(0), true, 5);
    expect(top).toEqual([{ question: 'how many people were expelled?', count: 1 }]);
    expect(core.bot.hashUser('slack', 'U1')).not.toContain('U1');
  });

  it('reads a short follow-up in the light of the same person\'s previous question, for a while', async () => {
    let now = new Date('2026-11-29T12:00:00Z');
    core = await testCore({}, () => now);
    await core.bot.handleText(ctx(), 'Is expelling cartel members enough?');
    const followUp = await core.bot.handleText(ctx(), 'why not?');
    expect(followUp).toMatchObject({ kind: 'answer', sources: [expect.objectContaining({ id: 'strategy' })] });
    // Someone else's "why not?" has no previous question of theirs to lean on.
    expect((await core.bot.handleText(ctx('U2'), 'why not?')).kind).toBe('decline');
    // An unrelated message is not treated as a follow-up.
    expect((await core.bot.handleText(ctx(), 'what is the weather in Monterrey?')).kind).toBe('decline');
    // An off-topic message in between is declined and does not replace the conversation it interrupted.
    await core.bot.handleText(ctx(), 'Is expelling cartel members enough?');
    await core.bot.handleText(ctx(), 'who won the world cup?');
    expect((await core.bot.handleText(ctx(), 'why not?')).kind).toBe('answer');
    // A conversation in a Slack thread is its own: the channel's conversation does not leak into it.
    now = new Date(now.getTime() + 61_000);
    expect((await core.bot.handleText({ ...ctx(), thread: '1700000000.000100' }, 'why not?')).kind).toBe('decline');
    await core.bot.handleText(ctx(), 'Is expelling cartel members enough?');
    // After a quarter of an hour the context is gone.
    now = new Date('2026-11-29T12:15:00Z');
    expect((await core.bot.handleText(ctx(), 'why not?')).kind).toBe('decline');
  });

  it('logs how long each answer took, from the command reaching the core', async () => {
    core = await testCore();
    await core.bot.handleText(ctx(), 'how many people were expelled?');
    await core.bot.flushWrites(5_000);
    const [row] = (await core.store.listQuestions({}, 1, 0)).rows;
    expect(row.answerMs).toBeGreaterThan(0);
    expect((await core.store.activity(new Date(0))).answerMs).toEqual([row.answerMs]);
  });

  it('logs declined questions as unanswered', async () => {
    core = await testCore();
    const reply = await core.bot.handleText(ctx(), 'who won the world cup?');
    expect(reply.kind).toBe('decline');
    expect(await core.store.topQuestions('slack', 'C1', new Date(0), false, 5)).toEqual([{ question: 'who won the world cup?', count: 1 }]);
  });

  it('keeps no question log when QUESTION_LOG=off', async () => {
    core = await testCore({ QUESTION_LOG: 'off' });
    await core.bot.handleText(ctx(), 'how many people were expelled?');
    expect(await core.store.questionLogCount()).toBe(0);
  });

  it('records one vote per user per answer; a second vote replaces the first', async () => {
    core = await testCore();
    const { answerId } = await core.bot.handleText(ctx(), 'why does the border matter?');
    expect((await core.bot.feedback(ctx(), answerId!, true)).text).toMatch(/Thanks/);
    expect((await core.bot.feedback(ctx(), answerId!, false)).text).toMatch(/updated/);
    await core.bot.feedback(ctx('U2'), answerId!, true);
    expect(await core.store.feedbackCounts(answerId!)).toEqual({ helpful: 1, notHelpful: 1 });
  });

  it('tells a user who asks too fast to slow down, and still answers others', async () => {
    core = await testCore({ RATE_LIMIT_COUNT: '2', RATE_LIMIT_WINDOW_SECONDS: '60' });
    await core.bot.handleText(ctx(), 'fentanyl');
    await core.bot.handleText(ctx(), 'sovereignty');
    const third = await core.bot.handleText(ctx(), 'corruption');
    expect(third).toMatchObject({ kind: 'error', private: true, text: expect.stringMatching(/wait \d+ seconds?/) });
    expect((await core.bot.handleText(ctx('U2'), 'corruption')).kind).toBe('answer');
  });

  it('runs topics and help from the same declarations', async () => {
    core = await testCore();
    const topics = await core.bot.handleText(ctx(), 'topics');
    expect(topics.text).toContain('Why is Cross-Border Security Important?');
    const help = await core.bot.handleText(ctx(), '/help');
    for (const name of ['ask', 'topics', 'digest', 'help']) expect(help.text).toContain(`**/brief ${name}**`);
    const discordHelp = await core.bot.handleText({ ...ctx(), platform: 'discord' }, 'help');
    expect(discordHelp.text).toContain('/digest subscribe time:08:00 timezone:America/Mexico_City');
  });

  it('turns command mistakes into friendly errors', async () => {
    core = await testCore();
    expect(await core.bot.handleText(ctx(), 'digest daily 25:00 UTC')).toMatchObject({ kind: 'error', text: expect.stringMatching(/not a valid time.*Example/) });
    const zone = await core.bot.handleText(ctx(), 'digest daily 08:00 Mars/Olympus');
    // The zone as typed is marked as user text, for each platform to escape.
    expect(zone).toMatchObject({ kind: 'error', text: expect.stringMatching(/Unknown time zone '\uE000Mars\/Olympus\uE001'.*America\/Mexico_City/) });
  });

  it('refuses digest changes without the manage permission but shows the status', async () => {
    core = await testCore();
    const guest: CommandContext = { ...ctx(), canManageChannel: false };
    expect(await core.bot.handleText(guest, 'digest daily 08:00 UTC')).toMatchObject({ kind: 'error', text: expect.stringMatching(/Manage Channels/) });
    expect((await core.bot.handleText(guest, 'digest status')).text).toMatch(/No daily digest/);
  });
});
