// Bolt's and the Slack SDK's log lines, sent to the process logger (pino) instead of the console.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../src/logger';

const toBolt: Record<string, LogLevel> = { trace: LogLevel.DEBUG, debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN };

/** A Bolt logger over pino. The level stays LOG_LEVEL's: Bolt's setLevel() calls are ignored. */
export function createBoltLogger(logger: Logger, name = 'slack'): BoltLogger {
  let child = logger.child({ component: name });
  const write = (level: 'debug' | 'info' | 'warn' | 'error') => (...msg: unknown[]) => {
    const err = msg.find((m): m is Error => m instanceof Error);
    const text = msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : safeJson(m))).join(' ');
    if (err) child[level]({ err }, text);
    else child[level](text);
  };
  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: () => undefined,
    getLevel: () => toBolt[child.level] ?? LogLevel.ERROR,
    setName: (n: string) => {
      child = logger.child({ component: n });
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
