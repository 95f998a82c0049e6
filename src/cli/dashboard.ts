// `npm run dashboard`: the web dashboard alone, over the configured store and knowledge — no platform is started.
import dotenv from 'dotenv';
import { startAdminServer } from '../admin/admin-server';
import { createDashboard } from '../admin/dashboard';
import { createCore } from '../app';
import { DEFAULT_ADMIN_PORT, loadConfig } from '../config';
import { UserError } from '../errors';
import { createLogger } from '../logger';
import { runMain } from './run-main';

async function main(): Promise<number> {
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env);
  if (!config.admin) throw new UserError('CONFIG_INVALID', 'ADMIN_TOKEN is not set: the dashboard is off without it. Make one with: openssl rand -hex 32');
  const logger = createLogger(config.logLevel);
  const core = await createCore(config, logger);
  const dashboard = createDashboard({ bot: core.bot, digests: core.digests, logger, token: config.admin.token });
  const server = await startAdminServer(dashboard.listener, config.admin.port ?? DEFAULT_ADMIN_PORT, config.admin.host).catch(async (err: unknown) => {
    await core.close();
    throw err;
  });
  // The Knowledge page and Try a question read the knowledge in use: keep it current as the bot does (watched, and
  // reloaded on SIGHUP — which would otherwise end the process).
  if (config.knowledgeWatch) await core.knowledge.watch();
  const onHangUp = () => void core.bot.reloadKnowledge().catch((err: unknown) => logger.error({ err }, 'knowledge reload failed'));
  process.on('SIGHUP', onHangUp);
  process.stderr.write(`BorderBrief dashboard: http://${server.host.includes(':') ? `[${server.host}]` : server.host}:${server.port}/admin\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.off('SIGHUP', onHangUp);
  await server.close();
  await core.close();
  return 0;
}

runMain(main);
