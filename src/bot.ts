// The platform-agnostic bot: commands, answers, the question log and feedback. Adapters call only this.
import { randomUUID } from 'node:crypto';
import type { Answer, AnswerEngine } from './engine/answer-engine';
import type { ConversationState } from './engine/conversation';
import { isUserError } from './errors';
import type { Logger } from './logger';
import { answerLabels, errorReply, infoReply, type Reply } from './reply';
import { userText } from './text/text-tools';
import type { CommandContext, CommandSpec } from './commands/command';
import { askCommand, helpCommand, topicsCommand } from './commands/core-commands';
import { knowledgeCommand } from './commands/knowledge-command';
import { fixedKnowledge, type KnowledgeControl, type KnowledgeStatus } from './knowledge/live-knowledge';
import { CommandRegistry, type HelpFormat } from './commands/registry';
import { createRateLimiter, type RateLimiter, slowDownMessage } from './guards/rate-limit';
import { hashUserId } from './privacy/privacy-service';
import type { ActivityStats, Platform, QuestionFilter, QuestionPage, Store } from './store/store';
import type { Explanation } from './engine/explain';
import type { Update } from './knowledge/types';
import { BackgroundWrites } from './store/background-writes';
import { withDeadline } from './ops/deadline';
import { buildGapsReport, type GapsReport, type GapsReportOptions } from './gaps/gaps-report';
import { gapsCommand } from './gaps/gaps-command';
import type { Metrics } from './ops/metrics';

export interface BotOptions {
  /** The engine, or where to read the current one (live knowledge: a reload replaces it between questions). */
  engine: AnswerEngine | (() => AnswerEngine);
  /** Status and reload of the knowledge (default: the engine's knowledge, never reloaded). */
  knowledge?: KnowledgeControl;
  store: Store;
  logger: Logger;
  questionLog: boolean;
  /** The user-hash secret (USER_HASH_SALT, or the one kept in the store). */
  userHashSalt: string;
  rateLimit: { count: number; windowMs: number };
  /** Counts commands per user; default: rate-limiter-flexible over the store's database (shared by all instances). */
  rateLimiter?: RateLimiter;
  clock?: () => Date;
  /** More commands (the digest) declared by other parts of the core. */
  extraCommands?: (bot: Bot) => CommandSpec[];
  metrics?: Metrics;
  /** How long an answer may wait for the store (de-duplication, rate limit) before going on without it (default 1 s). */
  storeWaitMs?: number;
}

/** How long a question stays the context for a follow-up from the same person in the same channel. */
const FOLLOW_UP_WINDOW_MS = 10 * 60_000;
const MAX_REMEMBERED = 5_000;
/** Event ids remembered in this process: retries are recognised here even while the store is down. */
const MAX_LOCAL_EVENTS = 20_000;

export class Bot {
  readonly commands = new CommandRegistry();
  // Adapters reach the engine and the store only through Bot's methods, so the rules (what is logged, limited, private)
  // live here.
  private readonly currentEngine: () => AnswerEngine;
  private readonly knowledge: KnowledgeControl;
  private readonly store: Store;
  readonly logger: Logger;
  private readonly limiter: RateLimiter;
  private readonly helpFormats: Partial<Record<Platform, HelpFormat>> = {
    discord: { prefix: (t) => `/${t}`, slashOptions: true },
    slack: { prefix: (t) => `/brief ${t}` },
  };
  private readonly clock: () => Date;
  /** Each person's last question per channel, for follow-ups ("why not?"); bounded, and forgotten after a while. */
  private readonly conversations = new Map<string, { state: ConversationState; at: number }>();
  /** The question log is written behind the answer: a slow or absent database never holds an answer back. */
  private readonly writes: BackgroundWrites;
  private readonly localEvents = new Set<string>();
  private readonly storeWaitMs: number;
  /** When each command reached the core: the logged answer time starts there, as the metric's does. */
  private readonly started = new WeakMap<CommandContext, number>();

  constructor(private readonly opts: BotOptions) {
    const engine = opts.engine;
    this.currentEngine = typeof engine === 'function' ? engine : () => engine;
    this.knowledge = opts.knowledge ?? fixedKnowledge(this.currentEngine());
    this.store = opts.store;
    this.logger = opts.logger;
    this.clock = opts.clock ?? (() => new Date());
    this.storeWaitMs = opts.storeWaitMs ?? 1_000;
    this.limiter =
      opts.rateLimiter ?? createRateLimiter(opts.store.rateLimitBackend, opts.rateLimit, opts.logger, { waitMs: this.storeWaitMs, metrics: opts.metrics });
    this.writes = new BackgroundWrites({ logger: opts.logger, metrics: opts.metrics });
    const bot = this;
    const deps = {
      get engine() {
        return bot.engine;
      },
      registry: this.commands,
      ask: (ctx: CommandContext, q: string) => this.ask(ctx, q),
      helpFormat: (p: Platform) => this.helpFormats[p] ?? { prefix: (t: string) => `/${t}` },
    };
    this.commands.register(askCommand(deps)).register(topicsCommand(deps));
    this.commands.register(gapsCommand((o) => this.gapsReport(o)));
    for (const spec of opts.extraCommands?.(this) ?? []) this.commands.register(spec);
    this.commands.register(knowledgeCommand(this.knowledge));
    this.commands.register(helpCommand(deps));
  }

  /** The engine answering now: read per question, so a knowledge reload applies from the next one. */
  private get engine(): AnswerEngine {
    return this.currentEngine();
  }

  /** The knowledge in use: version (a content hash), load time, counts, and the last reload that failed. */
  knowledgeStatus(): KnowledgeStatus {
    return this.knowledge.status();
  }

  /** Reads knowledge/ again now (SIGHUP, a dashboard): a valid change applies at once, a broken one is reported. */
  reloadKnowledge(): Promise<KnowledgeStatus> {
    return this.knowledge.reload();
  }

  /** Sets how a platform writes commands in help (the Slack adapter knows its configured slash command). */
  setHelpFormat(platform: Platform, format: HelpFormat): void {
    this.helpFormats[platform] = format;
  }

  /** Handles free text: a command ("topics", "/help", "digest status") or a question. User errors become friendly replies. */
  async handleText(ctx: CommandContext, text: string): Promise<Reply> {
    return this.timed(ctx, () => this.handleTextNow(ctx, text));
  }

  private async handleTextNow(ctx: CommandContext, text: string): Promise<Reply> {
    const slowDown = await this.cooldown(ctx);
    if (slowDown) return slowDown;
    const parsed = this.commands.parse(text);
    if (isUserError(parsed)) return errorReply(parsed.markdown);
    return this.runCommand(ctx, () => this.commands.run(parsed, ctx));
  }

  /** Runs a command by name with named arguments (Discord options, Slack subcommands). */
  async runNamed(ctx: CommandContext, name: string, subcommand: string | undefined, args: Record<string, string | undefined>): Promise<Reply> {
    return this.timed(ctx, () => this.runNamedNow(ctx, name, subcommand, args));
  }

  private async runNamedNow(ctx: CommandContext, name: string, subcommand: string | undefined, args: Record<string, string | undefined>): Promise<Reply> {
    const slowDown = await this.cooldown(ctx);
    if (slowDown) return slowDown;
    const command = this.commands.get(name);
    if (!command) return errorReply(`Unknown command '${userText(name)}'.`);
    const sub = subcommand ? command.subcommands?.find((s) => s.name === subcommand) : undefined;
    if (subcommand && !sub) return errorReply(`Unknown option '${userText(subcommand)}' for ${userText(name)}.`);
    return this.runCommand(ctx, () => this.commands.run({ command, subcommand: sub, args }, ctx));
  }

  /**
   * The per-user rate limit, on every command (questions, topics, help, digest…), counted in the store so every
   * instance shares it. The console — one local person — is never limited. Returns the private "slow down" reply.
   */
  private async cooldown(ctx: CommandContext): Promise<Reply | undefined> {
    if (ctx.platform === 'console') return undefined;
    const decision = await this.limiter.consume(`${ctx.platform}:${this.hashUser(ctx.platform, ctx.userId)}`);
    return decision.allowed ? undefined : errorReply(slowDownMessage(decision.retryAfterMs));
  }

  private async timed(ctx: CommandContext, run: () => Promise<Reply>): Promise<Reply> {
    const end = this.opts.metrics?.answerSeconds.startTimer({ platform: ctx.platform });
    if (!this.started.has(ctx)) this.started.set(ctx, performance.now());
    try {
      return await run();
    } finally {
      end?.();
      this.started.delete(ctx);
    }
  }

  private async runCommand(ctx: CommandContext, run: () => Promise<Reply>): Promise<Reply> {
    try {
      return await run();
    } catch (err) {
      if (isUserError(err)) return errorReply(err.markdown);
      throw err;
    }
  }

  /** Answers a question and records it in the question log (the rate limit is applied to every command, before this). */
  async ask(ctx: CommandContext, question: string): Promise<Reply> {
    // One conversation per person and channel — and per Slack thread, when the question is written in one.
    const key = `${ctx.platform}:${ctx.channel}:${ctx.thread ?? ''}:${ctx.userId}`;
    const began = this.started.get(ctx) ?? performance.now();
    const now = this.clock().getTime();
    const previous = this.conversations.get(key);
    const answer = this.engine.answer(question, { state: previous && now - previous.at <= FOLLOW_UP_WINDOW_MS ? previous.state : undefined });
    // A follow-up keeps its context for the next one: "Is expelling them enough?" → "why not?" → "and then?"; a
    // decline or small talk in between leaves the conversation where it was.
    this.conversations.delete(key);
    if (answer.state) this.remember(key, answer.state, now);
    const answerId: string = randomUUID();
    this.opts.metrics?.questions.inc({ platform: ctx.platform });
    this.opts.metrics?.answers.inc({ platform: ctx.platform, outcome: answer.answered ? 'answered' : 'declined' });
    if (this.opts.questionLog && question.trim()) {
      const entry = {
        id: answerId,
        at: this.clock(),
        platform: ctx.platform,
        channel: ctx.channel,
        userHash: this.hashUser(ctx.platform, ctx.userId),
        question: question.slice(0, 2000),
        answered: answer.answered,
        sourceId: answer.sources[0]?.id,
        entryId: answer.entryId,
        private: ctx.private === true,
        answerMs: Math.round((performance.now() - began) * 1000) / 1000,
      };
      // Answering needs no database: the entry is written behind the answer, retried while the store is away.
      this.writes.submit('question log', () => this.store.logQuestion(entry));
    }
    return this.replyFor(answer, answerId);
  }

  /** The neutral reply for an engine answer, framed in its language; the answer id (for feedback) only when it answered. */
  private replyFor(answer: Answer, answerId: string): Reply {
    return {
      kind: answer.answered ? 'answer' : 'decline',
      text: answer.text,
      sources: answer.sources,
      suggestions: answer.suggestions,
      answerId: answer.answered ? answerId : undefined,
      labels: answerLabels(this.engine.knowledge.replies, answer.language),
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

  /**
   * The public copy of an answer the asker chose to share: answered again (the engine is deterministic) under the same
   * answer id — not asked again, so not logged twice; the asker's logged question becomes public with it.
   */
  async replay(ctx: CommandContext, question: string, answerId: string): Promise<Reply> {
    const slowDown = await this.cooldown(ctx);
    if (slowDown) return slowDown;
    const answer = this.engine.answer(question);
    const userHash = this.hashUser(ctx.platform, ctx.userId);
    this.writes.submit('question made public', () => this.store.markQuestionPublic(answerId, userHash));
    return { ...this.replyFor(answer, answerId), private: false };
  }

  /** 👍 and 👎 counts on one answer. */
  feedbackSummary(answerId: string): Promise<{ helpful: number; notHelpful: number }> {
    return this.store.feedbackCounts(answerId);
  }

  /** Curated questions matching what someone is typing (autocomplete); never the typed text itself. */
  suggest(typed: string, limit: number): string[] {
    return this.engine.suggest(typed, limit);
  }

  /** The curated questions (ids and phrasings), e.g. for short button ids. */
  curatedQuestions(): ReadonlyArray<{ id: string; phrasings: string[] }> {
    return this.engine.knowledge.questions;
  }

  /** The dated updates (knowledge/updates), newest first. */
  knowledgeUpdates(): Update[] {
    return [...this.engine.knowledge.updates].sort((a, b) => b.date.localeCompare(a.date));
  }

  /** The answer a user would get to `question`, with how the engine reached it; nothing is logged. */
  explain(question: string): Explanation {
    return this.engine.explain(question);
  }

  /** The question log's figures since a time (the dashboard's overview). */
  activity(since: Date): Promise<ActivityStats> {
    return this.store.activity(since);
  }

  /** One page of the public question log; private questions only counted. */
  questionLog(filter: QuestionFilter, limit: number, offset: number): Promise<QuestionPage> {
    return this.store.listQuestions(filter, limit, offset);
  }

  /** The question inside command text ("ask how many…" → "how many…"); other commands are returned as typed. */
  questionIn(text: string): string {
    const parsed = this.commands.parse(text);
    return !isUserError(parsed) && parsed.command.name === 'ask' ? (parsed.args.question ?? text) : text;
  }

  /**
   * The editors' gaps report: public questions declined or voted down in the last `days` days, grouped, each with the
   * closest knowledge and the fix. Private questions are counted, never shown. `now` defaults to the bot's clock.
   */
  gapsReport(opts: GapsReportOptions = {}): Promise<GapsReport> {
    return buildGapsReport({ store: this.store, engine: this.engine, ...opts, now: opts.now ?? this.clock() });
  }

  /** Records a platform event or request id; false when seen before (a retry, a replay), by any instance. */
  async firstDelivery(id: string): Promise<boolean> {
    // A retry this process has seen is dropped here; while the store is down, this memory is the only ledger.
    if (this.localEvents.has(id)) return false;
    this.localEvents.add(id);
    if (this.localEvents.size > MAX_LOCAL_EVENTS) this.localEvents.delete(this.localEvents.values().next().value!);
    try {
      return await withDeadline(this.store.claimEvent(id, this.clock()), this.storeWaitMs, 'claiming an event id');
    } catch (err) {
      this.opts.metrics?.storeErrors.inc({ operation: 'event de-duplication' });
      this.logger.warn({ err, id }, 'store unavailable for de-duplication; remembering the event in this process only');
      return true;
    }
  }

  /** Counts an error a platform returned (metrics): adapters report them by the platform's own code. */
  countPlatformError(platform: Platform, code: string | number): void {
    this.opts.metrics?.platformErrors.inc({ platform, code: String(code) });
  }

  /** Writes the question log entries still waiting (shutdown); resolves with how many could not be written. */
  flushWrites(timeoutMs: number): Promise<number> {
    return this.writes.flush(timeoutMs);
  }

  /** A keyed hash: the log counts distinct askers without their ids; nobody can reverse it without the secret. */
  hashUser(platform: Platform, userId: string): string {
    return hashUserId(this.opts.userHashSalt, platform, userId);
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
