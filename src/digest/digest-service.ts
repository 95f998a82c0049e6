// Digest subscriptions and delivery: each subscription posts once per local date, across restarts, crashes and processes.
import { hostname } from 'node:os';
import type { AnswerEngine } from '../engine/answer-engine';
import { UserError } from '../errors';
import type { Logger } from '../logger';
import type { Reply } from '../reply';
import type { Platform, Store, Subscription } from '../store/store';
import { buildDigest, focusItems, type FocusItem, questionsOfTheDay } from './build-digest';
import type { Digest } from './digest';
import { formatTime, instantOn, localDate, nextRun, parseTime, parseZone } from './schedule';

/** Posts a digest to a channel. Throw on failure; an error with `retryAfterMs` says when to try again. */
export type Deliver = (sub: Subscription, reply: Reply) => Promise<void>;

export interface RunOutcome {
  platform: Platform;
  channel: string;
  date: string;
  result: 'posted' | 'already-posted' | 'claimed-elsewhere' | 'failed' | 'no-platform';
  error?: string;
}

export interface DigestServiceOptions {
  engine: AnswerEngine;
  store: Store;
  logger: Logger;
  clock?: () => Date;
  /** A claim older than this that never completed (the process died) is taken over. */
  staleClaimMs?: number;
  /** Attempts within one run before the failure is recorded for a later run. */
  attempts?: number;
  /** Waits between attempts (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
}

const BACKOFF_MS = [2_000, 10_000, 60_000, 300_000];
const MAX_INLINE_WAIT_MS = 60_000;
const worker = `${hostname()}:${process.pid}`;

export class DigestService {
  private readonly focus: FocusItem[];
  private qotd?: string[];
  private readonly clock: () => Date;
  private readonly staleClaimMs: number;
  private readonly attempts: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly opts: DigestServiceOptions) {
    this.focus = focusItems(opts.engine);
    this.clock = opts.clock ?? (() => new Date());
    this.staleClaimMs = opts.staleClaimMs ?? 10 * 60_000;
    this.attempts = opts.attempts ?? 3;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  async subscribe(platform: Platform, channel: string, timeText: string | undefined, zoneText: string | undefined): Promise<Subscription> {
    const time = parseTime(timeText);
    if (time instanceof UserError) throw time;
    const zone = parseZone(zoneText);
    if (zone instanceof UserError) throw zone;
    return this.opts.store.upsertSubscription({ platform, channel, time: formatTime(time), timezone: zone });
  }

  unsubscribe(platform: Platform, channel: string): Promise<boolean> {
    return this.opts.store.removeSubscription(platform, channel);
  }

  status(platform: Platform, channel: string): Promise<Subscription | undefined> {
    return this.opts.store.getSubscription(platform, channel);
  }

  list(): Promise<Subscription[]> {
    return this.opts.store.listSubscriptions();
  }

  /** When the subscription next posts. */
  nextRun(sub: Subscription, now = this.clock()): Date {
    return nextRun(parseTime(sub.time) as { hour: number; minute: number }, sub.timezone, now);
  }

  /** Today's digest for a channel, without touching the schedule (preview and "now"). */
  async preview(platform: Platform, channel: string, zone?: string): Promise<Digest> {
    const sub = await this.opts.store.getSubscription(platform, channel);
    const now = this.clock();
    const date = localDate(now, sub?.timezone ?? zone ?? 'UTC');
    return this.build(platform, channel, date, sub, now);
  }

  private build(platform: Platform, channel: string, date: string, sub: Subscription | undefined, now: Date): Promise<Digest> {
    this.qotd ??= questionsOfTheDay(this.opts.engine);
    return buildDigest(this.opts.engine, this.opts.store, this.focus, this.qotd, {
      platform,
      channel,
      date,
      sequence: sub?.sequence ?? 0,
      previousDate: sub?.lastDate,
      now,
    });
  }

  /**
   * Is this subscription's digest due at `now`? Due once its local time has passed today and today's has not been posted.
   * Earlier missed days are never made up: after downtime only today's digest is posted.
   */
  dueDate(sub: Subscription, now: Date): string | undefined {
    const date = localDate(now, sub.timezone);
    if (sub.lastDate && sub.lastDate >= date) return undefined;
    const at = instantOn(date, parseTime(sub.time) as { hour: number; minute: number }, sub.timezone);
    if (now < at) return undefined;
    // Subscribed after today's time: the first digest is tomorrow's, not an instant one.
    if (sub.createdAt > at) return undefined;
    return date;
  }

  /** Posts every digest due at `now` through `deliver` (the scheduler and `digest run-due` share this). */
  async runDue(deliver: (platform: Platform) => Deliver | undefined, now = this.clock()): Promise<RunOutcome[]> {
    const outcomes: RunOutcome[] = [];
    for (const sub of await this.opts.store.listSubscriptions()) {
      const date = this.dueDate(sub, now);
      if (!date) continue;
      const post = deliver(sub.platform);
      if (!post) {
        outcomes.push({ platform: sub.platform, channel: sub.channel, date, result: 'no-platform' });
        continue;
      }
      outcomes.push(await this.runOne(sub, date, now, post));
    }
    return outcomes;
  }

  private async runOne(sub: Subscription, date: string, now: Date, post: Deliver): Promise<RunOutcome> {
    const { store, logger } = this.opts;
    const base = { platform: sub.platform, channel: sub.channel, date };
    // Claim before posting: only the process that wins the claim posts.
    const claim = await store.claimDigest(sub.platform, sub.channel, date, worker, now, this.staleClaimMs);
    if (claim !== 'claimed') return { ...base, result: claim === 'done' ? 'already-posted' : 'claimed-elsewhere' };
    const digest = await this.build(sub.platform, sub.channel, date, sub, now);
    const reply: Reply = { kind: 'digest', title: digest.headline, text: digest.headline, sources: [digest.focus.source], suggestions: [digest.questionOfTheDay], digest };
    let lastError = '';
    for (let attempt = 1; attempt <= this.attempts; attempt++) {
      try {
        await post(sub, reply);
        await store.completeDigest(sub.platform, sub.channel, date, this.clock());
        logger.info({ platform: sub.platform, channel: sub.channel, date }, 'digest posted');
        return { ...base, result: 'posted' };
      } catch (err) {
        lastError = (err as Error).message;
        const retryAfter = Number((err as { retryAfterMs?: number }).retryAfterMs) || BACKOFF_MS[attempt - 1];
        logger.warn({ err, platform: sub.platform, channel: sub.channel, attempt, retryAfter }, 'digest post failed');
        if (attempt < this.attempts && retryAfter <= MAX_INLINE_WAIT_MS) await this.sleep(retryAfter);
        else {
          // Too long to wait here: record it; the next scheduler tick or run-due takes it up after the wait.
          await store.failDigest(sub.platform, sub.channel, date, lastError, new Date(this.clock().getTime() + retryAfter));
          return { ...base, result: 'failed', error: lastError };
        }
      }
    }
    await store.failDigest(sub.platform, sub.channel, date, lastError, new Date(this.clock().getTime() + BACKOFF_MS[this.attempts] ));
    return { ...base, result: 'failed', error: lastError };
  }
}
