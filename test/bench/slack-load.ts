// Load on the Slack adapter: N signed app_mention events at concurrency C against the real Bolt App (HTTP mode, ack
// first) and the fake Slack; reports ack latency percentiles and whether every event was answered exactly once.
// Run: npx tsx test/bench/slack-load.ts [events=2000] [concurrency=50] [--separate]
// --separate runs the bot in a process of its own (as deployed), so the load generator and the fake Slack do not
// share its event loop; without it all three share one process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSlackAdapter } from '../../adapters/slack';
import { createCore } from '../../src/app';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { FakeSlack } from '../support/fake-slack';
import { mentionEvent, sign, SIGNING_SECRET, BOT_TOKEN } from '../integration/slack/harness';

/** The bot in a child process: its port, and a stop that reports its question-log count. */
async function startSeparateBot(apiUrl: string): Promise<{ port: number; stop: () => Promise<number> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'slack-load-bot.ts'), apiUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const next = () => new Promise<Record<string, number>>((resolve) => lines.once('line', (l) => resolve(JSON.parse(l))));
  const { port } = await next();
  return {
    port,
    stop: async () => {
      const report = next();
      child.kill('SIGTERM');
      return (await report).questionLogRows;
    },
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const separate = process.argv.includes('--separate');
  const total = Number(args[0] ?? 2000);
  const concurrency = Number(args[1] ?? 50);
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-load-'));
  const fake = await FakeSlack.start();
  let port: number;
  let finish: () => Promise<number>;
  if (separate) {
    const bot = await startSeparateBot(fake.apiUrl);
    port = bot.port;
    finish = bot.stop;
  } else {
    const env = { DATA_DIR: dir, KNOWLEDGE_DIR: path.resolve(__dirname, '../../knowledge'), RATE_LIMIT_COUNT: '100000', LOG_LEVEL: 'silent' };
    const core = await createCore(loadConfig(env), silentLogger);
    const adapter = createSlackAdapter(
      { botToken: BOT_TOKEN, connection: { mode: 'http', signingSecret: SIGNING_SECRET, port: 0 }, apiUrl: fake.apiUrl, command: '/brief', digestManagers: [] },
      { bot: core.bot, logger: silentLogger },
      { host: '127.0.0.1', port: 0 },
    );
    await adapter.start();
    port = adapter.port!;
    finish = async () => {
      await core.bot.flushWrites(10_000);
      const rows = await core.store.questionLogCount();
      await adapter.stop();
      await core.close();
      return rows;
    };
  }
  const url = `http://127.0.0.1:${port}/slack/events`;
  const acks: number[] = [];
  let next = 0;
  const started = Date.now();
  const worker = async () => {
    for (let i = next++; i < total; i = next++) {
      const body = JSON.stringify(mentionEvent({ eventId: `EvLOAD${i}`, ts: `1764500000.${String(i).padStart(6, '0')}`, user: `U${String(i % 500).padStart(9, '0')}`, channel: `C${String(i % 40).padStart(9, '0')}`, text: '<@UBOTUSER01> how many people were expelled?' }));
      const ts = Math.floor(Date.now() / 1000);
      const t0 = performance.now();
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) }, body });
      await res.text();
      acks.push(performance.now() - t0);
      if (res.status !== 200) throw new Error(`status ${res.status}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await fake.waitFor(() => fake.succeeded('chat.postMessage').length >= total || undefined, 120_000);
  const elapsed = Date.now() - started;
  await new Promise((r) => setTimeout(r, 500));
  const answered = new Map<string, number>();
  for (const c of fake.succeeded('chat.postMessage')) answered.set(String(c.body.thread_ts), (answered.get(String(c.body.thread_ts)) ?? 0) + 1);
  acks.sort((a, b) => a - b);
  const pct = (p: number) => acks[Math.min(acks.length - 1, Math.floor((p / 100) * acks.length))].toFixed(1);
  const questionLogRows = await finish();
  console.log(
    JSON.stringify({
      events: total,
      concurrency,
      answeredOnce: [...answered.values()].filter((n) => n === 1).length,
      answeredTwice: [...answered.values()].filter((n) => n > 1).length,
      ackMs: { p50: pct(50), p95: pct(95), p99: pct(99), max: acks[acks.length - 1].toFixed(1) },
      allAnsweredAfterMs: elapsed,
      questionLogRows,
      bot: separate ? 'own process' : 'same process as the load and the fake',
    }),
  );
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
