// Slack calls that cannot hold the bot up: timeouts, per-channel waits after a 429, errors sorted into permanent and
// passing, and checking the bot can post in a channel before it is subscribed to a digest.
import { webApi } from '@slack/bolt';
import type { Logger } from '../../src/logger';

/** Every Slack call (Web API, response_url) gives up after this long by default. */
export const DEFAULT_SLACK_TIMEOUT_MS = 10_000;
/** A 429 asking for a longer wait than this is not waited out for an answer: it fails (and is logged). */
const MAX_ANSWER_WAIT_MS = 60_000;
const RATE_LIMIT_ATTEMPTS = 3;

/**
 * Delivery errors no retry can fix until someone acts: the bot is not in the channel, the channel is gone or archived.
 * Each with what to do about it.
 */
export const PERMANENT_ERRORS: Record<string, string> = {
  not_in_channel: 'the bot is not a member of the channel: invite it (type `/invite @` and its name in the channel), then subscribe again',
  channel_not_found: 'the channel does not exist or is private and the bot was never invited: invite it, then subscribe again',
  is_archived: 'the channel is archived: unarchive it, or subscribe another channel',
  team_access_not_granted: 'the workspace has not granted the app access to this channel',
  restricted_action: 'a workspace setting stops the bot posting in this channel',
};

/** fetch with a deadline: Bolt's respond() posts to the response_url with the client's fetch, which has none. */
export function fetchWithTimeout(timeoutMs: number): typeof fetch {
  return (input, init = {}) => {
    const deadline = AbortSignal.timeout(timeoutMs);
    return fetch(input, { ...init, signal: init.signal ? AbortSignal.any([init.signal, deadline]) : deadline });
  };
}

/** The code an error from the Web API client carries: Slack's own (not_in_channel), `ratelimited`, `timeout`, `http_500`. */
export function slackErrorCode(err: unknown): string {
  const e = err as { code?: string; data?: { error?: string }; statusCode?: number; original?: { name?: string }; name?: string };
  if (e?.code === webApi.ErrorCode.PlatformError && e.data?.error) return e.data.error;
  if (e?.code === webApi.ErrorCode.RateLimitedError) return 'ratelimited';
  if (e?.code === webApi.ErrorCode.HTTPError) return `http_${e.statusCode ?? 'error'}`;
  // The fetch deadline's TimeoutError (a DOMException) is sometimes wrapped as a plain Error: read its name or message.
  if (e?.code === webApi.ErrorCode.RequestError)
    return /timeout|aborted/i.test(`${e.original?.name ?? ''} ${(e.original as Error | undefined)?.message ?? ''}`) ? 'timeout' : 'request_error';
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'timeout';
  return 'unknown';
}

/**
 * Per-channel waits after a rate limit. The Web API client, left to itself, pauses *every* call for a 429's
 * Retry-After; with `rejectRateLimitedCalls` it throws instead, and only the channel that was limited waits here.
 */
export class ChannelGates {
  private readonly openAt = new Map<string, number>();

  constructor(private readonly logger?: Logger) {}

  /** Runs one call for a channel: waits out that channel's rate limit first, and retries after a 429 in it. */
  async run<T>(channel: string, call: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const wait = (this.openAt.get(channel) ?? 0) - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      try {
        return await call();
      } catch (err) {
        if ((err as { code?: string }).code !== webApi.ErrorCode.RateLimitedError || attempt >= RATE_LIMIT_ATTEMPTS) throw err;
        const retryMs = (err as webApi.WebAPIRateLimitedError).retryAfter * 1000;
        if (retryMs > MAX_ANSWER_WAIT_MS) throw err;
        this.openAt.set(channel, Math.max(this.openAt.get(channel) ?? 0, Date.now() + retryMs));
        this.logger?.warn({ channel, retryMs, attempt }, 'slack: rate-limited in this channel; only it waits');
      }
    }
  }
}

const gates = new WeakMap<object, ChannelGates>();

/** The gates of one Web API client (every call through one client shares them). */
export function gatesOf(client: object, logger?: Logger): ChannelGates {
  let g = gates.get(client);
  if (!g) gates.set(client, (g = new ChannelGates(logger)));
  return g;
}

/**
 * Whether the bot can post in a channel: undefined when it can (or cannot tell: a missing scope, Slack unreachable),
 * otherwise what stops it and how to let it in. DMs are always fine.
 */
export async function slackCannotPost(client: webApi.WebClient, channel: string, logger: Logger): Promise<string | undefined> {
  if (channel.startsWith('D')) return undefined;
  const invite = 'Invite me first — type `/invite @` and my name in the channel (or channel details → Integrations → Add apps) — then subscribe again.';
  try {
    const info = await client.conversations.info({ channel });
    const c = info.channel;
    if (c?.is_archived) return 'This channel is archived, so I could not post a digest here.';
    if (c && c.is_member === false && !c.is_im) return `I'm not a member of this channel, so I could not post a digest here. ${invite}`;
    return undefined;
  } catch (err) {
    const code = slackErrorCode(err);
    if (code === 'channel_not_found') return `I can't see this channel (a private channel needs me invited), so I could not post a digest here. ${invite}`;
    // Cannot tell (no channels:read/groups:read scope yet, Slack slow): do not refuse; a failing post pauses it later.
    logger.warn({ err, channel, code }, 'slack: could not check whether the bot can post here; subscribing anyway');
    return undefined;
  }
}
