// One structured logger (pino) writing to stderr, so stdout stays clean for answers and JSON lines.
import pino, { type Logger } from 'pino';

export type { Logger };

/** Creates the process logger; level from LOG_LEVEL via config. */
export function createLogger(level = 'info'): Logger {
  return pino({ level, base: undefined }, pino.destination({ dest: 2, sync: true }));
}

/** A logger that drops everything: for tests. */
export const silentLogger: Logger = pino({ level: 'silent' });
