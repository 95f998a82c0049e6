// The per-user limit is kept in the store: two bot instances on one database share it, and a restart keeps it.
import fs from 'node:fs';
import { createCore, type Core } from '../../src/app';
import type { CommandContext } from '../../src/commands/command';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { KNOWLEDGE_DIR, tempDir } from '../support/knowledge-fixture';
import { createTestSchema, postgresReachable, type TestSchema } from '../store/postgres-test-db';

const ctx = (platform: CommandContext['platform'] = 'slack'): CommandContext => ({
  platform,
  channel: 'C1',
  userId: 'U1',
  canManageChannel: true,
});

interface Backend {
  name: string;
  /** Settings for every instance on one fresh database. */
  fresh(): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }>;
}

const sqlite: Backend = {
  name: 'SQLite (one DATA_DIR)',
  async fresh() {
    const dir = tempDir('bb-limit-');
    return { env: { DATA_DIR: dir }, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  },
};

const postgres: Backend = {
  name: 'PostgreSQL (one DATABASE_URL)',
  async fresh() {
    const schema: TestSchema = await createTestSchema();
    return { env: { DATA_DIR: tempDir('bb-limit-pg-'), DATABASE_URL: schema.url }, cleanup: () => schema.drop() };
  },
};

const backends = [sqlite, ...(postgresReachable('shared rate limit') ? [postgres] : [])];

describe.each(backends)('rate limit shared through $name', (backend) => {
  let db: Awaited<ReturnType<Backend['fresh']>>;
  const cores: Core[] = [];
  const instance = async () => {
    const core = await createCore(loadConfig({ KNOWLEDGE_DIR, RATE_LIMIT_COUNT: '3', ...db.env }), silentLogger);
    cores.push(core);
    return core;
  };
  beforeEach(async () => (db = await backend.fresh()));
  afterEach(async () => {
    await Promise.all(cores.splice(0).map((c) => c.close()));
    await db.cleanup();
  });

  it('two instances allow the limit once between them, not twice', async () => {
    const [a, b] = [await instance(), await instance()];
    const kinds = [
      await a.bot.handleText(ctx(), 'topics'),
      await b.bot.handleText(ctx(), 'help'),
      await a.bot.handleText(ctx(), 'how many people were expelled?'),
      await b.bot.handleText(ctx(), 'topics'),
      await a.bot.handleText(ctx(), 'help'),
    ].map((r) => r.kind);
    expect(kinds).toEqual(['info', 'info', 'answer', 'error', 'error']);
    // Another person has their own allowance.
    expect((await b.bot.handleText({ ...ctx(), userId: 'U2' }, 'topics')).kind).toBe('info');
  });

  it('a restart does not reset the count', async () => {
    const first = await instance();
    for (let i = 0; i < 3; i++) await first.bot.handleText(ctx(), 'topics');
    await first.close();
    cores.splice(cores.indexOf(first), 1);
    const restarted = await instance();
    expect(await restarted.bot.handleText(ctx(), 'topics')).toMatchObject({ kind: 'error', text: expect.stringMatching(/please wait/) });
  });

  it('never limits the console, one local person', async () => {
    const core = await instance();
    const kinds = [];
    for (let i = 0; i < 8; i++) kinds.push((await core.bot.handleText(ctx('console'), 'topics')).kind);
    expect(kinds.every((k) => k === 'info')).toBe(true);
  });
});
