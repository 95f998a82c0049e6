// Safety and reliability: replies never ping, 429s are waited out, a failing core apologises and keeps serving, "slow down" is private.
import { Bot } from '../../../src/bot';
import type { CommandContext } from '../../../src/commands/command';
import type { Reply } from '../../../src/reply';
import { directMessage, type Harness, mentionEvent, slashCommand, startHarness } from './harness';

const PINGS = /<!everyone>|<!channel>|<!here>|<!subteam\^|<@U/;

/** Everything the adapter sent to Slack (Web API bodies and response_url posts) as one string. */
function everythingSent(h: Harness): string {
  return JSON.stringify([h.fake.calls.filter((c) => c.method !== 'auth.test').map((c) => c.body), h.fake.responses.map((r) => r.body)]);
}

const SLOW_MS = 2000;

/** A bot that takes its time: longer than Slack's 3 seconds would be fatal without an early ack. */
class SlowBot extends Bot {
  override async ask(ctx: CommandContext, question: string): Promise<Reply> {
    await new Promise((r) => setTimeout(r, SLOW_MS));
    return super.ask(ctx, question);
  }
}

/** A bot whose answer engine blows up on one question — "a bug in the core". */
class ExplodingBot extends Bot {
  override async ask(ctx: CommandContext, question: string): Promise<Reply> {
    if (/explode/i.test(question)) throw new Error('answer engine exploded: index corrupted');
    return super.ask(ctx, question);
  }
}

describe('Slack adapter: safety', () => {
  let h: Harness;
  afterEach(async () => {
    await h?.close();
  });

  test('<!everyone> and <@U123> in a declined question never ping in the reply', async () => {
    h = await startHarness();
    await h.postEvent(mentionEvent({ text: '<@UBOTUSER01> <!everyone> <!here> <!subteam^S0GROUP|@ops> what is the weather on Mars, <@U123>?' }));
    const [reply] = h.fake.succeeded('chat.postMessage');
    // A decline: a short message and suggestions to try, no feedback buttons.
    expect(reply.body.blocks.some((b: any) => b.type === 'actions' && b.block_id === 'bb_related')).toBe(true);
    expect(reply.body.blocks.some((b: any) => b.block_id === 'bb_feedback')).toBe(false);
    expect(reply.body).toMatchObject({ parse: 'none', link_names: 'false' });
    expect(everythingSent(h)).not.toMatch(PINGS);
  });

  test('mentions echoed from questions (the digest lists them) are escaped, never pings', async () => {
    h = await startHarness();
    await h.postEvent(mentionEvent({ text: '<@UBOTUSER01> <!channel> how many people did Mexico expel <@U123>?' }));
    await h.postEvent(mentionEvent({ text: '<@UBOTUSER01> <!everyone> weather on Mars <@U123>?', eventId: 'Ev0SECOND0001' }));
    await h.postCommand(slashCommand(h, 'digest preview', 'd1'));
    const digest = JSON.stringify(h.fake.posted('d1')[0].body);
    // "@everyone" as a plain word is broken with a zero-width space, so no client reads it as a broadcast.
    expect(digest).toContain('@\u200beveryone weather on Mars @U123?');
    expect(everythingSent(h)).not.toMatch(PINGS);
    // The same question typed with literal brackets (Slack sends it escaped) stays escaped on the way out.
    await h.postEvent(mentionEvent({ text: '<@UBOTUSER01> &lt;!everyone&gt; weather on Mars?', eventId: 'Ev0LITERAL001' }));
    await h.postCommand(slashCommand(h, 'digest preview', 'd2'));
    expect(JSON.stringify(h.fake.posted('d2')[0].body)).toContain('&lt;!everyone&gt; weather on Mars?');
    expect(everythingSent(h)).not.toMatch(PINGS);
  });

  test('a 429 on chat.postMessage is retried after its Retry-After', async () => {
    h = await startHarness();
    h.fake.failNext('chat.postMessage', { status: 429, retryAfterS: 1 });
    await h.postEvent(mentionEvent());
    const posts = h.fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(posts.map((c) => c.status)).toEqual([429, 200]);
    expect(posts[1].at - posts[0].at).toBeGreaterThanOrEqual(1000);
    expect(posts[1].body).toEqual(posts[0].body);
  });

  test('a 500 from the Web API is retried, then answered', async () => {
    h = await startHarness();
    h.fake.failNext('chat.postMessage', { status: 500 });
    await h.postEvent(directMessage());
    expect(h.fake.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual([500, 200]);
  });

  test('an error inside the core reaches the user as a short apology, the log gets the full error, and the bot keeps serving', async () => {
    h = await startHarness({
      makeBot: (core, logger) =>
        new ExplodingBot({ engine: core.engine, store: core.store, logger, questionLog: true, userHashSalt: 'test', rateLimit: { count: 100, windowMs: 60_000 } }),
    });
    const res = await h.postEvent(mentionEvent({ text: '<@UBOTUSER01> please explode' }));
    expect(res.status).toBe(200);
    const [apology] = h.fake.succeeded('chat.postEphemeral');
    expect(apology.body).toMatchObject({ channel: 'C0CHANNEL01', user: 'U0ASKER001', thread_ts: '1764401234.567800' });
    expect(apology.body.blocks[0].text.text).toBe('⚠️ Sorry — something went wrong on my side while answering. Please try again in a moment.');
    expect(apology.body.text).not.toContain('index corrupted');
    const logged = h.logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'slack: failed to answer');
    expect(logged.err.message).toBe('answer engine exploded: index corrupted');
    expect(logged.err.stack).toContain('ExplodingBot.ask');

    await h.postEvent(mentionEvent({ eventId: 'Ev0NEXTONE0001' }));
    const [next] = h.fake.succeeded('chat.postMessage');
    expect(next.body.text).toMatch(/\b26\b/);
    // Also through the slash command: the apology is private.
    await h.postCommand(slashCommand(h, 'explode again', 'x1'));
    expect(h.fake.posted('x1')[0].body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Sorry — something went wrong') });
  });

  test('acks at once and answers afterwards, even when the core is slow (production setting: no processBeforeResponse)', async () => {
    h = await startHarness({
      overrides: { processBeforeResponse: false },
      makeBot: (core, logger) => new SlowBot({ engine: core.engine, store: core.store, logger, questionLog: true, userHashSalt: 'test', rateLimit: { count: 100, windowMs: 60_000 } }),
    });
    let started = Date.now();
    expect((await h.postEvent(mentionEvent())).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(SLOW_MS - 500);
    expect(h.fake.succeeded('chat.postMessage')).toHaveLength(0);
    await h.fake.waitFor(() => h.fake.succeeded('chat.postMessage')[0]);
    started = Date.now();
    expect((await h.postCommand(slashCommand(h, 'How many people did Mexico expel?', 'slow1'))).status).toBe(200);
    expect(Date.now() - started).toBeLessThan(SLOW_MS - 500);
    expect(h.fake.posted('slow1')).toHaveLength(0);
    await h.fake.waitFor(() => h.fake.posted('slow1')[0]);
  });

  test('a user over the rate limit gets a private "slow down" in the thread', async () => {
    h = await startHarness({ env: { RATE_LIMIT_COUNT: '1', RATE_LIMIT_WINDOW_SECONDS: '60' } });
    await h.postEvent(mentionEvent());
    await h.postEvent(mentionEvent({ eventId: 'Ev0TOOFAST0001', ts: '1764401235.000100' }));
    expect(h.fake.succeeded('chat.postMessage')).toHaveLength(1);
    const [slowDown] = h.fake.succeeded('chat.postEphemeral');
    expect(slowDown.body).toMatchObject({ user: 'U0ASKER001', thread_ts: '1764401235.000100' });
    expect(slowDown.body.blocks[0].text.text).toMatch(/^⚠️ You're asking faster than I can keep up — please wait \d+ seconds?/);
  });
});
