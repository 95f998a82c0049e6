// Digest posts carry message metadata (event type `borderbrief_digest`): a retry finds what already landed in the channel.
import type { webApi } from '@slack/bolt';
import type { Subscription } from '../../src/store/store';

export const DIGEST_EVENT_TYPE = 'borderbrief_digest';
/** Pages of 200 recent messages searched for a digest's parts; a digest is retried within the day it was claimed. */
const HISTORY_PAGES = 5;

export interface DigestMarkPayload {
  /** platform:channel — one subscription per channel. */
  subscription: string;
  date: string;
  /** 1-based part of a digest that needed several messages, and how many. */
  part: number;
  parts: number;
}

/** The metadata for part `part` of `parts` of one channel's digest for one local date. */
export function digestMetadata(sub: Subscription, date: string, part: number, parts: number): webApi.MessageMetadata {
  const payload: DigestMarkPayload = { subscription: `${sub.platform}:${sub.channel}`, date, part, parts };
  return { event_type: DIGEST_EVENT_TYPE, event_payload: { ...payload } };
}

/**
 * Which parts of this date's digest are already in the channel, from its recent history (conversations.history needs
 * `channels:history`, or `groups:history` for private channels). Throws when the history cannot be read: without it a
 * repost might post twice, so the attempt fails and is retried instead.
 */
export async function postedDigestParts(client: webApi.WebClient, sub: Subscription, date: string): Promise<Set<number>> {
  const found = new Set<number>();
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page++) {
    const res = await client.conversations.history({ channel: sub.channel, limit: 200, include_all_metadata: true, cursor });
    for (const m of res.messages ?? []) {
      const meta = (m as { metadata?: { event_type?: string; event_payload?: Partial<DigestMarkPayload> } }).metadata;
      const p = meta?.event_payload;
      if (meta?.event_type === DIGEST_EVENT_TYPE && p?.subscription === `${sub.platform}:${sub.channel}` && p.date === date && p.part) found.add(Number(p.part));
    }
    cursor = res.response_metadata?.next_cursor || undefined;
    if (!res.has_more || !cursor) break;
  }
  return found;
}
