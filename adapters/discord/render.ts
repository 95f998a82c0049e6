// Discord rendering: a neutral reply → embed + buttons, a digest → embed, suggestions → autocomplete choices, all within Discord's limits.
import {
  type APIActionRowComponent,
  type APIApplicationCommandOptionChoice,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Digest } from '../../src/digest/digest';
import { labelsOf, type Reply } from '../../src/reply';
import { clip, escapeDiscordText, resolveUserText, splitText } from '../../src/text/text-tools';
import { askButtonId, feedbackButtonId, type QuestionKeys } from './custom-ids';
import { digestFooter } from './digest-marks';

/** Discord's documented limits (embeds, components, message content, autocomplete). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  embedTotal: 6000,
  buttonLabel: 80,
  buttonsPerRow: 5,
  rows: 5,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

const COLOR = { answer: 0x2b6cb0, info: 0x4a5568, digest: 0x2f855a } as const;
/** A field needs a name; this one shows nothing (continuation of long text). */
const BLANK = '\u200b';

type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/** A message body in Discord's API shape: usable with interaction replies, message.reply and REST alike. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: ButtonRow[];
}

/** Renders a core reply: answers, topics and help as an embed; declines and errors as a short line; buttons for suggestions and feedback. */
export function renderReply(original: Reply, keys: QuestionKeys): DiscordMessage {
  // Text a user typed ("Unknown time zone '…'") is escaped, never read as Markdown, a link or a mention.
  const reply = { ...original, text: resolveUserText(original.text, escapeDiscordText) };
  if (reply.digest) return { embeds: [renderDigestEmbed(reply.digest)], components: buttonRows(suggestionButtons(reply.suggestions, keys, 'Ask: ')) };
  if (reply.kind === 'error') return { content: clip(`⚠️ ${reply.text}`, LIMITS.content), embeds: [], components: [] };
  // Declines and short notes (feedback thanks, digest confirmations) read better as a plain line than as a card.
  const isNote = reply.kind === 'info' && !reply.title && !reply.sources.length && reply.text.length <= LIMITS.content;
  if (reply.kind === 'decline' || isNote) return { content: clip(reply.text, LIMITS.content), embeds: [], components: buttonRows(suggestionButtons(reply.suggestions, keys)) };
  const sourceFields = reply.sources.map((s) => ({
    name: clip(`📖 ${labelsOf(reply).source}: ${s.title}`, LIMITS.fieldName),
    value: clip(`> ${s.quote.replace(/\s+/g, ' ')}`, LIMITS.fieldValue),
  }));
  const title = reply.title ? clip(reply.title, LIMITS.embedTitle) : undefined;
  const embed = fitEmbed({
    color: reply.kind === 'answer' ? COLOR.answer : COLOR.info,
    title,
    ...describe(reply.text, sourceFields, title),
  });
  const rows = buttonRows(suggestionButtons(reply.suggestions, keys), reply.answerId ? feedbackButtons(reply.answerId) : []);
  return { embeds: [embed], components: rows };
}

/** A digest as one embed: headline, key points, focus with its source, question of the day, what's new, the last 24 hours. */
export function renderDigestEmbed(d: Digest): APIEmbed {
  // An empty list reads as a sentence, not as a one-item list.
  const bullets = (lines: string[], empty: string) => (lines.length ? lines.map((l) => `• ${l}`) : [empty]);
  const fields = [
    ...lineFields('Key points', bullets(d.keyPoints, 'No key points today.')),
    ...lineFields(`Focus — ${d.focus.title}`, [d.focus.text, `📖 **${d.focus.source.title}** — “${d.focus.source.quote}”`]),
    ...lineFields('Question of the day', [d.questionOfTheDay || 'None today.']),
    ...lineFields("What's new", bullets(d.whatsNew, 'Nothing new since the last digest.')),
    // Questions come from users: escaped, so a masked link, a URL, a mention or a header shows as plain text.
    ...lineFields('Last 24 hours — most asked', bullets(d.mostAsked.map(escapeDiscordText), 'No questions yet.')),
    ...lineFields('Last 24 hours — not answered', bullets(d.unanswered.map(escapeDiscordText), 'None.')),
  ];
  return fitEmbed({ color: COLOR.digest, title: clip(d.headline, LIMITS.embedTitle), fields, footer: { text: digestFooter(d.date) } });
}

/** Autocomplete choices: at most 25, each name and value 1–100 characters, no duplicates. */
export function renderChoices(items: string[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  for (const item of items) {
    const value = item.trim().slice(0, LIMITS.choiceValue);
    if (!value || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: clip(item.trim(), LIMITS.choiceName), value });
    if (out.length >= LIMITS.choices) break;
  }
  return out;
}

function suggestionButtons(questions: string[], keys: QuestionKeys, labelPrefix = ''): APIButtonComponentWithCustomId[] {
  const seen = new Set<string>();
  const out: APIButtonComponentWithCustomId[] = [];
  for (const q of questions) {
    const customId = askButtonId(keys, q);
    // Discord rejects a message whose buttons share a custom id.
    if (!customId || seen.has(customId)) continue;
    seen.add(customId);
    out.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customId, label: clip(`${labelPrefix}${q}`, LIMITS.buttonLabel) });
  }
  return out;
}

function feedbackButtons(answerId: string): APIButtonComponentWithCustomId[] {
  const up = feedbackButtonId(answerId, true);
  const down = feedbackButtonId(answerId, false);
  if (!up || !down) return [];
  return [
    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: up, emoji: { name: '👍' }, label: 'Helpful' },
    { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: down, emoji: { name: '👎' }, label: 'Not helpful' },
  ];
}

/** Groups of buttons into action rows: each group starts a row, 5 buttons a row, 5 rows a message. */
function buttonRows(...groups: APIButtonComponentWithCustomId[][]): ButtonRow[] {
  const rows: ButtonRow[] = [];
  for (const group of groups) {
    for (let i = 0; i < group.length; i += LIMITS.buttonsPerRow) {
      rows.push({ type: ComponentType.ActionRow, components: group.slice(i, i + LIMITS.buttonsPerRow) });
    }
  }
  // The last group (feedback) matters most: keep it when there are too many rows.
  return rows.length > LIMITS.rows ? [...rows.slice(0, LIMITS.rows - 1), rows[rows.length - 1]] : rows;
}

/**
 * Body text as the description; what does not fit continues in fields placed before the given (source) fields.
 * The given fields and the title are kept: the continuation gets what is left of the 6000 characters and 25 fields.
 */
function describe(text: string, fields: APIEmbedField[], title = ''): Pick<APIEmbed, 'description' | 'fields'> {
  let budget = LIMITS.embedTotal - title.length - fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  let slots = LIMITS.embedFields - fields.length;
  const [first = '', ...rest] = splitText(text, LIMITS.embedDescription);
  const description = first ? clip(first, Math.max(1, budget)) : undefined;
  budget -= description?.length ?? 0;
  const overflow: APIEmbedField[] = [];
  const chunks = rest.flatMap((chunk) => splitText(chunk, LIMITS.fieldValue));
  for (const chunk of chunks) {
    const room = Math.min(budget - BLANK.length, LIMITS.fieldValue);
    if (slots <= 0 || room < 2) break;
    const value = clip(chunk, room);
    overflow.push({ name: BLANK, value });
    budget -= BLANK.length + value.length;
    slots--;
  }
  return { description, fields: [...overflow, ...fields] };
}

/** A named block of lines as one or more fields of at most 1024 characters, split between lines. */
function lineFields(name: string, lines: string[]): APIEmbedField[] {
  return splitText(lines.join('\n'), LIMITS.fieldValue).map((value, i) => ({ name: i === 0 ? clip(name, LIMITS.fieldName) : BLANK, value }));
}

/** Enforces the per-embed limits: 25 fields, and 6000 characters in all (dropping trailing fields, then shortening the description). */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed, fields: (embed.fields ?? []).slice(0, LIMITS.embedFields) };
  if (out.description) out.description = clip(out.description, LIMITS.embedDescription);
  while (embedLength(out) > LIMITS.embedTotal && out.fields!.length) out.fields!.pop();
  if (embedLength(out) > LIMITS.embedTotal && out.description) {
    out.description = clip(out.description, Math.max(1, out.description.length - (embedLength(out) - LIMITS.embedTotal)));
  }
  if (!out.fields!.length) delete out.fields;
  return out;
}

/** The characters Discord counts towards an embed's 6000. */
export function embedLength(e: APIEmbed): number {
  const fields = (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  return (e.title?.length ?? 0) + (e.description?.length ?? 0) + fields + (e.footer?.text.length ?? 0) + (e.author?.name.length ?? 0);
}
