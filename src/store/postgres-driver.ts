// PostgreSQL through node-postgres: the shared store when several bot instances run (DATABASE_URL).
import { Pool } from 'pg';
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
}

/** Connects (DATABASE_URL; `?options=-c%20search_path%3D…` selects a schema) and runs pending migrations. */
export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<SqlDriver> {
  const pool = new Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 5000 });
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
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
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
      return (await pool.query(numbered(sql), params)).rowCount ?? 0;
    },
    async all(sql, params = []) {
      return (await pool.query(numbered(sql), params)).rows;
    },
    close: () => pool.end(),
  };
}
