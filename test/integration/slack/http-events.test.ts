// The Slack adapter in HTTP mode: signed Events API requests from Slack → answers posted through the Web API.
import { FAKE_BOT } from '../../support/fake-slack';
import { directMessage, fixture, type Harness, mentionEvent, sign, startHarness } from './harness';

describe('Slack adapter over HTTP: events', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h?.close();
  });

  test("answers Slack's url_verification challenge (signature checked)", async () => {
    const body = fixture('url_verification');
    const res = await h.postEvent(body);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: body.challenge });
  });

  test('answers an @mention in a thread under the question, with the source as a context block', async () => {
    const event = mentionEvent();
    const res = await h.postEvent(event);
    expect(res.status).toBe(200);
    const [post] = h.fake.succeeded('chat.postMessage');
    expect(post.body.channel).toBe('C0CHANNEL01');
    expect(post.body.thread_ts).toBe(event.event.ts);
    expect(post.token).toBe('xoxb-1111-2222-testtoken');
    // The bot's own mention is stripped: the question was understood.
    expect(post.body.blocks[0]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: expect.stringMatching(/\b26\b/), verbatim: true } });
    const context = post.body.blocks.find((b: any) => b.type === 'context');
    expect(context.elements[0].text).toMatch(/^📄 \*Source:\* .+ — “.+”$/);
    expect(post.body.text).toMatch(/\b26\b/);
    expect(post.body).toMatchObject({ parse: 'none', link_names: 'false', unfurl_links: 'false' });
    const ids = post.body.blocks.filter((b: any) => b.type === 'actions').flatMap((b: any) => b.elements.map((e: any) => e.action_id));
    expect(ids.filter((id: string) => /^bb_related_\d$/.test(id)).length).toBeGreaterThan(0);
    expect(ids.slice(-2)).toEqual(['bb_feedback_up', 'bb_feedback_down']);
  });

  test('answers a mention inside a thread in that same thread', async () => {
    await h.postEvent(mentionEvent({ ts: '1764401999.000900', threadTs: '1764401000.000100', eventId: 'Ev0INTHREAD01' }));
    const [post] = h.fake.succeeded('chat.postMessage');
    expect(post.body.thread_ts).toBe('1764401000.000100');
  });

  test('answers a direct message in the DM, no mention needed', async () => {
    await h.postEvent(directMessage());
    const [post] = h.fake.succeeded('chat.postMessage');
    expect(post.body.channel).toBe('D0DIRECT001');
    expect(post.body.thread_ts).toBeUndefined();
    expect(post.body.text).toMatch(/expelled|cartel/i);
  });

  test("ignores its own messages, other bots' messages and edits", async () => {
    for (const name of ['event_message_im_own', 'event_message_im_bot', 'event_message_im_edited']) {
      const res = await h.postEvent(fixture(name));
      expect(res.status).toBe(200);
    }
    const botMention = mentionEvent({ eventId: 'Ev0BOTMENTION1' });
    Object.assign(botMention.event, { bot_id: 'B0OTHERBOT1', user: 'U0OTHERBOT1' });
    await h.postEvent(botMention);
    expect(h.fake.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
  });

  test('answers a Slack retry of the same event only once', async () => {
    const event = mentionEvent();
    await h.postEvent(event);
    const retry = await h.postEvent(event, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    expect(retry.status).toBe(200);
    await h.postEvent(event, { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' });
    expect(h.fake.succeeded('chat.postMessage')).toHaveLength(1);
    expect(h.logs.some((l) => l.includes('event already handled'))).toBe(true);
  });

  test("answers an event once even when Slack's retry arrives while the first delivery is still being handled", async () => {
    const event = mentionEvent({ eventId: 'Ev0CONCURRENT1' });
    const responses = await Promise.all([h.postEvent(event), h.postEvent(event, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' })]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    expect(h.fake.succeeded('chat.postMessage')).toHaveLength(1);
  });

  test('rejects a forged signature with 401 and answers nothing', async () => {
    const body = JSON.stringify(mentionEvent());
    const timestamp = Math.floor(Date.now() / 1000);
    const res = await h.postRaw(body, 'application/json', { timestamp, signature: sign(body, timestamp, 'not-the-secret') });
    expect(res.status).toBe(401);
    const challenge = JSON.stringify(fixture('url_verification'));
    expect((await h.postRaw(challenge, 'application/json', { timestamp, signature: 'v0=deadbeef' })).status).toBe(401);
    expect(h.fake.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
  });

  test('rejects a stale timestamp (older than 5 minutes) with 401', async () => {
    const body = JSON.stringify(mentionEvent());
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const res = await h.postRaw(body, 'application/json', { timestamp: stale });
    expect(res.status).toBe(401);
    expect(h.fake.calls.filter((c) => c.method.startsWith('chat.'))).toEqual([]);
  });

  test('learns who it is from auth.test at start', () => {
    expect(h.fake.succeeded('auth.test')).toHaveLength(1);
    expect(FAKE_BOT.userId).toBe('UBOTUSER01');
  });
});
