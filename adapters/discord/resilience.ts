// Discord calls that cannot hold the bot up: a timeout on every REST call, errors sorted into permanent and passing,
// and checking the bot can post in a channel before it is subscribed to a digest.
import { DiscordAPIError, type Interaction, PermissionFlagsBits, RateLimitError } from 'discord.js';

/** Every Discord REST call gives up after this long by default. */
export const DEFAULT_DISCORD_TIMEOUT_MS = 10_000;

/** Delivery errors no retry can fix until someone acts, by Discord's JSON error code, with what to do about it. */
export const PERMANENT_ERRORS: Record<number, string> = {
  50001: 'Missing Access: the bot cannot see the channel — give its role View Channel there, then subscribe again',
  50013: 'Missing Permissions: the bot may not post there — give its role Send Messages and Embed Links, then subscribe again',
  10003: 'Unknown Channel: the channel was deleted — subscribe another channel',
};

/** The code of a REST error: Discord's JSON code (50001), `ratelimited`, `timeout`, `http_500`. */
export function discordErrorCode(err: unknown): string | number {
  if (err instanceof RateLimitError) return 'ratelimited';
  if (err instanceof DiscordAPIError) return typeof err.code === 'number' && err.code > 0 ? err.code : `http_${err.status}`;
  const e = err as { name?: string; message?: string };
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError' || /aborted|timeout/i.test(e?.message ?? '')) return 'timeout';
  return 'unknown';
}

const NEEDED = [
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
] as const;

/**
 * Whether the bot can post a digest where the interaction came from (its permissions there arrive with the
 * interaction): undefined when it can, otherwise which permissions are missing and how to grant them.
 */
export function discordCannotPost(i: Interaction): string | undefined {
  if (!i.inGuild()) return undefined;
  const missing = NEEDED.filter(([bit]) => !i.appPermissions.has(bit)).map(([, name]) => name);
  if (!missing.length) return undefined;
  return (
    `I can't post a digest in this channel: my role is missing ${missing.join(', ')} here. ` +
    'Give them to my role in the channel settings (Permissions), then subscribe again.'
  );
}
