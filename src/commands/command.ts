// A command is data plus a handler, declared once; every adapter maps the same specs to its platform.
import type { Platform } from '../store/store';
import type { Reply } from '../reply';

export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Discord autocomplete source: 'questions' or 'timezones'. */
  autocomplete?: 'questions' | 'timezones';
  /** Max length, for platforms that enforce one. */
  maxLength?: number;
  /**
   * What a typed value looks like ("30" days). Typed without a slash, a command whose words do not fit is a question:
   * "gaps in border security?" is asked, not read as `gaps` with days "in border security?".
   */
  pattern?: RegExp;
}

export interface CommandContext {
  platform: Platform;
  channel: string;
  userId: string;
  /**
   * Whether the user may change the channel's digest (Discord: Manage Channels; Slack: a workspace admin or owner, or
   * DIGEST_MANAGERS). Adapters set it; a function is asked only when a command needs it.
   */
  canManageChannel: boolean | (() => Promise<boolean>);
  /** Who may, for the refusal ("a workspace admin or owner, or …"). Default: the Manage Channels permission. */
  whoMayManage?: string;
  /**
   * Whether the user administers the bot here (the knowledge status, the gaps report): Slack the digest managers, Discord Manage
   * Server, the console always. Absent: no.
   */
  isAdmin?: boolean | (() => Promise<boolean>);
  /** Who administers, for the refusal. Default: the Manage Server permission. */
  whoIsAdmin?: string;
  /**
   * Only the asker sees the conversation (Slack `/brief` and DMs; Discord ephemeral replies and DMs): the question is
   * logged as private and never appears in a public message such as a digest.
   */
  private?: boolean;
  /** The thread the message was written in (Slack `thread_ts`): a conversation there is its own. */
  thread?: string;
  /**
   * Whether the bot can post in this channel (asked before subscribing it to a digest): undefined when it can, else
   * what stops it and how to fix it ("invite me with /invite @BorderBrief"). Adapters that cannot tell leave it out.
   */
  cannotPostHere?: () => Promise<string | undefined>;
}

export type CommandArgs = Record<string, string | undefined>;

export interface SubcommandSpec {
  name: string;
  /** Other words that select it in text form ("daily" for subscribe, "off" for unsubscribe). */
  aliases?: string[];
  description: string;
  options: CommandOption[];
  examples: string[];
  /** Needs canManageChannel. */
  manage?: boolean;
  run(ctx: CommandContext, args: CommandArgs): Promise<Reply>;
}

export interface CommandSpec {
  name: string;
  description: string;
  options: CommandOption[];
  examples: string[];
  subcommands?: SubcommandSpec[];
  /** Only admins (CommandContext.isAdmin) may run it. */
  admin?: boolean;
  /**
   * Shows what other people asked: run only where the reply is the asker's alone (a Slack `/brief` or DM, a Discord
   * ephemeral reply), never in a public thread or channel message (`private === false`).
   */
  privateReply?: boolean;
  run?(ctx: CommandContext, args: CommandArgs): Promise<Reply>;
}
