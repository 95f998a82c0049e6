// `npm run privacy -- …`: export or erase one person's rows (questions and feedback votes) for operators.
import { parseArgs } from 'node:util';
import type { Core } from '../app';
import { UserError } from '../errors';
import type { Platform } from '../store/store';

export const PRIVACY_USAGE = `Usage: npm run privacy -- <command> --platform slack|discord|console --user ID
  export   print everything kept about that person (questions, feedback votes) as JSON
  forget   erase that person's questions and feedback votes
Example: npm run privacy -- forget --platform slack --user U0123456`;

const PLATFORMS: Platform[] = ['slack', 'discord', 'console'];

/** Runs one privacy command; returns the text to print. */
export async function runPrivacyCli(argv: string[], core: Core): Promise<string> {
  const [command, ...rest] = argv;
  if (command !== 'export' && command !== 'forget') {
    throw new UserError('COMMAND_USAGE', `${command ? `Unknown command '${command}'.\n` : ''}${PRIVACY_USAGE}`);
  }
  let values: { platform?: string; user?: string };
  try {
    const options = { platform: { type: 'string' }, user: { type: 'string' } } as const;
    ({ values } = parseArgs({ args: rest, options, strict: true }));
  } catch (err) {
    throw new UserError('COMMAND_USAGE', `${(err as Error).message}\n${PRIVACY_USAGE}`);
  }
  const platform = values.platform as Platform;
  if (!PLATFORMS.includes(platform)) {
    const got = values.platform ? ` (got '${values.platform}')` : '';
    throw new UserError('COMMAND_USAGE', `--platform must be one of ${PLATFORMS.join(', ')}${got}.\n${PRIVACY_USAGE}`);
  }
  if (!values.user) {
    throw new UserError('COMMAND_USAGE', `--user is required: the platform's user id.\n${PRIVACY_USAGE}`);
  }
  if (command === 'export') return JSON.stringify(await core.privacy.exportUser(platform, values.user), null, 2);
  const removed = await core.privacy.forgetUser(platform, values.user);
  const votes = `${removed.feedback} feedback vote${removed.feedback === 1 ? '' : 's'}`;
  const questions = `${removed.questions} question${removed.questions === 1 ? '' : 's'}`;
  return `Forgot ${platform} user ${values.user}: ${questions} and ${votes} removed.`;
}
