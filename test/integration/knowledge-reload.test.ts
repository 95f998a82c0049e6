// Live knowledge: files written into a running bot's knowledge/ (a temp copy, the real watcher) apply within seconds;
// a broken edit keeps the last good knowledge and the knowledge command shows the error with its line; SIGHUP reloads.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { startBorderBrief, type Running } from '../../adapters/start';
import type { CommandContext } from '../../src/commands/command';
import { silentLogger } from '../../src/logger';
import { copyKnowledge, tempDir } from '../support/knowledge-fixture';
import { outputOf } from '../support/run-process';
import { MORE_EXPELLED, MORE_EXPELLED_FILE as UPDATE } from '../support/update-fixture';
import { withoutMarks } from '../../src/text/text-tools';

const ROOT = path.join(__dirname, '../..');
const consoleCtx: CommandContext = { platform: 'console', channel: 'console', userId: 'editor', canManageChannel: true, isAdmin: true };

/** Asks until `done` holds or `ms` pass; returns the last value. */
async function until<T>(ask: () => Promise<T> | T, done: (value: T) => boolean, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let value = await ask();
  while (!done(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await ask();
  }
  return value;
}

describe('knowledge changes while the bot runs', () => {
  let running: Running | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  async function start(dir: string): Promise<Running> {
    running = await startBorderBrief({
      env: { DATA_DIR: tempDir('bb-reload-'), KNOWLEDGE_DIR: dir },
      input: new PassThrough(),
      output: new PassThrough(),
      notices: new PassThrough(),
      interactive: false,
      logger: silentLogger,
    });
    return running;
  }

  it('answers from an update file written while it runs, within seconds, and the digest says the same', async () => {
    const dir = copyKnowledge();
    const { core } = await start(dir);
    const ask = (q: string) => core.bot.handleText(consoleCtx, q);
    const before = core.bot.knowledgeStatus();
    expect((await ask('did Mexico expel more people?')).text).not.toContain('38');

    // Within seconds: `until` gives up after ten, and the assertions below then fail.
    fs.writeFileSync(path.join(dir, 'updates', UPDATE), MORE_EXPELLED);
    const reply = await until(() => ask('did Mexico expel more people?'), (r) => r.text.includes('38'));
    expect(reply.text).toMatch(/^\*\*Update, 1 Dec 2026\*\* — .*total to 38/);
    expect(reply.text).toMatch(/At the time, the article said: .*26/);
    expect(reply.sources[0].title).toBe('Update, 1 Dec 2026 — 12 more expelled, 38 in total');
    expect((await ask('how many have been expelled?')).text).toMatch(/38[\s\S]*At the time, the article said: .*26/);
    const news = await ask("what's new?");
    expect(news.text).toContain('12 more expelled, 38 in total');

    const digest = await core.digests.preview('console', 'console');
    expect(digest.whatsNew).toHaveLength(1);
    expect(news.text).toContain(digest.whatsNew[0]);

    const after = core.bot.knowledgeStatus();
    expect(after).toMatchObject({ updates: before.updates + 1, entries: before.entries, sections: before.sections });
    expect(after.version).not.toBe(before.version);
    expect(after.loadedAt.getTime()).toBeGreaterThan(before.loadedAt.getTime());
    expect(after.lastError).toBeUndefined();
  });

  it('keeps answering from the last good knowledge after a broken edit, and shows the error with its line to admins', async () => {
    const dir = copyKnowledge();
    fs.writeFileSync(path.join(dir, 'updates', UPDATE), MORE_EXPELLED);
    const { core } = await start(dir);
    const good = core.bot.knowledgeStatus();

    // The source line deleted: line 2 is where the front matter lacks it.
    fs.writeFileSync(path.join(dir, 'updates', UPDATE), MORE_EXPELLED.replace('source: Example Wire, 1 Dec 2026\n', '').replace('total to 38', 'total to 40'));
    const status = await until(() => core.bot.knowledgeStatus(), (s) => !!s.lastError);
    expect(status.lastError).toMatchObject({ file: expect.stringContaining(UPDATE), line: 2, entry: '2026-12-01-more-expulsions', message: expect.stringContaining('source: is required') });
    expect(status.version).toBe(good.version);
    expect((await core.bot.handleText(consoleCtx, 'how many have been expelled?')).text).toContain('total to 38');

    const shown = await core.bot.handleText(consoleCtx, '/knowledge');
    expect(shown).toMatchObject({ kind: 'info', private: true });
    expect(shown.text).toContain(`Version \`${good.version}\``);
    expect(withoutMarks(shown.text)).toMatch(new RegExp(`${UPDATE}, line 2 \\(2026-12-01-more-expulsions\\): source: is required`));
    // Not an admin (a Slack user who is no digest manager): refused, and told who may.
    const refused = await core.bot.handleText({ platform: 'slack', channel: 'C1', userId: 'U9', canManageChannel: false, isAdmin: false, whoIsAdmin: 'a digest manager' }, 'knowledge');
    expect(refused).toMatchObject({ kind: 'error' });
    expect(refused.text).toContain('a digest manager');

    // Fixed: applied, and the error is gone.
    fs.writeFileSync(path.join(dir, 'updates', UPDATE), MORE_EXPELLED.replace('total to 38', 'total to 40'));
    const fixed = await until(() => core.bot.knowledgeStatus(), (s) => !s.lastError);
    expect(fixed.lastError).toBeUndefined();
    expect(fixed.version).not.toBe(good.version);
    expect((await core.bot.handleText(consoleCtx, 'how many have been expelled?')).text).toContain('total to 40');
  });

  it('keeps the last good knowledge when a YAML file is broken, naming it once with its line', async () => {
    const dir = copyKnowledge();
    const { core } = await start(dir);
    const file = path.join(dir, 'glossary.yaml');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => /^\s+aliases: \[/.test(l));
    lines[at] = lines[at].replace('aliases: [', 'aliases: [[');
    fs.writeFileSync(file, lines.join('\n'));
    const status = await until(() => core.bot.knowledgeStatus(), (s) => !!s.lastError);
    expect(status.lastError).toMatchObject({ file: expect.stringContaining('glossary.yaml'), message: expect.stringMatching(/^not valid YAML/) });
    expect(status.lastError!.message).not.toMatch(/more problem/);
    expect(status.lastError!.line).toBeGreaterThanOrEqual(at + 1);
    expect((await core.bot.handleText(consoleCtx, 'what is money laundering?')).kind).toBe('answer');
  });

  it('reloads on request: reloadKnowledge() applies a change at once and reports no change as none', async () => {
    const dir = copyKnowledge();
    running = await startBorderBrief({
      env: { DATA_DIR: tempDir('bb-reload-'), KNOWLEDGE_DIR: dir, KNOWLEDGE_WATCH: 'off' },
      input: new PassThrough(),
      output: new PassThrough(),
      notices: new PassThrough(),
      interactive: false,
      logger: silentLogger,
    });
    const { bot } = running.core;
    const before = bot.knowledgeStatus();
    expect(await bot.reloadKnowledge()).toEqual(before);
    fs.writeFileSync(path.join(dir, 'updates', UPDATE), MORE_EXPELLED);
    await new Promise((r) => setTimeout(r, 1000));
    // Not watched: nothing changes until asked.
    expect(bot.knowledgeStatus().updates).toBe(0);
    const [a, b] = await Promise.all([bot.reloadKnowledge(), bot.reloadKnowledge()]);
    expect(a.updates).toBe(1);
    expect(b).toEqual(a);
  });
});

describe('SIGHUP', () => {
  it('reloads knowledge/ in the running process (npm start), with the watcher off', async () => {
    const dir = copyKnowledge();
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: tempDir('bb-hup-'), KNOWLEDGE_DIR: dir, KNOWLEDGE_WATCH: 'off', LOG_LEVEL: 'info', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', DISCORD_TOKEN: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const result = outputOf(child as never);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.stdin.write("what's new?\n");
    await until(() => stdout, (s) => s.includes('no updates yet'), 30_000);
    fs.writeFileSync(path.join(dir, 'updates', UPDATE), MORE_EXPELLED);
    child.kill('SIGHUP');
    await until(() => stderr, (s) => s.includes('knowledge reloaded'), 15_000);
    child.stdin.end("what's new?\n");
    const { code } = await result;
    expect(code).toBe(0);
    expect(stdout).toContain('12 more expelled, 38 in total');
  }, 60_000);
});
