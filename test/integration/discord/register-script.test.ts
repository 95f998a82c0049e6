// `npm run discord:register` against the fake Discord: registers when needed, says so, and explains missing settings.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeDiscord, IDS, TOKEN } from './harness';

const root = path.resolve(__dirname, '../../..');

function runRegister(cwd: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Run from a temp dir with only these variables, so a developer's .env in the checkout cannot leak in.
    const child = spawn(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'adapters/discord/register.ts')], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm run discord:register', () => {
  let fake: FakeDiscord;
  let dataDir: string;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    dataDir = mkdtempSync(path.join(tmpdir(), 'borderbrief-register-'));
  });

  afterAll(async () => {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers the commands to the server, then finds nothing to do on a second run', async () => {
    const env = { DATA_DIR: dataDir, KNOWLEDGE_DIR: path.join(root, 'knowledge'), LOG_LEVEL: 'silent', DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: IDS.application, DISCORD_GUILD_ID: IDS.guild, DISCORD_API_URL: fake.apiUrl };
    const first = await runRegister(dataDir, env);
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toMatch(/Registered 6 commands for server 1180000000000000100: \/ask, \/topics, \/gaps, \/digest, \/knowledge, \/help/);
    // Admin-only commands carry Manage Server (0x20), so Discord hides them from other members; the rest carry nothing.
    const [put] = fake.requestsMatching('PUT', /commands$/);
    const permissions = Object.fromEntries((put.body as { name: string; default_member_permissions?: string | null }[]).map((c) => [c.name, c.default_member_permissions ?? null]));
    expect(permissions).toEqual({ ask: null, topics: null, gaps: '32', digest: null, knowledge: '32', help: null });
    const second = await runRegister(dataDir, env);
    expect(second).toMatchObject({ code: 0 });
    expect(second.stdout).toMatch(/already up to date/);
    expect(fake.requestsMatching('PUT', /commands$/)).toHaveLength(1);
  });

  it('exits with an error naming what is missing when Discord is not configured', async () => {
    const none = await runRegister(dataDir, { DATA_DIR: dataDir });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/DISCORD_TOKEN/);
    const partial = await runRegister(dataDir, { DATA_DIR: dataDir, DISCORD_TOKEN: TOKEN });
    expect(partial.code).toBe(1);
    expect(partial.stderr).toMatch(/DISCORD_APPLICATION_ID/);
  });
});
