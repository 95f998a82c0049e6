// Safe in a real workspace: private questions stay out of digests, only managers manage digests, every command is
// rate-limited, replayed commands run once, and nothing a user typed becomes a link or a mention.
import { directMessage, fixture, type Harness, mentionEvent, sign, slashCommand, startHarness } from './harness';

const ADMIN = 'U0ADMIN0001';
const MANAGER = 'U0MANAGER01';
const MEMBER = 'U0MEMBER001';

/** A slash command from someone else than the fixture's asker. */
function commandBy(h: Harness, user: string, text: string, responseId: string): Record<string, string> {
  return { ...slashCommand(h, text, responseId), user_id: user };
}

/** Everything the adapter sent to Slack (Web API bodies and response_url posts) as one string. */
function everythingSent(h: Harness): string {
  const calls = h.fake.calls.filter((c) => c.method !== 'auth.test' && c.method !== 'users.info');
  return JSON.stringify([calls.map((c) => c.body), h.fake.responses.map((r) => r.body)]);
}

/** Every mrkdwn text object in every block sent: each must say `verbatim: true`, so Slack parses nothing in it. */
function mrkdwnObjects(h: Harness): any[] {
  const found: any[] = [];
  const walk = (v: any): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if (v.type === 'mrkdwn' && typeof v.text === 'string') found.push(v);
      Object.values(v).forEach(walk);
    }
  };
  walk([h.fake.calls.map((c) => c.body.blocks), h.fake.responses.map((r) => r.body.blocks)]);
  return found;
}

describe('Slack: private questions stay private', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  test('a /brief question and a DM question never appear in the channel digest; a public @mention does', async () => {
    h = await startHarness();
    h.fake.users.set('U0ASKER001', { is_admin: true });
    await h.postEvent(mentionEvent({ text: '<@UBOTUSER01> public question about the weather on Mars?' }));
    await h.postCommand(slashCommand(h, 'secret question about my informant Pedro?', 'p1'));
    await h.postEvent(directMessage({ text: 'another secret about my source Lucia?' }));
    await h.postCommand(slashCommand(h, 'digest now', 'now1'));
    const [digest] = h.fake.posted('now1');
    expect(digest.body.response_type).toBe('in_channel');
    const posted = JSON.stringify(digest.body);
    expect(posted).toContain('public question about the weather on Mars?');
    expect(posted).not.toContain('Pedro');
    expect(posted).not.toContain('Lucia');
    // The scheduled digest reads the same log.
    const preview = await h.core.digests.preview('slack', 'C0CHANNEL01');
    expect(JSON.stringify(preview)).not.toMatch(/Pedro|Lucia/);
  });
});

describe('Slack: who may manage digests', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  test('an ordinary member is refused subscribe, off and now, privately, with who can; an admin and a listed manager succeed', async () => {
    h = await startHarness({ digestManagers: [MANAGER] });
    h.fake.users.set(ADMIN, { is_admin: true });
    await h.postCommand(commandBy(h, ADMIN, 'digest daily 08:00 America/Mexico_City', 'a1'));
    expect(h.fake.posted('a1')[0].body.text).toMatch(/Daily digest is on/);

    for (const [i, text] of ['digest daily 03:00 Asia/Tokyo', 'digest off', 'digest now'].entries()) {
      await h.postCommand(commandBy(h, MEMBER, text, `m${i}`));
      const [refusal] = h.fake.posted(`m${i}`);
      expect(refusal.body.response_type).toBe('ephemeral');
      expect(refusal.body.text).toMatch(/workspace admins? (and|or) owners?/i);
      expect(refusal.body.text).toMatch(/DIGEST_MANAGERS/);
    }
    expect(await h.core.store.getSubscription('slack', 'C0CHANNEL01')).toMatchObject({ time: '08:00', timezone: 'America/Mexico_City' });
    // Status stays open to everyone.
    await h.postCommand(commandBy(h, MEMBER, 'digest status', 'm-status'));
    expect(h.fake.posted('m-status')[0].body.text).toMatch(/08:00 America\/Mexico_City/);

    await h.postCommand(commandBy(h, MANAGER, 'digest now', 'g1'));
    expect(h.fake.posted('g1')[0].body.response_type).toBe('in_channel');
    await h.postCommand(commandBy(h, MANAGER, 'digest off', 'g2'));
    expect(h.fake.posted('g2')[0].body.text).toMatch(/turned off/);
    expect(await h.core.store.getSubscription('slack', 'C0CHANNEL01')).toBeUndefined();
  });

  test('/brief knowledge shows the knowledge status to a digest manager, privately; a member is refused', async () => {
    h = await startHarness({ digestManagers: [MANAGER] });
    await h.postCommand(commandBy(h, MEMBER, 'knowledge', 'k1'));
    const [refusal] = h.fake.posted('k1');
    expect(refusal.body.response_type).toBe('ephemeral');
    expect(refusal.body.text).toMatch(/DIGEST_MANAGERS/);
    expect(JSON.stringify(refusal.body)).not.toMatch(/Version/);

    await h.postCommand(commandBy(h, MANAGER, 'knowledge', 'k2'));
    const [shown] = h.fake.posted('k2');
    expect(shown.body.response_type).toBe('ephemeral');
    const status = h.core.bot.knowledgeStatus();
    expect(JSON.stringify(shown.body)).toContain(status.version);
    expect(JSON.stringify(shown.body)).toMatch(new RegExp(`${status.entries} entries · ${status.updates} updates`));
  });

  test('users.info is asked once per user for a few minutes, not on every command', async () => {
    h = await startHarness();
    h.fake.users.set(ADMIN, { is_owner: true });
    await h.postCommand(commandBy(h, ADMIN, 'digest daily 08:00 UTC', 'c1'));
    await h.postCommand(commandBy(h, ADMIN, 'digest daily 09:00 UTC', 'c2'));
    await h.postCommand(commandBy(h, ADMIN, 'how many people were expelled?', 'c3'));
    expect(h.fake.succeeded('users.info').map((c) => c.body.user)).toEqual([ADMIN]);
  });
});

describe('Slack: every command is rate-limited', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  test('the thirteenth digest now in a minute is refused, privately (default limit: 12 commands a minute)', async () => {
    h = await startHarness({ env: { RATE_LIMIT_COUNT: '12' } });
    h.fake.users.set('U0ASKER001', { is_admin: true });
    for (let i = 1; i <= 13; i++) await h.postCommand(slashCommand(h, 'digest now', `n${i}`));
    for (let i = 1; i <= 12; i++) expect(h.fake.posted(`n${i}`)[0].body.response_type).toBe('in_channel');
    const [thirteenth] = h.fake.posted('n13');
    expect(thirteenth.body.response_type).toBe('ephemeral');
    expect(thirteenth.body.text).toMatch(/please wait \d+ seconds?/);
  });

  test('topics and help count too', async () => {
    h = await startHarness({ env: { RATE_LIMIT_COUNT: '2' } });
    await h.postCommand(slashCommand(h, 'topics', 't1'));
    await h.postCommand(slashCommand(h, 'help', 't2'));
    await h.postCommand(slashCommand(h, 'help', 't3'));
    expect(h.fake.posted('t3')[0].body.text).toMatch(/please wait/);
  });
});

describe('Slack: replayed requests', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  test('a replayed signed slash command (same signature and timestamp) is answered once', async () => {
    h = await startHarness();
    const body = new URLSearchParams(slashCommand(h, 'How many people did Mexico expel?', 'rp1')).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const signing = { timestamp, signature: sign(body, timestamp) };
    const form = 'application/x-www-form-urlencoded';
    expect((await h.postRaw(body, form, signing)).status).toBe(200);
    expect((await h.postRaw(body, form, signing)).status).toBe(200);
    expect(h.fake.posted('rp1')).toHaveLength(1);
    expect(await h.core.store.questionLogCount()).toBe(1);
  });

  test('a replayed button click is answered once', async () => {
    h = await startHarness();
    const click = fixture('block_actions_ephemeral');
    click.actions[0] = { ...click.actions[0], action_id: 'bb_related_0', value: 'Who was expelled?' };
    click.response_url = h.fake.responseUrl('click1');
    const body = new URLSearchParams({ payload: JSON.stringify(click) }).toString();
    const timestamp = Math.floor(Date.now() / 1000);
    const signing = { timestamp, signature: sign(body, timestamp) };
    await h.postRaw(body, 'application/x-www-form-urlencoded', signing);
    await h.postRaw(body, 'application/x-www-form-urlencoded', signing);
    expect(h.fake.posted('click1')).toHaveLength(1);
  });
});

describe('Slack: nothing a user typed becomes a link or a mention', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  const HOSTILE = [
    '[click me](https://evil.example/phish)',
    '<!here> urgent: cartel news',
    '<@U0VICTIM01> what do you think?',
    '@everyone look at this',
    'see https://evil.example/bare for more',
    '<https://evil.example|totally safe>',
    '<#C0OTHER01|general> shout',
  ];

  test('hostile questions, commands and options produce no live link or mention in any message', async () => {
    h = await startHarness();
    h.fake.users.set('U0ASKER001', { is_admin: true });
    for (const [i, text] of HOSTILE.entries()) {
      await h.postEvent(mentionEvent({ text: `<@UBOTUSER01> ${text}`, eventId: `Ev0HOSTILE${i}`, ts: `1764401300.00010${i}` }));
      await h.postCommand(slashCommand(h, text, `hq${i}`));
      await h.postCommand(slashCommand(h, `/${text}`, `hc${i}`));
      await h.postCommand(slashCommand(h, `digest ${text}`, `ho${i}`));
      await h.postCommand(slashCommand(h, `digest daily 08:00 ${text}`, `hz${i}`));
    }
    await h.postEvent(directMessage({ text: HOSTILE.join(' ') }));
    await h.postCommand(slashCommand(h, 'digest now', 'hd'));
    const digest = JSON.stringify(h.fake.posted('hd')[0].body);
    // The digest lists the first three hostile questions (public @mentions), escaped.
    expect(digest).toContain('click me');
    expect(digest).toContain('@\u200bhere urgent');

    const sent = everythingSent(h);
    expect(sent).not.toMatch(/<(https?:|mailto:|!|@|#)/);
    expect(sent).not.toMatch(/@(here|everyone|channel)\b/);
    // Unknown command / option / zone replies echo the text, escaped.
    expect(JSON.stringify(h.fake.posted('hc0')[0].body)).toMatch(/Unknown command/);
    expect(JSON.stringify(h.fake.posted('hc1')[0].body)).toContain("Unknown command '/@\u200bhere'");
    // A Markdown link typed as a time zone is echoed as the characters typed, never turned into a Slack link.
    expect(JSON.stringify(h.fake.posted('hz0')[0].body)).toContain("Unknown time zone '[click me](https://evil.example/phish)'");
    const objects = mrkdwnObjects(h);
    expect(objects.length).toBeGreaterThan(20);
    expect(objects.filter((o) => o.verbatim !== true)).toEqual([]);
  });
});
