// Core configuration, read once from the environment by a pure function that names any bad variable.
import path from 'node:path';
import { z } from 'zod';
import { UserError } from './errors';
import { defaultKnowledgeDir } from './runtime/project-root';

const onOff = z
  .enum(['on', 'off', 'true', 'false', '1', '0'], { message: "must be 'on' or 'off'" })
  .transform((v) => v === 'on' || v === 'true' || v === '1');
const positiveInt = z.coerce.number({ message: 'must be a number' }).int('must be a whole number').positive('must be above 0');

const schema = z.object({
  DATA_DIR: z.string().min(1).default('./data'),
  // Unset: the repository's knowledge/ (found from the code's own location, so dist/ and src/ read the same files).
  KNOWLEDGE_DIR: z.string().min(1).optional(),
  QUESTION_LOG: onOff.default(true),
  // Off: knowledge/ is reloaded only on SIGHUP (or bot.reloadKnowledge()), not on every file change.
  KNOWLEDGE_WATCH: onOff.default(true),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' })
    .default('info'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// (leave it unset to use SQLite under DATA_DIR)')
    .optional(),
  // No default: without it a random secret is generated at first start and kept in the store.
  USER_HASH_SALT: z
    .string()
    .min(16, 'must be at least 16 characters (or leave it unset: a random secret is kept in the store)')
    .optional(),
  QUESTION_LOG_DAYS: positiveInt.default(30),
  RATE_LIMIT_COUNT: positiveInt.default(12),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt.default(60),
  DIGEST_CHECK_SECONDS: positiveInt.default(30),
  DATABASE_TIMEOUT_SECONDS: z.coerce.number({ message: 'must be a number of seconds' }).positive('must be above 0').default(10),
  METRICS_PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a port number')
    .min(0, 'must be a port number from 1 to 65535')
    .max(65535, 'must be a port number from 1 to 65535')
    .optional(),
  // On SIGTERM/SIGINT: how long in-flight answers and digest posts may take before the process exits anyway.
  SHUTDOWN_GRACE_SECONDS: z.coerce.number({ message: 'must be a number of seconds' }).min(0, 'must be 0 or more').default(10),
  // The web dashboard at /admin is off unless a long random token is set.
  ADMIN_TOKEN: z
    .string()
    .regex(/^\S+$/, 'must not contain spaces (make one with: openssl rand -hex 32)')
    .min(32, 'must be at least 32 characters — make one with: openssl rand -hex 32')
    .optional(),
  ADMIN_PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a port number')
    .min(0, 'must be a port number from 1 to 65535')
    .max(65535, 'must be a port number from 1 to 65535')
    .optional(),
  ADMIN_HOST: z
    .string()
    .regex(/^[A-Za-z0-9.:[\]-]+$/, 'must be a host name or IP address to listen on, such as 127.0.0.1')
    .default('127.0.0.1'),
});

export interface CoreConfig {
  dataDir: string;
  knowledgeDir: string;
  /** Reload knowledge/ when its files change (KNOWLEDGE_WATCH). */
  knowledgeWatch: boolean;
  questionLog: boolean;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  databaseUrl?: string;
  /** The user-hash secret when the operator sets one; otherwise the store's own (generated at first start). */
  userHashSalt?: string;
  /** Days question text is kept before the scheduler deletes it. */
  questionLogDays: number;
  rateLimit: { count: number; windowMs: number };
  digestCheckMs: number;
  /** PostgreSQL: a query or a wait for a connection gives up after this long. */
  databaseTimeoutMs: number;
  /** Serve /healthz, /readyz and /metrics on this port (0: any free port); unset: only on Slack's HTTP port, if any. */
  metricsPort?: number;
  /** SHUTDOWN_GRACE_SECONDS: the bound on finishing in-flight work at shutdown. */
  shutdownGraceMs: number;
  /** The web dashboard (/admin): present only when ADMIN_TOKEN is set. */
  admin?: AdminConfig;
}

/** Where and how the dashboard is served. */
export interface AdminConfig {
  /** ADMIN_TOKEN: exchanged at the login form for a session cookie. */
  token: string;
  /** ADMIN_PORT: its own port (0: any free one); unset: DEFAULT_ADMIN_PORT, unless Slack's HTTP port serves it. */
  port?: number;
  /** ADMIN_HOST: 127.0.0.1 unless set — put anything wider behind a TLS proxy. */
  host: string;
}

/** The dashboard's port when ADMIN_PORT is unset and no Slack HTTP port serves it. */
export const DEFAULT_ADMIN_PORT = 8080;

/** Reads the core settings. Throws a UserError naming each missing or malformed variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): CoreConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) throw configError(parsed.error.issues);
  const c = parsed.data;
  return {
    dataDir: path.resolve(c.DATA_DIR),
    knowledgeDir: c.KNOWLEDGE_DIR ? path.resolve(c.KNOWLEDGE_DIR) : defaultKnowledgeDir(),
    knowledgeWatch: c.KNOWLEDGE_WATCH,
    questionLog: c.QUESTION_LOG,
    logLevel: c.LOG_LEVEL,
    databaseUrl: c.DATABASE_URL,
    userHashSalt: c.USER_HASH_SALT,
    questionLogDays: c.QUESTION_LOG_DAYS,
    rateLimit: { count: c.RATE_LIMIT_COUNT, windowMs: c.RATE_LIMIT_WINDOW_SECONDS * 1000 },
    digestCheckMs: c.DIGEST_CHECK_SECONDS * 1000,
    databaseTimeoutMs: Math.round(c.DATABASE_TIMEOUT_SECONDS * 1000),
    metricsPort: c.METRICS_PORT,
    shutdownGraceMs: c.SHUTDOWN_GRACE_SECONDS * 1000,
    ...(c.ADMIN_TOKEN ? { admin: { token: c.ADMIN_TOKEN, port: c.ADMIN_PORT, host: c.ADMIN_HOST } } : {}),
  };
}

/** Turns validation issues into one error that names every bad variable; shared by the adapters' config readers. */
export function configError(issues: z.core.$ZodIssue[]): UserError {
  const lines = issues.map((i) => `  - ${String(i.path[0] ?? '(config)')}: ${i.message}`);
  return new UserError('CONFIG_INVALID', `Configuration problem (see .env.example):\n${lines.join('\n')}`);
}
