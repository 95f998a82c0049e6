// The in-process scheduler: every tick, post the digests that are due (the same path as `digest run-due`).
import type { Logger } from '../logger';
import type { Platform } from '../store/store';
import type { Deliver, DigestService, RunOutcome } from './digest-service';

export interface SchedulerOptions {
  digests: DigestService;
  deliverers: Partial<Record<Platform, Deliver>>;
  intervalMs: number;
  logger: Logger;
  clock?: () => Date;
  /** Upkeep on the first tick, then every `housekeepingEveryMs` (pruning the log past QUESTION_LOG_DAYS). */
  housekeeping?: (now: Date) => Promise<unknown>;
  /** Default: hourly. */
  housekeepingEveryMs?: number;
}

export interface Scheduler {
  /** Runs one check now; ticks never overlap. */
  tick(): Promise<RunOutcome[]>;
  stop(): void;
  /** Resolves when no tick is running (shutdown waits for digest posts in flight). */
  idle(): Promise<void>;
}

export function startScheduler(opts: SchedulerOptions): Scheduler {
  const clock = opts.clock ?? (() => new Date());
  let running: Promise<RunOutcome[]> | undefined;
  const everyMs = opts.housekeepingEveryMs ?? 3_600_000;
  let lastHousekeeping: number | undefined;
  const upkeep = async (now: Date) => {
    if (!opts.housekeeping || (lastHousekeeping !== undefined && now.getTime() - lastHousekeeping < everyMs)) return;
    lastHousekeeping = now.getTime();
    await opts.housekeeping(now).catch((err: unknown) => {
      opts.logger.error({ err }, 'housekeeping failed; will try again');
    });
  };
  const tick = () => {
    const now = clock();
    running ??= upkeep(now)
      .then(() => opts.digests.runDue((p) => opts.deliverers[p], now))
      .catch((err) => {
        opts.logger.error({ err }, 'digest scheduler tick failed; will try again next tick');
        return [] as RunOutcome[];
      })
      .finally(() => (running = undefined));
    return running;
  };
  const timer = setInterval(() => void tick(), opts.intervalMs);
  timer.unref();
  // Catch up at start: after downtime, today's missed digest goes out once, now.
  void tick();
  return { tick, stop: () => clearInterval(timer), idle: async () => void (await running) };
}
