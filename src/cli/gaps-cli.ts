// `npm run gaps -- …`: the editors' gaps report over the configured store, as text or JSON.
import { parseArgs } from 'node:util';
import type { Bot } from '../bot';
import { UserError } from '../errors';
import { GAP_RULES } from '../gaps/gaps-report';
import { gapsText } from '../gaps/render-gaps';

export const GAPS_USAGE = `Usage: npm run gaps -- [--days N] [--platform slack|discord|console] [--limit N] [--json]
  Public questions the bot declined or that were voted 👎 in the last N days (default ${GAP_RULES.defaultDays}),
  near-duplicates grouped, each with the closest knowledge and the fix to make (with YAML to paste).
  Private questions are counted, never shown. --json prints one JSON object for machines.
Example: npm run gaps -- --days 30 --platform slack`;

/** A whole number option, or a usage error naming the option and what was typed. */
function wholeNumber(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UserError('COMMAND_USAGE', `--${name} must be a whole number (got '${text}').\n${GAPS_USAGE}`);
  return Number(text);
}

/** Runs the report; returns the text to print. */
export async function runGapsCli(argv: string[], bot: Pick<Bot, 'gapsReport'>): Promise<string> {
  let values: { days?: string; platform?: string; limit?: string; json?: boolean };
  try {
    const options = { days: { type: 'string' }, platform: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } } as const;
    ({ values } = parseArgs({ args: argv, options, strict: true }));
  } catch (err) {
    throw new UserError('COMMAND_USAGE', `${(err as Error).message}\n${GAPS_USAGE}`);
  }
  const opts = { days: wholeNumber('days', values.days), limit: wholeNumber('limit', values.limit), platform: values.platform };
  const report = await bot.gapsReport(opts).catch((err: unknown) => {
    throw isUsage(err) ? new UserError('COMMAND_USAGE', `${(err as Error).message}\n${GAPS_USAGE}`) : err;
  });
  return values.json ? JSON.stringify(report, null, 2) : gapsText(report);
}

const isUsage = (err: unknown) => err instanceof UserError && err.code === 'COMMAND_USAGE';
