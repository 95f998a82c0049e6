// A lease held as a PostgreSQL session advisory lock: one process among several holds it; when that process dies its
// connection closes, PostgreSQL frees the lock, and a waiting process takes it within `retryMs`.
import { Client } from 'pg';
import type { Logger } from '../logger';

export interface LeaseOptions {
  /** DATABASE_URL. The lease keeps one connection of its own for as long as the process runs. */
  url: string;
  /** What is leased; processes using the same name on the same database exclude each other. */
  name: string;
  logger: Logger;
  /** How often a waiting process tries to take the lease, and the holder checks it still has it. Default 2 s. */
  retryMs?: number;
  /** Called when this process gets the lease (connect to the gateway). */
  onAcquired(): Promise<void>;
  /** Called when this process loses the lease (its connection broke): stop at once, another process takes over. */
  onLost(): Promise<void>;
}

export interface Lease {
  /** Starts taking part; resolves after the first attempt (held or not). */
  start(): Promise<void>;
  readonly held: boolean;
  /** Gives the lease up (its connection closes) and stops trying. */
  release(): Promise<void>;
}

/** Creates a lease on `pg_try_advisory_lock(hashtext(name))`, checked every `retryMs`. */
export function createAdvisoryLease(opts: LeaseOptions): Lease {
  const retryMs = opts.retryMs ?? 2000;
  let client: Client | undefined;
  let held = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  // Acquired/lost callbacks run one at a time, in order.
  let transitions: Promise<void> = Promise.resolve();
  const transition = (work: () => Promise<void>) => (transitions = transitions.then(work).catch((err: unknown) => opts.logger.error({ err, lease: opts.name }, 'lease: callback failed')));

  const dropClient = () => {
    const c = client;
    client = undefined;
    c?.removeAllListeners();
    c?.on('error', () => undefined);
    void c?.end().catch(() => undefined);
  };

  const lose = (why: string) => {
    dropClient();
    if (!held) return;
    held = false;
    opts.logger.warn({ lease: opts.name, why }, 'lease: lost; stopping until it is ours again');
    void transition(opts.onLost);
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void attempt(), retryMs);
    timer.unref();
  };

  const attempt = async (): Promise<void> => {
    if (stopped) return;
    try {
      if (!client) {
        const c = new Client({ connectionString: opts.url, connectionTimeoutMillis: 5000, keepAlive: true, query_timeout: 5000, application_name: 'borderbrief-lease' });
        c.on('error', (err) => lose(err.message));
        c.on('end', () => lose('connection closed'));
        client = c;
        await c.connect();
      }
      if (held) {
        // The holder checks its session is alive: a dead connection means the lock is gone.
        await client.query('SELECT 1');
      } else {
        const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock(hashtext($1)) AS ok', [opts.name]);
        if (rows[0]?.ok && !stopped) {
          held = true;
          opts.logger.info({ lease: opts.name }, 'lease: acquired');
          await transition(opts.onAcquired);
        }
      }
    } catch (err) {
      lose((err as Error).message);
    }
    schedule();
  };

  return {
    get held() {
      return held;
    },
    start: attempt,
    async release() {
      stopped = true;
      clearTimeout(timer);
      const wasHeld = held;
      held = false;
      dropClient();
      if (wasHeld) opts.logger.info({ lease: opts.name }, 'lease: released');
      await transitions;
    },
  };
}
