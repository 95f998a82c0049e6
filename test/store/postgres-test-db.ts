// PostgreSQL for tests: a reachability probe (synchronous, so suites can decide what to register) and a throwaway schema per use.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const HOW_TO_START_POSTGRES =
  "start it with `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start` (or set TEST_DATABASE_URL); check with `psql -h 127.0.0.1 -U postgres test -c 'select 1'`";

let reachable: boolean | undefined;

/**
 * Whether TEST_DATABASE_URL answers `select 1`. Synchronous (a child process) because jest collects tests synchronously;
 * when it does not answer, says so on the console so the missing PostgreSQL runs are visible.
 */
export function postgresReachable(suite: string): boolean {
  if (reachable === undefined) {
    const probe = spawnSync(
      process.execPath,
      ['-e', `const { Client } = require('pg'); const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
       c.connect().then(() => c.query('select 1')).then(() => c.end()).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1); });`, TEST_DATABASE_URL],
      { cwd: __dirname, encoding: 'utf8', timeout: 10_000 },
    );
    reachable = probe.status === 0;
    if (!reachable) {
      console.warn(
        `PostgreSQL is not reachable at ${TEST_DATABASE_URL} (${(probe.stderr || probe.error?.message || 'no answer').trim()}): ` +
          `the PostgreSQL part of "${suite}" does not run; the SQLite part does. To run it, ${HOW_TO_START_POSTGRES}.`,
      );
    }
  }
  return reachable;
}

export interface TestSchema {
  name: string;
  /** TEST_DATABASE_URL with this schema as the search path: pass it to openPostgres or as DATABASE_URL. */
  url: string;
  drop(): Promise<void>;
}

/** Creates a fresh, uniquely named schema; `drop()` removes it and everything in it. */
export async function createTestSchema(): Promise<TestSchema> {
  const name = `bb_test_${randomBytes(6).toString('hex')}`;
  await withClient((c) => c.query(`CREATE SCHEMA ${name}`));
  const url = `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${name}`)}`;
  return { name, url, drop: () => withClient((c) => c.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`)).then(() => undefined) };
}

async function withClient<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
