// Per-user rate limit on every command, counted in the store by rate-limiter-flexible: all instances share one count.
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  RateLimiterSQLite,
} from 'rate-limiter-flexible';
import type { Logger } from '../logger';
import { DeadlineError, withDeadline } from '../ops/deadline';
import type { Metrics } from '../ops/metrics';
import type { RateLimitBackend } from '../store/store';

export interface RateLimitDecision {
  allowed: boolean;
  /** When the user may ask again, if not allowed. */
  retryAfterMs: number;
}

/** Counts one command for a key and says whether it is within the limit. */
export interface RateLimiter {
  consume(key: string): Promise<RateLimitDecision>;
}

export interface RateLimit {
  count: number;
  windowMs: number;
}

/** The table created by the store's migrations (so several instances never race to create it). */
const TABLE = 'rate_limits';

/**
 * A limiter counting in the store's own database (SQLite file or PostgreSQL), so two instances allow the limit once
 * between them and a restart does not reset it. If the database cannot be reached, an in-memory limiter stands in
 * (rate-limiter-flexible's insurance limiter): commands stay limited per process rather than failing.
 */
export function createRateLimiter(
  backend: RateLimitBackend | undefined,
  limit: RateLimit,
  logger?: Logger,
  opts: { waitMs?: number; metrics?: Metrics } = {},
): RateLimiter {
  const base = { points: limit.count, duration: Math.max(1, Math.round(limit.windowMs / 1000)), keyPrefix: 'bb' };
  const memory = new RateLimiterMemory(base);
  let limiter: RateLimiterAbstract = memory;
  const shared = { ...base, tableName: TABLE, tableCreated: true, insuranceLimiter: memory };
  if (backend?.kind === 'sqlite') {
    limiter = new RateLimiterSQLite({ ...shared, storeClient: backend.db, storeType: 'better-sqlite3' } as never);
  } else if (backend?.kind === 'postgres') {
    limiter = new RateLimiterPostgres({ ...shared, storeClient: backend.pool, storeType: 'pool' } as never);
  }
  return {
    async consume(key) {
      try {
        // A database that does not answer (stalled, not down) must not hold the answer: count in memory instead.
        const counted = limiter === memory || !opts.waitMs ? limiter.consume(key) : withDeadline(limiter.consume(key), opts.waitMs, 'rate limit');
        await counted.catch((err: unknown) => {
          if (!(err instanceof DeadlineError)) throw err;
          opts.metrics?.storeErrors.inc({ operation: 'rate limit' });
          logger?.warn({ err }, 'rate-limit store too slow; counting this command in memory');
          return memory.consume(key);
        });
        return { allowed: true, retryAfterMs: 0 };
      } catch (err) {
        if (err instanceof RateLimiterRes) return { allowed: false, retryAfterMs: err.msBeforeNext };
        // Only reached when even the in-memory stand-in failed: let the person through rather than break the bot.
        logger?.error({ err }, 'rate limiter failed; letting the command through');
        return { allowed: true, retryAfterMs: 0 };
      }
    },
  };
}

export function slowDownMessage(retryAfterMs: number): string {
  const s = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can keep up — please wait ${s} second${s === 1 ? '' : 's'} and try again.`;
}
