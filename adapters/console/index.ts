// The console adapter: a chat in the terminal over the same core path as Slack and Discord (what npm start runs with no credentials).
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { PlatformAdapter } from '../../src/adapter';
import type { Bot } from '../../src/bot';
import type { CommandContext } from '../../src/commands/command';
import { renderConsoleReply } from './render';

export interface ConsoleAdapterOptions {
  bot: Bot;
  input: Readable;
  output: Writable;
  /** A terminal: show a prompt and a greeting. Otherwise answer each line and stop at end of input. */
  interactive: boolean;
  /** Printed once at start (how to connect Slack or Discord). */
  banner?: string;
  userId?: string;
}

export const CONSOLE_CHANNEL = 'console';

export function createConsoleAdapter(opts: ConsoleAdapterOptions): PlatformAdapter & { done: Promise<void> } {
  const ctx: CommandContext = { platform: 'console', channel: CONSOLE_CHANNEL, userId: opts.userId ?? process.env.USER ?? 'console', canManageChannel: true, isAdmin: true };
  const write = (text: string) => opts.output.write(`${text}\n`);
  let rl: readline.Interface | undefined;
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((r) => (resolveDone = r));
  let lastAnswerId: string | undefined;

  async function handle(line: string): Promise<boolean> {
    const text = line.trim();
    if (!text) return true;
    if (/^\/(quit|exit)$/i.test(text)) return false;
    const vote = /^\/(good|bad)$/i.exec(text);
    try {
      if (vote) {
        if (!lastAnswerId) write('There is no answer to rate yet.');
        else write(renderConsoleReply(await opts.bot.feedback(ctx, lastAnswerId, vote[1].toLowerCase() === 'good')));
        return true;
      }
      const reply = await opts.bot.handleText(ctx, text);
      if (reply.answerId) lastAnswerId = reply.answerId;
      write(renderConsoleReply(reply));
    } catch (err) {
      opts.bot.logger.error({ err }, 'console: failed to answer');
      write('⚠ Sorry — something went wrong while answering. Please try again.');
    }
    return true;
  }

  return {
    platform: 'console',
    done,
    async start() {
      if (opts.banner) write(opts.banner);
      if (opts.interactive) write('BorderBrief — ask a question, or try /topics, /help, /digest preview. Rate an answer with /good or /bad; /quit to leave.');
      rl = readline.createInterface({ input: opts.input, output: opts.interactive ? opts.output : undefined, terminal: opts.interactive, crlfDelay: Infinity });
      if (opts.interactive) rl.setPrompt('you> ');
      const loop = async () => {
        if (opts.interactive) rl!.prompt();
        for await (const line of rl!) {
          if (!(await handle(line))) break;
          write('');
          if (opts.interactive) rl!.prompt();
        }
        rl!.close();
        resolveDone();
      };
      void loop();
    },
    async stop() {
      rl?.close();
    },
    async deliver(_sub, reply) {
      write(renderConsoleReply(reply));
    },
  };
}
