// The in-process scheduler inside the running bot: posts at the subscribed minute, once, with an injected clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore, type Core } from '../../src/app';
import { loadConfig } from '../../src/config';
import { startScheduler, type Scheduler } from '../../src/digest/scheduler';
import { silentLogger } from '../../src/logger';
import { fakeClock, KNOWLEDGE_DIR, recordingDeliver } from './digest-test-kit';

let dir: string;
let core: Core;
let scheduler: Scheduler | undefined;
const clock = fakeClock('2027-07-01T13:58:00Z'); // 07:58 in Mexico City

// One core for the file (building the engine is the slow part); each test uses its own channel and removes it.
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-scheduler-'));
  core = await createCore(loadConfig({ DATA_DIR: dir, KNOWLEDGE_DIR }), silentLogger, clock);
});
afterEach(async () => {
  scheduler?.stop();
  await scheduler?.tick(); // let any tick in flight finish before the next test
  scheduler = undefined;
  for (const sub of await core.digests.list()) await core.digests.unsubscribe(sub.platform, sub.channel);
});
afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('digest scheduler', () => {
  it('posts at the subscribed minute, once, through the platform deliverer', async () => {
    clock.set('2027-07-01T13:58:00Z');
    await core.digests.subscribe('console', 'ops', '08:00', 'America/Mexico_City');
    const deliver = recordingDeliver();
    scheduler = startScheduler({ digests: core.digests, deliverers: { console: deliver }, intervalMs: 20, logger: silentLogger, clock });

    expect(await scheduler.tick()).toEqual([]);
    clock.set('2027-07-01T13:59:59Z');
    expect(await scheduler.tick()).toEqual([]);
    expect(deliver.posts).toHaveLength(0);

    clock.set('2027-07-01T14:00:00Z');
    await scheduler.tick();
    // The interval may have fired too: whichever tick saw the minute, there is exactly one post.
    expect(deliver.posts).toHaveLength(1);
    expect(deliver.posts[0].sub.channel).toBe('ops');
    expect(deliver.posts[0].reply.digest?.date).toBe('2027-07-01');

    clock.set('2027-07-01T14:00:30Z');
    expect(await scheduler.tick()).toEqual([]);
    clock.set('2027-07-01T23:00:00Z');
    expect(await scheduler.tick()).toEqual([]);
    expect(deliver.posts).toHaveLength(1);
    expect((await core.digests.status('console', 'ops'))?.lastDate).toBe('2027-07-01');
  });

  it('catches up on start: a digest whose time passed while the bot was down goes out once', async () => {
    clock.set('2027-07-01T13:00:00Z');
    await core.digests.subscribe('console', 'ops-catch-up', '08:00', 'America/Mexico_City');
    clock.set('2027-07-01T18:00:00Z'); // the bot was down at 08:00 local
    const deliver = recordingDeliver();
    scheduler = startScheduler({ digests: core.digests, deliverers: { console: deliver }, intervalMs: 20, logger: silentLogger, clock });
    await scheduler.tick(); // joins the start-up tick if it is still running
    await scheduler.tick();
    expect(deliver.posts).toHaveLength(1);
  });

  it('runs one tick at a time: concurrent ticks share the run in flight', async () => {
    clock.set('2027-07-01T13:00:00Z');
    await core.digests.subscribe('console', 'ops-overlap', '08:00', 'America/Mexico_City');
    clock.set('2027-07-01T14:00:00Z');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const posts: string[] = [];
    scheduler = startScheduler({
      digests: core.digests,
      deliverers: { console: async (sub) => void (await gate, posts.push(sub.channel)) },
      intervalMs: 60_000,
      logger: silentLogger,
      clock,
    });
    const [a, b] = [scheduler.tick(), scheduler.tick()];
    expect(a).toBe(b);
    release();
    expect((await a).map((o) => o.result)).toEqual(['posted']);
    expect(posts).toEqual(['ops-overlap']);
  });

  it('keeps ticking after a tick fails', async () => {
    clock.set('2027-07-01T13:00:00Z');
    await core.digests.subscribe('console', 'ops-failing', '08:00', 'America/Mexico_City');
    const listSubscriptions = core.store.listSubscriptions.bind(core.store);
    let down = true;
    core.store.listSubscriptions = async () => {
      if (down) throw new Error('database unavailable');
      return listSubscriptions();
    };
    try {
      const deliver = recordingDeliver();
      scheduler = startScheduler({ digests: core.digests, deliverers: { console: deliver }, intervalMs: 60_000, logger: silentLogger, clock });
      clock.set('2027-07-01T14:00:00Z');
      expect(await scheduler.tick()).toEqual([]);
      down = false;
      expect((await scheduler.tick()).map((o) => o.result)).toEqual(['posted']);
      expect(deliver.posts).toHaveLength(1);
    } finally {
      core.store.listSubscriptions = listSubscriptions;
    }
  });
});
