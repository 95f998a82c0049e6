// Starts BorderBrief: the core, every platform with credentials (or the console chat), and the digest scheduler.
import type { Readable, Writable } from 'node:stream';
import type { PlatformAdapter } from '../src/adapter';
import { type Core, createCore } from '../src/app';
import { startAdminServer, type AdminServer } from '../src/admin/admin-server';
import { createDashboard } from '../src/admin/dashboard';
import { DEFAULT_ADMIN_PORT, loadConfig } from '../src/config';
import { type Scheduler, startScheduler } from '../src/digest/scheduler';
import { createLogger, type Logger } from '../src/logger';
import { healthRoutes, startHealthServer } from '../src/ops/health';
import { within } from '../src/runtime/in-flight';
import { createConsoleAdapter } from './console';
import { createPlatformAdapters } from './platforms';
import { loadSlackConfig } from './slack/config';

export const CONNECT_HINT =
  'No Slack or Discord credentials found: opening the console chat. Set SLACK_BOT_TOKEN (+ SLACK_APP_TOKEN) or DISCORD_TOKEN in .env to connect — see README.md.';

export interface StartOptions {
  env: NodeJS.ProcessEnv;
  input: Readable;
  output: Writable;
  /** Where one-line notices go when the console is not interactive. */
  notices: Writable;
  interactive: boolean;
  /** Injected in tests: the scheduler and the core read time only from here. */
  clock?: () => Date;
  logger?: Logger;
}

export interface Running {
  core: Core;
  adapters: PlatformAdapter[];
  scheduler: Scheduler;
  /** Resolves when the console chat reaches the end of its input (console mode only). */
  consoleDone?: Promise<void>;
  /** Where /healthz, /readyz and /metrics listen when METRICS_PORT is set. */
  metricsPort?: number;
  /** Where the dashboard's own server listens (ADMIN_TOKEN set, and ADMIN_PORT set or no Slack HTTP port to share). */
  adminPort?: number;
  logger: Logger;
  /**
   * Graceful stop: no new events or digest runs, then in-flight answers and digest posts finish (at most `graceMs`,
   * default SHUTDOWN_GRACE_SECONDS), then the platforms disconnect and the store closes.
   */
  stop(graceMs?: number): Promise<ShutdownReport>;
}

/** What a stop did, for its one log line. */
export interface ShutdownReport {
  /** Answers that were in flight when the stop began and finished during it. */
  finished: number;
  /** Answers still unfinished when the bound ran out (logged; Slack and Discord do not resend them). */
  abandoned: number;
  /** Whether a digest run was still going when the bound ran out (its claim is checked by the next run). */
  digestCut: boolean;
  ms: number;
}

export async function startBorderBrief(opts: StartOptions): Promise<Running> {
  const config = loadConfig(opts.env);
  const platformsWanted = Boolean(opts.env.SLACK_BOT_TOKEN || opts.env.SLACK_APP_TOKEN || opts.env.DISCORD_TOKEN);
  // The console chat shares the terminal: keep routine logs out of it unless asked for.
  const logger = opts.logger ?? createLogger(!platformsWanted && !opts.env.LOG_LEVEL ? 'warn' : config.logLevel);
  const core = await createCore(config, logger, opts.clock);
  let adapters: PlatformAdapter[] = [];
  // /healthz, /readyz, /metrics: on Slack's HTTP port when it has one, and on METRICS_PORT when set.
  const routes = healthRoutes(
    { store: core.store, metrics: core.metrics, adapters: () => adapters, knowledgeEntries: () => core.engine.knowledge.questions.length },
    logger,
  );
  // The dashboard (ADMIN_TOKEN): on Slack's HTTP port when it has one, and on its own port (ADMIN_PORT) otherwise.
  const dashboard = config.admin && createDashboard({ bot: core.bot, digests: core.digests, logger, token: config.admin.token, clock: opts.clock });
  let admin: AdminServer | undefined;
  try {
    adapters = createPlatformAdapters(opts.env, core, logger, [...routes, ...(dashboard?.routes ?? [])]);
    const slackHttp = loadSlackConfig(opts.env)?.connection.mode === 'http';
    if (dashboard && config.admin && (config.admin.port !== undefined || !slackHttp))
      admin = await startAdminServer(dashboard.listener, config.admin.port ?? DEFAULT_ADMIN_PORT, config.admin.host);
  } catch (err) {
    await core.close();
    throw err;
  }
  let consoleDone: Promise<void> | undefined;
  if (!adapters.length) {
    const consoleAdapter = createConsoleAdapter({
      bot: core.bot,
      input: opts.input,
      output: opts.output,
      interactive: opts.interactive,
      banner: opts.interactive ? CONNECT_HINT : undefined,
    });
    if (!opts.interactive) opts.notices.write(`${CONNECT_HINT}\n`);
    adapters.push(consoleAdapter);
    consoleDone = consoleAdapter.done;
  }
  for (const a of adapters) await a.start();
  // Knowledge edits apply while the bot runs: knowledge/ is watched, each change validated and swapped in whole.
  if (config.knowledgeWatch) await core.knowledge.watch();
  const health = config.metricsPort === undefined ? undefined : await startHealthServer(routes, config.metricsPort);
  if (health) logger.info({ port: health.port, paths: ['/healthz', '/readyz', '/metrics'] }, 'health and metrics listening');
  if (admin) logger.info({ host: admin.host, port: admin.port }, 'dashboard listening at /admin');
  const scheduler = startScheduler({
    digests: core.digests,
    deliverers: Object.fromEntries(adapters.map((a) => [a.platform, a.deliver])),
    intervalMs: config.digestCheckMs,
    logger,
    clock: opts.clock,
    housekeeping: (now) => core.privacy.prune(now),
  });
  return {
    core,
    adapters,
    scheduler,
    consoleDone,
    metricsPort: health?.port,
    adminPort: admin?.port,
    logger,
    async stop(graceMs = config.shutdownGraceMs) {
      const began = Date.now();
      scheduler.stop();
      const quietly = (what: string) => (err: unknown) => logger.error({ err }, `${what} failed`);
      // Intake first: nothing new arrives while what was accepted is answered through the still-open platform clients.
      await Promise.all(adapters.map((a) => a.stopIntake?.().catch(quietly(`stopping ${a.platform} intake`))));
      const inFlightAtStop = adapters.reduce((n, a) => n + (a.inFlight?.size ?? 0), 0);
      const answered = Promise.all(adapters.map((a) => a.inFlight?.settled()));
      const remaining = () => Math.max(0, graceMs - (Date.now() - began));
      const answersDone = await within(answered, remaining());
      const digestsDone = await within(scheduler.idle(), remaining());
      const abandoned = adapters.reduce((n, a) => n + (a.inFlight?.size ?? 0), 0);
      // Question-log writes still waiting (issue 12b: answers never wait on the store) get what time is left.
      await core.bot.flushWrites(remaining()).catch(quietly('writing the question log'));
      await health?.close().catch(quietly('closing the health server'));
      await admin?.close().catch(quietly('closing the dashboard'));
      for (const a of adapters) await a.stop().catch(quietly(`stopping ${a.platform}`));
      await core.close().catch(quietly('closing the store'));
      if (!answersDone) logger.warn({ abandoned }, 'shutdown bound reached with answers unfinished');
      return { finished: inFlightAtStop - abandoned, abandoned, digestCut: !digestsDone, ms: Date.now() - began };
    },
  };
}
