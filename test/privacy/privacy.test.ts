// Privacy in the core: private questions are marked and kept out of digests, user hashes need the store's secret,
// one person's rows can be exported and forgotten, and old question text is pruned by the scheduler.
import { createHash, createHmac } from 'node:crypto';
import fs from 'node:fs';
import { createCore, type Core } from '../../src/app';
import { PRIVACY_USAGE, runPrivacyCli } from '../../src/cli/privacy-cli';
import type { CommandContext } from '../../src/commands/command';
import { loadConfig } from '../../src/config';
import { startScheduler } from '../../src/digest/scheduler';
import { UserError } from '../../src/errors';
import { silentLogger } from '../../src/logger';
import { KNOWLEDGE_DIR, tempDir } from '../support/knowledge-fixture';

const where = (userId: string, isPrivate = false): CommandContext => ({
  platform: 'slack',
  channel: 'C1',
  userId,
  canManageChannel: true,
  private: isPrivate,
});

let dirs: string[] = [];
const cores: Core[] = [];
async function open(env: Record<string, string> = {}, clock?: () => Date, dir = tempDir('bb-privacy-')): Promise<Core> {
  dirs.push(dir);
  const core = await createCore(loadConfig({ DATA_DIR: dir, KNOWLEDGE_DIR, ...env }), silentLogger, clock);
  cores.push(core);
  return core;
}
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe('private questions', () => {
  it('are logged as private and left out of the channel digest; public ones are listed', async () => {
    const core = await open();
    await core.bot.handleText(where('U1'), 'who won the world cup in public?');
    await core.bot.handleText(where('U2', true), 'who is my secret informant Pedro?');
    const [row] = (await core.privacy.exportUser('slack', 'U2')).questions;
    expect(row).toMatchObject({ question: 'who is my secret informant Pedro?', private: true });
    const digest = await core.digests.preview('slack', 'C1');
    expect(digest.unanswered.join('\n')).toContain('who won the world cup in public?');
    expect(JSON.stringify(digest)).not.toContain('Pedro');
  });
});

describe('user hashes', () => {
  it('cannot be reversed from a list of candidate ids without the secret kept in the store', async () => {
    const dir = tempDir('bb-privacy-');
    const core = await open({}, undefined, dir);
    await core.bot.handleText(where('U0TARGET01'), 'how many people were expelled?');
    const [row] = (await core.privacy.exportUser('slack', 'U0TARGET01')).questions;
    const candidates = ['U0TARGET01', 'U0OTHER001', 'U0OTHER002'];
    const guesses = ['', 'borderbrief', 'slack', 'secret', 'salt'];
    const tries = candidates.flatMap((id) =>
      guesses.flatMap((salt) => [
        createHash('sha256').update(`${salt}:slack:${id}`).digest('hex').slice(0, 24),
        createHmac('sha256', salt).update(`slack:${id}`).digest('hex').slice(0, 24),
      ]),
    );
    expect(tries).not.toContain(row.userHash);
    // The secret was generated at first start and kept: a restart hashes the same person the same way.
    const secret = await core.store.getSetting('user_hash_secret');
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(createHmac('sha256', secret!).update('slack:U0TARGET01').digest('hex').slice(0, 24)).toBe(row.userHash);
    await core.close();
    cores.splice(cores.indexOf(core), 1);
    const again = await open({}, undefined, dir);
    expect(again.bot.hashUser('slack', 'U0TARGET01')).toBe(row.userHash);
    // Another installation has another secret.
    const other = await open();
    expect(other.bot.hashUser('slack', 'U0TARGET01')).not.toBe(row.userHash);
  });

  it('USER_HASH_SALT still sets the secret when given', async () => {
    const a = await open({ USER_HASH_SALT: 'operator-chosen-secret' });
    const b = await open({ USER_HASH_SALT: 'operator-chosen-secret' });
    expect(a.bot.hashUser('slack', 'U1')).toBe(b.bot.hashUser('slack', 'U1'));
  });

  it('has no published default in the code or in .env.example', () => {
    expect(loadConfig({}).userHashSalt).toBeUndefined();
    const example = fs.readFileSync(`${__dirname}/../../.env.example`, 'utf8');
    expect(example).not.toMatch(/^USER_HASH_SALT=\S/m);
  });
});

describe('npm run privacy', () => {
  it('exports one person\'s questions and feedback as JSON, then forgets them, leaving others alone', async () => {
    const core = await open();
    const { answerId } = await core.bot.handleText(where('U123'), 'how many people were expelled?');
    await core.bot.feedback(where('U123'), answerId!, true);
    await core.bot.handleText(where('U123', true), 'who won the world cup?');
    await core.bot.handleText(where('U999'), 'why does the border matter?');

    const exported = JSON.parse(await runPrivacyCli(['export', '--platform', 'slack', '--user', 'U123'], core));
    expect(exported.questions.map((q: { question: string }) => q.question).sort()).toEqual([
      'how many people were expelled?',
      'who won the world cup?',
    ]);
    expect(exported.feedback).toEqual([expect.objectContaining({ answerId, helpful: true })]);
    expect(JSON.stringify(exported)).not.toContain('U999');

    expect(await runPrivacyCli(['forget', '--platform', 'slack', '--user', 'U123'], core)).toBe(
      'Forgot slack user U123: 2 questions and 1 feedback vote removed.',
    );
    expect(await core.privacy.exportUser('slack', 'U123')).toEqual({ platform: 'slack', questions: [], feedback: [] });
    expect(await core.store.questionLogCount()).toBe(1);
  });

  it('explains its usage and rejects a missing user or an unknown platform', async () => {
    const core = await open();
    const fail = (argv: string[]) => runPrivacyCli(argv, core).then(() => undefined, (e: unknown) => e as UserError);
    expect(await fail(['forget', '--platform', 'slack'])).toMatchObject({ code: 'COMMAND_USAGE', message: expect.stringContaining('--user') });
    expect(await fail(['export', '--platform', 'irc', '--user', 'x'])).toMatchObject({ code: 'COMMAND_USAGE' });
    expect(await fail(['shred'])).toMatchObject({ message: expect.stringContaining(PRIVACY_USAGE) });
  });
});

describe('question log retention', () => {
  it('the scheduler prunes rows older than QUESTION_LOG_DAYS and keeps newer ones', async () => {
    let now = new Date('2027-03-01T12:00:00Z');
    const clock = () => now;
    const core = await open({ QUESTION_LOG_DAYS: '30' }, clock);
    await core.bot.handleText(where('U1'), 'how many people were expelled?');
    now = new Date('2027-03-20T12:00:00Z');
    await core.bot.handleText(where('U1'), 'why does the border matter?');
    now = new Date('2027-04-05T12:00:00Z'); // 35 days after the first, 16 after the second
    const scheduler = startScheduler({
      digests: core.digests,
      deliverers: {},
      intervalMs: 60_000,
      logger: silentLogger,
      clock,
      housekeeping: (at) => core.privacy.prune(at),
    });
    await scheduler.tick();
    scheduler.stop();
    const left = (await core.privacy.exportUser('slack', 'U1')).questions.map((q) => q.question);
    expect(left).toEqual(['why does the border matter?']);
  });

  it('defaults to 30 days', () => {
    expect(loadConfig({}).questionLogDays).toBe(30);
    expect(() => loadConfig({ QUESTION_LOG_DAYS: '0' })).toThrow(/QUESTION_LOG_DAYS/);
  });
});
