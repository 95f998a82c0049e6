// kill -9 while a Slack digest post is in flight, then a later `run-due` takes over the stale claim: it finds the
// marked post in the channel's history and records it instead of posting again — one post per channel and date.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqlStore } from '../../../src/store/sql-store';
import { openSqlite } from '../../../src/store/sqlite-driver';
import { FakeSlack } from '../../support/fake-slack';

const ROOT = path.resolve(__dirname, '../../..');
const CHANNEL = 'C0DIGEST01';
const AT = '2027-01-15T14:00:30Z'; // 08:00:30 in Mexico City
const LATER = '2027-01-15T14:11:30Z'; // past the 10-minute stale-claim window

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function digestCli(args: string[], env: Record<string, string>): { child: ChildProcess; done: Promise<Run> } {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|DATABASE_URL$|KNOWLEDGE_DIR$)/.test(k)));
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/digest-cli.ts', ...args], {
    cwd: ROOT,
    env: { ...base, DATABASE_URL: '', DISCORD_TOKEN: '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

describe('a digest post through a crash (Slack, real run-due processes)', () => {
  let fake: FakeSlack;
  let dir: string;
  let env: Record<string, string>;
  const store = () => new SqlStore(openSqlite(path.join(dir, 'borderbrief.sqlite')));

  beforeEach(async () => {
    fake = await FakeSlack.start();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-crash-'));
    env = { DATA_DIR: dir, SLACK_BOT_TOKEN: 'xoxb-1-2-crash', SLACK_SIGNING_SECRET: 'crash-secret', SLACK_API_URL: fake.apiUrl };
    const s = store();
    await s.upsertSubscription({ platform: 'slack', channel: CHANNEL, time: '08:00', timezone: 'America/Mexico_City', createdAt: new Date('2027-01-01T00:00:00Z') });
    await s.close();
  });
  afterEach(async () => {
    await fake.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const postsTo = (channel: string) => fake.succeeded('chat.postMessage').filter((c) => c.body.channel === channel);

  it('kill -9 after Slack took the post, before the answer: the later run finds it and posts nothing', async () => {
    // Slack takes the message but never answers in time: the process dies waiting.
    fake.delays.set('chat.postMessage', 60_000);
    const first = digestCli(['run-due', '--at', AT], env);
    await fake.waitFor(() => postsTo(CHANNEL).length === 1, 20_000);
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    const s1 = store();
    expect((await s1.getDigestRun('slack', CHANNEL, '2027-01-15'))?.status).toBe('claimed');
    await s1.close();

    fake.delays.clear();
    const second = await digestCli(['run-due', '--at', LATER], env).done;
    expect({ code: second.code, stderr: second.stderr }).toEqual({ code: 0, stderr: '' });
    expect(second.stdout).toMatch(/^already-posted\tslack\tC0DIGEST01\t2027-01-15$/m);
    expect(postsTo(CHANNEL)).toHaveLength(1);
    expect(postsTo(CHANNEL)[0].body.metadata).toEqual({
      event_type: 'borderbrief_digest',
      event_payload: { subscription: `slack:${CHANNEL}`, date: '2027-01-15', part: 1, parts: 1 },
    });
    expect(fake.succeeded('conversations.history').map((c) => c.body.channel)).toEqual([CHANNEL]);

    const s2 = store();
    expect((await s2.getDigestRun('slack', CHANNEL, '2027-01-15'))?.status).toBe('posted');
    expect((await s2.getSubscription('slack', CHANNEL))?.lastDate).toBe('2027-01-15');
    await s2.close();
    // And a third run that day has nothing to do.
    const third = await digestCli(['run-due', '--at', '2027-01-15T15:00:00Z'], env).done;
    expect(third.stdout).not.toMatch(/posted\tslack/);
    expect(postsTo(CHANNEL)).toHaveLength(1);
  }, 60_000);

  it('a claim left by a process that died before posting: the later run checks the channel, then posts once', async () => {
    const s = store();
    expect(await s.claimDigest('slack', CHANNEL, '2027-01-15', 'dead-host:1', new Date(AT), 600_000)).toBe('claimed');
    await s.close();
    const run = await digestCli(['run-due', '--at', LATER], env).done;
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^posted\tslack\tC0DIGEST01\t2027-01-15$/m);
    expect(fake.succeeded('conversations.history')).toHaveLength(1);
    expect(postsTo(CHANNEL)).toHaveLength(1);
  }, 60_000);
});
