// Slack rendering: the core's neutral Reply → Block Kit messages (mrkdwn, source context, buttons), split within Slack's limits.
import type { types } from '@slack/bolt';
import type { Digest } from '../../src/digest/digest';
import { labelsOf, type Reply } from '../../src/reply';
import { markdownToPlain } from '../../src/render-text';
import { ActionId, BlockId, encodeShareValue, questionValue } from './action-ids';
import { clip, escapeSlackText } from '../../src/text/text-tools';
import { markdownToMrkdwn, splitMrkdwn } from './mrkdwn';

type Block = types.KnownBlock;
type Button = types.Button;

/** Slack's limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const SlackLimits = {
  sectionText: 3000,
  contextText: 2000,
  headerText: 150,
  buttonText: 75,
  blocksPerMessage: 50,
  elementsPerActions: 25,
  /** The notification text; Slack truncates long ones, and only the start is ever shown. */
  fallbackText: 3000,
} as const;

/** One message to post: blocks plus the plain `text` fallback used in notifications and by screen readers. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

export interface RenderOptions {
  /** Adds "Share in channel" to an answer only the asker sees; the question travels in the button. */
  share?: { question: string };
}

/** Renders a reply as one message, or several when it would exceed Slack's block limit. */
export function renderReply(reply: Reply, options: RenderOptions = {}): SlackMessage[] {
  const blocks = reply.digest ? digestBlocks(reply.digest) : replyBlocks(reply, options);
  return splitIntoMessages(blocks, fallbackText(reply));
}

function replyBlocks(reply: Reply, options: RenderOptions): Block[] {
  const blocks: Block[] = [];
  if (reply.title) blocks.push(header(reply.title));
  const lead = reply.kind === 'error' ? '⚠️ ' : '';
  blocks.push(...sections(`${lead}${markdownToMrkdwn(reply.text)}`));
  const labels = labelsOf(reply);
  const sources = reply.sources.slice(0, 10).map((s) => mrkdwn(sourceLine(s.title, s.quote, labels.source)));
  if (sources.length) blocks.push({ type: 'context', elements: sources });
  if (reply.suggestions.length) {
    const heading = reply.kind === 'decline' ? labels.tryInstead : labels.related;
    blocks.push({ type: 'context', elements: [mrkdwn(`*${escapeSlackText(heading)}*`)] });
    blocks.push({
      type: 'actions',
      block_id: 'bb_related',
      elements: reply.suggestions.slice(0, 5).map((q, i) => button(q, ActionId.related(i), questionValue(q))),
    });
  }
  if (reply.answerId) {
    const elements: Button[] = [
      button('👍 Helpful', ActionId.feedbackUp, reply.answerId),
      button('👎 Not helpful', ActionId.feedbackDown, reply.answerId),
    ];
    if (options.share) {
      elements.push({ ...button('📣 Share in channel', ActionId.share, encodeShareValue({ question: options.share.question, answerId: reply.answerId })), style: 'primary' });
    }
    blocks.push({ type: 'actions', block_id: BlockId.feedback, elements });
  }
  return blocks;
}

/** The daily digest, natively: key points, focus with its source, question of the day, what's new, the channel's last 24 hours. */
export function digestBlocks(d: Digest): Block[] {
  const bullets = (lines: string[], none: string) => (lines.length ? lines.map((l) => `• ${markdownToMrkdwn(l)}`).join('\n') : `_${none}_`);
  const plainBullets = (lines: string[], none: string) =>
    lines.length ? lines.map((l) => `• ${escapeSlackText(l)}`).join('\n') : `_${none}_`;
  return [
    header(d.headline),
    { type: 'context', elements: [mrkdwn(`📅 ${escapeSlackText(d.date)}`)] },
    ...sections(`*Key points*\n${bullets(d.keyPoints, 'No key points today.')}`),
    { type: 'divider' },
    ...sections(`*🔎 Focus — ${escapeSlackText(d.focus.title)}*\n${markdownToMrkdwn(d.focus.text)}`),
    { type: 'context', elements: [mrkdwn(sourceLine(d.focus.source.title, d.focus.source.quote, 'Source'))] },
    {
      type: 'section',
      text: mrkdwn(`*❓ Question of the day:* ${escapeSlackText(clip(d.questionOfTheDay, 2800))}`),
      accessory: button('Answer it', ActionId.related('qotd'), questionValue(d.questionOfTheDay)),
    },
    { type: 'divider' },
    ...sections(`*🆕 What's new*\n${bullets(d.whatsNew, 'Nothing new since the last digest.')}`),
    // Questions come from users: escaped as text (escapeSlackText), never read as Markdown.
    ...sections(`*📊 Last 24 hours — most asked*\n${plainBullets(d.mostAsked, 'No questions yet.')}`),
    ...sections(`*🤷 Last 24 hours — not answered yet*\n${plainBullets(d.unanswered, 'None.')}`),
  ];
}

/** After a vote: the same message with a short thank-you line under the feedback buttons (replacing an earlier one). */
export function withFeedbackStatus(blocks: Block[], status: string): Block[] {
  const kept = blocks.filter((b) => b.block_id !== BlockId.feedbackStatus);
  const text = mrkdwn(escapeSlackText(clip(status, SlackLimits.contextText)));
  const line: Block = { type: 'context', block_id: BlockId.feedbackStatus, elements: [text] };
  const at = kept.findIndex((b) => b.block_id === BlockId.feedback);
  return at < 0 ? [...kept, line] : [...kept.slice(0, at + 1), line, ...kept.slice(at + 1)];
}

/** The notification text: the gist in plain words (escaped too — Slack reads `text` as mrkdwn). */
function fallbackText(reply: Reply): string {
  const parts = reply.digest
    ? [reply.digest.headline, ...reply.digest.keyPoints.map((p) => `• ${markdownToPlain(p)}`)]
    : [reply.title, markdownToPlain(reply.text), ...reply.sources.slice(0, 1).map((s) => `${labelsOf(reply).source}: ${s.title}`)];
  return escapeSlackText(clip(parts.filter(Boolean).join('\n\n'), SlackLimits.fallbackText));
}

function splitIntoMessages(blocks: Block[], text: string): SlackMessage[] {
  const messages: SlackMessage[] = [];
  for (let i = 0; i < blocks.length; i += SlackLimits.blocksPerMessage) {
    messages.push({ text: i === 0 ? text : '(continued)', blocks: blocks.slice(i, i + SlackLimits.blocksPerMessage) });
  }
  return messages.length ? messages : [{ text, blocks: [] }];
}

function sections(text: string): Block[] {
  return splitMrkdwn(text, SlackLimits.sectionText).map((piece) => ({ type: 'section', text: mrkdwn(piece) }));
}

function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, SlackLimits.headerText), emoji: true } };
}

function sourceLine(title: string, quote: string, label: string): string {
  return `📄 *${escapeSlackText(label)}:* ${escapeSlackText(title)} — “${escapeSlackText(clip(quote, 300))}”`;
}

/** Every mrkdwn object is verbatim: Slack turns nothing in it into a link or a mention; our own links are explicit. */
function mrkdwn(text: string): types.MrkdwnElement {
  return { type: 'mrkdwn', text, verbatim: true };
}

function button(label: string, actionId: string, value: string): Button {
  return { type: 'button', text: { type: 'plain_text', text: clip(label, SlackLimits.buttonText), emoji: true }, action_id: actionId, value };
}
