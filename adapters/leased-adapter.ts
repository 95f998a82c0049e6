// Runs a platform adapter's listener only while this process holds a lease: several replicas, one gateway connection.
import type { PlatformAdapter } from '../src/adapter';
import type { Logger } from '../src/logger';
import { InFlight } from '../src/runtime/in-flight';
import { createAdvisoryLease } from '../src/store/advisory-lease';

export interface LeaseSettings {
  url: string;
  name: string;
  logger: Logger;
  retryMs?: number;
}

/**
 * A fresh adapter from `create` connects each time the lease becomes ours and leaves when it is lost (a client is
 * not reused after leaving: discord.js does not log in again cleanly). Digest delivery (REST) works either way.
 * At shutdown the lease is released as intake stops, so another replica takes over while this one finishes replying.
 */
export function leaseListener(create: () => PlatformAdapter, settings: LeaseSettings): PlatformAdapter {
  const { logger } = settings;
  // Never started: it only posts digests, whoever holds the gateway.
  const delivery = create();
  let current: PlatformAdapter | undefined;
  const retiring = new Set<Promise<void>>();
  const inFlight = new InFlight();

  /** Stops taking events from this adapter; its in-flight replies finish, then it closes. */
  const retire = (adapter: PlatformAdapter) => {
    const done = (async () => {
      await adapter.stopIntake?.();
      await adapter.inFlight?.settled();
      await adapter.stop();
    })().catch((err: unknown) => logger.error({ err }, 'lease: closing the previous connection failed'));
    // Shutdown waits for it like any in-flight answer.
    void inFlight.run(() => done);
    retiring.add(done);
    void done.then(() => retiring.delete(done));
  };

  const lease = createAdvisoryLease({
    ...settings,
    async onAcquired() {
      const adapter = create();
      await adapter.start();
      current = adapter;
      logger.info({ platform: adapter.platform }, 'holding the gateway lease: connected');
    },
    async onLost() {
      if (current) retire(current);
      current = undefined;
    },
  });

  return {
    platform: delivery.platform,
    inFlight: {
      get size() {
        return inFlight.size + (current?.inFlight?.size ?? 0);
      },
      async settled() {
        await Promise.all([inFlight.settled(), current?.inFlight?.settled()]);
      },
    } as InFlight,
    deliver: delivery.deliver,
    async start() {
      await lease.start();
      if (!lease.held) logger.info({ platform: delivery.platform }, 'another replica holds the gateway lease: standing by');
    },
    async stopIntake() {
      await lease.release();
      await current?.stopIntake?.();
    },
    async stop() {
      await lease.release();
      await current?.stop();
      current = undefined;
      await Promise.all(retiring);
      await delivery.stop();
    },
  };
}
