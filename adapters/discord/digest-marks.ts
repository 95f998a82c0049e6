// Digest posts are recognisable: the embed's footer names the date, and the post carries a nonce Discord enforces.
// A retry reads the channel's recent messages first, so a crash mid-post never yields a second digest.
import { createHash } from 'node:crypto';
import { type REST, Routes } from 'discord.js';
import type { Subscription } from '../../src/store/store';

/** The digest embed's footer: also the mark a retry looks for. */
export function digestFooter(date: string): string {
  return `BorderBrief daily digest · ${date}`;
}

/** At most 25 characters: Discord refuses a second message with it from us in that channel for a few minutes (enforce_nonce). */
export function digestNonce(sub: Subscription, date: string): string {
  const channel = createHash('sha256').update(`${sub.platform}:${sub.channel}`).digest('hex').slice(0, 9);
  return `bbd${date.replace(/-/g, '')}${channel}`;
}

interface ChannelMessage {
  author?: { bot?: boolean };
  embeds?: Array<{ footer?: { text?: string } }>;
}

/** Whether this date's digest is among the channel's last 100 messages (needs View Channel + Read Message History). */
export async function digestInChannel(rest: REST, channel: string, date: string): Promise<boolean> {
  const messages = (await rest.get(Routes.channelMessages(channel), { query: new URLSearchParams({ limit: '100' }) })) as ChannelMessage[];
  const footer = digestFooter(date);
  return messages.some((m) => m.author?.bot && m.embeds?.some((e) => e.footer?.text === footer));
}
