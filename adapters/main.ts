// `npm start`: loads .env, starts BorderBrief (platforms with credentials, else the console chat) and stops cleanly.
import dotenv from 'dotenv';
import { isUserError } from '../src/errors';
import { startBorderBrief } from './start';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const running = await startBorderBrief({
    env: process.env,
    input: process.stdin,
    output: process.stdout,
    notices: process.stderr,
    interactive: Boolean(process.stdin.isTTY),
  });
  const shutdown = async () => {
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
  if (running.consoleDone) {
    await running.consoleDone;
    await shutdown();
  }
}

main().catch((err) => {
  process.stderr.write(`${isUserError(err) ? `BorderBrief could not start.\n${err.message}` : (err as Error).stack}\n`);
  process.exit(1);
});
