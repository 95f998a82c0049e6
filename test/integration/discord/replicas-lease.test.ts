// Two bot replicas on one PostgreSQL against one (fake) Discord gateway: one holds the gateway under an advisory-lock
// lease, so each mention is answered once; when the holder's lease goes, the other connects within seconds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createDiscordAdapter } from '../../../adapters/discord';
import { loadDiscordConfig } from '../../../adapters/discord/config';
import { leaseListener } from '../../../adapters/leased-adapter';
import { createCore, type Core } from '../../../src/app';
import type { PlatformAdapter } from '../../../src/adapter';
import { loadConfig } from '../../../src/config';
import mentionFixture from '../../fixtures/discord/message-mention.json';
import { createTestSchema, postgresReachable, TEST_DATABASE_URL, type TestSchema } from '../../store/postgres-test-db';
import { capturingLogger, FakeDiscord, IDS, replyTo, TOKEN } from './harness';

interface Replica {
  /** How many times this replica has taken the lease. */
  acquired(): number;
  core: Core;
  adapter: PlatformAdapter;
  dataDir: string;
}

// Registered only when PostgreSQL answers; postgresReachable says so on the console when it does not.
if (postgresReachable('Discord replicas under a gateway lease')) {
  describe('two Discord replicas on one PostgreSQL', () => {
    let fake: FakeDiscord;
    let schema: TestSchema;
    const replicas: Replica[] = [];
    // Unique per run: advisory locks are per database, and other suites share it.
    const leaseName = `borderbrief:test-gateway:${randomUUID()}`;

    async function startReplica(): Promise<Replica> {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'bb-replica-'));
      const { logger, lines } = capturingLogger();
      const core = await createCore(loadConfig({ DATA_DIR: dataDir, DATABASE_URL: schema.url, KNOWLEDGE_DIR: path.resolve(__dirname, '../../../knowledge'), RATE_LIMIT_COUNT: '100' }), logger);
      const config = loadDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: IDS.application, DISCORD_GUILD_ID: IDS.guild, DISCORD_API_URL: fake.apiUrl })!;
      const adapter = leaseListener(() => createDiscordAdapter(config, { bot: core.bot, logger }, { registerCommands: false }), { url: schema.url, name: leaseName, logger, retryMs: 500 });
      await adapter.start();
      const replica = { core, adapter, dataDir, acquired: () => lines.filter((l) => l.msg === 'lease: acquired').length };
      replicas.push(replica);
      return replica;
    }

    async function stopReplica(r: Replica): Promise<void> {
      await r.adapter.stopIntake?.();
      await r.adapter.stop();
      await r.core.close();
      rmSync(r.dataDir, { recursive: true, force: true });
      replicas.splice(replicas.indexOf(r), 1);
    }

    /** A mention; resolves with how many replies it got once a later mention has been answered too. */
    async function mentionRepliesCount(): Promise<number> {
      const m = { ...structuredClone(mentionFixture), id: fake.nextId() };
      fake.sendMessage(m);
      await replyTo(fake, m.id);
      return fake.requests.filter((r) => r.method === 'POST' && r.body?.message_reference?.message_id === m.id).length;
    }

    /** Ends the lease holder's PostgreSQL session, as when its process or its connection dies. */
    async function killHolderSession(): Promise<void> {
      const c = new Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      try {
        const { rowCount } = await c.query(
          `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid::bigint = (hashtext($1)::bigint & 4294967295)`,
          [leaseName],
        );
        expect(rowCount).toBe(1);
      } finally {
        await c.end();
      }
    }

    beforeAll(async () => {
      schema = await createTestSchema();
      fake = await FakeDiscord.start();
    });
    afterAll(async () => {
      for (const r of [...replicas]) await stopReplica(r);
      await fake.close();
      await schema.drop();
    });

    it('answers each mention once, and the standby takes over within seconds when the holder goes', async () => {
      const a = await startReplica();
      const b = await startReplica();
      expect(fake.identifies).toHaveLength(1);
      expect(fake.connectedClients).toBe(1);
      expect(await mentionRepliesCount()).toBe(1);

      // The holder's lease session dies: it leaves the gateway, the standby connects.
      const lostAt = Date.now();
      await killHolderSession();
      await fake.waitFor(() => (fake.identifies.length === 2 && fake.connectedClients === 1 ? true : undefined), 10_000, 'takeover');
      const takeoverMs = Date.now() - lostAt;
      console.info(`gateway takeover after the holder's lease session died: ${takeoverMs} ms`);
      expect(takeoverMs).toBeLessThan(10_000);
      expect(await mentionRepliesCount()).toBe(1);

      // The new holder shuts down gracefully: the first replica gets the lease back and reconnects.
      // Either replica may have won the race for the freed lease; exactly one holds it now.
      const holder = a.acquired() === 2 ? a : b;
      expect(a.acquired() + b.acquired()).toBe(2);
      await stopReplica(holder);
      await fake.waitFor(() => (fake.identifies.length === 3 && fake.connectedClients === 1 ? true : undefined), 10_000, 'second takeover');
      expect(await mentionRepliesCount()).toBe(1);
    }, 60_000);
  });
}
