// Slack rendering without Slack: Markdown → mrkdwn, escaping, Slack text → question, and Block Kit within Slack's limits.
import { decodeShareValue, encodeShareValue } from '../../../adapters/slack/action-ids';
import { markdownToMrkdwn, questionFromSlackText, splitMrkdwn } from '../../../adapters/slack/mrkdwn';
import { escapeSlackText } from '../../../src/text/text-tools';
import { renderReply, SlackLimits, withFeedbackStatus } from '../../../adapters/slack/render';
import type { Reply } from '../../../src/reply';

const reply = (extra: Partial<Reply>): Reply => ({ kind: 'answer', text: '', sources: [], suggestions: [], ...extra });

describe('markdownToMrkdwn', () => {
  test.each([
    ['**bold**', '*bold*'],
    ['__bold__', '*bold*'],
    ['*italic* and _italic_', '_italic_ and _italic_'],
    ['**bold** then *italic*', '*bold* then _italic_'],
    ['~~gone~~', '~gone~'],
    ['- one\n- two\n  - nested', '• one\n• two\n  • nested'],
    ['* star bullet', '• star bullet'],
    ['## Heading', '*Heading*'],
    ['[the article](https://example.com/a?x=1&y=2)', '<https://example.com/a?x=1&amp;y=2|the article>'],
    ['[evil](javascript:alert)', 'evil'],
    ['`<code> & **not bold**`', '`&lt;code&gt; &amp; **not bold**`'],
    ['Tom & Jerry <3 > 2', 'Tom &amp; Jerry &lt;3 &gt; 2'],
    ['<!everyone> <!here> <!channel> <!subteam^S1|@ops> <@U123>', '&lt;!everyone&gt; &lt;!here&gt; &lt;!channel&gt; &lt;!subteam^S1|@ops&gt; &lt;@U123&gt;'],
    ['[<@U123>](https://x.test)', '<https://x.test|&lt;@U123&gt;>'],
    ['2 * 3 * 4', '2 * 3 * 4'],
  ])('%j → %j', (md, expected) => {
    expect(markdownToMrkdwn(md)).toBe(expected);
  });

  test('escapeSlackText escapes &, < and > and breaks a plain @here', () => {
    expect(escapeSlackText('@here and @channel')).toBe('@\u200bhere and @\u200bchannel');
    expect(escapeSlackText(`a & b < c > d "e" 'f'`)).toBe(`a &amp; b &lt; c &gt; d "e" 'f'`);
  });
});

describe('questionFromSlackText', () => {
  test.each([
    ['<@UBOT> how many were expelled?', 'how many were expelled?'],
    ['how many, <@UBOT|borderbrief>?', 'how many, ?'],
    ['ask <@U123|ana> and <@U456>', 'ask @ana and @U456'],
    ['<!here> <!subteam^S1|@ops> <!everyone>', '@here @ops @everyone'],
    ['see <https://example.com|the article> and <#C123|general>', 'see the article and #general'],
    ['Tom &amp; Jerry &lt;3', 'Tom & Jerry <3'],
  ])('%j → %j', (text, expected) => {
    expect(questionFromSlackText(text, 'UBOT')).toBe(expected);
  });
});

describe('Block Kit rendering within Slack limits', () => {
  test('splits long text into sections of at most 3,000 characters, never inside an entity or link', () => {
    const para = `${'word &amp; <https://example.com|link text> '.repeat(20)}\n`;
    const pieces = splitMrkdwn(para.repeat(30), SlackLimits.sectionText);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(SlackLimits.sectionText);
      expect(p).not.toMatch(/&[a-z]*$|<[^>]*$/);
      expect(p).not.toMatch(/^[a-z]*;|^[^<]*>/);
    }
  });

  test('very long replies become several messages of at most 50 blocks, each with a text fallback', () => {
    const text = Array.from({ length: 120 }, (_, i) => `- item ${i} ${'x'.repeat(2990)}`).join('\n');
    const messages = renderReply(reply({ kind: 'info', title: 'Long', text }));
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(SlackLimits.blocksPerMessage);
      expect(m.text.length).toBeGreaterThan(0);
      expect(m.text.length).toBeLessThanOrEqual(SlackLimits.fallbackText);
      for (const b of m.blocks as any[]) if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(SlackLimits.sectionText);
    }
  });

  test('button texts fit 75 characters and values 2,000; the share value keeps the answer id', () => {
    const long = `Why ${'really '.repeat(400)}?`;
    const [m] = renderReply(reply({ text: 'An answer.', suggestions: [long], answerId: 'a-1' }), { share: { question: long } });
    const buttons = (m.blocks as any[]).flatMap((b) => (b.type === 'actions' ? b.elements : []));
    for (const b of buttons) {
      expect(b.text.text.length).toBeLessThanOrEqual(SlackLimits.buttonText);
      expect(b.value.length).toBeLessThanOrEqual(2000);
    }
    const share = buttons.find((b) => b.action_id === 'bb_share');
    expect(decodeShareValue(share.value)).toEqual({ question: expect.stringMatching(/^Why really/), answerId: 'a-1' });
    expect(decodeShareValue(encodeShareValue({ question: 'q "quoted" \\ ünïcode', answerId: 'x' }))).toEqual({ question: 'q "quoted" \\ ünïcode', answerId: 'x' });
  });

  test('a decline is a short message with suggestion buttons and no feedback buttons', () => {
    const [m] = renderReply(reply({ kind: 'decline', text: "Sorry — I can't answer that.", suggestions: ['What happened?'] }));
    expect((m.blocks as any[]).map((b) => b.type)).toEqual(['section', 'context', 'actions']);
    expect(JSON.stringify(m.blocks)).not.toContain('bb_feedback');
  });

  test('an error is marked with a warning sign', () => {
    const [m] = renderReply(reply({ kind: 'error', text: 'Unknown time zone' }));
    expect((m.blocks[0] as any).text.text).toBe('⚠️ Unknown time zone');
  });

  test('a thank-you line goes under the feedback buttons and replaces an earlier one', () => {
    const [m] = renderReply(reply({ text: 'An answer.', answerId: 'a-1', suggestions: ['What happened?'] }));
    const once = withFeedbackStatus(m.blocks, 'Thanks! 👍 1 · 👎 0');
    const twice = withFeedbackStatus(once, 'Thanks! 👍 2 · 👎 0');
    expect(twice.map((b) => b.block_id ?? b.type)).toEqual(['section', 'context', 'bb_related', 'bb_feedback', 'bb_feedback_status']);
    expect(JSON.stringify(twice)).toContain('👍 2');
  });
});
