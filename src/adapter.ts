// What the entry point needs from any platform adapter: start, stop, and posting a digest to a channel.
import type { Deliver } from './digest/digest-service';
import type { Platform } from './store/store';

export interface PlatformAdapter {
  readonly platform: Platform;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Posts a scheduled digest to one of this platform's channels. */
  deliver: Deliver;
}
