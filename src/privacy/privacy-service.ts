// What is kept about people, and for how long: keyed user hashes, one person's export and erasure, the retention window.
import { createHmac, randomBytes } from 'node:crypto';
import type { Feedback, Platform, Store, StoredQuestion } from '../store/store';

/** The settings key of the user-hash secret generated at first start. */
export const USER_HASH_SECRET_KEY = 'user_hash_secret';

/**
 * A keyed hash of a platform user id: the log can count distinct askers and one person's rows can be found again,
 * but a list of candidate ids cannot be matched against it without the secret.
 */
export function hashUserId(secret: string, platform: Platform, userId: string): string {
  return createHmac('sha256', secret).update(`${platform}:${userId}`).digest('hex').slice(0, 24);
}

/**
 * The secret for user hashes: USER_HASH_SALT when the operator sets one, otherwise a random secret generated at first
 * start and kept in the store (so every instance sharing the store, and every restart, uses the same one).
 */
export async function resolveUserHashSecret(store: Store, configured?: string): Promise<string> {
  if (configured) return configured;
  return store.initSetting(USER_HASH_SECRET_KEY, randomBytes(32).toString('hex'));
}

export interface UserExport {
  platform: Platform;
  questions: StoredQuestion[];
  feedback: Feedback[];
}

export interface PrivacyServiceOptions {
  store: Store;
  secret: string;
  /** QUESTION_LOG_DAYS: question text older than this is deleted. */
  questionLogDays: number;
}

export class PrivacyService {
  constructor(private readonly opts: PrivacyServiceOptions) {}

  hashUser(platform: Platform, userId: string): string {
    return hashUserId(this.opts.secret, platform, userId);
  }

  /** Everything kept about one person, for a subject-access request. */
  async exportUser(platform: Platform, userId: string): Promise<UserExport> {
    return { platform, ...(await this.opts.store.userRows(platform, this.hashUser(platform, userId))) };
  }

  /** Erases one person's questions and feedback votes. */
  forgetUser(platform: Platform, userId: string): Promise<{ questions: number; feedback: number }> {
    return this.opts.store.forgetUser(platform, this.hashUser(platform, userId));
  }

  /** Deletes question log rows older than QUESTION_LOG_DAYS and expired rate-limit counters; the scheduler runs it. */
  async prune(now: Date): Promise<number> {
    const before = new Date(now.getTime() - this.opts.questionLogDays * 86_400_000);
    const removed = await this.opts.store.pruneQuestionLog(before);
    await this.opts.store.pruneRateLimits(now);
    return removed;
  }
}
