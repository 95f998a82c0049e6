// Holds the declared commands, rejects duplicates, parses text input ("digest daily 08:00 UTC") and writes help.
import { UserError } from '../errors';
import type { CommandArgs, CommandContext, CommandSpec, SubcommandSpec } from './command';
import type { Reply } from '../reply';
import { userText } from '../text/text-tools';

/** How a platform writes commands: "/topics", "/brief topics", or Discord's "/digest subscribe time:08:00". */
export interface HelpFormat {
  prefix: (text: string) => string;
  /** Subcommands take named options (Discord) rather than words after the name. */
  slashOptions?: boolean;
}

export interface ParsedCommand {
  command: CommandSpec;
  subcommand?: SubcommandSpec;
  args: CommandArgs;
}

export class CommandRegistry {
  private readonly commands = new Map<string, CommandSpec>();

  register(spec: CommandSpec): this {
    if (this.commands.has(spec.name)) throw new Error(`command '${spec.name}' is declared twice`);
    const subs = new Set<string>();
    for (const s of spec.subcommands ?? []) {
      for (const n of [s.name, ...(s.aliases ?? [])]) {
        if (subs.has(n)) throw new Error(`subcommand '${spec.name} ${n}' is declared twice`);
        subs.add(n);
      }
    }
    this.commands.set(spec.name, spec);
    return this;
  }

  get(name: string): CommandSpec | undefined {
    return this.commands.get(name);
  }

  list(): CommandSpec[] {
    return [...this.commands.values()];
  }

  /**
   * Reads text as a command when it starts with a command name ("topics", "/help", "digest status");
   * anything else is a question for `ask`. Returns a UserError for a known command used wrongly.
   */
  parse(text: string): ParsedCommand | UserError {
    const words = text.trim().split(/\s+/).filter(Boolean);
    const first = (words[0] ?? '').replace(/^\//, '').toLowerCase();
    const ask = this.commands.get('ask')!;
    const command = this.commands.get(first);
    const slashed = words[0]?.startsWith('/') ?? false;
    if (!command || command === ask) {
      if (slashed && !command) {
        const known = this.list().map((c) => `/${c.name}`).join(', ');
        const typed = userText(`/${first}`);
        return new UserError('COMMAND_UNKNOWN', `Unknown command '${typed}'. Try ${known} — or just ask a question.`);
      }
      const question = command === ask ? words.slice(1).join(' ') : text.trim();
      return { command: ask, args: { question } };
    }
    const rest = words.slice(1);
    if (command.subcommands) {
      if (!rest.length) return new UserError('COMMAND_USAGE', this.usage(command));
      const word = rest[0].toLowerCase();
      const sub = command.subcommands.find((s) => s.name === word || s.aliases?.includes(word));
      if (!sub) {
        const typed = userText(rest[0]);
        return new UserError('COMMAND_USAGE', `Unknown option '${typed}' for ${command.name}. ${this.usage(command)}`);
      }
      return this.bind(command, sub, sub.options, rest.slice(1));
    }
    // A command word followed by more text that the command does not take is a question ("help me understand…").
    if (rest.length && !slashed && !fits(command.options, rest)) return { command: ask, args: { question: text.trim() } };
    return this.bind(command, undefined, command.options, rest);
  }

  private bind(command: CommandSpec, sub: SubcommandSpec | undefined, options: CommandSpec['options'], values: string[]): ParsedCommand | UserError {
    const args: CommandArgs = {};
    options.forEach((o, i) => {
      args[o.name] = i === options.length - 1 ? values.slice(i).join(' ') || undefined : values[i];
    });
    const missing = options.filter((o) => o.required && !args[o.name]);
    if (missing.length) {
      const spec = sub ?? command;
      return new UserError('COMMAND_USAGE', `Missing ${missing.map((m) => m.name).join(' and ')}. Example: ${spec.examples[0] ?? command.examples[0]}`);
    }
    return { command, subcommand: sub, args };
  }

  /** Runs a parsed command, enforcing the manage permission. */
  async run(parsed: ParsedCommand, ctx: CommandContext): Promise<Reply> {
    const target = parsed.subcommand ?? parsed.command;
    if (parsed.command.admin && !(await allowed(ctx.isAdmin ?? false))) {
      const who = ctx.whoIsAdmin ?? 'the Manage Server permission';
      throw new UserError('PERMISSION_DENIED', `\`${parsed.command.name}\` is for the bot's admins: it needs ${who}.`);
    }
    if (parsed.subcommand?.manage && !(await allowed(ctx.canManageChannel))) {
      const who = ctx.whoMayManage ?? 'the Manage Channels permission';
      throw new UserError(
        'PERMISSION_DENIED',
        `Changing or posting this channel's digest needs ${who}. ` +
          `Ask one of them, or use \`${parsed.command.name} status\` to see the schedule.`,
      );
    }
    // The console (one local person) leaves `private` unset; an adapter sets false where everyone sees the reply.
    if (parsed.command.privateReply && ctx.private === false) {
      throw new UserError(
        'COMMAND_USAGE',
        `The ${parsed.command.name} report lists what people asked, so it is shown only to you: ` +
          `use the slash command (Slack \`/brief ${parsed.command.name}\`, Discord \`/${parsed.command.name}\`) or a direct message.`,
      );
    }
    if (!target.run) throw new UserError('COMMAND_USAGE', this.usage(parsed.command));
    return target.run(ctx, parsed.args);
  }

  usage(command: CommandSpec): string {
    const lines = [`${command.description}.`];
    for (const s of command.subcommands ?? []) lines.push(`• \`${s.examples[0]}\` — ${s.description}`);
    if (!command.subcommands) lines.push(...command.examples.map((e) => `• \`${e}\``));
    return lines.join('\n');
  }

  /** Help text generated from the declarations, written the way the platform types commands. */
  help(formatOrPrefix: HelpFormat | HelpFormat['prefix']): string {
    const format = typeof formatOrPrefix === 'function' ? { prefix: formatOrPrefix } : formatOrPrefix;
    const lines: string[] = [];
    for (const c of this.list()) {
      lines.push(`**${format.prefix(c.name)}** — ${c.description}`);
      for (const s of c.subcommands ?? []) {
        const usage = format.slashOptions
          ? format.prefix([c.name, s.name, ...s.options.map((o) => `${o.name}:${o.description.match(/e\.g\. ([^)]+)/)?.[1] ?? '…'}`)].join(' '))
          : format.prefix(`${c.name} ${s.examples[0].replace(/^\S+\s+/, '')}`);
        lines.push(`  • ${usage} — ${s.description}`);
      }
    }
    return lines.join('\n');
  }
}

/** Whether typed words are values of these options: there is an option for them, and each looks like its `pattern`. */
function fits(options: CommandSpec['options'], words: string[]): boolean {
  if (!options.length) return false;
  return options.every((o, i) => {
    const value = i === options.length - 1 ? words.slice(i).join(' ') : words[i];
    return !o.pattern || value === undefined || value === '' || o.pattern.test(value);
  });
}

/** Whether the person may (manage the digest, administer the bot): asked only when a command needs it (Slack asks users.info). */
async function allowed(permission: boolean | (() => Promise<boolean>)): Promise<boolean> {
  return typeof permission === 'function' ? permission() : permission;
}
