// Creates the platform adapters whose credentials are present (Slack and Discord may run in one process).
import type { Writable } from 'node:stream';
import type { HttpRoute, PlatformAdapter } from '../src/adapter';
import type { Core } from '../src/app';
import type { Deliver } from '../src/digest/digest-service';
import type { Logger } from '../src/logger';
import type { Platform } from '../src/store/store';
import { renderConsoleReply } from './console/render';
import { createDiscordAdapter } from './discord';
import { leaseListener } from './leased-adapter';
import { loadDiscordConfig } from './discord/config';
import { createSlackAdapter, createSlackDeliver } from './slack';
import { loadSlackConfig } from './slack/config';

/**
 * Reads each platform's settings (each adapter owns its variables) and creates its adapter.
 * Both settings are read before anything connects, so one bad variable stops start-up with every problem named.
 */
export function createPlatformAdapters(env: NodeJS.ProcessEnv, core: Core, logger: Logger, httpRoutes: HttpRoute[] = []): PlatformAdapter[] {
  const slack = loadSlackConfig(env);
  const discord = loadDiscordConfig(env);
  const adapters: PlatformAdapter[] = [];
  if (slack) core.bot.setHelpFormat('slack', { prefix: (t) => `${slack.command} ${t}` });
  if (slack) adapters.push(createSlackAdapter(slack, { bot: core.bot, logger: logger.child({ platform: 'slack' }), httpRoutes }));
  if (discord) {
    const create = () => createDiscordAdapter(discord, { bot: core.bot, logger: logger.child({ platform: 'discord' }) });
    // Every replica logged in with the token would get every mention: on a shared PostgreSQL one holds the gateway.
    const url = core.store.kind === 'postgres' ? env.DATABASE_URL : undefined;
    const name = `borderbrief:discord-gateway:${discord.applicationId}`;
    adapters.push(url ? leaseListener(create, { url, name, logger: logger.child({ platform: 'discord' }) }) : create());
  }
  return adapters;
}

/** Delivery functions for `digest run-due`: post through each configured platform without starting its listener. */
export function createDeliverers(env: NodeJS.ProcessEnv, core: Core, logger: Logger, out: Writable): Partial<Record<Platform, Deliver>> {
  const slack = loadSlackConfig(env);
  const discord = loadDiscordConfig(env);
  const deliverers: Partial<Record<Platform, Deliver>> = {
    console: async (_sub, reply) => {
      out.write(`${renderConsoleReply(reply)}\n\n`);
    },
  };
  if (slack) deliverers.slack = createSlackDeliver(slack, logger.child({ platform: 'slack' }));
  if (discord) deliverers.discord = createDiscordAdapter(discord, { bot: core.bot, logger: logger.child({ platform: 'discord' }) }).deliver;
  return deliverers;
}
