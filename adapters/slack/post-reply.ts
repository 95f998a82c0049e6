// Where a reply goes in Slack — a channel thread, a DM, or the asker's own view of a command — and posting it there.
import type { RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { Reply } from '../../src/reply';
import { renderReply, type RenderOptions, type SlackMessage } from './render';
import { gatesOf } from './resilience';

/** A place to answer. Replies stay in the place the question came from. */
export type Place =
  /** A thread in a channel (an @mention, or a button under a public answer). Private replies are ephemeral in the thread. */
  | { kind: 'thread'; channel: string; threadTs: string; userId: string }
  /** A direct message with the bot: everything in it is private already. */
  | { kind: 'dm'; channel: string; threadTs?: string }
  /** A slash command or a button on an ephemeral message: answered through its response_url, seen by the asker only. */
  | { kind: 'response'; respond: RespondFn };

/**
 * Never ping, never unfurl: Slack must not turn anything in a reply into a mention or a preview.
 * (The text is escaped as well; these settings are the second lock.)
 */
export const SAFE_POST = { parse: 'none', link_names: false, unfurl_links: false, unfurl_media: false } as const;

/** Shown when something inside the core failed; the details go to the log, not to the user. */
export const APOLOGY = "Sorry — something went wrong on my side while answering. Please try again in a moment.";

/**
 * Whether only the asker sees this reply. In a thread: errors, "slow down" and anything the core marks private.
 * Through a response_url (the slash command): everything, unless the core explicitly made it public ("digest now").
 */
export function isEphemeral(place: Place, reply: Reply): boolean {
  if (place.kind === 'dm') return false;
  if (place.kind === 'response') return reply.private !== false;
  return reply.kind === 'error' || reply.private === true;
}

/** Renders and posts a reply in a place; long replies become several messages. */
export async function postReply(client: webApi.WebClient, place: Place, reply: Reply, options: RenderOptions = {}): Promise<void> {
  const messages = renderReply(reply, options);
  const ephemeral = isEphemeral(place, reply);
  for (const message of messages) await postMessage(client, place, message, ephemeral);
}

async function postMessage(client: webApi.WebClient, place: Place, message: SlackMessage, ephemeral: boolean): Promise<void> {
  // A 429 in one channel makes only that channel wait (the client is set to reject rate-limited calls, not pause).
  const gates = gatesOf(client);
  switch (place.kind) {
    case 'thread':
      await gates.run(place.channel, () =>
        ephemeral
          ? client.chat.postEphemeral({ channel: place.channel, user: place.userId, thread_ts: place.threadTs, ...message, ...SAFE_POST })
          : client.chat.postMessage({ channel: place.channel, thread_ts: place.threadTs, ...message, ...SAFE_POST }),
      );
      return;
    case 'dm':
      await gates.run(place.channel, () =>
        client.chat.postMessage({ channel: place.channel, ...(place.threadTs ? { thread_ts: place.threadTs } : {}), ...message, ...SAFE_POST }),
      );
      return;
    case 'response':
      await place.respond(responseMessage(message, ephemeral ? 'ephemeral' : 'in_channel'));
  }
}

/** A message for a response_url: a new message (never replacing the one clicked), visible to the asker or to the channel. */
export function responseMessage(message: SlackMessage, visibility: 'ephemeral' | 'in_channel'): RespondArguments {
  return { response_type: visibility, replace_original: false, ...message, ...SAFE_POST };
}
