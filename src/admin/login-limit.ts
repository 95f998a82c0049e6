// Failed dashboard logins counted per client address (rate-limiter-flexible, in memory), so ADMIN_TOKEN cannot be
// guessed at speed; a successful login is never held against the address.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface LoginLimit {
  /** Wrong tokens an address may send in a window; every later attempt in the window is refused. */
  failures: number;
  windowMs: number;
}

/** 5 wrong tokens per 15 minutes: plenty for a person mistyping, far too few for guessing a 32+ character token. */
export const DEFAULT_LOGIN_LIMIT: LoginLimit = { failures: 5, windowMs: 15 * 60_000 };

export interface LoginAttempt {
  /** False: refuse without comparing the token. */
  allowed: boolean;
  /** How long the address must still wait, when not allowed. */
  retryAfterMs: number;
  /** The first attempt refused in this window (worth one log line; the ones after it are not). */
  firstRefused: boolean;
}

export interface LoginThrottle {
  readonly limit: LoginLimit;
  /**
   * Counts a login attempt from the address before its token is compared, and says whether to compare it. Counting
   * first keeps a burst of parallel guesses within the limit.
   */
  attempt(address: string): Promise<LoginAttempt>;
  /** The token was right: this attempt and the address's earlier failures are forgotten. */
  succeeded(address: string): Promise<void>;
}

/**
 * One process's count is enough for the dashboard: it is one process's port, and a restart forgiving a few failures
 * gives a guesser nothing. The window is fixed, from the address's first failure; refused attempts do not extend it.
 */
export function createLoginThrottle(limit: LoginLimit = DEFAULT_LOGIN_LIMIT): LoginThrottle {
  const limiter = new RateLimiterMemory({ points: limit.failures, duration: Math.max(1, Math.round(limit.windowMs / 1000)), keyPrefix: 'admin-login' });
  return {
    limit,
    async attempt(address) {
      try {
        await limiter.consume(address);
        return { allowed: true, retryAfterMs: 0, firstRefused: false };
      } catch (err) {
        if (!(err instanceof RateLimiterRes)) throw err;
        return { allowed: false, retryAfterMs: Math.max(1, err.msBeforeNext), firstRefused: err.consumedPoints === limit.failures + 1 };
      }
    },
    async succeeded(address) {
      await limiter.delete(address);
    },
  };
}
