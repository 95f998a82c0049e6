// Work a platform has handed us and we still owe an answer for: shutdown waits for it (within a bound) before exiting.

/** Counts and awaits in-flight work; `settled()` waits for everything running now and anything started meanwhile. */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();
  private finishedCount = 0;

  /** Runs `work`, counting it as in flight until it settles (a rejection is the caller's to handle, as before). */
  run<T>(work: () => Promise<T>): Promise<T> {
    const p = work();
    const tracked = p.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(tracked);
    void tracked.then(() => {
      this.pending.delete(tracked);
      this.finishedCount++;
    });
    return p;
  }

  /** How many are still running. */
  get size(): number {
    return this.pending.size;
  }

  /** How many have settled since start. */
  get finished(): number {
    return this.finishedCount;
  }

  /** Resolves when nothing is in flight (including work started while waiting). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.all([...this.pending]);
  }
}

/** Waits for `work`, at most `ms`: true when it finished in time. The timer never keeps the process alive. */
export async function within(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work.then(() => true as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
