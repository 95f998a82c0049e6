// The bot side of `slack-load.ts --separate`: core and Slack adapter in a process of their own, as deployed.
// Reads the fake Slack's API URL from argv, prints {"port": N} once listening, and the question-log count on SIGTERM.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSlackAdapter } from '../../adapters/slack';
import { createCore } from '../../src/app';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { BOT_TOKEN, SIGNING_SECRET } from '../integration/slack/harness';

async function main(): Promise<void> {
  const apiUrl = process.argv[2];
  const dir = mkdtempSync(path.join(tmpdir(), 'bb-load-bot-'));
  const env = { DATA_DIR: dir, KNOWLEDGE_DIR: path.resolve(__dirname, '../../knowledge'), RATE_LIMIT_COUNT: '100000', LOG_LEVEL: 'silent' };
  const core = await createCore(loadConfig(env), silentLogger);
  const adapter = createSlackAdapter(
    { botToken: BOT_TOKEN, connection: { mode: 'http', signingSecret: SIGNING_SECRET, port: 0 }, apiUrl, command: '/brief', digestManagers: [] },
    { bot: core.bot, logger: silentLogger },
    { host: '127.0.0.1', port: 0 },
  );
  await adapter.start();
  process.stdout.write(`${JSON.stringify({ port: adapter.port })}\n`);
  process.on('SIGTERM', async () => {
    await core.bot.flushWrites(10_000);
    process.stdout.write(`${JSON.stringify({ questionLogRows: await core.store.questionLogCount() })}\n`);
    process.exit(0);
  });
}

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack}\n`);
  process.exit(1);
});
