// `npm run privacy`: the privacy CLI over the configured store (SQLite under DATA_DIR, or DATABASE_URL).
import dotenv from 'dotenv';
import { runMain } from './run-main';
import { createCore } from '../app';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { PRIVACY_USAGE, runPrivacyCli } from './privacy-cli';

async function main(argv: string[]): Promise<number> {
  if (!argv.length || argv[0] === '--help' || argv[0] === 'help') {
    process.stdout.write(`${PRIVACY_USAGE}\n`);
    return argv.length ? 0 : 2;
  }
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env);
  const core = await createCore(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  try {
    process.stdout.write(`${await runPrivacyCli(argv, core)}\n`);
    return 0;
  } finally {
    await core.close();
  }
}

runMain(main);
