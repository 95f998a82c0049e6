// The one text toolkit: clip and split within limits, and each platform's escaping of text a user typed.
import {
  clip,
  escapeDiscordText,
  escapeSlackText,
  escapeSlackUserText,
  resolveUserText,
  splitText,
  userText,
  withoutMarks,
} from '../../src/text/text-tools';

describe('clip', () => {
  it.each([
    ['short', 10, 'short'],
    ['the quick brown fox jumps', 12, 'the quick…'],
    ['abcdefghijklmnop', 8, 'abcdefg…'],
  ])('clips %j to %d characters at a word boundary', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
    expect(clip(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('splitText', () => {
  it('prefers line breaks, then sentence ends, then spaces, and keeps every piece within the limit', () => {
    const text = `${'a'.repeat(30)}\n${'b '.repeat(40)}end. More words here.`;
    const pieces = splitText(text, 40);
    expect(pieces[0]).toBe('a'.repeat(30));
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(40);
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('never cuts where the caller forbids (a Slack <…> link)', () => {
    const text = `see <https://example.org/a/long/path|the link> and more`;
    const canCut = (t: string, at: number) => t.slice(0, at).lastIndexOf('<') <= t.slice(0, at).lastIndexOf('>');
    for (const p of splitText(text, 48, { canCut })) expect((p.match(/</g) ?? []).length).toBe((p.match(/>/g) ?? []).length);
  });
});

const HOSTILE = {
  maskedLink: '[click me](https://evil.example/phish)',
  slackLink: '<https://evil.example|totally safe>',
  bareUrl: 'see https://evil.example/bare',
  here: '<!here> and @here and @everyone and @channel',
  user: '<@U0VICTIM01> and <@123456789012345678>',
  role: '<@&123456789012345678>',
  channel: '<#C0OTHER01|general> and <#123456789012345678>',
  header: '# HUGE\n-# small\n> quote',
};

describe('escapeSlackText', () => {
  it.each(Object.entries(HOSTILE))('leaves no Slack link or mention syntax in %s', (_name, text) => {
    const out = escapeSlackText(text);
    expect(out).not.toMatch(/<|>/);
    expect(out).not.toMatch(/@(here|everyone|channel)\b/);
  });

  it('escapes & first, so an entity typed by the user stays as typed', () => {
    expect(escapeSlackText('&lt;!here&gt;')).toBe('&amp;lt;!here&amp;gt;');
  });
});

describe('escapeSlackUserText', () => {
  it('keeps typed mrkdwn from pairing up into bold, italic, strike or code', () => {
    const out = escapeSlackUserText('*bold* _it_ ~gone~ `code` <@U1>');
    expect(out).not.toMatch(/[*_~`](?!\u200b)/);
    expect(out.replace(/\u200b/g, '')).toBe('*bold* _it_ ~gone~ `code` &lt;@U1&gt;');
  });
});

describe('escapeDiscordText', () => {
  it.each(Object.entries(HOSTILE))('leaves no Discord link, mention or header syntax in %s', (_name, text) => {
    const out = escapeDiscordText(text);
    expect(out).not.toMatch(/(?<!\\)\]\(/);
    expect(out).not.toMatch(/https?:\/\//);
    expect(out).not.toMatch(/(?<!\\)<[@#]/);
    expect(out).not.toMatch(/@(everyone|here)\b/);
    expect(out).not.toMatch(/^(?!\\)#|\n(?!\\)[#>-]/);
  });

  it('keeps the words readable', () => {
    expect(escapeDiscordText('why did 26 people get expelled?')).toBe('why did 26 people get expelled?');
  });
});

describe('user text inside a reply', () => {
  it('is escaped by the platform renderer and nowhere else, on one line', () => {
    const md = `**Unknown** zone '${userText('[x](https://e.example)\n# hi')}'`;
    expect(resolveUserText(md, (t) => `<${t}>`)).toBe("**Unknown** zone '<[x](https://e.example) # hi>'");
    expect(withoutMarks(md)).toBe("**Unknown** zone '[x](https://e.example) # hi'");
  });

  it('cannot be faked by typing the marks', () => {
    const md = userText('a\uE001 **b** \uE000c');
    expect(resolveUserText(md, (t) => t.toUpperCase())).toBe('A **B** C');
  });
});
