// The one small storage interface: question log, feedback, digest subscriptions and claims, event de-duplication.

export type Platform = 'slack' | 'discord' | 'console';

export interface QuestionLogEntry {
  /** The row id (the answer id feedback refers to); generated when absent. */
  id?: string;
  at: Date;
  platform: Platform;
  channel: string;
  /** A salted hash of the user id: the log never holds raw user ids. */
  userHash: string;
  question: string;
  answered: boolean;
  sourceId?: string;
  entryId?: string;
  /** Asked where only the asker sees the answer: never shown in a public message (digests list public ones only). */
  private?: boolean;
  /** Milliseconds from the command reaching the core to the answer being ready. */
  answerMs?: number;
}

/** A logged question as stored, with its id (the answer id feedback refers to). */
export interface StoredQuestion extends QuestionLogEntry {
  id: string;
  private: boolean;
}

export interface Feedback {
  answerId: string;
  platform: Platform;
  userHash: string;
  helpful: boolean;
  entryId?: string;
  sourceId?: string;
}

export interface Subscription {
  platform: Platform;
  channel: string;
  /** Local wall-clock time, HH:MM. */
  time: string;
  /** IANA time zone. */
  timezone: string;
  createdAt: Date;
  /** Local date (YYYY-MM-DD) of the last digest posted here by the schedule. */
  lastDate?: string;
  /** When that digest was posted: "what's new" lists updates since then. */
  lastPostedAt?: Date;
  /** How many digests the schedule has posted: drives the rotation of focus sections. */
  sequence: number;
  /** Why posting stopped (the bot was removed, the channel is gone or archived); subscribing again resumes it. */
  pausedReason?: string;
  pausedAt?: Date;
}

export type ClaimResult = 'claimed' | 'taken' | 'done';

export interface DigestRun {
  platform: Platform;
  channel: string;
  localDate: string;
  status: 'claimed' | 'posted' | 'failed';
  attempts: number;
  claimedAt: Date;
  claimedBy: string;
  postedAt?: Date;
  error?: string;
  nextAttemptAt?: Date;
}

/** A logged question with the votes on its answer (the editors' gaps report). */
export interface QuestionWithVotes extends StoredQuestion {
  helpful: number;
  notHelpful: number;
}

export interface QuestionStat {
  question: string;
  count: number;
}

/** The question log over a period, for the dashboard's overview. Private questions are counted, never listed. */
export interface ActivityStats {
  /** Questions per UTC day (YYYY-MM-DD) and platform, days with none left out. */
  perDay: Array<{ day: string; platform: Platform; count: number }>;
  total: number;
  answered: number;
  /** Of `total`, asked where only the asker saw the answer. */
  private: number;
  helpful: number;
  notHelpful: number;
  /** Recorded answer times (ms), ascending: the caller takes the median and percentiles. */
  answerMs: number[];
  /** Channels with public questions, most questions first. */
  channels: Array<{ platform: Platform; channel: string; count: number; lastAt: Date }>;
}

/** What the dashboard's question list filters by; every field optional. */
export interface QuestionFilter {
  /** Words the question contains (case-insensitive). */
  text?: string;
  platform?: Platform;
  channel?: string;
  answered?: boolean;
  /** 'up': some 👍, 'down': some 👎, 'none': no vote. */
  feedback?: 'up' | 'down' | 'none';
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

/** A public logged question with its votes. */
export interface ListedQuestion extends StoredQuestion {
  helpful: number;
  notHelpful: number;
}

export interface QuestionPage {
  rows: ListedQuestion[];
  /** Public questions matching the filter. */
  total: number;
  /** Private questions matching the platform, answered and date filters (never text or channel: they stay unseen). */
  privateCount: number;
}

/** The database client rate-limiter-flexible keeps its counters in (RateLimiterSQLite / RateLimiterPostgres). */
export type RateLimitBackend = { kind: 'sqlite'; db: unknown } | { kind: 'postgres'; pool: unknown };

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Where the shared per-user rate limit is counted: the same database, so every instance sees one count. */
  readonly rateLimitBackend: RateLimitBackend;
  /** Records a question; returns the id used for feedback on its answer. */
  logQuestion(entry: QuestionLogEntry): Promise<string>;
  /** One vote per user per answer: a second vote replaces the first. */
  recordFeedback(feedback: Feedback): Promise<'recorded' | 'changed'>;
  feedbackCounts(answerId: string): Promise<{ helpful: number; notHelpful: number }>;
  /** Makes one person's private question public (they shared its answer in the channel). */
  markQuestionPublic(id: string, userHash: string): Promise<void>;
  /** Public questions asked in a channel since a time, most-asked first; private questions are never counted. */
  topQuestions(platform: Platform, channel: string, since: Date, answered: boolean, limit: number): Promise<QuestionStat[]>;
  /**
   * Questions asked from `since` to `until` (both included) — on one platform when given — that were declined or got at least one 👎, newest
   * first, with their vote counts; private ones included (the caller counts them and never shows their text).
   */
  gapQuestions(since: Date, until: Date, platform?: Platform): Promise<QuestionWithVotes[]>;
  questionLogCount(): Promise<number>;
  /** Counts over the question log and feedback since a time (the dashboard's overview). */
  activity(since: Date): Promise<ActivityStats>;
  /** Public questions matching a filter, newest first, one page; private ones only counted. */
  listQuestions(filter: QuestionFilter, limit: number, offset: number): Promise<QuestionPage>;
  /** Deletes question log rows older than `before`; returns how many. */
  pruneQuestionLog(before: Date): Promise<number>;
  /** Everything kept about one person (by user hash): their questions and feedback votes. */
  userRows(platform: Platform, userHash: string): Promise<{ questions: StoredQuestion[]; feedback: Feedback[] }>;
  /** Erases one person's questions and feedback votes; returns how many of each. */
  forgetUser(platform: Platform, userHash: string): Promise<{ questions: number; feedback: number }>;

  /** A stored setting, if set. */
  getSetting(key: string): Promise<string | undefined>;
  /** Stores `value` unless the key has one (instances starting together agree); returns the kept value. */
  initSetting(key: string, value: string): Promise<string>;
  /** Drops expired rate-limit counters. */
  pruneRateLimits(now: Date): Promise<void>;

  /** Creates or reschedules a subscription; `createdAt` (default: now) dates the schedule and changes only when time or zone change. */
  upsertSubscription(sub: Pick<Subscription, 'platform' | 'channel' | 'time' | 'timezone'> & Partial<Pick<Subscription, 'createdAt'>>): Promise<Subscription>;
  removeSubscription(platform: Platform, channel: string): Promise<boolean>;
  /** Stops a subscription after a permanent delivery error, recording why; `upsertSubscription` resumes it. */
  pauseSubscription(platform: Platform, channel: string, reason: string, at: Date): Promise<void>;
  getSubscription(platform: Platform, channel: string): Promise<Subscription | undefined>;
  listSubscriptions(): Promise<Subscription[]>;

  /**
   * Atomically claims the digest of one channel for one local date. 'claimed' means this caller must post it;
   * a claim older than `staleAfterMs` that never completed (a crash) may be claimed again.
   */
  claimDigest(platform: Platform, channel: string, localDate: string, worker: string, now: Date, staleAfterMs: number): Promise<ClaimResult>;
  /** Marks a claimed digest posted and advances the subscription (last date, sequence). */
  completeDigest(platform: Platform, channel: string, localDate: string, postedAt: Date): Promise<void>;
  /** Marks a claimed digest failed; it is retried at `nextAttemptAt`. */
  failDigest(platform: Platform, channel: string, localDate: string, error: string, nextAttemptAt: Date): Promise<void>;
  getDigestRun(platform: Platform, channel: string, localDate: string): Promise<DigestRun | undefined>;

  /** Records a platform event id; false when it was seen before (a retry). */
  claimEvent(eventId: string, now: Date): Promise<boolean>;

  /** Answers when the database does (readiness checks). */
  ping(): Promise<void>;

  close(): Promise<void>;
}
