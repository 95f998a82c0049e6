// Start-up faults an operator can fix: `npm start` says what is wrong and how to fix it in one line, exits non-zero, no stack trace.
import { spawn } from 'node:child_process';
import { outputOf } from '../support/run-process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm start`'s entry point as a real process, with no platform credentials (the console chat), stdin closed. */
function startBot(env: Record<string, string>): Promise<Run> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|DATABASE_URL$|KNOWLEDGE_DIR$)/.test(k)));
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
    cwd: ROOT,
    env: { ...base, DATABASE_URL: '', SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return outputOf(child);
}

/** One line on stderr, naming `what`, no stack frames; a non-zero exit. */
function expectOneClearLine(run: Run, ...what: RegExp[]): void {
  expect(run.code).not.toBe(0);
  expect(run.code).not.toBeNull();
  const lines = run.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^BorderBrief could not start: /);
  for (const w of what) expect(lines[0]).toMatch(w);
  expect(run.stderr).not.toMatch(/^\s+at /m);
}

/** A local port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('start-up faults', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-startup-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('names DATA_DIR when it points at a file', async () => {
    const file = path.join(dir, 'not-a-dir');
    fs.writeFileSync(file, 'x');
    expectOneClearLine(await startBot({ DATA_DIR: file }), /DATA_DIR/, new RegExp(file.replace(/[/.]/g, '\\$&')), /not a directory/);
  });

  it('names the SQLite file when it is not a database, and says how to recover', async () => {
    fs.writeFileSync(path.join(dir, 'borderbrief.sqlite'), 'this is not a database, just some bytes '.repeat(200));
    expectOneClearLine(await startBot({ DATA_DIR: dir }), /borderbrief\.sqlite/, /backup/);
  });

  it('names DATABASE_URL (without its password) when PostgreSQL cannot be reached', async () => {
    const port = await closedPort();
    const run = await startBot({ DATA_DIR: dir, DATABASE_URL: `postgres://bb:s3cret@127.0.0.1:${port}/bb` });
    expectOneClearLine(run, /DATABASE_URL/, new RegExp(`127\\.0\\.0\\.1:${port}`), /ECONNREFUSED|refused/);
    expect(run.stderr).not.toContain('s3cret');
  });

  it('names each bad variable on its one line', async () => {
    expectOneClearLine(await startBot({ DATA_DIR: dir, RATE_LIMIT_COUNT: 'lots', LOG_LEVEL: 'loud' }), /RATE_LIMIT_COUNT: must be a number/, /LOG_LEVEL/);
  });

  it('names a bad platform variable', async () => {
    expectOneClearLine(await startBot({ DATA_DIR: dir, DISCORD_TOKEN: 'not-a-token' }), /DISCORD_TOKEN/);
  });
});
