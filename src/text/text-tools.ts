// The one text toolkit: clipping and splitting within platform limits, and making user text inert on each platform.

/** Marks where text a user typed starts and ends inside a reply's Markdown (Unicode private-use characters). */
const USER_START = '\uE000';
const USER_END = '\uE001';
const MARKERS = /[\uE000\uE001]/g;
const USER_SPAN = /\uE000([^\uE000\uE001]*)\uE001/g;

/** Shortens text to `max` characters, at a word boundary when one is near, ending with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface SplitOptions {
  /** Whether a piece may end at `at` (Slack: never inside a `<…>` link or an `&…;` entity). Default: anywhere. */
  canCut?: (text: string, at: number) => boolean;
}

/**
 * Splits text into pieces of at most `max` characters: at a line break when one is in the last two thirds of the
 * window, else after a sentence end, else at a space, else at the last place `canCut` allows.
 */
export function splitText(text: string, max: number, opts: SplitOptions = {}): string[] {
  const canCut: CanCut = opts.canCut ?? (() => true);
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const floor = Math.floor(max / 3);
    const breaks = [
      lastBreak(window, /\n/g, canCut, 0),
      lastBreak(window, /[.?!] /g, canCut, 1),
      lastBreak(window, / /g, canCut, 0),
    ];
    const cut = breaks.find((at) => at >= floor) ?? lastSafeOffset(window, canCut);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest || !pieces.length) pieces.push(rest);
  return pieces;
}

/** The last position where `pattern` matches (plus `offset`) and a cut is allowed; -1 when none. */
type CanCut = (text: string, at: number) => boolean;

function lastBreak(window: string, pattern: RegExp, canCut: CanCut, offset: number): number {
  let best = -1;
  for (const m of window.matchAll(pattern)) {
    const at = m.index + offset;
    if (at > 0 && canCut(window, at)) best = at;
  }
  return best;
}

function lastSafeOffset(window: string, canCut: CanCut): number {
  for (let i = window.length; i > 0; i--) if (canCut(window, i)) return i;
  return window.length;
}

/**
 * Marks text a user typed inside a reply's Markdown ("Unknown time zone '…'"), so that each platform's renderer shows
 * it with its own escaping function — never as Markdown, a link or a mention. Whitespace is collapsed to one line.
 */
export function userText(text: string): string {
  return `${USER_START}${text.replace(MARKERS, '').replace(/\s+/g, ' ').trim()}${USER_END}`;
}

/** Replaces each marked stretch of user text with `escape(text)`; the rest is left to the caller's Markdown. */
export function resolveUserText(markdown: string, escape: (text: string) => string): string {
  return markdown.replace(USER_SPAN, (_m, text: string) => escape(text)).replace(MARKERS, '');
}

/** Drops the user-text marks (plain-text output: the console, the CLI). */
export function withoutMarks(text: string): string {
  return text.replace(MARKERS, '');
}

/** Breaks @here, @channel and @everyone written as plain words, so no client reads them as a broadcast. */
function breakBroadcasts(text: string): string {
  return text.replace(/@(here|channel|everyone)\b/gi, '@\u200b$1');
}

/**
 * Slack: user text as inert mrkdwn. `&`, `<` and `>` are escaped, which shows `<!here>`, `<@U…>`, `<#C…>` and
 * `<https://x|y>` as the text they are; plain "@here" words are broken. Blocks holding it must set `verbatim: true`,
 * or Slack would still turn bare URLs and channel names into links.
 */
export function escapeSlackText(text: string): string {
  return breakBroadcasts(text.replace(MARKERS, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
}

/**
 * Slack: text a user typed, shown inside mrkdwn — `escapeSlackText`, and since mrkdwn has no escape character, a
 * zero-width space after each `*`, `_`, `~` and backtick keeps "*bold*" or "`code`" from pairing up into formatting.
 */
export function escapeSlackUserText(text: string): string {
  return escapeSlackText(text).replace(/[*_~`]/g, '$&\u200b');
}

/** Discord's Markdown and mention syntax: each gets a backslash, so it shows as itself. */
const DISCORD_SPECIAL = /[\\`*_~|<>#\-[\]():@]/g;

/**
 * Discord: user text as inert Markdown. Masked links `[x](url)`, headers (`#`, `-#`), lists, quotes, emphasis,
 * spoilers and code are backslash-escaped; a bare URL's `:` is escaped so it is never a link (nor an embed);
 * `<@id>`, `<@&id>`, `<#id>` lose their syntax and @everyone/@here are broken. `allowed_mentions` stays `parse: []`.
 */
export function escapeDiscordText(text: string): string {
  return breakBroadcasts(text.replace(MARKERS, '').replace(DISCORD_SPECIAL, '\\$&'));
}
