// `npm run build` as CI and the Dockerfile run it: the compiled bot (node dist/…, no tsx) answers a question.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** The environment without anything that would connect to a platform or a database. */
function plainEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(SLACK_|DISCORD_|DATABASE_URL$|KNOWLEDGE_DIR$|NODE_OPTIONS$)/.test(k)));
  return { ...base, ...extra };
}

describe('the production build', () => {
  beforeAll(() => {
    execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe', env: plainEnv() });
  }, 120_000);

  it('compiles to dist/ and the compiled ask CLI answers from the repository knowledge without tsx', () => {
    const cli = path.join(ROOT, 'dist/src/cli/ask.js');
    // Run from another directory: knowledge/ is found from the code's location, not the working directory.
    const run = spawnSync(process.execPath, [cli, '--json', 'how many people were expelled?'], { cwd: os.tmpdir(), env: plainEnv(), encoding: 'utf8' });
    expect(run.status).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer).toMatchObject({ answered: true, entryId: 'how-many-expelled' });
    expect(answer.text).toContain('26');
    // Nothing compiled still needs TypeScript at run time.
    const compiled = fs.readdirSync(path.join(ROOT, 'dist'), { recursive: true }).map(String);
    expect(compiled.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  });

  it('npm run start:prod runs the compiled bot: the console answers piped questions and exits 0', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-prod-'));
    try {
      const run = spawnSync('npm', ['run', '--silent', 'start:prod'], {
        cwd: ROOT,
        input: 'how many people were expelled?\n',
        env: plainEnv({ DATA_DIR: dataDir, SLACK_BOT_TOKEN: '', DISCORD_TOKEN: '' }),
        encoding: 'utf8',
      });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Mexico expelled 26 individuals');
      expect(run.stderr).not.toContain('tsx');
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
