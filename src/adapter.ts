// What the entry point needs from any platform adapter: start, stop, and posting a digest to a channel.
import type { IncomingMessage, ServerResponse } from 'node:http';
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
  /** Connected to the platform now (readiness); adapters that cannot lose a connection leave it out. */
  isConnected?(): boolean;
}

/** A route an adapter's own HTTP server can serve besides its platform's (health checks, metrics, the dashboard). */
export interface HttpRoute {
  /** An exact path, or a path-to-regexp pattern such as `/admin{/*rest}` (Bolt's customRoutes). */
  path: string;
  /** Default: GET only. */
  methods?: Array<'GET' | 'POST'>;
  handler(req: IncomingMessage, res: ServerResponse): void;
}
