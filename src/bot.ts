// The platform-agnostic bot: commands, answers, the question log and feedback. Adapters call only this.
import { createHash, randomUUID } from 'node:crypto';
import type { AnswerEngine } from './engine/answer-engine';
import type { ConversationState } from './engine/conversation';
import { isUserError, UserError } from './errors';
import type { Logger } from './logger';
import { errorReply, infoReply, type Reply } from './reply';
import type { CommandContext, CommandSpec } from './commands/command';
import { askCommand, helpCommand, topicsCommand } from './commands/core-commands';
import { CommandRegistry, type HelpFormat } from './commands/registry';
import { RateLimiter, slowDownMessage } from './guards/rate-limit';
import type { Platform, Store } from './store/store';

export interface BotOptions {
  engine: AnswerEngine;
  store: Store;
  logger: Logger;
  questionLog: boolean;
  userHashSalt: string;
  rateLimit: { count: number; windowMs: number };
  clock?: () => Date;
  /** More commands (the digest) declared by other parts of the core. */
  extraCommands?: (bot: Bot) => CommandSpec[];
}

/** How long a question stays the context for a follow-up from the same person in the same channel. */
const FOLLOW_UP_WINDOW_MS = 10 * 60_000;
const MAX_REMEMBERED = 5_000;

export class Bot {
  readonly commands = new CommandRegistry();
  readonly engine: AnswerEngine;
  readonly store: Store;
  readonly logger: Logger;
  private readonly limiter: RateLimiter;
  private readonly helpFormats: Partial<Record<Platform, HelpFormat>> = {
    discord: { prefix: (t) => `/${t}`, slashOptions: true },
    slack: { prefix: (t) => `/brief ${t}` },
  };
  private readonly clock: () => Date;
  /** Each person's last question per channel, for follow-ups ("why not?"); bounded, and forgotten after a while. */
  private readonly conversations = new Map<string, { state: ConversationState; at: number }>();

  constructor(private readonly opts: BotOptions) {
    this.engine = opts.engine;
    this.store = opts.store;
    this.logger = opts.logger;
    this.clock = opts.clock ?? (() => new Date());
    this.limiter = new RateLimiter(opts.rateLimit, () => this.clock().getTime());
    const deps = {
      engine: this.engine,
      registry: this.commands,
      ask: (ctx: CommandContext, q: string) => this.ask(ctx, q),
      helpFormat: (p: Platform) => this.helpFormats[p] ?? { prefix: (t: string) => `/${t}` },
    };
    this.commands.register(askCommand(deps)).register(topicsCommand(deps));
    for (const spec of opts.extraCommands?.(this) ?? []) this.commands.register(spec);
    this.commands.register(helpCommand(deps));
  }

  /** Sets how a platform writes commands in help (the Slack adapter knows its configured slash command). */
  setHelpFormat(platform: Platform, format: HelpFormat): void {
    this.helpFormats[platform] = format;
  }

  /** Handles free text: a command ("topics", "/help", "digest status") or a question. User errors become friendly replies. */
  async handleText(ctx: CommandContext, text: string): Promise<Reply> {
    const parsed = this.commands.parse(text);
    if (isUserError(parsed)) return errorReply(parsed.message);
    return this.runCommand(ctx, () => this.commands.run(parsed, ctx));
  }

  /** Runs a command by name with named arguments (Discord options, Slack subcommands). */
  async runNamed(ctx: CommandContext, name: string, subcommand: string | undefined, args: Record<string, string | undefined>): Promise<Reply> {
    const command = this.commands.get(name);
    if (!command) return errorReply(`Unknown command '${name}'.`);
    const sub = subcommand ? command.subcommands?.find((s) => s.name === subcommand) : undefined;
    if (subcommand && !sub) return errorReply(`Unknown option '${subcommand}' for ${name}.`);
    return this.runCommand(ctx, () => this.commands.run({ command, subcommand: sub, args }, ctx));
  }

  private async runCommand(ctx: CommandContext, run: () => Promise<Reply>): Promise<Reply> {
    try {
      return await run();
    } catch (err) {
      if (isUserError(err)) return errorReply(err.message);
      throw err;
    }
  }

  /** Answers a question, applying the per-user rate limit, and records it in the question log. */
  async ask(ctx: CommandContext, question: string): Promise<Reply> {
    const decision = this.limiter.check(`${ctx.platform}:${ctx.userId}`);
    if (!decision.allowed) throw new UserError('RATE_LIMITED', slowDownMessage(decision.retryAfterMs));
    // One conversation per person and channel — and per Slack thread, when the question is written in one.
    const key = `${ctx.platform}:${ctx.channel}:${ctx.thread ?? ''}:${ctx.userId}`;
    const now = this.clock().getTime();
    const previous = this.conversations.get(key);
    const answer = this.engine.answer(question, { state: previous && now - previous.at <= FOLLOW_UP_WINDOW_MS ? previous.state : undefined });
    // A follow-up keeps its context for the next one: "Is expelling them enough?" → "why not?" → "and then?"; a
    // question that was not answered ends the thread of thought.
    this.conversations.delete(key);
    if (answer.state) this.remember(key, answer.state, now);
    let answerId: string = randomUUID();
    if (this.opts.questionLog && question.trim()) {
      answerId = await this.withRetry(() =>
        this.store.logQuestion({
          at: this.clock(),
          platform: ctx.platform,
          channel: ctx.channel,
          userHash: this.hashUser(ctx.platform, ctx.userId),
          question: question.slice(0, 2000),
          answered: answer.answered,
          sourceId: answer.sources[0]?.id,
          entryId: answer.entryId,
        }),
      );
    }
    return {
      kind: answer.answered ? 'answer' : 'decline',
      text: answer.text,
      sources: answer.sources,
      suggestions: answer.suggestions,
      answerId: answer.answered ? answerId : undefined,
    };
  }

  private remember(key: string, state: ConversationState, at: number): void {
    this.conversations.set(key, { state, at });
    if (this.conversations.size > MAX_REMEMBERED) this.conversations.delete(this.conversations.keys().next().value!);
  }

  /** Records 👍/👎 on an answer: one vote per user per answer (a second vote replaces the first). */
  async feedback(ctx: CommandContext, answerId: string, helpful: boolean): Promise<Reply> {
    const result = await this.withRetry(() =>
      this.store.recordFeedback({ answerId, platform: ctx.platform, userHash: this.hashUser(ctx.platform, ctx.userId), helpful }),
    );
    const text = result === 'recorded' ? 'Thanks for the feedback!' : 'Thanks — your vote on this answer has been updated.';
    return infoReply(text, undefined, { private: true });
  }

  /** A salted hash: the log can count distinct askers without holding their ids. */
  hashUser(platform: Platform, userId: string): string {
    return createHash('sha256').update(`${this.opts.userHashSalt}:${platform}:${userId}`).digest('hex').slice(0, 24);
  }

  /** Store writes are retried once: a busy database must not lose a log entry or a vote. */
  private async withRetry<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      this.logger.warn({ err }, 'store write failed; retrying once');
      await new Promise((r) => setTimeout(r, 200));
      return fn();
    }
  }
}
