// Opens the configured store: PostgreSQL when DATABASE_URL is set, else SQLite under DATA_DIR.
import path from 'node:path';
import { openPostgres } from './postgres-driver';
import { SqlStore } from './sql-store';
import { openSqlite } from './sqlite-driver';
import type { Store } from './store';

export async function openStore(opts: { dataDir: string; databaseUrl?: string; databaseTimeoutMs?: number }): Promise<Store> {
  if (opts.databaseUrl) {
    const timeout = opts.databaseTimeoutMs;
    return new SqlStore(await openPostgres(opts.databaseUrl, { queryTimeoutMs: timeout, connectTimeoutMs: timeout }));
  }
  return new SqlStore(openSqlite(path.join(opts.dataDir, 'borderbrief.sqlite')));
}
