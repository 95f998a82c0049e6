// The digest command as people type it (`digest daily 08:00 America/Mexico_City`), through the bot with no platform at all.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../src/app';
import type { CommandContext } from '../../src/commands/command';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { withoutMarks } from '../../src/text/text-tools';
import { fakeClock, KNOWLEDGE_DIR } from './digest-test-kit';

let dir: string;
let core: Core;
const clock = fakeClock('2027-03-13T10:00:00Z');
let n = 0;
let ctx: CommandContext;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-digest-command-'));
  // Many commands from one person: the rate limit is tested elsewhere.
  core = await createCore(loadConfig({ DATA_DIR: dir, KNOWLEDGE_DIR, RATE_LIMIT_COUNT: '1000' }), silentLogger, clock);
});
beforeEach(() => {
  clock.set('2027-03-13T10:00:00Z');
  ctx = { platform: 'slack', channel: `C${++n}`, userId: 'U1', canManageChannel: true };
});
afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const say = (text: string, as: CommandContext = ctx) => core.bot.handleText(as, text);

describe('digest command', () => {
  it('subscribes and tells when the next digest comes, in local time across the DST change', async () => {
    clock.set('2027-03-13T14:00:00Z'); // 09:00 EST on Saturday: the next 08:00 is Sunday's, already EDT
    const reply = await say('digest daily 08:00 America/New_York');
    expect(reply.kind).toBe('info');
    expect(reply.text).toBe('Daily digest is on for this channel at **08:00 America/New_York**. Next digest: Sun 14 Mar 2027, 08:00 (America/New_York).');
    const status = await say('digest status');
    expect(status.text).toContain('Daily digest at **08:00 America/New_York**. Next digest: Sun 14 Mar 2027, 08:00');
  });

  it('understands an am/pm time typed with a space before the zone', async () => {
    const reply = await say('digest daily 6:30 pm america/mexico_city');
    expect(reply.kind).toBe('info');
    expect(reply.text).toContain('**18:30 America/Mexico_City**');
  });

  it.each([
    ['digest daily 25:00 America/Mexico_City', "'25:00'"],
    ['digest daily 08:00 Mars/Olympus', "Unknown time zone 'Mars/Olympus'"],
    ['digest daily noon UTC', "'noon'"],
  ])('answers %j with a private, friendly error naming the problem and an example', async (text, named) => {
    const reply = await say(text);
    expect(reply.kind).toBe('error');
    expect(reply.private).toBe(true);
    // What the user typed is marked in the reply's Markdown, for each platform to escape.
    expect(withoutMarks(reply.text)).toContain(named);
    expect(reply.text).toContain('America/Mexico_City');
    expect(await core.digests.status('slack', ctx.channel)).toBeUndefined();
  });

  it('refuses to change the schedule without the Manage Channels permission, but shows the status', async () => {
    const member = { ...ctx, canManageChannel: false };
    expect((await say('digest daily 08:00 UTC', member)).text).toMatch(/Manage Channels/);
    expect(await core.digests.status('slack', ctx.channel)).toBeUndefined();
    expect((await say('digest status', member)).text).toMatch(/^No daily digest in this channel/);
  });

  it('previews privately and posts now publicly, both leaving the schedule alone', async () => {
    await say('digest daily 08:00 UTC');
    const preview = await say('digest preview');
    const now = await say('digest now');
    expect([preview.kind, preview.private, now.kind, now.private]).toEqual(['digest', true, 'digest', false]);
    expect(preview.digest?.date).toBe('2027-03-13');
    const sub = await core.digests.status('slack', ctx.channel);
    expect([sub?.lastDate, sub?.sequence]).toEqual([undefined, 0]);
  });

  it('turns the digest off, and says so when there was none', async () => {
    await say('digest daily 08:00 UTC');
    expect((await say('digest off')).text).toBe('Daily digest turned off for this channel.');
    expect((await say('digest off')).text).toMatch(/nothing to turn off/);
  });
});
