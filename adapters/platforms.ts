// Creates the platform adapters whose credentials are present (Slack and Discord may run in one process).
import type { Writable } from 'node:stream';
import type { PlatformAdapter } from '../src/adapter';
import type { Core } from '../src/app';
import type { Deliver } from '../src/digest/digest-service';
import type { Logger } from '../src/logger';
import type { Platform } from '../src/store/store';
import { renderConsoleReply } from './console/render';

export async function createPlatformAdapters(env: NodeJS.ProcessEnv, core: Core, logger: Logger): Promise<PlatformAdapter[]> {
  const adapters: PlatformAdapter[] = [];
  void env;
  void core;
  void logger;
  return adapters;
}

/** Delivery functions for `digest run-due`: post through each configured platform without starting its listener. */
export function createDeliverers(env: NodeJS.ProcessEnv, core: Core, logger: Logger, out: Writable): Partial<Record<Platform, Deliver>> {
  void env;
  void core;
  void logger;
  return {
    console: async (_sub, reply) => {
      out.write(`${renderConsoleReply(reply)}\n\n`);
    },
  };
}
