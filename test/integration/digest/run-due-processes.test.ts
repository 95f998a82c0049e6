// `npm run digest -- run-due` as real processes sharing one database: however many run at once, a digest is posted once.
import { spawn } from 'node:child_process';
import { outputOf } from '../../support/run-process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPostgres } from '../../../src/store/postgres-driver';
import { SqlStore, type SqlDriver } from '../../../src/store/sql-store';
import { openSqlite } from '../../../src/store/sqlite-driver';
import { createTestSchema, postgresReachable } from '../../store/postgres-test-db';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const AT = '2027-01-15T14:00:30Z'; // 08:00:30 in Mexico City
const HEADLINE = 'BorderBrief daily — 2027-01-15';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The digest CLI as `npm run digest` runs it, with no Slack or Discord settings, so only the console delivers. */
function digestCli(args: string[], env: Record<string, string>): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|DATABASE_URL$)/.test(k)));
  // Empty values are "unset" to loadConfig, and keep a stray .env from filling them in.
  const child = spawn(TSX, ['adapters/digest-cli.ts', ...args], {
    cwd: ROOT,
    env: { ...base, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge'), DATABASE_URL: '', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return outputOf(child);
}

async function subscribeConsole(driver: SqlDriver): Promise<void> {
  const store = new SqlStore(driver);
  try {
    await store.upsertSubscription({ platform: 'console', channel: 'ops', time: '08:00', timezone: 'America/Mexico_City', createdAt: new Date('2027-01-01T00:00:00Z') });
  } finally {
    await store.close();
  }
}

/** Three run-due processes at once: one posts (and prints the digest), the others find it taken or done. */
async function expectOnePostFromThreeProcesses(env: Record<string, string>, open: () => Promise<SqlDriver>): Promise<void> {
  const runs = await Promise.all([1, 2, 3].map(() => digestCli(['run-due', '--at', AT], env)));
  for (const r of runs) expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });

  const posted = runs.filter((r) => /^posted\tconsole\tops\t2027-01-15$/m.test(r.stdout));
  expect(posted).toHaveLength(1);
  expect(posted[0].stdout).toContain(HEADLINE);
  expect(posted[0].stdout).toContain('Question of the day: ');
  for (const r of runs.filter((x) => x !== posted[0])) {
    expect(r.stdout.trim()).toMatch(/^((already-posted|claimed-elsewhere)\tconsole\tops\t2027-01-15|Nothing due at 2027-01-15T14:00:30\.000Z\.)$/);
    expect(r.stdout).not.toContain(HEADLINE);
  }

  const store = new SqlStore(await open());
  try {
    const run = await store.getDigestRun('console', 'ops', '2027-01-15');
    expect([run?.status, run?.attempts]).toEqual(['posted', 1]);
    // The schedule moved on once: later runs that day find nothing due.
    const sub = await store.getSubscription('console', 'ops');
    expect([sub?.lastDate, sub?.sequence]).toEqual(['2027-01-15', 1]);
  } finally {
    await store.close();
  }
}

describe('digest run-due processes on SQLite', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-run-due-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('posts once when three run-due processes share one SQLite file', async () => {
    const file = path.join(dir, 'borderbrief.sqlite');
    await subscribeConsole(openSqlite(file));
    await expectOnePostFromThreeProcesses({ DATA_DIR: dir }, async () => openSqlite(file));
  });

  it('exits with code 2 and names the zone for an unknown --tz, and prints the usage for an unknown command', async () => {
    const [badZone, unknown] = await Promise.all([
      digestCli(['subscribe', '--platform', 'console', '--channel', 'ops', '--time', '08:00', '--tz', 'Mars/Olympus'], { DATA_DIR: dir }),
      digestCli(['explode'], { DATA_DIR: dir }),
    ]);
    expect(badZone.code).toBe(2);
    expect(badZone.stderr).toContain("Unknown time zone 'Mars/Olympus'");
    expect(badZone.stderr).toContain('America/Mexico_City');
    expect(badZone.stdout).toBe('');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Unknown command 'explode'");
    expect(unknown.stderr).toContain('Usage: npm run digest -- <command> [options]');
    // Nothing was subscribed by the refused command.
    const store = new SqlStore(openSqlite(path.join(dir, 'borderbrief.sqlite')));
    try {
      expect(await store.listSubscriptions()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

// Registered only when PostgreSQL answers; postgresReachable says so on the console when it does not.
if (postgresReachable('digest run-due processes')) {
  describe('digest run-due processes on PostgreSQL', () => {
    it('posts once when three run-due processes share one PostgreSQL database (DATABASE_URL)', async () => {
      const schema = await createTestSchema();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-run-due-pg-'));
      try {
        await subscribeConsole(await openPostgres(schema.url));
        await expectOnePostFromThreeProcesses({ DATA_DIR: dir, DATABASE_URL: schema.url }, () => openPostgres(schema.url));
        // The processes used PostgreSQL, not a SQLite file under DATA_DIR.
        expect(fs.readdirSync(dir)).toEqual([]);
      } finally {
        await schema.drop();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
