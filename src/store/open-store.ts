// Opens the configured store: PostgreSQL when DATABASE_URL is set, else SQLite under DATA_DIR.
import path from 'node:path';
import { openPostgres } from './postgres-driver';
import { SqlStore } from './sql-store';
import { openSqlite } from './sqlite-driver';
import type { Store } from './store';
import { postgresOpenError, sqliteOpenError } from './store-open-error';

/** Opens and migrates the store; a fault the operator can fix becomes a UserError naming the variable or file. */
export async function openStore(opts: { dataDir: string; databaseUrl?: string; databaseTimeoutMs?: number }): Promise<Store> {
  if (opts.databaseUrl) {
    const url = opts.databaseUrl;
    const timeout = opts.databaseTimeoutMs;
    return new SqlStore(
      await openPostgres(url, { queryTimeoutMs: timeout, connectTimeoutMs: timeout }).catch((err: unknown) =>
        Promise.reject(postgresOpenError(err, url)),
      ),
    );
  }
  const file = path.join(opts.dataDir, 'borderbrief.sqlite');
  try {
    return new SqlStore(openSqlite(file));
  } catch (err) {
    throw sqliteOpenError(err, opts.dataDir, file);
  }
}
