// A bound on how long the bot waits for something it can do without (the store, a platform call).

/** Thrown when a wait passed its deadline; the work itself may still finish later. */
export class DeadlineError extends Error {
  readonly code = 'timeout';
  constructor(what: string, ms: number) {
    super(`${what} did not finish within ${ms} ms`);
    this.name = 'DeadlineError';
  }
}

/** Resolves or rejects as `work` does, or rejects with a DeadlineError after `ms`. The timer never keeps Node alive. */
export function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(what, ms)), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
