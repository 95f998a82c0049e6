// `npm run gaps`: the gaps CLI over the configured store (SQLite under DATA_DIR, or DATABASE_URL).
import dotenv from 'dotenv';
import { runMain } from './run-main';
import { createCore } from '../app';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { GAPS_USAGE, runGapsCli } from './gaps-cli';

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--help' || argv[0] === 'help') {
    process.stdout.write(`${GAPS_USAGE}\n`);
    return 0;
  }
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env);
  const core = await createCore(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  try {
    process.stdout.write(`${await runGapsCli(argv, core.bot)}\n`);
    return 0;
  } finally {
    await core.close();
  }
}

runMain(main);
