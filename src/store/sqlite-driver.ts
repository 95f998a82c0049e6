// SQLite through better-sqlite3: the default store, a file under DATA_DIR, safe for several processes (WAL + busy timeout).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { SqlDriver } from './sql-store';

export function openSqlite(file: string): SqlDriver {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 10000');
  db.pragma('synchronous = NORMAL');
  // SQLite's LOWER folds ASCII only ('MÉXICO' → 'mÉxico'): the question search would miss Spanish capitals that
  // PostgreSQL's LOWER folds. JavaScript's toLowerCase folds every script, as the search text is folded.
  db.function('lower', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text));
  migrate(db);
  return {
    kind: 'sqlite',
    rateLimitBackend: { kind: 'sqlite', db },
    async run(sql, params = []) {
      return db.prepare(sql).run(...(params as unknown[])).changes;
    },
    async all(sql, params = []) {
      return db.prepare(sql).all(...(params as unknown[])) as never[];
    },
    async close() {
      db.close();
    },
  };
}

function migrate(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  // IMMEDIATE takes the write lock first, so two processes starting together migrate once.
  const apply = db.transaction(() => {
    const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map((r) => r.version));
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      for (const sql of m.sql) db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }
  });
  apply.immediate();
}
