// The one line an entry point prints when it cannot start: what is wrong and how to fix it, no stack trace.
import { isUserError } from '../errors';

/** One line for an operator's fault (a UserError, its lines joined); a bug keeps its stack, for the issue tracker. */
export function startupErrorText(err: unknown): string {
  if (!isUserError(err)) return `BorderBrief could not start (a bug — please report it):\n${(err as Error)?.stack ?? String(err)}`;
  const parts = err.message
    .split('\n')
    .map((l) => l.trim().replace(/^- /, ''))
    .filter(Boolean);
  // "Configuration problem (see .env.example):" leads the list of variables.
  const [first, ...rest] = parts;
  return `BorderBrief could not start: ${rest.length ? `${first} ${rest.join('; ')}` : first}`;
}
