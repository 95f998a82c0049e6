// What the entry point needs from any platform adapter: start, stop, and posting a digest to a channel.
import type { Deliver } from './digest/digest-service';
import type { InFlight } from './runtime/in-flight';
import type { Platform } from './store/store';

export interface PlatformAdapter {
  readonly platform: Platform;
  start(): Promise<void>;
  /**
   * Shutdown, first step: take no new events (close the port, leave the gateway or socket) while work already
   * accepted keeps its platform client to answer with. Adapters without intake of their own may leave it out.
   */
  stopIntake?(): Promise<void>;
  /** Events accepted and not yet answered: shutdown waits for them (within a bound) before `stop()`. */
  readonly inFlight?: InFlight;
  stop(): Promise<void>;
  /** Posts a scheduled digest to one of this platform's channels. */
  deliver: Deliver;
}
