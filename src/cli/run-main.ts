// Runs a command-line entry point: its exit code, or one line for what went wrong (2 for a usage error).
import dotenv from 'dotenv';
import { createCore, type Core } from '../app';
import { loadConfig } from '../config';
import { isUserError } from '../errors';
import { createLogger, type Logger } from '../logger';
import { startupErrorText } from '../runtime/startup-error';

/** Calls `main` with the command's arguments and exits with its code; a fault is one line, never a stack trace first. */
export function runMain(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write(`${isUserError(err) ? err.message : startupErrorText(err)}\n`);
      process.exit(isUserError(err) ? 2 : 1);
    },
  );
}

/**
 * An operator's CLI over the configured core (.env, the store under DATA_DIR or DATABASE_URL): `--help` prints the
 * usage, `run` returns the text to print, and the core is closed however it ends. `usageWhenEmpty`: no arguments is a
 * usage error.
 */
export function runCoreCli(usage: string, run: (argv: string[], core: Core, logger: Logger) => Promise<string>, opts: { usageWhenEmpty?: boolean } = {}): void {
  runMain(async (argv) => {
    const empty = !argv.length && opts.usageWhenEmpty;
    if (empty || argv[0] === '--help' || argv[0] === 'help') {
      process.stdout.write(`${usage}\n`);
      return empty ? 2 : 0;
    }
    dotenv.config({ quiet: true });
    const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
    const core = await createCore(loadConfig(process.env), logger);
    try {
      process.stdout.write(`${await run(argv, core, logger)}\n`);
      return 0;
    } finally {
      await core.close();
    }
  });
}
