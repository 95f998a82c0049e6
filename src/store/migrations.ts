// Schema migrations, written once in SQL that SQLite and PostgreSQL both accept (ISO-8601 UTC text for times).

export const MIGRATIONS: Array<{ version: number; name: string; sql: string[] }> = [
  {
    version: 1,
    name: 'question log, feedback, subscriptions, digest runs, events',
    sql: [
      `CREATE TABLE IF NOT EXISTS question_log (
        id TEXT PRIMARY KEY, at TEXT NOT NULL, platform TEXT NOT NULL, channel TEXT NOT NULL, user_hash TEXT NOT NULL,
        question TEXT NOT NULL, answered INTEGER NOT NULL, source_id TEXT, entry_id TEXT)`,
      `CREATE INDEX IF NOT EXISTS question_log_channel_at ON question_log (platform, channel, at)`,
      `CREATE TABLE IF NOT EXISTS feedback (
        answer_id TEXT NOT NULL, user_hash TEXT NOT NULL, platform TEXT NOT NULL, helpful INTEGER NOT NULL,
        entry_id TEXT, source_id TEXT, at TEXT NOT NULL, PRIMARY KEY (answer_id, user_hash))`,
      `CREATE TABLE IF NOT EXISTS subscriptions (
        platform TEXT NOT NULL, channel TEXT NOT NULL, time TEXT NOT NULL, timezone TEXT NOT NULL, created_at TEXT NOT NULL,
        last_date TEXT, last_posted_at TEXT, sequence INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (platform, channel))`,
      `CREATE TABLE IF NOT EXISTS digest_runs (
        platform TEXT NOT NULL, channel TEXT NOT NULL, local_date TEXT NOT NULL, status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 1, claimed_at TEXT NOT NULL, claimed_by TEXT NOT NULL, posted_at TEXT,
        error TEXT, next_attempt_at TEXT, PRIMARY KEY (platform, channel, local_date))`,
      `CREATE TABLE IF NOT EXISTS processed_events (event_id TEXT PRIMARY KEY, at TEXT NOT NULL)`,
    ],
  },
  {
    version: 2,
    name: 'private questions, settings (the user-hash secret), shared rate limits',
    sql: [
      // Private questions (a Slack /brief, a DM, a Discord ephemeral reply) never appear in a public message.
      `ALTER TABLE question_log ADD COLUMN is_private INTEGER NOT NULL DEFAULT 0`,
      `CREATE INDEX IF NOT EXISTS question_log_user ON question_log (platform, user_hash)`,
      `CREATE INDEX IF NOT EXISTS question_log_at ON question_log (at)`,
      `CREATE INDEX IF NOT EXISTS feedback_user ON feedback (platform, user_hash)`,
      `CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
      // rate-limiter-flexible's table (RateLimiterSQLite / RateLimiterPostgres): key, points used, expiry in ms.
      `CREATE TABLE IF NOT EXISTS rate_limits (
        key VARCHAR(255) PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire BIGINT)`,
    ],
  },
  {
    version: 3,
    name: 'paused subscriptions: a permanent delivery error (bot removed, channel gone or archived) and why',
    sql: [
      `ALTER TABLE subscriptions ADD COLUMN paused_reason TEXT`,
      `ALTER TABLE subscriptions ADD COLUMN paused_at TEXT`,
    ],
  },
  {
    version: 4,
    name: 'answer times in the question log (the dashboard shows their median and p95)',
    sql: [`ALTER TABLE question_log ADD COLUMN answer_ms REAL`, `CREATE INDEX IF NOT EXISTS feedback_answer ON feedback (answer_id)`],
  },
];
