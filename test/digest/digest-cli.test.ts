// `npm run digest -- …` in-process: the CLI's commands over a real core (SQLite in a temp dir), with a recording deliverer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../src/app';
import { DIGEST_USAGE, runDigestCli } from '../../src/cli/digest-cli';
import { loadConfig } from '../../src/config';
import { UserError } from '../../src/errors';
import { silentLogger } from '../../src/logger';
import { fakeClock, KNOWLEDGE_DIR, recordingDeliver } from './digest-test-kit';

let dir: string;
let core: Core;
const clock = fakeClock('2027-01-15T10:00:00Z');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-digest-cli-'));
  core = await createCore(loadConfig({ DATA_DIR: dir, KNOWLEDGE_DIR }), silentLogger, clock);
});
afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const cli = (...argv: string[]) => runDigestCli(argv, core, { console: recordingDeliver() });
const failure = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => e as UserError);

describe('digest CLI', () => {
  it('subscribes, lists, runs what is due once, and unsubscribes', async () => {
    expect(await cli('subscribe', '--platform', 'console', '--channel', 'ops', '--time', '8am', '--tz', 'america/mexico_city')).toBe(
      'Subscribed console ops: daily at 08:00 America/Mexico_City. Next: 2027-01-15T14:00:00.000Z',
    );
    expect(await cli('list')).toBe('console\tops\t08:00\tAmerica/Mexico_City\tlast=-\tnext=2027-01-15T14:00:00.000Z');

    const deliver = recordingDeliver();
    const run = (at: string) => runDigestCli(['run-due', '--at', at], core, { console: deliver });
    expect(await run('2027-01-15T13:59:00Z')).toBe('Nothing due at 2027-01-15T13:59:00.000Z.');
    expect(await run('2027-01-15T14:00:00Z')).toBe('posted\tconsole\tops\t2027-01-15');
    expect(await run('2027-01-15T14:01:00Z')).toBe('Nothing due at 2027-01-15T14:01:00.000Z.');
    expect(deliver.posts.map((p) => p.reply.digest?.date)).toEqual(['2027-01-15']);
    expect(await cli('list')).toMatch(/\tlast=2027-01-15\t/);

    expect(await cli('unsubscribe', '--platform', 'console', '--channel', 'ops')).toBe('Unsubscribed console ops.');
    expect(await cli('unsubscribe', '--platform', 'console', '--channel', 'ops')).toBe('No subscription for console ops.');
    expect(await cli('list')).toBe('No subscriptions.');
  });

  it('reports a subscription whose platform has no deliverer here instead of dropping it silently', async () => {
    await cli('subscribe', '--platform', 'slack', '--channel', 'C9', '--time', '08:00', '--tz', 'UTC');
    try {
      expect(await runDigestCli(['run-due', '--at', '2027-01-16T08:00:00Z'], core, {})).toBe('no-platform\tslack\tC9\t2027-01-16');
    } finally {
      await cli('unsubscribe', '--platform', 'slack', '--channel', 'C9');
    }
  });

  it("prints today's digest as plain text on preview without touching the schedule", async () => {
    const text = await cli('preview', '--tz', 'Asia/Kolkata');
    expect(text).toMatch(/^BorderBrief daily — 2027-01-15: /);
    expect(text).toContain('Question of the day: ');
    expect(text).toContain('Last 24 hours — not answered:');
    expect(text).not.toMatch(/\*\*|<@|<#/);
    expect(await core.store.getDigestRun('console', 'console', '2027-01-15')).toBeUndefined();
  });

  it.each([
    [['subscribe', '--platform', 'slack', '--channel', 'C1', '--time', '08:00', '--tz', 'Mars/Olympus'], /'Mars\/Olympus'.*America\/Mexico_City/s],
    [['preview', '--tz', 'Mars/Olympus'], /'Mars\/Olympus'/],
    [['subscribe', '--platform', 'slack', '--channel', 'C1', '--time', '25:00', '--tz', 'UTC'], /'25:00'.*08:00/s],
    [['subscribe', '--platform', 'teams', '--channel', 'C1', '--time', '08:00', '--tz', 'UTC'], /--platform must be one of slack, discord, console \(got 'teams'\)/],
    [['subscribe', '--platform', 'slack', '--time', '08:00', '--tz', 'UTC'], /--channel is required/],
    [['run-due', '--at', 'yesterday'], /--at 'yesterday' is not an ISO instant/],
    [['list', '--verbose'], /Unknown option '--verbose'[\s\S]*Usage:/],
    [['explode'], /Unknown command 'explode'[\s\S]*Usage:/],
    [[], /^Usage:/],
  ])('refuses %j with a UserError that says what to do', async (argv, message) => {
    const err = await failure(cli(...argv));
    expect(err).toBeInstanceOf(UserError);
    expect(err?.message).toMatch(message);
    expect(await cli('list')).toBe('No subscriptions.');
  });

  it('shows an example in its usage', () => {
    expect(DIGEST_USAGE).toContain('--tz America/Mexico_City');
  });
});
