// Health, readiness and metrics over HTTP: /healthz (the process answers), /readyz (store reachable, platforms
// connected, knowledge loaded) and /metrics (Prometheus text). Served on Slack's HTTP port or on METRICS_PORT.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpRoute, PlatformAdapter } from '../adapter';
import type { Logger } from '../logger';
import type { Store } from '../store/store';
import { withDeadline } from './deadline';
import type { Metrics } from './metrics';

export interface HealthDeps {
  store: Pick<Store, 'ping'>;
  metrics: Metrics;
  /** The running adapters (read at each request: they are created after the routes). */
  adapters: () => readonly Pick<PlatformAdapter, 'platform' | 'isConnected'>[];
  /** How many knowledge entries are loaded. */
  knowledgeEntries: () => number;
  /** How long /readyz waits for the store (default 2 s). */
  storeWaitMs?: number;
}

export interface Readiness {
  ready: boolean;
  store: string;
  platforms: Record<string, boolean>;
  knowledge: string;
}

/** Checks what answering and digests need; `ready` only when all of it is there. */
export async function checkReadiness(deps: HealthDeps): Promise<Readiness> {
  const store = await withDeadline(deps.store.ping(), deps.storeWaitMs ?? 2_000, 'store ping').then(
    () => 'ok',
    (err: unknown) => `unreachable: ${err instanceof Error ? err.message : String(err)}`,
  );
  const platforms = Object.fromEntries(deps.adapters().map((a) => [a.platform, a.isConnected?.() ?? true]));
  const entries = deps.knowledgeEntries();
  const knowledge = entries > 0 ? `ok (${entries} entries)` : 'not loaded';
  const ready = store === 'ok' && Object.values(platforms).every(Boolean) && entries > 0;
  return { ready, store, platforms, knowledge };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** The three routes, for any HTTP server (Bolt's customRoutes, or the METRICS_PORT server). */
export function healthRoutes(deps: HealthDeps, logger: Logger): HttpRoute[] {
  const guard = (work: (res: ServerResponse) => Promise<void>) => (_req: IncomingMessage, res: ServerResponse) =>
    void work(res).catch((err: unknown) => {
      logger.error({ err }, 'health endpoint failed');
      if (!res.headersSent) send(res, 500, 'text/plain', 'error\n');
    });
  return [
    { path: '/healthz', handler: guard(async (res) => send(res, 200, 'text/plain', 'ok\n')) },
    {
      path: '/readyz',
      handler: guard(async (res) => {
        const r = await checkReadiness(deps);
        send(res, r.ready ? 200 : 503, 'application/json', `${JSON.stringify(r)}\n`);
      }),
    },
    {
      path: '/metrics',
      handler: guard(async (res) => send(res, 200, deps.metrics.registry.contentType, await deps.metrics.registry.metrics())),
    },
  ];
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Serves the routes on their own port (Socket Mode and Discord have no HTTP server of their own). */
export async function startHealthServer(routes: HttpRoute[], port: number, host?: string): Promise<HealthServer> {
  const byPath = new Map(routes.map((r) => [r.path, r.handler]));
  const server: Server = createServer((req, res) => {
    const handler = req.method === 'GET' || req.method === 'HEAD' ? byPath.get(new URL(req.url ?? '/', 'http://x').pathname) : undefined;
    if (handler) handler(req, res);
    else send(res, 404, 'text/plain', 'not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
