// Runs a command-line entry point: its exit code, or one line for what went wrong (2 for a usage error).
import { isUserError } from '../errors';
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
