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
}

export interface Scheduler {
  /** Runs one check now; ticks never overlap. */
  tick(): Promise<RunOutcome[]>;
  stop(): void;
}

export function startScheduler(opts: SchedulerOptions): Scheduler {
  const clock = opts.clock ?? (() => new Date());
  let running: Promise<RunOutcome[]> | undefined;
  const tick = () => {
    running ??= opts.digests
      .runDue((p) => opts.deliverers[p], clock())
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
  return { tick, stop: () => clearInterval(timer) };
}
