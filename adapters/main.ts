// `npm start`: reads config once, builds the core, starts every platform with credentials — or the console chat.
import dotenv from 'dotenv';
import type { PlatformAdapter } from '../src/adapter';
import { createCore } from '../src/app';
import { loadConfig } from '../src/config';
import { startScheduler } from '../src/digest/scheduler';
import { isUserError } from '../src/errors';
import { createLogger } from '../src/logger';
import { createConsoleAdapter } from './console';
import { createPlatformAdapters } from './platforms';

const CONNECT_HINT = 'No Slack or Discord credentials found: opening the console chat. Set SLACK_BOT_TOKEN (+ SLACK_APP_TOKEN) or DISCORD_TOKEN in .env to connect — see README.md.';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const env = process.env;
  const config = loadConfig(env);
  const interactive = Boolean(process.stdin.isTTY);
  const platformsWanted = Boolean(env.SLACK_BOT_TOKEN || env.DISCORD_TOKEN);
  // The console chat shares the terminal: keep routine logs out of it unless asked for.
  const logger = createLogger(!platformsWanted && !env.LOG_LEVEL ? 'warn' : config.logLevel);
  const core = await createCore(config, logger);
  const adapters: PlatformAdapter[] = createPlatformAdapters(env, core, logger);
  let consoleDone: Promise<void> | undefined;
  if (!adapters.length) {
    const consoleAdapter = createConsoleAdapter({ bot: core.bot, input: process.stdin, output: process.stdout, interactive, banner: interactive ? CONNECT_HINT : undefined });
    if (!interactive) process.stderr.write(`${CONNECT_HINT}\n`);
    adapters.push(consoleAdapter);
    consoleDone = consoleAdapter.done;
  }
  for (const a of adapters) await a.start();
  const scheduler = startScheduler({
    digests: core.digests,
    deliverers: Object.fromEntries(adapters.map((a) => [a.platform, a.deliver])),
    intervalMs: config.digestCheckMs,
    logger,
  });
  const shutdown = async (code: number) => {
    scheduler.stop();
    for (const a of adapters) await a.stop().catch((err) => logger.error({ err }, 'stopping adapter failed'));
    await core.close();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  if (consoleDone) {
    await consoleDone;
    await shutdown(0);
  }
}

main().catch((err) => {
  process.stderr.write(`${isUserError(err) ? `BorderBrief could not start.\n${err.message}` : (err as Error).stack}\n`);
  process.exit(1);
});
