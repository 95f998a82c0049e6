// `/brief gaps` through the real Bolt app against the fake Slack: digest managers only, seen only by them, private
// questions counted but never shown, and every question inert (no link, no mention).
import { directMessage, type Harness, mentionEvent, slashCommand, startHarness } from './harness';

const MANAGER = 'U0MANAGER01';
const MEMBER = 'U0MEMBER001';

const HOSTILE = [
  '[click me](https://evil.example/phish) who won the world cup?',
  '<!channel> who won the world cup',
  '<@U0VICTIM01> which team won the world cup',
  '@everyone weather in paris today?',
  'see https://evil.example/bare weather in Paris',
  '<https://evil.example|totally safe> *weather* in _paris_',
];

/** Public @mentions of hostile questions and one private /brief question, written to the log. */
async function askAround(h: Harness): Promise<void> {
  for (const [i, text] of HOSTILE.entries()) {
    await h.postEvent(mentionEvent({ text: `<@UBOTUSER01> ${text}`, eventId: `Ev0GAPS${i}`, ts: `1764401400.00010${i}` }));
  }
  await h.postCommand(slashCommand(h, 'who won the world cup, asks my informant Pedro', 'secret'));
  await h.postEvent(directMessage({ text: 'weather in paris for my source Lucia?' }));
  expect(await h.bot.flushWrites(5_000)).toBe(0);
}

const commandBy = (h: Harness, user: string, text: string, id: string) => ({ ...slashCommand(h, text, id), user_id: user });

describe('Slack: /brief gaps', () => {
  let h: Harness;
  afterEach(async () => h?.close());

  test('a digest manager sees the top gaps grouped, privately, with private questions counted and never shown', async () => {
    h = await startHarness({ digestManagers: [MANAGER] });
    await askAround(h);
    const postsBefore = h.fake.calls.length;
    await h.postCommand(commandBy(h, MANAGER, 'gaps', 'g1'));
    const [report] = h.fake.posted('g1');
    expect(report.body.response_type).toBe('ephemeral');
    const text = JSON.stringify(report.body);
    expect(text).toMatch(/8 declined/);
    expect(text).toMatch(/2 of them asked privately \(counted, never shown\)/);
    expect(text).toMatch(/×2 \(2 declined\)/);
    expect(text).not.toMatch(/Pedro|Lucia/);
    // Nothing typed is live: no link, no mention, no broadcast; Markdown shows as typed.
    expect(text).not.toMatch(/<(https?:|mailto:|!|@|#)/);
    expect(text).not.toMatch(/@(here|everyone|channel)\b/);
    // Slack's own markup was made plain text when the question was read; Markdown pairs are broken up.
    expect(text).toContain('@U0VICTIM01 which team won the world cup');
    expect(text).toContain('*\u200bweather*\u200b in _\u200bparis_\u200b');
    // Nothing went to the channel: the report is the manager's alone.
    expect(h.fake.calls.slice(postsBefore).filter((c) => c.method === 'chat.postMessage')).toEqual([]);
  });

  test('an ordinary member is refused, privately, with who may see it', async () => {
    h = await startHarness({ digestManagers: [MANAGER] });
    await askAround(h);
    await h.postCommand(commandBy(h, MEMBER, 'gaps', 'm1'));
    const [refusal] = h.fake.posted('m1');
    expect(refusal.body.response_type).toBe('ephemeral');
    expect(refusal.body.text).toMatch(/`gaps` is for the bot's admins/);
    expect(refusal.body.text).toMatch(/DIGEST_MANAGERS/);
    expect(JSON.stringify(refusal.body)).not.toMatch(/world cup|paris/i);
  });

  test('asked with an @mention in a channel, even a manager gets no report there — only how to ask privately', async () => {
    h = await startHarness({ digestManagers: [MANAGER] });
    await askAround(h);
    const before = h.fake.calls.length;
    await h.postEvent(mentionEvent({ text: '<@UBOTUSER01> gaps', user: MANAGER, eventId: 'Ev0GAPSPUB', ts: '1764401500.000100' }));
    const sent = h.fake.calls.slice(before).filter((c) => c.method.startsWith('chat.'));
    expect(sent.map((c) => c.method)).toEqual(['chat.postEphemeral']);
    expect(JSON.stringify(sent[0].body)).toMatch(/shown only to you/);
    expect(JSON.stringify(sent[0].body)).not.toMatch(/world cup|paris/i);
  });
});
