// The Store over any SQL driver: the same statements run on SQLite (one machine) and PostgreSQL (several instances).
import { randomUUID } from 'node:crypto';
import type {
  ActivityStats,
  ClaimResult,
  DigestRun,
  Feedback,
  Platform,
  ListedQuestion,
  QuestionFilter,
  QuestionLogEntry,
  QuestionPage,
  QuestionStat,
  QuestionWithVotes,
  RateLimitBackend,
  Store,
  StoredQuestion,
  Subscription,
} from './store';

/** The little a driver must do: run statements with `?` placeholders, report changed rows, return rows. */
export interface SqlDriver {
  readonly kind: 'sqlite' | 'postgres';
  /** The driver's own client, for rate-limiter-flexible. */
  readonly rateLimitBackend: RateLimitBackend;
  run(sql: string, params?: unknown[]): Promise<number>;
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

const iso = (d: Date) => d.toISOString();
const date = (v: unknown) => (v ? new Date(String(v)) : undefined);

interface SubscriptionRow {
  platform: Platform;
  channel: string;
  time: string;
  timezone: string;
  created_at: string;
  last_date: string | null;
  last_posted_at: string | null;
  sequence: number | string;
  paused_reason?: string | null;
  paused_at?: string | null;
}

type Row = Record<string, string | number | null>;

function toStoredQuestion(r: Row): StoredQuestion {
  return {
    id: String(r.id),
    at: new Date(String(r.at)),
    platform: r.platform as Platform,
    channel: String(r.channel),
    userHash: String(r.user_hash),
    question: String(r.question),
    answered: Number(r.answered) === 1,
    sourceId: r.source_id ? String(r.source_id) : undefined,
    entryId: r.entry_id ? String(r.entry_id) : undefined,
    private: Number(r.is_private) === 1,
    ...(r.answer_ms === null || r.answer_ms === undefined ? {} : { answerMs: Number(r.answer_ms) }),
  };
}

/** The gaps report reads at most this many rows: a window of a busy month stays bounded in memory. */
const MAX_GAP_ROWS = 50_000;

function toSubscription(r: SubscriptionRow): Subscription {
  return {
    platform: r.platform,
    channel: r.channel,
    time: r.time,
    timezone: r.timezone,
    createdAt: new Date(r.created_at),
    lastDate: r.last_date ?? undefined,
    lastPostedAt: date(r.last_posted_at),
    sequence: Number(r.sequence),
    pausedReason: r.paused_reason ?? undefined,
    pausedAt: date(r.paused_at),
  };
}

export class SqlStore implements Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly rateLimitBackend: RateLimitBackend;

  constructor(private readonly db: SqlDriver) {
    this.kind = db.kind;
    this.rateLimitBackend = db.rateLimitBackend;
  }

  async logQuestion(e: QuestionLogEntry): Promise<string> {
    const id = e.id ?? randomUUID();
    // A retried write whose first try did land (the reply was lost in a network stall) is stored once.
    await this.db.run(
      `INSERT INTO question_log (id, at, platform, channel, user_hash, question, answered, source_id, entry_id, is_private, answer_ms)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      [
        ...[id, iso(e.at), e.platform, e.channel, e.userHash, e.question, e.answered ? 1 : 0],
        ...[e.sourceId ?? null, e.entryId ?? null, e.private ? 1 : 0, e.answerMs ?? null],
      ],
    );
    return id;
  }

  async markQuestionPublic(id: string, userHash: string): Promise<void> {
    await this.db.run(`UPDATE question_log SET is_private = 0 WHERE id = ? AND user_hash = ?`, [id, userHash]);
  }

  async pruneQuestionLog(before: Date): Promise<number> {
    return this.db.run(`DELETE FROM question_log WHERE at < ?`, [iso(before)]);
  }

  async userRows(platform: Platform, userHash: string): Promise<{ questions: StoredQuestion[]; feedback: Feedback[] }> {
    const questions = await this.db.all<Record<string, string | number | null>>(
      `SELECT * FROM question_log WHERE platform = ? AND user_hash = ? ORDER BY at, id`,
      [platform, userHash],
    );
    const feedback = await this.db.all<Record<string, string | number | null>>(
      `SELECT * FROM feedback WHERE platform = ? AND user_hash = ? ORDER BY at, answer_id`,
      [platform, userHash],
    );
    return {
      questions: questions.map(toStoredQuestion),
      feedback: feedback.map((r) => ({
        answerId: String(r.answer_id),
        platform: r.platform as Platform,
        userHash: String(r.user_hash),
        helpful: Number(r.helpful) === 1,
        entryId: r.entry_id ? String(r.entry_id) : undefined,
        sourceId: r.source_id ? String(r.source_id) : undefined,
      })),
    };
  }

  async forgetUser(platform: Platform, userHash: string): Promise<{ questions: number; feedback: number }> {
    const who = [platform, userHash];
    const questions = await this.db.run(`DELETE FROM question_log WHERE platform = ? AND user_hash = ?`, who);
    const feedback = await this.db.run(`DELETE FROM feedback WHERE platform = ? AND user_hash = ?`, who);
    return { questions, feedback };
  }

  async getSetting(key: string): Promise<string | undefined> {
    const [row] = await this.db.all<{ value: string }>(`SELECT value FROM settings WHERE key = ?`, [key]);
    return row?.value;
  }

  async initSetting(key: string, value: string): Promise<string> {
    await this.db.run(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING`, [key, value]);
    return (await this.getSetting(key))!;
  }

  async pruneRateLimits(now: Date): Promise<void> {
    await this.db.run(`DELETE FROM rate_limits WHERE expire < ?`, [now.getTime()]);
  }

  async recordFeedback(f: Feedback): Promise<'recorded' | 'changed'> {
    const inserted = await this.db.run(
      `INSERT INTO feedback (answer_id, user_hash, platform, helpful, entry_id, source_id, at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (answer_id, user_hash) DO NOTHING`,
      [f.answerId, f.userHash, f.platform, f.helpful ? 1 : 0, f.entryId ?? null, f.sourceId ?? null, iso(new Date())],
    );
    if (inserted) return 'recorded';
    await this.db.run(`UPDATE feedback SET helpful = ?, at = ? WHERE answer_id = ? AND user_hash = ?`, [f.helpful ? 1 : 0, iso(new Date()), f.answerId, f.userHash]);
    return 'changed';
  }

  async feedbackCounts(answerId: string): Promise<{ helpful: number; notHelpful: number }> {
    const rows = await this.db.all<{ helpful: number | string; n: number | string }>(
      `SELECT helpful, COUNT(*) AS n FROM feedback WHERE answer_id = ? GROUP BY helpful`,
      [answerId],
    );
    const get = (h: number) => Number(rows.find((r) => Number(r.helpful) === h)?.n ?? 0);
    return { helpful: get(1), notHelpful: get(0) };
  }

  async topQuestions(platform: Platform, channel: string, since: Date, answered: boolean, limit: number): Promise<QuestionStat[]> {
    const rows = await this.db.all<{ question: string; n: number | string }>(
      `SELECT MIN(question) AS question, COUNT(*) AS n FROM question_log
       WHERE platform = ? AND channel = ? AND at >= ? AND answered = ? AND is_private = 0
       GROUP BY ${answered ? 'entry_id' : 'LOWER(question)'} ORDER BY n DESC, MIN(at) ASC LIMIT ?`,
      [platform, channel, iso(since), answered ? 1 : 0, limit],
    );
    return rows.map((r) => ({ question: r.question, count: Number(r.n) }));
  }

  async gapQuestions(since: Date, until: Date, platform?: Platform): Promise<QuestionWithVotes[]> {
    const votes = (helpful: number) => `(SELECT COUNT(*) FROM feedback f WHERE f.answer_id = q.id AND f.helpful = ${helpful})`;
    const rows = await this.db.all<Row>(
      `SELECT q.*, ${votes(1)} AS up, ${votes(0)} AS down FROM question_log q
       WHERE q.at >= ? AND q.at <= ?${platform ? ' AND q.platform = ?' : ''}
         AND (q.answered = 0 OR EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = q.id AND f.helpful = 0))
       ORDER BY q.at DESC, q.question, q.id LIMIT ?`,
      [iso(since), iso(until), ...(platform ? [platform] : []), MAX_GAP_ROWS],
    );
    return rows.map((r) => ({ ...toStoredQuestion(r), helpful: Number(r.up), notHelpful: Number(r.down) }));
  }

  async questionLogCount(): Promise<number> {
    const [row] = await this.db.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM question_log`);
    return Number(row.n);
  }

  async activity(since: Date): Promise<ActivityStats> {
    const at = [iso(since)];
    type Count = number | string | null;
    const perDay = await this.db.all<{ day: string; platform: Platform; n: Count }>(
      `SELECT SUBSTR(at, 1, 10) AS day, platform, COUNT(*) AS n FROM question_log WHERE at >= ?
       GROUP BY SUBSTR(at, 1, 10), platform ORDER BY day, platform`,
      at,
    );
    const [totals] = await this.db.all<{ n: Count; answered: Count; private: Count }>(
      `SELECT COUNT(*) AS n, SUM(answered) AS answered, SUM(is_private) AS private FROM question_log WHERE at >= ?`,
      at,
    );
    // Votes on the answers given in the period (a vote is dated by its answer, like the rest of the figures).
    const votes = await this.db.all<{ helpful: Count; n: Count }>(
      `SELECT f.helpful AS helpful, COUNT(*) AS n FROM feedback f JOIN question_log q ON q.id = f.answer_id WHERE q.at >= ? GROUP BY f.helpful`,
      at,
    );
    const times = await this.db.all<{ ms: Count }>(
      `SELECT answer_ms AS ms FROM question_log WHERE at >= ? AND answer_ms IS NOT NULL ORDER BY answer_ms`,
      at,
    );
    const channels = await this.db.all<{ platform: Platform; channel: string; n: Count; last_at: string }>(
      `SELECT platform, channel, COUNT(*) AS n, MAX(at) AS last_at FROM question_log WHERE at >= ? AND is_private = 0
       GROUP BY platform, channel ORDER BY n DESC, platform, channel LIMIT 100`,
      at,
    );
    const votesOf = (h: number) => Number(votes.find((v) => Number(v.helpful) === h)?.n ?? 0);
    return {
      perDay: perDay.map((r) => ({ day: r.day, platform: r.platform, count: Number(r.n) })),
      total: Number(totals?.n ?? 0),
      answered: Number(totals?.answered ?? 0),
      private: Number(totals?.private ?? 0),
      helpful: votesOf(1),
      notHelpful: votesOf(0),
      answerMs: times.map((t) => Number(t.ms)),
      channels: channels.map((c) => ({ platform: c.platform, channel: c.channel, count: Number(c.n), lastAt: new Date(c.last_at) })),
    };
  }

  async listQuestions(filter: QuestionFilter, limit: number, offset: number): Promise<QuestionPage> {
    // Private questions are only counted, and only by what reveals nothing of them: never by their words or channel.
    const shared: Array<[string, unknown]> = [];
    if (filter.platform) shared.push(['platform = ?', filter.platform]);
    if (filter.answered !== undefined) shared.push(['answered = ?', filter.answered ? 1 : 0]);
    if (filter.from) shared.push(['at >= ?', iso(filter.from)]);
    if (filter.to) shared.push(['at < ?', iso(filter.to)]);
    const own: Array<[string, unknown]> = [];
    if (filter.channel) own.push(['channel = ?', filter.channel]);
    const words = filter.text?.trim().toLowerCase();
    if (words) own.push([`LOWER(question) LIKE ? ESCAPE '!'`, `%${words.replace(/[!%_]/g, (c) => `!${c}`)}%`]);
    const publicOnly = [...shared, ...own].map(([clause]) => clause).concat('is_private = 0');
    const publicParams = [...shared, ...own].map(([, value]) => value);
    const votes = (helpful: number) => `(SELECT COUNT(*) FROM feedback f WHERE f.answer_id = q.id AND f.helpful = ${helpful})`;
    if (filter.feedback === 'up') publicOnly.push(`${votes(1)} > 0`);
    if (filter.feedback === 'down') publicOnly.push(`${votes(0)} > 0`);
    if (filter.feedback === 'none') publicOnly.push(`NOT EXISTS (SELECT 1 FROM feedback f WHERE f.answer_id = q.id)`);
    const where = `WHERE ${publicOnly.join(' AND ')}`;
    const rows = await this.db.all<Record<string, string | number | null>>(
      `SELECT q.*, ${votes(1)} AS helpful, ${votes(0)} AS not_helpful FROM question_log q ${where} ORDER BY at DESC, id LIMIT ? OFFSET ?`,
      [...publicParams, limit, offset],
    );
    const [total] = await this.db.all<{ n: number | string }>(`SELECT COUNT(*) AS n FROM question_log q ${where}`, publicParams);
    const [hidden] = await this.db.all<{ n: number | string }>(
      `SELECT COUNT(*) AS n FROM question_log WHERE ${[...shared.map(([clause]) => clause), 'is_private = 1'].join(' AND ')}`,
      shared.map(([, value]) => value),
    );
    return {
      rows: rows.map((r): ListedQuestion => ({ ...toStoredQuestion(r), helpful: Number(r.helpful), notHelpful: Number(r.not_helpful) })),
      total: Number(total.n),
      privateCount: Number(hidden.n),
    };
  }

  async upsertSubscription(s: Pick<Subscription, 'platform' | 'channel' | 'time' | 'timezone'> & Partial<Pick<Subscription, 'createdAt'>>): Promise<Subscription> {
    await this.db.run(
      `INSERT INTO subscriptions (platform, channel, time, timezone, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (platform, channel) DO UPDATE SET time = excluded.time, timezone = excluded.timezone,
         paused_reason = NULL, paused_at = NULL,
         created_at = CASE WHEN subscriptions.time = excluded.time AND subscriptions.timezone = excluded.timezone
                           THEN subscriptions.created_at ELSE excluded.created_at END`,
      [s.platform, s.channel, s.time, s.timezone, iso(s.createdAt ?? new Date())],
    );
    return (await this.getSubscription(s.platform, s.channel))!;
  }

  async removeSubscription(platform: Platform, channel: string): Promise<boolean> {
    return (await this.db.run(`DELETE FROM subscriptions WHERE platform = ? AND channel = ?`, [platform, channel])) > 0;
  }

  async pauseSubscription(platform: Platform, channel: string, reason: string, at: Date): Promise<void> {
    await this.db.run(`UPDATE subscriptions SET paused_reason = ?, paused_at = ? WHERE platform = ? AND channel = ?`, [
      reason.slice(0, 500),
      iso(at),
      platform,
      channel,
    ]);
  }

  async getSubscription(platform: Platform, channel: string): Promise<Subscription | undefined> {
    const [row] = await this.db.all<SubscriptionRow>(`SELECT * FROM subscriptions WHERE platform = ? AND channel = ?`, [platform, channel]);
    return row ? toSubscription(row) : undefined;
  }

  async listSubscriptions(): Promise<Subscription[]> {
    return (await this.db.all<SubscriptionRow>(`SELECT * FROM subscriptions ORDER BY platform, channel`)).map(toSubscription);
  }

  async claimDigest(platform: Platform, channel: string, localDate: string, worker: string, now: Date, staleAfterMs: number): Promise<ClaimResult> {
    const key = [platform, channel, localDate];
    // Each statement is atomic on its own, so two processes can never both see "claimed".
    const inserted = await this.db.run(
      `INSERT INTO digest_runs (platform, channel, local_date, status, attempts, claimed_at, claimed_by) VALUES (?, ?, ?, 'claimed', 1, ?, ?)
       ON CONFLICT (platform, channel, local_date) DO NOTHING`,
      [...key, iso(now), worker],
    );
    if (inserted) return 'claimed';
    const reclaimed = await this.db.run(
      `UPDATE digest_runs SET status = 'claimed', claimed_at = ?, claimed_by = ?, attempts = attempts + 1, next_attempt_at = NULL
       WHERE platform = ? AND channel = ? AND local_date = ?
         AND ((status = 'claimed' AND claimed_at < ?) OR (status = 'failed' AND next_attempt_at <= ?))`,
      [iso(now), worker, ...key, iso(new Date(now.getTime() - staleAfterMs)), iso(now)],
    );
    if (reclaimed) return 'claimed';
    const run = await this.getDigestRun(platform, channel, localDate);
    return run?.status === 'posted' ? 'done' : 'taken';
  }

  async completeDigest(platform: Platform, channel: string, localDate: string, postedAt: Date): Promise<void> {
    await this.db.run(`UPDATE digest_runs SET status = 'posted', posted_at = ?, error = NULL WHERE platform = ? AND channel = ? AND local_date = ?`, [
      iso(postedAt),
      platform,
      channel,
      localDate,
    ]);
    await this.db.run(
      `UPDATE subscriptions SET last_date = ?, last_posted_at = ?, sequence = sequence + 1
       WHERE platform = ? AND channel = ? AND (last_date IS NULL OR last_date < ?)`,
      [localDate, iso(postedAt), platform, channel, localDate],
    );
  }

  async failDigest(platform: Platform, channel: string, localDate: string, error: string, nextAttemptAt: Date): Promise<void> {
    await this.db.run(
      `UPDATE digest_runs SET status = 'failed', error = ?, next_attempt_at = ? WHERE platform = ? AND channel = ? AND local_date = ? AND status = 'claimed'`,
      [String(error).slice(0, 500), iso(nextAttemptAt), platform, channel, localDate],
    );
  }

  async getDigestRun(platform: Platform, channel: string, localDate: string): Promise<DigestRun | undefined> {
    const [r] = await this.db.all<Record<string, string | number | null>>(
      `SELECT * FROM digest_runs WHERE platform = ? AND channel = ? AND local_date = ?`,
      [platform, channel, localDate],
    );
    if (!r) return undefined;
    return {
      platform: r.platform as Platform,
      channel: String(r.channel),
      localDate: String(r.local_date),
      status: r.status as DigestRun['status'],
      attempts: Number(r.attempts),
      claimedAt: new Date(String(r.claimed_at)),
      claimedBy: String(r.claimed_by),
      postedAt: date(r.posted_at),
      error: r.error ? String(r.error) : undefined,
      nextAttemptAt: date(r.next_attempt_at),
    };
  }

  async claimEvent(eventId: string, now: Date): Promise<boolean> {
    const inserted = await this.db.run(`INSERT INTO processed_events (event_id, at) VALUES (?, ?) ON CONFLICT (event_id) DO NOTHING`, [eventId, iso(now)]);
    if (inserted && Math.random() < 0.01) {
      // Slack retries within minutes: a day of event ids is plenty.
      await this.db.run(`DELETE FROM processed_events WHERE at < ?`, [iso(new Date(now.getTime() - 86_400_000))]);
    }
    return inserted > 0;
  }

  async ping(): Promise<void> {
    await this.db.all(`SELECT 1 AS ok`);
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
