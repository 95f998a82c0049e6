// Slack's text format both ways: the core's Markdown → Slack mrkdwn (escaped, so nothing pings), and Slack message text → a plain question.
import { escapeSlackText, escapeSlackUserText, splitText } from '../../src/text/text-tools';

const USER_SPAN = /\uE000([^\uE000\uE001]*)\uE001/g;

const BOLD = '\u0001';
const SLOT = '\u0002';

/**
 * Converts the core's Markdown to Slack mrkdwn: **bold** and __bold__ → *bold*, *italic* → _italic_, ~~strike~~ → ~strike~,
 * "- item" → "• item", # headings → bold lines, [text](url) → <url|text>. Code spans and blocks are kept as they are.
 * Everything is escaped first, so the output never contains a Slack mention or link it did not build itself.
 */
export function markdownToMrkdwn(markdown: string): string {
  const kept: string[] = [];
  const keep = (s: string) => `${SLOT}${kept.push(s) - 1}${SLOT}`;
  let text = markdown.replace(/\r\n?/g, '\n').replace(new RegExp(`[${BOLD}${SLOT}]`, 'g'), '');
  // Text a user typed is never Markdown: escaped on its own and set aside before any conversion.
  text = text.replace(USER_SPAN, (_m, typed: string) => keep(escapeSlackUserText(typed))).replace(/[\uE000\uE001]/g, '');
  // Code first: nothing inside backticks is formatting.
  text = text.replace(/```[\s\S]*?```|`[^`\n]+`/g, (code) => keep(escapeSlackText(code)));
  text = text.replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) => keep(slackLink(url, label)));
  text = escapeSlackText(text);
  text = text.replace(/^(\s*)[-*+]\s+(?=\S)/gm, '$1• ');
  text = text.replace(/^#{1,6}\s+(.+?)\s*#*$/gm, `${BOLD}$1${BOLD}`);
  text = text.replace(/\*\*(?=\S)([\s\S]+?)(?<=\S)\*\*/g, `${BOLD}$1${BOLD}`);
  text = text.replace(/__(?=\S)([\s\S]+?)(?<=\S)__/g, `${BOLD}$1${BOLD}`);
  text = text.replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])/g, '$1_$2_');
  text = text.replace(/~~(?=\S)([^~\n]+?)(?<=\S)~~/g, '~$1~');
  text = text.replace(new RegExp(BOLD, 'g'), '*');
  return text.replace(new RegExp(`${SLOT}(\\d+)${SLOT}`, 'g'), (_m, i: string) => kept[Number(i)]);
}

/** A link Slack renders as `label`; anything but http(s)/mailto is shown as text, never as a link. */
function slackLink(url: string, label: string): string {
  const text = escapeSlackText(label).replace(/\|/g, '¦');
  if (!/^(https?:|mailto:)/i.test(url)) return text;
  const safeUrl = url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
  return `<${safeUrl}|${text}>`;
}

/**
 * Slack message text → the plain question the core should see: drops the bot's own mention, turns
 * `<@U…>`, `<!here>`, `<#C…|name>` and `<url|label>` into readable text and undoes Slack's &amp; &lt; &gt; escaping.
 */
export function questionFromSlackText(text: string, botUserId?: string): string {
  let out = text;
  if (botUserId) out = out.replace(new RegExp(`<@${botUserId}(\\|[^>]*)?>`, 'g'), ' ');
  out = out.replace(/<([@#!])([^>|]+)(?:\|([^>]*))?>/g, (_m, sigil: string, id: string, label?: string) => {
    if (sigil === '!') return label || `@${id.replace(/^subteam\^/, '')}`;
    if (label) return sigil === '#' ? `#${label.replace(/^#/, '')}` : `@${label.replace(/^@/, '')}`;
    return `${sigil}${id}`;
  });
  out = out.replace(/<([^>|]+)(?:\|([^>]*))?>/g, (_m, url: string, label?: string) => label || url);
  out = out.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Splits mrkdwn into pieces of at most `max` characters: at line breaks when possible, then at spaces,
 * never inside a `<…>` link or an `&…;` entity.
 */
export function splitMrkdwn(text: string, max: number): string[] {
  return splitText(text, max, { canCut: isSafeCut });
}

/** Not inside an open `<…>` or a `&…;` entity. */
function isSafeCut(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (before.lastIndexOf('<') > before.lastIndexOf('>')) return false;
  const amp = before.lastIndexOf('&');
  return !(amp >= 0 && at - amp < 6 && !before.slice(amp).includes(';'));
}
