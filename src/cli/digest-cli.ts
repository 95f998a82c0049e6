// `npm run digest -- …`: subscribe, unsubscribe, list, preview and run-due for operators and scripts.
import { parseArgs } from 'node:util';
import type { Core } from '../app';
import type { Deliver } from '../digest/digest-service';
import { UserError } from '../errors';
import { renderDigestText } from '../render-text';
import type { Platform } from '../store/store';

export const DIGEST_USAGE = `Usage: npm run digest -- <command> [options]
  subscribe   --platform slack|discord|console --channel ID --time HH:MM --tz ZONE
  unsubscribe --platform slack|discord|console --channel ID
  list
  preview     [--platform P --channel ID] [--tz ZONE]     print today's digest
  run-due     [--at ISO-INSTANT]                            post every digest due at that instant, print what was posted
Example: npm run digest -- subscribe --platform slack --channel C0123456 --time 08:00 --tz America/Mexico_City`;

const PLATFORMS: Platform[] = ['slack', 'discord', 'console'];

function platformOf(value: string | undefined): Platform {
  if (!value || !PLATFORMS.includes(value as Platform))
    throw new UserError('COMMAND_USAGE', `--platform must be one of ${PLATFORMS.join(', ')}${value ? ` (got '${value}')` : ''}.`);
  return value as Platform;
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UserError('COMMAND_USAGE', `${flag} is required.\n${DIGEST_USAGE}`);
  return value;
}

/** Runs one CLI command; returns the text to print. `deliverers` post to the configured platforms (run-due). */
export async function runDigestCli(argv: string[], core: Core, deliverers: Partial<Record<Platform, Deliver>>): Promise<string> {
  const [command, ...rest] = argv;
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: { platform: { type: 'string' }, channel: { type: 'string' }, time: { type: 'string' }, tz: { type: 'string' }, at: { type: 'string' } },
      strict: true,
    }) as { values: Record<string, string | undefined> });
  } catch (err) {
    throw new UserError('COMMAND_USAGE', `${(err as Error).message}\n${DIGEST_USAGE}`);
  }
  const { digests } = core;
  switch (command) {
    case 'subscribe': {
      const sub = await digests.subscribe(platformOf(values.platform), required(values.channel, '--channel'), required(values.time, '--time'), required(values.tz, '--tz'));
      return `Subscribed ${sub.platform} ${sub.channel}: daily at ${sub.time} ${sub.timezone}. Next: ${digests.nextRun(sub).toISOString()}`;
    }
    case 'unsubscribe': {
      const removed = await digests.unsubscribe(platformOf(values.platform), required(values.channel, '--channel'));
      return removed ? `Unsubscribed ${values.platform} ${values.channel}.` : `No subscription for ${values.platform} ${values.channel}.`;
    }
    case 'list': {
      const subs = await digests.list();
      if (!subs.length) return 'No subscriptions.';
      return subs.map((s) => `${s.platform}\t${s.channel}\t${s.time}\t${s.timezone}\tlast=${s.lastDate ?? '-'}\t${s.pausedReason ? `PAUSED since ${s.pausedAt?.toISOString() ?? '?'}: ${s.pausedReason}` : `next=${digests.nextRun(s).toISOString()}`}`).join('\n');
    }
    case 'preview': {
      const digest = await digests.preview(values.platform ? platformOf(values.platform) : 'console', values.channel ?? 'console', values.tz);
      return renderDigestText(digest);
    }
    case 'run-due': {
      const at = values.at ? new Date(values.at) : new Date();
      if (Number.isNaN(at.getTime())) throw new UserError('COMMAND_USAGE', `--at '${values.at}' is not an ISO instant. Example: --at 2027-03-15T12:00:00Z`);
      const outcomes = await digests.runDue((p) => deliverers[p], at);
      if (!outcomes.length) return `Nothing due at ${at.toISOString()}.`;
      return outcomes.map((o) => `${o.result}\t${o.platform}\t${o.channel}\t${o.date}${o.error ? `\t${o.error}` : ''}`).join('\n');
    }
    default:
      throw new UserError('COMMAND_USAGE', `${command ? `Unknown command '${command}'.\n` : ''}${DIGEST_USAGE}`);
  }
}
