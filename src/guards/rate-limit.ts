// Per-user rate limit (a sliding window), shared by every adapter: a busy channel can't flood the bot.

export interface RateLimitDecision {
  allowed: boolean;
  /** When the user may ask again, if not allowed. */
  retryAfterMs: number;
}

export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: { count: number; windowMs: number },
    private readonly clock: () => number = Date.now,
  ) {}

  /** Records an attempt by `key` and says whether it is within the limit. */
  check(key: string): RateLimitDecision {
    const now = this.clock();
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.limit.windowMs);
    if (recent.length >= this.limit.count) {
      this.hits.set(key, recent);
      return { allowed: false, retryAfterMs: this.limit.windowMs - (now - recent[0]) };
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.prune(now);
    return { allowed: true, retryAfterMs: 0 };
  }

  private prune(now: number): void {
    for (const [k, v] of this.hits) if (!v.some((t) => now - t < this.limit.windowMs)) this.hits.delete(k);
  }
}

export function slowDownMessage(retryAfterMs: number): string {
  const s = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You're asking faster than I can keep up — please wait ${s} second${s === 1 ? '' : 's'} and try again.`;
}
