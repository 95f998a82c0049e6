// Store writes nobody waits for (the question log): retried in the background while the database is away, and
// their loss logged — never silent — when it stays away too long or too much piles up.
import type { Logger } from '../logger';
import type { Metrics } from '../ops/metrics';

export interface BackgroundWritesOptions {
  logger: Logger;
  metrics?: Metrics;
  /** Waits between attempts; the write is given up after the last (default ≈ 2 minutes in all). */
  backoffMs?: number[];
  /** Writes waiting at most; beyond it the oldest is dropped and its loss logged (default 10,000). */
  maxPending?: number;
}

const DEFAULT_BACKOFF_MS = [500, 1_000, 2_000, 5_000, 10_000, 20_000, 30_000, 60_000];

interface Write {
  what: string;
  run: () => Promise<unknown>;
  attempt: number;
  timer?: NodeJS.Timeout;
}

export class BackgroundWrites {
  private readonly pending = new Set<Write>();
  private readonly running = new Set<Promise<void>>();
  private readonly backoff: number[];
  private readonly maxPending: number;
  private flushing = false;

  constructor(private readonly opts: BackgroundWritesOptions) {
    this.backoff = opts.backoffMs ?? DEFAULT_BACKOFF_MS;
    this.maxPending = opts.maxPending ?? 10_000;
  }

  /** Starts a write now (a synchronous driver finishes it before this returns); failures are retried later. */
  submit(what: string, run: () => Promise<unknown>): void {
    if (this.pending.size >= this.maxPending) {
      const oldest = this.pending.values().next().value!;
      this.lose(oldest, new Error(`more than ${this.maxPending} store writes waiting`));
    }
    const write: Write = { what, run, attempt: 0 };
    this.pending.add(write);
    this.attempt(write);
  }

  /** Writes not yet stored (waiting for a retry or in flight). */
  get size(): number {
    return this.pending.size;
  }

  /**
   * Retries every waiting write now and waits for them, up to `timeoutMs` (shutdown: write what can be written);
   * resolves with how many remain unwritten — their loss is logged.
   */
  async flush(timeoutMs: number): Promise<number> {
    const until = Date.now() + timeoutMs;
    this.flushing = true;
    while (this.pending.size && Date.now() < until) {
      // Writes waiting for their back-off are tried now; those that fail again are tried again shortly, until the deadline.
      for (const w of this.pending) {
        if (!w.timer) continue;
        clearTimeout(w.timer);
        w.timer = undefined;
        this.attempt(w);
      }
      const left = until - Date.now();
      await Promise.race([Promise.allSettled([...this.running]), new Promise((r) => setTimeout(r, Math.max(1, left)))]);
      if (this.pending.size) await new Promise((r) => setTimeout(r, Math.min(200, Math.max(1, until - Date.now()))));
    }
    this.flushing = false;
    const left = [...this.pending];
    for (const w of left) this.lose(w, new Error('still unwritten at shutdown'));
    return left.length;
  }

  private attempt(write: Write): void {
    write.attempt++;
    const done = write
      .run()
      .then(
        () => {
          this.pending.delete(write);
        },
        (err: unknown) => this.failed(write, err),
      )
      .finally(() => this.running.delete(done));
    this.running.add(done);
  }

  private failed(write: Write, err: unknown): void {
    if (!this.pending.has(write)) return;
    this.opts.metrics?.storeErrors.inc({ operation: write.what });
    const wait = this.backoff[write.attempt - 1] ?? (this.flushing ? 200 : undefined);
    if (wait === undefined) return this.lose(write, err);
    this.opts.logger.warn({ err, what: write.what, attempt: write.attempt, retryInMs: wait }, 'store write failed; retrying in the background');
    write.timer = setTimeout(() => {
      write.timer = undefined;
      if (this.pending.has(write)) this.attempt(write);
    }, wait);
    write.timer.unref();
  }

  private lose(write: Write, err: unknown): void {
    this.pending.delete(write);
    if (write.timer) clearTimeout(write.timer);
    this.opts.logger.error({ err, what: write.what, attempts: write.attempt }, 'store write lost: the database did not come back in time');
  }
}
