// SIGTERM to `npm start` with hundreds of acknowledged Slack events still being answered: every one is answered
// before the process exits 0, and nothing is left listening (the signal reaches node through npm).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { FakeSlack } from '../../support/fake-slack';
import { BOT_TOKEN, mentionEvent, sign, SIGNING_SECRET } from './harness';

const ROOT = path.resolve(__dirname, '../../..');
const EVENTS = 300;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

describe('SIGTERM to npm start in Slack HTTP mode', () => {
  let fake: FakeSlack;
  let dataDir: string;
  let child: ChildProcess | undefined;
  beforeEach(async () => {
    fake = await FakeSlack.start();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-sigterm-'));
  });
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await fake.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers every acknowledged event before exiting 0, logs one line, and leaves nothing listening', async () => {
    const port = await freePort();
    const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|DATABASE_URL$|KNOWLEDGE_DIR$)/.test(k)));
    child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: {
        ...base,
        DATA_DIR: dataDir,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: fake.apiUrl,
        PORT: String(port),
        RATE_LIMIT_COUNT: '100000',
        LOG_LEVEL: 'info',
        DISCORD_TOKEN: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let logs = '';
    child.stderr!.on('data', (d) => (logs += d));
    const exit = exited(child);
    await fake.waitFor(() => logs.includes('listening for events over HTTP'), 20_000);

    // A slow Slack: the answers pile up in the Web API client's queue behind its 100 concurrent requests.
    fake.delays.set('chat.postMessage', 150);
    const acks = await Promise.all(
      Array.from({ length: EVENTS }, (_, i) => {
        const body = JSON.stringify(mentionEvent({ eventId: `EvSIGTERM${i}`, ts: `1764401234.${String(i).padStart(6, '0')}`, text: '<@UBOTUSER01> how many people were expelled?' }));
        const timestamp = Math.floor(Date.now() / 1000);
        return fetch(`http://127.0.0.1:${port}/slack/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': sign(body, timestamp) },
          body,
        }).then((r) => r.status);
      }),
    );
    expect(acks.every((s) => s === 200)).toBe(true);
    const answeredBeforeSignal = fake.succeeded('chat.postMessage').length;
    expect(answeredBeforeSignal).toBeLessThan(EVENTS);

    process.kill(child.pid!, 'SIGTERM');
    expect(await exit).toEqual({ code: 0, signal: null });

    // Every acknowledged event got its answer in its own thread, once.
    const threads = fake.succeeded('chat.postMessage').map((c) => c.body.thread_ts);
    expect(new Set(threads).size).toBe(EVENTS);
    expect(threads).toHaveLength(EVENTS);
    expect(await refusesConnections(port)).toBe(true);
    const stopped = logs.split('\n').filter((l) => l.includes('"msg":"stopped (SIGTERM)'));
    expect(stopped).toHaveLength(1);
    expect(JSON.parse(stopped[0])).toMatchObject({ abandoned: 0, reason: 'SIGTERM' });
  }, 60_000);
});
