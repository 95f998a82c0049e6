// npm start's wiring, in-process with an injected clock: the console chat and the scheduler posting at the subscribed minute.
import { PassThrough } from 'node:stream';
import { startBorderBrief, type Running } from '../../adapters/start';
import { silentLogger } from '../../src/logger';
import { KNOWLEDGE_DIR, tempDir } from '../support/knowledge-fixture';

describe('startBorderBrief (npm start)', () => {
  let running: Running | undefined;
  afterEach(async () => running?.stop());

  it('posts a subscribed digest in the console at its minute, once, with an injected clock', async () => {
    let now = new Date('2027-03-15T12:58:00Z'); // 08:58 in New York (EDT)
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d) => (printed += d));
    running = await startBorderBrief({
      env: { DATA_DIR: tempDir('bb-start-'), KNOWLEDGE_DIR, DIGEST_CHECK_SECONDS: '3600' },
      input,
      output,
      notices: new PassThrough(),
      interactive: false,
      clock: () => now,
      logger: silentLogger,
    });
    input.write('digest daily 09:00 America/New_York\n');
    await new Promise((r) => setTimeout(r, 200));
    expect(printed).toMatch(/Daily digest is on for this channel at \*?\*?09:00 America\/New_York/);

    expect(await running.scheduler.tick()).toEqual([]);
    now = new Date('2027-03-15T13:00:00Z');
    const [outcome] = await running.scheduler.tick();
    expect(outcome).toMatchObject({ platform: 'console', channel: 'console', date: '2027-03-15', result: 'posted' });
    expect(printed).toContain('BorderBrief daily — 2027-03-15');
    now = new Date('2027-03-15T13:30:00Z');
    expect(await running.scheduler.tick()).toEqual([]);
    input.end();
    await running.consoleDone;
  });

  it('stops with a clear error, and nothing left open, when a platform setting is malformed', async () => {
    await expect(
      startBorderBrief({
        env: { DATA_DIR: tempDir('bb-start-'), KNOWLEDGE_DIR, DISCORD_TOKEN: 'not-a-token' },
        input: new PassThrough(),
        output: new PassThrough(),
        notices: new PassThrough(),
        interactive: false,
        logger: silentLogger,
      }),
    ).rejects.toThrow(/DISCORD_TOKEN[\s\S]*DISCORD_APPLICATION_ID/);
  });
});
