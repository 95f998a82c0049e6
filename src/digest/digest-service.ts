// Digest subscriptions and delivery: each subscription posts once per local date, across restarts, crashes and processes.
import { hostname } from 'node:os';
import type { AnswerEngine } from '../engine/answer-engine';
import { UserError } from '../errors';
import type { Logger } from '../logger';
import type { Reply } from '../reply';
import type { DigestRun, Platform, Store, Subscription } from '../store/store';
import { buildDigest, focusItems, type FocusItem, questionsOfTheDay } from './build-digest';
import type { Digest } from './digest';
import { withDeadline } from '../ops/deadline';
import type { Metrics } from '../ops/metrics';
import { formatTime, instantOn, localDate, nextRun, parseTime, parseZone } from './schedule';

/** Marks for one digest post: platforms tag the message with them so a later run can find it in the channel. */
export interface DeliverOptions {
  /** The digest's local date (the subscription and this date identify the post). */
  date: string;
  /**
   * An earlier attempt may have posted it (a crash or a lost response after sending): look for the marked post in
   * the channel's recent messages first, and post only what is not there.
   */
  resume: boolean;
}

/**
 * Posts a digest to a channel. Throw on failure: an error with `retryAfterMs` says when to try again; `permanent: true`
 * means no retry can succeed until someone acts (the bot was removed, the channel is gone or archived) — the
 * subscription is paused with the error's message as the reason; `code` names the platform's error (for metrics).
 * Resolves 'already-there' when resuming found the whole digest already posted.
 */
export type Deliver = (sub: Subscription, reply: Reply, opts?: DeliverOptions) => Promise<void | 'already-there'>;

/** What a Deliver may attach to the error it throws. */
export interface DeliveryErrorFields {
  retryAfterMs?: number;
  permanent?: boolean;
  code?: string | number;
}

export interface RunOutcome {
  platform: Platform;
  channel: string;
  date: string;
  result: 'posted' | 'already-posted' | 'claimed-elsewhere' | 'retry-pending' | 'failed' | 'paused' | 'no-platform';
  error?: string;
}

/** One subscription as the dashboard shows it: when it posts next, and how today's run went. */
export interface ScheduledDigest {
  sub: Subscription;
  /** The next scheduled post; absent while paused. */
  next?: Date;
  /** Set when today's digest is due now and not posted yet (the next scheduler tick posts it). */
  dueDate?: string;
  /** Today's run (local date in the subscription's zone), if one started: posted, failed (with the error), claimed. */
  today?: DigestRun;
}

export interface DigestServiceOptions {
  /** The engine, or where to read the current one (live knowledge). */
  engine: AnswerEngine | (() => AnswerEngine);
  store: Store;
  logger: Logger;
  clock?: () => Date;
  /** A claim older than this that never completed (the process died) is taken over. */
  staleClaimMs?: number;
  /** Attempts within one run before the failure is recorded for a later run. */
  attempts?: number;
  /** Waits between attempts (tests pass a fake). */
  sleep?: (ms: number) => Promise<void>;
  /** One post that has not finished after this long counts as failed (default 60 s), so one channel never holds the run. */
  deliverTimeoutMs?: number;
  /** Channels posted at the same time in one run (default 8): a slow channel delays only its own digest. */
  concurrency?: number;
  metrics?: Metrics;
}

const BACKOFF_MS = [2_000, 10_000, 60_000, 300_000];
const MAX_INLINE_WAIT_MS = 60_000;
/** Recording a post that went out is retried this often: giving up would let the stale-claim takeover post it twice. */
const COMPLETE_ATTEMPTS = 3;
const worker = `${hostname()}:${process.pid}`;

const backoff = (attempt: number) => BACKOFF_MS[Math.min(Math.max(attempt, 1), BACKOFF_MS.length) - 1];
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Questions of the day cost a full answer per curated question: computed once per engine, not once per service. */
const qotdByEngine = new WeakMap<AnswerEngine, string[]>();
const focusByEngine = new WeakMap<AnswerEngine, FocusItem[]>();

export class DigestService {
  private readonly engine: () => AnswerEngine;
  private readonly clock: () => Date;
  private readonly staleClaimMs: number;
  private readonly attempts: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly deliverTimeoutMs: number;
  private readonly concurrency: number;

  constructor(private readonly opts: DigestServiceOptions) {
    const engine = opts.engine;
    this.engine = typeof engine === 'function' ? engine : () => engine;
    this.clock = opts.clock ?? (() => new Date());
    this.staleClaimMs = opts.staleClaimMs ?? 10 * 60_000;
    this.attempts = opts.attempts ?? 3;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.deliverTimeoutMs = opts.deliverTimeoutMs ?? 60_000;
    this.concurrency = opts.concurrency ?? 8;
  }

  async subscribe(platform: Platform, channel: string, timeText: string | undefined, zoneText: string | undefined): Promise<Subscription> {
    const time = parseTime(timeText);
    if (time instanceof UserError) throw time;
    const zone = parseZone(zoneText);
    if (zone instanceof UserError) throw zone;
    // The injected clock, not the store's: "subscribed after today's time" is judged against it.
    return this.opts.store.upsertSubscription({ platform, channel, time: formatTime(time), timezone: zone, createdAt: this.clock() });
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

  /** Every subscription with its next post and today's run, in platform and channel order. */
  async schedule(now = this.clock()): Promise<ScheduledDigest[]> {
    const subs = await this.opts.store.listSubscriptions();
    return Promise.all(
      subs.map(async (sub) => ({
        sub,
        next: sub.pausedReason ? undefined : this.nextRun(sub, now),
        dueDate: this.dueDate(sub, now),
        today: await this.opts.store.getDigestRun(sub.platform, sub.channel, localDate(now, sub.timezone)),
      })),
    );
  }

  /** Today's digest for a channel, without touching the schedule (preview and "now"). */
  async preview(platform: Platform, channel: string, zone?: string): Promise<Digest> {
    const sub = await this.opts.store.getSubscription(platform, channel);
    const asked = zone === undefined ? undefined : parseZone(zone);
    if (asked instanceof UserError) throw asked;
    const now = this.clock();
    const date = localDate(now, sub?.timezone ?? asked ?? 'UTC');
    return this.build(platform, channel, date, sub, now);
  }

  private build(platform: Platform, channel: string, date: string, sub: Subscription | undefined, now: Date): Promise<Digest> {
    // Built from the knowledge in use now: a digest and an answer given at the same time read the same facts.
    const engine = this.engine();
    let qotd = qotdByEngine.get(engine);
    if (!qotd) qotdByEngine.set(engine, (qotd = questionsOfTheDay(engine)));
    let focus = focusByEngine.get(engine);
    if (!focus) focusByEngine.set(engine, (focus = focusItems(engine)));
    return buildDigest(engine, this.opts.store, focus, qotd, {
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
    // Paused after a permanent delivery error: nothing is tried until someone subscribes the channel again.
    if (sub.pausedReason) return undefined;
    const at = instantOn(date, parseTime(sub.time) as { hour: number; minute: number }, sub.timezone);
    if (now < at) return undefined;
    // Subscribed after today's time: the first digest is tomorrow's, not an instant one.
    if (sub.createdAt > at) return undefined;
    return date;
  }

  /** Posts every digest due at `now` through `deliver` (the scheduler and `digest run-due` share this). */
  async runDue(deliver: (platform: Platform) => Deliver | undefined, now = this.clock()): Promise<RunOutcome[]> {
    const due = (await this.opts.store.listSubscriptions()).flatMap((sub) => {
      const date = this.dueDate(sub, now);
      return date ? [{ sub, date }] : [];
    });
    const outcomes: RunOutcome[] = new Array(due.length);
    // Channels are posted side by side: one slow, rate-limited or failing channel delays only its own digest.
    let next = 0;
    const lane = async () => {
      for (let i = next++; i < due.length; i = next++) {
        const { sub, date } = due[i];
        const post = deliver(sub.platform);
        outcomes[i] = post
          ? await this.runOne(sub, date, now, post).catch((err: unknown) => this.giveUp(sub, date, err))
          : { platform: sub.platform, channel: sub.channel, date, result: 'no-platform' };
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, due.length) }, lane));
    return outcomes;
  }

  private async runOne(sub: Subscription, date: string, now: Date, post: Deliver): Promise<RunOutcome> {
    const { store, logger } = this.opts;
    const base = { platform: sub.platform, channel: sub.channel, date };
    // `now` may be an instant given on the command line (run-due --at): times recorded during the run are relative to it.
    const started = this.clock().getTime();
    const at = () => new Date(now.getTime() + Math.max(0, this.clock().getTime() - started));
    // Claim before posting: only the process that wins the claim posts.
    const claim = await store.claimDigest(sub.platform, sub.channel, date, worker, now, this.staleClaimMs);
    if (claim === 'done') return { ...base, result: 'already-posted' };
    if (claim === 'taken') {
      // A failed post waiting for its retry time is not someone else's: say so.
      const run = await store.getDigestRun(sub.platform, sub.channel, date);
      return run?.status === 'failed'
        ? { ...base, result: 'retry-pending', error: `next attempt ${run.nextAttemptAt?.toISOString() ?? 'soon'}: ${run.error ?? ''}`.trim() }
        : { ...base, result: 'claimed-elsewhere' };
    }
    let digest: Digest;
    try {
      digest = await this.build(sub.platform, sub.channel, date, sub, now);
    } catch (err) {
      await store.failDigest(sub.platform, sub.channel, date, messageOf(err), new Date(at().getTime() + backoff(1)));
      throw err;
    }
    const reply: Reply = { kind: 'digest', title: digest.headline, text: digest.headline, sources: [digest.focus.source], suggestions: [digest.questionOfTheDay], digest };
    // A second attempt at this date (a stale claim taken over, or a failure retried) first looks for the post.
    const resumed = ((await store.getDigestRun(sub.platform, sub.channel, date))?.attempts ?? 1) > 1;
    let found = false;
    for (let attempt = 1; ; attempt++) {
      try {
        const posted = post(sub, reply, { date, resume: resumed || attempt > 1 });
        found = (await withDeadline(posted, this.deliverTimeoutMs, `posting the digest to ${sub.platform} ${sub.channel}`)) === 'already-there';
        break;
      } catch (err) {
        const lastError = messageOf(err);
        const fields = (err ?? {}) as DeliveryErrorFields;
        this.opts.metrics?.platformErrors.inc({ platform: sub.platform, code: String(fields.code ?? 'unknown') });
        if (fields.permanent) {
          // Retrying cannot help until someone acts: stop, say why (digest status, digest list), resume on re-subscribe.
          logger.warn({ err, platform: sub.platform, channel: sub.channel }, 'digest post failed permanently; subscription paused');
          await store.pauseSubscription(sub.platform, sub.channel, lastError, at());
          await store.failDigest(sub.platform, sub.channel, date, lastError, at());
          this.opts.metrics?.digests.inc({ platform: sub.platform, result: 'paused' });
          return { ...base, result: 'paused', error: lastError };
        }
        const retryAfter = Number(fields.retryAfterMs) || backoff(attempt);
        logger.warn({ err, platform: sub.platform, channel: sub.channel, attempt, retryAfter }, 'digest post failed');
        // A post that timed out may still have landed: not repeated at once, but by a later run after the back-off.
        const timedOut = fields.code === 'timeout';
        if (attempt < this.attempts && retryAfter <= MAX_INLINE_WAIT_MS && !timedOut) {
          await this.sleep(retryAfter);
          continue;
        }
        // Out of attempts, or too long to wait here: record it; the next scheduler tick or run-due takes it up after the wait.
        await store.failDigest(sub.platform, sub.channel, date, lastError, new Date(at().getTime() + retryAfter));
        this.opts.metrics?.digests.inc({ platform: sub.platform, result: 'failed' });
        return { ...base, result: 'failed', error: lastError };
      }
    }
    // The digest is out: from here on, never post again — only keep trying to record that it was posted.
    for (let attempt = 1; ; attempt++) {
      try {
        await store.completeDigest(sub.platform, sub.channel, date, at());
        break;
      } catch (err) {
        if (attempt >= COMPLETE_ATTEMPTS) throw err;
        logger.warn({ err, platform: sub.platform, channel: sub.channel, attempt }, 'recording a posted digest failed; retrying');
        await this.sleep(backoff(attempt));
      }
    }
    if (found) {
      logger.info({ platform: sub.platform, channel: sub.channel, date }, 'digest found already posted by an earlier attempt; recorded');
      return { ...base, result: 'already-posted' };
    }
    logger.info({ platform: sub.platform, channel: sub.channel, date }, 'digest posted');
    this.opts.metrics?.digests.inc({ platform: sub.platform, result: 'posted' });
    return { ...base, result: 'posted' };
  }

  private giveUp(sub: Subscription, date: string, err: unknown): RunOutcome {
    this.opts.logger.error({ err, platform: sub.platform, channel: sub.channel, date }, 'digest run failed');
    this.opts.metrics?.digests.inc({ platform: sub.platform, result: 'failed' });
    return { platform: sub.platform, channel: sub.channel, date, result: 'failed', error: messageOf(err) };
  }
}
