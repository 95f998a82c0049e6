// The digest command, declared once: subscribe/unsubscribe/status/preview/now on every platform.
import { DateTime } from 'luxon';
import { UserError } from '../errors';
import { infoReply, type Reply } from '../reply';
import { userText } from '../text/text-tools';
import type { CommandSpec } from '../commands/command';
import type { Digest } from './digest';
import type { DigestService } from './digest-service';

export function digestReply(digest: Digest, isPrivate: boolean): Reply {
  return { kind: 'digest', title: digest.headline, text: digest.headline, sources: [digest.focus.source], suggestions: [digest.questionOfTheDay], digest, private: isPrivate };
}

function describeNext(service: DigestService, sub: { time: string; timezone: string; sequence: number; lastDate?: string; createdAt: Date }): string {
  const next = DateTime.fromJSDate(service.nextRun(sub as never)).setZone(sub.timezone);
  return `Next digest: ${next.toFormat('ccc d LLL yyyy, HH:mm')} (${sub.timezone}).`;
}

/** Typed as text, "6:30 pm America/Mexico_City" splits into time "6:30" and zone "pm America/Mexico_City": rejoin them. */
function joinMeridiem(time: string | undefined, timezone: string | undefined): { time?: string; timezone?: string } {
  const m = /^(am|pm)(?:\s+(.*))?$/i.exec(timezone?.trim() ?? '');
  return m ? { time: `${time ?? ''} ${m[1]}`, timezone: m[2] } : { time, timezone };
}

export function digestCommand(service: DigestService): CommandSpec {
  return {
    name: 'digest',
    description: 'A daily briefing in this channel, at a local time you choose',
    options: [],
    examples: ['digest daily 08:00 America/Mexico_City'],
    subcommands: [
      {
        name: 'subscribe',
        aliases: ['daily', 'on'],
        description: 'post a digest here every day at a local time',
        options: [
          { name: 'time', description: 'Local time, 24-hour HH:MM (e.g. 08:00)', required: true, maxLength: 8 },
          { name: 'timezone', description: 'IANA time zone (e.g. America/Mexico_City)', required: true, autocomplete: 'timezones', maxLength: 64 },
        ],
        examples: ['digest daily 08:00 America/Mexico_City'],
        manage: true,
        run: async (ctx, args) => {
          const { time, timezone } = joinMeridiem(args.time, args.timezone);
          // A digest the bot cannot post would fail every day: say so now, and how to let the bot in.
          const problem = await ctx.cannotPostHere?.();
          if (problem) throw new UserError('PERMISSION_DENIED', problem);
          const sub = await service.subscribe(ctx.platform, ctx.channel, time, timezone);
          return infoReply(`Daily digest is on for this channel at **${sub.time} ${sub.timezone}**. ${describeNext(service, sub)}`);
        },
      },
      {
        name: 'unsubscribe',
        aliases: ['off', 'stop'],
        description: 'stop the daily digest here',
        options: [],
        examples: ['digest off'],
        manage: true,
        run: async (ctx) => {
          const removed = await service.unsubscribe(ctx.platform, ctx.channel);
          return infoReply(removed ? 'Daily digest turned off for this channel.' : 'This channel has no daily digest, so there was nothing to turn off.');
        },
      },
      {
        name: 'status',
        description: "show this channel's digest schedule",
        options: [],
        examples: ['digest status'],
        run: async (ctx) => {
          const sub = await service.status(ctx.platform, ctx.channel);
          if (!sub) return infoReply('No daily digest in this channel. Turn it on with `digest daily 08:00 America/Mexico_City`.');
          const last = sub.lastDate ? ` Last posted for ${sub.lastDate}.` : '';
          if (sub.pausedReason) {
            const since = sub.pausedAt ? ` since ${sub.pausedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC` : '';
            return infoReply(
              `Daily digest at **${sub.time} ${sub.timezone}** is **paused**${since}: the last post failed with ` +
                `“${userText(sub.pausedReason)}”. Fix that, then subscribe again to resume.${last}`,
            );
          }
          return infoReply(`Daily digest at **${sub.time} ${sub.timezone}**. ${describeNext(service, sub)}${last}`);
        },
      },
      {
        name: 'preview',
        description: "show today's digest to you only (the schedule is unchanged)",
        options: [],
        examples: ['digest preview'],
        run: async (ctx) => digestReply(await service.preview(ctx.platform, ctx.channel), true),
      },
      {
        name: 'now',
        description: "post today's digest here now (the schedule is unchanged)",
        options: [],
        examples: ['digest now'],
        // A public post in the channel: the same people who manage the schedule may post one.
        manage: true,
        run: async (ctx) => digestReply(await service.preview(ctx.platform, ctx.channel), false),
      },
    ],
    run: async () => {
      throw new UserError('COMMAND_USAGE', 'Try `digest daily 08:00 America/Mexico_City`, `digest status`, `digest preview`, `digest now` or `digest off`.');
    },
  };
}
