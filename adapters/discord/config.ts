// Discord settings (DISCORD_*), read once from the environment by a pure function that names any bad variable.
import { z } from 'zod';
import { configError } from '../../src/config';

export interface DiscordConfig {
  /** Bot token from the Developer Portal (Bot → Reset Token), without a "Bot " prefix. */
  token: string;
  applicationId: string;
  /** Register the commands to this one server (instant) instead of globally. */
  guildId?: string;
  /** REST base, e.g. http://127.0.0.1:8080/api (no trailing slash); gateway discovery goes through it too. */
  apiUrl?: string;
  /** DISCORD_TIMEOUT_SECONDS: every REST call gives up after this long (default 10 s). */
  timeoutMs?: number;
}

const snowflake = z.string().regex(/^\d{17,20}$/, 'must be a Discord id: 17–20 digits (Developer Portal → General Information, or right-click → Copy ID)');

const schema = z.object({
  DISCORD_TOKEN: z
    .string({ message: 'is required: the bot token from the Developer Portal (Bot → Reset Token)' })
    .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, "is malformed: paste the bot token exactly as the Developer Portal shows it (three dot-separated parts, no 'Bot ' prefix, no quotes)"),
  DISCORD_APPLICATION_ID: z.string({ message: 'is required: the application id (Developer Portal → General Information)' }).pipe(snowflake),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z
    .string()
    .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL such as https://discord.com/api')
    .refine((v) => !v.endsWith('/'), 'must not end with a slash (e.g. https://discord.com/api)')
    .refine((v) => URL.canParse(v), 'is not a valid URL')
    .optional(),
  DISCORD_TIMEOUT_SECONDS: z.coerce.number({ message: 'must be a number of seconds' }).positive('must be above 0').max(300, 'must be at most 300').optional(),
});

/** Reads the Discord settings: undefined when no DISCORD_* variable is set; throws UserError('CONFIG_INVALID') naming each bad one. */
export function loadDiscordConfig(env: NodeJS.ProcessEnv = process.env): DiscordConfig | undefined {
  const discord = Object.fromEntries(
    Object.entries(env)
      .filter(([k, v]) => k.startsWith('DISCORD_') && v !== undefined && v.trim() !== '')
      .map(([k, v]) => [k, v!.trim()]),
  );
  if (!Object.keys(discord).length) return undefined;
  const parsed = schema.safeParse(discord);
  if (!parsed.success) throw configError(parsed.error.issues);
  const c = parsed.data;
  return {
    token: c.DISCORD_TOKEN,
    applicationId: c.DISCORD_APPLICATION_ID,
    guildId: c.DISCORD_GUILD_ID,
    apiUrl: c.DISCORD_API_URL,
    ...(c.DISCORD_TIMEOUT_SECONDS ? { timeoutMs: Math.round(c.DISCORD_TIMEOUT_SECONDS * 1000) } : {}),
  };
}
