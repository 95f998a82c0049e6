// `npx tsx test/bench/gaps-bench.ts [rows] [wordings]`: how long the gaps report takes over a busy question log
// (SQLite in a temp dir; `rows` declined questions drawn from `wordings` distinct wordings, a week).
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { testCore } from '../support/core';

const ROWS = Number(process.argv[2] ?? 10_000);
const WORDINGS = Number(process.argv[3] ?? 1_000);
const TOPICS = ['world cup', 'weather in paris', 'drones', 'tunnels', 'the judge', 'the economy', 'prisons', 'treaty', 'migrants', 'banks'];

async function main(): Promise<void> {
  const now = new Date('2027-03-15T12:00:00Z');
  const core = await testCore({}, () => now);
  const wordings = Array.from({ length: WORDINGS }, (_, i) => `question ${i % 37} about ${TOPICS[i % TOPICS.length]} number ${Math.floor(i / 37)}?`);
  for (let i = 0; i < ROWS; i++) {
    const at = new Date(now.getTime() - ((i * 7_919) % (7 * 86_400_000)));
    await core.store.logQuestion({ at, platform: 'slack', channel: 'C1', userHash: `u${i}`, question: wordings[i % WORDINGS], answered: false });
  }
  const start = performance.now();
  const report = await core.bot.gapsReport({ limit: 1_000 });
  const ms = performance.now() - start;
  console.log(`${ROWS} rows, ${WORDINGS} wordings → ${report.groups.length} groups in ${(ms / 1000).toFixed(2)} s`);
  await core.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
