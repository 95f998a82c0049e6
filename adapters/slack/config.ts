// Slack settings (SLACK_*), read once from the environment by a pure function that names any missing or contradictory variable.
import { z } from 'zod';
import { configError } from '../../src/config';

/** How Slack reaches the bot: a WebSocket the bot opens (no public URL), or HTTP requests to a public URL. */
export type SlackConnection = { mode: 'socket'; appToken: string } | { mode: 'http'; signingSecret: string; port: number };

export interface SlackConfig {
  /** Bot User OAuth Token (xoxb-…), from OAuth & Permissions. */
  botToken: string;
  connection: SlackConnection;
  /** Web API base ending in a slash, e.g. https://slack-gov.com/api/ (GovSlack, proxies, tests). Slack's own when unset. */
  apiUrl?: string;
  /** The slash command, e.g. /brief. Must match the command in the app manifest. */
  command: string;
  /** DIGEST_MANAGERS: Slack user ids who may manage digests besides workspace admins and owners. */
  digestManagers: string[];
  /** SLACK_TIMEOUT_SECONDS: every Slack call gives up after this long (default 10 s). */
  timeoutMs?: number;
}

export const DEFAULT_SLACK_COMMAND = '/brief';
const CREDENTIALS = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'];
export const DEFAULT_HTTP_PORT = 3000;

const schema = z
  .object({
    SLACK_BOT_TOKEN: z
      .string()
      .regex(/^xoxb-\S+$/, 'must be the Bot User OAuth Token starting with xoxb- (OAuth & Permissions in the app settings)')
      .optional(),
    SLACK_APP_TOKEN: z
      .string()
      .regex(/^xapp-\S+$/, 'must be an app-level token starting with xapp- (Basic Information → App-Level Tokens, scope connections:write)')
      .optional(),
    SLACK_SIGNING_SECRET: z.string().regex(/^\S+$/, 'must not contain spaces (Basic Information → Signing Secret)').optional(),
    SLACK_API_URL: z
      .string()
      .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL such as https://slack.com/api/')
      .refine((v) => URL.canParse(v), 'is not a valid URL')
      .optional(),
    SLACK_COMMAND: z
      .string()
      .regex(/^\/[a-z0-9][a-z0-9_-]{0,31}$/, 'must be a slash command such as /brief (lower case, no spaces, at most 32 characters)')
      .default(DEFAULT_SLACK_COMMAND),
    PORT: z.string().optional(),
    SLACK_TIMEOUT_SECONDS: z.coerce
      .number({ message: 'must be a number of seconds' })
      .positive('must be above 0')
      .max(300, 'must be at most 300')
      .optional(),
    DIGEST_MANAGERS: z
      .string()
      .transform((v) => v.split(/[\s,]+/).filter(Boolean))
      .pipe(z.array(z.string().regex(/^[UW][A-Z0-9]{2,}$/, 'must list Slack user ids such as U0123ABCD, comma-separated')))
      .default([]),
  })
  .superRefine((v, ctx) => {
    if (!v.SLACK_BOT_TOKEN)
      ctx.addIssue({ code: 'custom', path: ['SLACK_BOT_TOKEN'], message: 'is required when any other SLACK_* variable is set: the Bot User OAuth Token (xoxb-…)' });
    if (!v.SLACK_APP_TOKEN && !v.SLACK_SIGNING_SECRET)
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_APP_TOKEN'],
        message: 'set SLACK_APP_TOKEN (xapp-…, Socket Mode: no public URL needed) or SLACK_SIGNING_SECRET (HTTP mode on PORT at /slack/events)',
      });
    // PORT matters only when Slack calls us over HTTP; Socket Mode opens no port.
    if (!v.SLACK_APP_TOKEN && v.SLACK_SIGNING_SECRET && v.PORT !== undefined && parsePort(v.PORT) === undefined)
      ctx.addIssue({ code: 'custom', path: ['PORT'], message: `must be a port number from 1 to 65535 (got '${v.PORT}')` });
  });

function parsePort(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

/**
 * Reads the Slack settings: undefined when none of SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET is set (Slack is off);
 * throws UserError('CONFIG_INVALID') naming each missing, malformed or contradictory variable.
 * Socket Mode when SLACK_APP_TOKEN is set, otherwise HTTP mode with SLACK_SIGNING_SECRET.
 */
export function loadSlackConfig(env: NodeJS.ProcessEnv = process.env): SlackConfig | undefined {
  const present = (k: string) => k.startsWith('SLACK_') && env[k] !== undefined && env[k]!.trim() !== '';
  const slack = Object.fromEntries(
    Object.keys(env)
      .filter(present)
      .map((k) => [k, env[k]!.trim()]),
  );
  // Credentials turn Slack on; SLACK_COMMAND or SLACK_API_URL alone do not (.env.example ships SLACK_COMMAND=/brief).
  if (!CREDENTIALS.some((k) => k in slack)) return undefined;
  const port = env.PORT?.trim();
  const managers = env.DIGEST_MANAGERS?.trim();
  const parsed = schema.safeParse({ ...slack, PORT: port || undefined, DIGEST_MANAGERS: managers || undefined });
  if (!parsed.success) throw configError(parsed.error.issues);
  const c = parsed.data;
  const connection: SlackConnection = c.SLACK_APP_TOKEN
    ? { mode: 'socket', appToken: c.SLACK_APP_TOKEN }
    : { mode: 'http', signingSecret: c.SLACK_SIGNING_SECRET!, port: c.PORT ? parsePort(c.PORT)! : DEFAULT_HTTP_PORT };
  return {
    botToken: c.SLACK_BOT_TOKEN!,
    connection,
    apiUrl: c.SLACK_API_URL && withTrailingSlash(c.SLACK_API_URL),
    command: c.SLACK_COMMAND,
    digestManagers: c.DIGEST_MANAGERS,
    ...(c.SLACK_TIMEOUT_SECONDS ? { timeoutMs: Math.round(c.SLACK_TIMEOUT_SECONDS * 1000) } : {}),
  };
}

// The Web API client appends method names to the base: without the slash "…/apichat.postMessage" would be called.
function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
