// The gaps command, declared once: the top ten gaps in chat, for editors only, shown only to the one who asked.
import { UserError } from '../errors';
import { infoReply } from '../reply';
import { userText } from '../text/text-tools';
import type { CommandSpec } from '../commands/command';
import type { GapsReport, GapsReportOptions } from './gaps-report';
import { CHAT_TOP, gapsMarkdown } from './render-gaps';

const DAYS = /^\d{1,4}$/;

/** `days` as typed ("7", "30"); anything else is a usage error naming what was typed. */
function parseDays(text: string | undefined): number | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  if (!DAYS.test(text.trim())) throw new UserError('COMMAND_USAGE', `Days must be a whole number, e.g. \`gaps 30\` (got '${userText(text)}').`);
  return Number(text);
}

export function gapsCommand(report: (opts: GapsReportOptions) => Promise<GapsReport>): CommandSpec {
  return {
    name: 'gaps',
    description: 'Editors: the questions I could not answer or that were voted down, grouped, with the fix',
    options: [{ name: 'days', description: 'How many days to look back (e.g. 7)', required: false, maxLength: 4, pattern: DAYS }],
    examples: ['gaps', 'gaps 30'],
    admin: true,
    privateReply: true,
    // Questions asked on this platform only: another workspace's public questions are not this one's to read.
    run: async (ctx, args) => {
      const result = await report({ days: parseDays(args.days), platform: ctx.platform, limit: CHAT_TOP });
      return infoReply(gapsMarkdown(result), `Gaps: what people asked that I could not answer well`, { private: true });
    },
  };
}
