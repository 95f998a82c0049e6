// The one small storage interface: question log, feedback, digest subscriptions and claims, event de-duplication.

export type Platform = 'slack' | 'discord' | 'console';

export interface QuestionLogEntry {
  at: Date;
  platform: Platform;
  channel: string;
  /** A salted hash of the user id: the log never holds raw user ids. */
  userHash: string;
  question: string;
  answered: boolean;
  sourceId?: string;
  entryId?: string;
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

export interface QuestionStat {
  question: string;
  count: number;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Records a question; returns the id used for feedback on its answer. */
  logQuestion(entry: QuestionLogEntry): Promise<string>;
  /** One vote per user per answer: a second vote replaces the first. */
  recordFeedback(feedback: Feedback): Promise<'recorded' | 'changed'>;
  feedbackCounts(answerId: string): Promise<{ helpful: number; notHelpful: number }>;
  /** Questions asked in a channel since a time, most-asked first. */
  topQuestions(platform: Platform, channel: string, since: Date, answered: boolean, limit: number): Promise<QuestionStat[]>;
  questionLogCount(): Promise<number>;

  /** Creates or reschedules a subscription; `createdAt` (default: now) dates the schedule and changes only when time or zone change. */
  upsertSubscription(sub: Pick<Subscription, 'platform' | 'channel' | 'time' | 'timezone'> & Partial<Pick<Subscription, 'createdAt'>>): Promise<Subscription>;
  removeSubscription(platform: Platform, channel: string): Promise<boolean>;
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

  close(): Promise<void>;
}
