// The gaps command in the core, with no platform: who may run it, where it may be shown, what it shows.
import type { Core } from '../../src/app';
import type { CommandContext } from '../../src/commands/command';
import { runGapsCli } from '../../src/cli/gaps-cli';
import { withoutMarks } from '../../src/text/text-tools';
import { testCore } from '../support/core';

const base: CommandContext = { platform: 'slack', channel: 'C1', userId: 'U1', canManageChannel: true };

describe('the gaps command', () => {
  let core: Core;
  beforeAll(async () => {
    core = await testCore();
    for (const [i, question] of ['who won the world cup?', 'Who won the World Cup', 'weather in paris?'].entries()) {
      await core.store.logQuestion({ at: new Date(), platform: 'slack', channel: 'C1', userHash: `u${i}`, question, answered: false });
    }
    await core.store.logQuestion({ at: new Date(), platform: 'discord', channel: 'D1', userHash: 'd', question: 'discord only question about the moon', answered: false });
  });
  afterAll(() => core.close());

  it('shows an editor the groups of their own platform, privately, with user text marked for escaping', async () => {
    const reply = await core.bot.handleText({ ...base, isAdmin: true, private: true }, 'gaps');
    expect(reply).toMatchObject({ kind: 'info', private: true });
    expect(reply.text).toMatch(/\uE000Who won the World Cup\uE001/);
    expect(withoutMarks(reply.text)).toMatch(/1\. “Who won the World Cup” ×2 \(2 declined\) · slack/);
    expect(reply.text).not.toContain('moon');
  });

  it('takes the days to look back, and says what it wants when they are not a number', async () => {
    const ok = await core.bot.handleText({ ...base, isAdmin: true, private: true }, 'gaps 30');
    expect(ok.kind).toBe('info');
    const bad = await core.bot.runNamed({ ...base, isAdmin: true, private: true }, 'gaps', undefined, { days: 'lots' });
    expect(bad).toMatchObject({ kind: 'error' });
    expect(withoutMarks(bad.text)).toMatch(/Days must be a whole number, e\.g\. `gaps 30` \(got 'lots'\)/);
  });

  it('reads "gaps" followed by words that are not days as a question, for anyone', async () => {
    const ctx = { ...base, private: true, isAdmin: false };
    const asked = await core.bot.handleText(ctx, 'gaps in border security?');
    expect(['answer', 'decline']).toContain(asked.kind);
    expect(core.bot.questionIn('gaps in border security?')).toBe('gaps in border security?');
    expect((await core.bot.handleText(ctx, 'gaps 30')).text).toMatch(/for editors/);
  });

  it('refuses anyone who may not see reports, and names who may', async () => {
    const reply = await core.bot.handleText({ ...base, private: true, isAdmin: async () => false, whoIsAdmin: 'a digest manager' }, 'gaps');
    expect(reply).toMatchObject({ kind: 'error', private: true });
    expect(reply.text).toBe("`gaps` is for the bot's admins: it needs a digest manager.");
  });

  it('is never shown where everyone sees the reply, even to an editor', async () => {
    const reply = await core.bot.handleText({ ...base, isAdmin: true, private: false }, 'gaps');
    expect(reply.kind).toBe('error');
    expect(reply.text).toMatch(/shown only to you/);
    expect(reply.text).not.toMatch(/world cup/i);
  });

  it('runs in the console, for its one local person', async () => {
    const reply = await core.bot.handleText({ platform: 'console', channel: 'console', userId: 'me', canManageChannel: true, isAdmin: true }, '/gaps');
    expect(reply.kind).toBe('info');
  });
});

describe('npm run gaps (runGapsCli)', () => {
  let core: Core;
  beforeAll(async () => {
    core = await testCore();
    await core.store.logQuestion({ at: new Date(), platform: 'slack', channel: 'C1', userHash: 'u', question: 'who won the world cup?', answered: false });
  });
  afterAll(() => core.close());

  it('prints the groups with the fix and the YAML to paste', async () => {
    const out = await runGapsCli([], core.bot);
    expect(out).toMatch(/^Gaps report — .*1 declined/);
    expect(out).toMatch(/1\. "who won the world cup\?" ×1 \(1 declined\) · slack/);
    expect(out).toMatch(/# knowledge\/not-covered\.yaml — add at the end of `topics:`/);
  });

  it('prints one JSON object with --json', async () => {
    const report = JSON.parse(await runGapsCli(['--json', '--days', '3', '--platform', 'slack', '--limit', '5'], core.bot));
    expect(Object.keys(report).sort()).toEqual(['chat', 'from', 'groups', 'notCoveredReplies', 'nowAnswered', 'privateHidden', 'to', 'totalDeclined', 'totalDownvoted']);
    expect(report.groups[0]).toMatchObject({ representative: 'who won the world cup?', count: 1, suggestion: { kind: 'add-not-covered' } });
  });

  it('refuses unknown options and bad values with the usage', async () => {
    await expect(runGapsCli(['--weeks', '2'], core.bot)).rejects.toThrow(/Unknown option '--weeks'[\s\S]*Usage: npm run gaps/);
    await expect(runGapsCli(['--days', 'x'], core.bot)).rejects.toThrow(/--days must be a whole number \(got 'x'\)/);
    await expect(runGapsCli(['--platform', 'teams'], core.bot)).rejects.toThrow(/slack, discord, console \(got 'teams'\)[\s\S]*Usage/);
  });
});
