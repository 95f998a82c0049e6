// PostgreSQL through node-postgres: the shared store when several bot instances run (DATABASE_URL).
import { Pool, type PoolClient } from 'pg';
import { MIGRATIONS } from './migrations';
import type { SqlDriver } from './sql-store';

/** Arbitrary constant for pg_advisory_lock: instances starting together migrate one at a time. */
const MIGRATION_LOCK = 726_001;

/** `?` placeholders → `$1, $2, …` (our SQL has no literal question marks). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

export interface PostgresOptions {
  /** Told when an idle connection drops (a server restart); default: a process warning. The next query reconnects. */
  onError?: (err: Error) => void;
  /**
   * A query gives up after this long (default 10 s): the server cancels it (statement_timeout) and, should the server
   * or the network stop answering, the client stops waiting too (query_timeout, a little later).
   */
  queryTimeoutMs?: number;
  /** Waiting for a connection (a new one, or a free one in the pool) gives up after this long (default 5 s). */
  connectTimeoutMs?: number;
  /** Start-up waits this long (default 60 s) for another instance to finish migrating before it gives up. */
  migrationLockTimeoutMs?: number;
}

/** Bytes PostgreSQL refuses in text (NUL): removed, so a stray control character never costs a log entry. */
export function cleanForPostgres(value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000') ? value.replace(/\u0000/g, '') : value;
}

/** Connects (DATABASE_URL; `?options=-c%20search_path%3D…` selects a schema) and runs pending migrations. */
export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<SqlDriver> {
  const queryTimeoutMs = opts.queryTimeoutMs ?? 10_000;
  const pool = new Pool({
    connectionString: url,
    max: 5,
    connectionTimeoutMillis: opts.connectTimeoutMs ?? 5_000,
    statement_timeout: queryTimeoutMs,
    query_timeout: queryTimeoutMs + 1_000,
  });
  // Without a listener, an idle connection dropped by the server is an unhandled 'error' event that kills the process.
  pool.on('error', opts.onError ?? ((err) => process.emitWarning(`PostgreSQL connection lost (${err.message}); reconnecting on the next query`)));
  let client;
  try {
    client = await pool.connect();
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
  try {
    await takeMigrationLock(client, opts.migrationLockTimeoutMs ?? 60_000);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      for (const sql of m.sql) await client.query(sql);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
      await client.query('COMMIT');
    }
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
    await pool.end().catch(() => undefined);
    throw err;
  }
  await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
  client.release();
  return {
    kind: 'postgres',
    rateLimitBackend: { kind: 'postgres', pool },
    async run(sql, params = []) {
      return (await pool.query(numbered(sql), params.map(cleanForPostgres))).rowCount ?? 0;
    },
    async all(sql, params = []) {
      return (await pool.query(numbered(sql), params.map(cleanForPostgres))).rows;
    },
    close: () => pool.end(),
  };
}

/**
 * The migration lock, tried rather than waited on: a crashed instance's session ends and frees it, but a stuck one
 * would otherwise hold every later start-up forever.
 */
async function takeMigrationLock(client: PoolClient, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS locked', [MIGRATION_LOCK]);
    if (rows[0]?.locked) return;
    if (Date.now() >= until) {
      throw new Error(
        `PostgreSQL: another instance has held the migration lock (pg_advisory_lock ${MIGRATION_LOCK}) for over ${Math.round(timeoutMs / 1000)} s; ` +
          'find it with `SELECT pid FROM pg_locks WHERE locktype = \'advisory\' AND objid = ' + MIGRATION_LOCK + '` and end it, then start again',
      );
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
