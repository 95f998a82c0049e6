// `npm run digest`: the digest CLI with the configured platforms as delivery targets (run-due posts through them).
import dotenv from 'dotenv';
import { runMain } from '../src/cli/run-main';
import { createCore } from '../src/app';
import { DIGEST_USAGE, runDigestCli } from '../src/cli/digest-cli';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/logger';
import { createDeliverers } from './platforms';

async function main(argv: string[]): Promise<number> {
  if (argv[0] === '--help' || argv[0] === 'help') {
    process.stdout.write(`${DIGEST_USAGE}\n`);
    return 0;
  }
  dotenv.config({ quiet: true });
  const config = loadConfig(process.env);
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const core = await createCore(config, logger);
  try {
    const deliverers = argv[0] === 'run-due' ? createDeliverers(process.env, core, logger, process.stdout) : {};
    process.stdout.write(`${await runDigestCli(argv, core, deliverers)}\n`);
    return 0;
  } finally {
    await core.close();
  }
}

runMain(main);
