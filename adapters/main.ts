// `npm start` / `npm run start:prod`: loads .env, starts BorderBrief (platforms with credentials, else the console chat)
// and stops gracefully on SIGTERM/SIGINT: intake stops, in-flight answers and digests finish, the store closes, exit 0.
import dotenv from 'dotenv';
import { startupErrorText } from '../src/runtime/startup-error';
import { type Running, startBorderBrief } from './start';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  let running: Running | undefined;
  let stopping = false;
  const shutdown = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    const report = await running!.stop();
    running!.logger.info({ reason, ...report }, `stopped (${reason}): ${report.finished} in-flight answered, ${report.abandoned} abandoned, in ${report.ms} ms`);
    process.exit(0);
  };
  // A second signal while stopping means "now": skip the wait.
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(130);
    if (running) void shutdown(signal);
    else process.exit(0);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // SIGHUP reloads knowledge/ (as a file change does): a broken edit is logged and the last good knowledge kept.
  process.on('SIGHUP', () => {
    if (running && !stopping) void running.core.bot.reloadKnowledge().catch((err) => running!.logger.error({ err }, 'knowledge reload failed'));
  });
  running = await startBorderBrief({
    env: process.env,
    input: process.stdin,
    output: process.stdout,
    notices: process.stderr,
    interactive: Boolean(process.stdin.isTTY),
  });
  if (running.consoleDone) {
    await running.consoleDone;
    await shutdown('end of input');
  }
}

main().catch((err) => {
  process.stderr.write(`${startupErrorText(err)}\n`);
  process.exit(1);
});
