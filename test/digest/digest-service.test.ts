// DigestService: posts each subscription once per local date, at its minute, through crashes, failures and downtime.
import { UserError } from '../../src/errors';
import { createTestService, fakeClock, recordingDeliver, via } from './digest-test-kit';

const ZONE = 'America/Mexico_City'; // 08:00 local = 14:00Z all year
const CHANNEL = 'C-digest';

type Kit = ReturnType<typeof createTestService>;
let kits: Kit[] = [];
function setup(start: string, opts: Parameters<typeof createTestService>[1] = {}) {
  const clock = fakeClock(start);
  const kit = createTestService(clock, opts);
  kits.push(kit);
  return { clock, ...kit };
}
afterEach(async () => {
  await Promise.all(kits.map((k) => k.close()));
  kits = [];
});

describe('DigestService schedule', () => {
  it('is due at the subscribed minute and not a minute before', async () => {
    const { clock, service } = setup('2027-01-15T10:00:00Z');
    await service.subscribe('slack', CHANNEL, '08:00', ZONE);
    const deliver = recordingDeliver();

    clock.set('2027-01-15T13:59:00Z');
    expect(await service.runDue(via(deliver))).toEqual([]);
    expect(deliver.posts).toHaveLength(0);

    clock.set('2027-01-15T14:00:00Z');
    expect(await service.runDue(via(deliver))).toEqual([{ platform: 'slack', channel: CHANNEL, date: '2027-01-15', result: 'posted' }]);
    expect(deliver.posts).toHaveLength(1);
    expect(deliver.posts[0].sub.channel).toBe(CHANNEL);
    expect(deliver.posts[0].reply.kind).toBe('digest');
    expect(deliver.posts[0].reply.digest?.date).toBe('2027-01-15');
  });

  it('posts once per local date: a second run the same day posts nothing', async () => {
    const { clock, service } = setup('2027-01-15T10:00:00Z');
    await service.subscribe('slack', CHANNEL, '08:00', ZONE);
    const deliver = recordingDeliver();
    clock.set('2027-01-15T14:00:30Z');
    await service.runDue(via(deliver));
    clock.set('2027-01-15T14:05:00Z');
    expect(await service.runDue(via(deliver))).toEqual([]);
    clock.set('2027-01-16T05:59:00Z'); // 23:59 local, still the 15th
    expect(await service.runDue(via(deliver))).toEqual([]);
    expect(deliver.posts).toHaveLength(1);
    expect((await service.status('slack', CHANNEL))?.lastDate).toBe('2027-01-15');

    clock.set('2027-01-16T14:00:00Z');
    expect((await service.runDue(via(deliver))).map((o) => o.date)).toEqual(['2027-01-16']);
    expect(deliver.posts).toHaveLength(2);
  });

  it('after three days of downtime posts only today’s digest, once, with no pile of missed days', async () => {
    const { clock, service } = setup('2027-01-12T10:00:00Z');
    await service.subscribe('discord', CHANNEL, '08:00', ZONE);
    const deliver = recordingDeliver();
    clock.set('2027-01-12T14:00:00Z');
    await service.runDue(via(deliver));
    expect((await service.status('discord', CHANNEL))?.lastDate).toBe('2027-01-12');

    // Down from the 12th until well past today's time on the 15th.
    clock.set('2027-01-15T21:30:00Z');
    const outcomes = await service.runDue(via(deliver));
    expect(outcomes).toEqual([{ platform: 'discord', channel: CHANNEL, date: '2027-01-15', result: 'posted' }]);
    expect(deliver.posts.map((p) => p.reply.digest?.date)).toEqual(['2027-01-12', '2027-01-15']);
    clock.advance(60_000);
    expect(await service.runDue(via(deliver))).toEqual([]);
    expect(deliver.posts).toHaveLength(2);
  });

  it("does not post on the day of subscribing when today's time has already passed; the first digest is tomorrow's", async () => {
    const { clock, service } = setup('2027-01-15T16:00:00Z'); // 10:00 local
    const sub = await service.subscribe('slack', CHANNEL, '08:00', ZONE);
    expect(service.nextRun(sub).toISOString()).toBe('2027-01-16T14:00:00.000Z');
    const deliver = recordingDeliver();
    expect(await service.runDue(via(deliver))).toEqual([]);
    clock.set('2027-01-16T05:00:00Z');
    expect(await service.runDue(via(deliver))).toEqual([]);
    clock.set('2027-01-16T14:00:00Z');
    expect((await service.runDue(via(deliver))).map((o) => [o.date, o.result])).toEqual([['2027-01-16', 'posted']]);
    expect(deliver.posts).toHaveLength(1);
  });

  it('posts at 08:00 local on both sides of a DST change (New York, March 2027)', async () => {
    const { clock, service } = setup('2027-03-13T05:00:00Z');
    await service.subscribe('slack', CHANNEL, '08:00', 'America/New_York');
    const deliver = recordingDeliver();
    clock.set('2027-03-13T12:59:00Z');
    expect(await service.runDue(via(deliver))).toEqual([]);
    clock.set('2027-03-13T13:00:00Z');
    expect(await service.runDue(via(deliver))).toHaveLength(1);
    clock.set('2027-03-15T11:59:00Z');
    expect(await service.runDue(via(deliver))).toEqual([]);
    clock.set('2027-03-15T12:00:00Z');
    expect((await service.runDue(via(deliver))).map((o) => o.date)).toEqual(['2027-03-15']);
  });

  it('records nothing for a subscription whose platform is not configured here, and posts nothing', async () => {
    const { clock, service, store } = setup('2027-01-15T10:00:00Z');
    await service.subscribe('discord', CHANNEL, '08:00', ZONE);
    clock.set('2027-01-15T14:00:00Z');
    expect(await service.runDue(() => undefined)).toEqual([{ platform: 'discord', channel: CHANNEL, date: '2027-01-15', result: 'no-platform' }]);
    expect(await store.getDigestRun('discord', CHANNEL, '2027-01-15')).toBeUndefined();
  });
});

describe('DigestService subscribe', () => {
  it.each([
    ['25:00', ZONE, 'TIME_INVALID', /'25:00'.*08:00/s],
    ['noon', ZONE, 'TIME_INVALID', /'noon'.*08:00/s],
    ['08:00', 'Mars/Olympus', 'TIMEZONE_UNKNOWN', /'Mars\/Olympus'.*America\/Mexico_City/s],
    ['08:00', undefined, 'TIMEZONE_UNKNOWN', /America\/Mexico_City/],
  ])('refuses time %j in zone %j with a clear UserError and stores nothing', async (time, zone, code, message) => {
    const { service } = setup('2027-01-15T10:00:00Z');
    const err = await service.subscribe('slack', CHANNEL, time, zone).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).code).toBe(code);
    expect((err as UserError).message).toMatch(message);
    expect(await service.list()).toEqual([]);
  });

  it('stores the normalised time and canonical zone, and replaces the schedule on a second subscribe', async () => {
    const { service } = setup('2027-01-15T10:00:00Z');
    const first = await service.subscribe('slack', CHANNEL, '6:30 pm', 'america/mexico_city');
    expect([first.time, first.timezone]).toEqual(['18:30', 'America/Mexico_City']);
    await service.subscribe('slack', CHANNEL, '7am', 'Asia/Kolkata');
    expect((await service.list()).map((s) => [s.channel, s.time, s.timezone])).toEqual([[CHANNEL, '07:00', 'Asia/Kolkata']]);
    expect(await service.unsubscribe('slack', CHANNEL)).toBe(true);
    expect(await service.unsubscribe('slack', CHANNEL)).toBe(false);
    expect(await service.status('slack', CHANNEL)).toBeUndefined();
  });
});

describe('DigestService preview and now', () => {
  it('leaves the last date and the sequence unchanged, and consumes no claim', async () => {
    const { clock, service, store } = setup('2027-01-15T10:00:00Z');
    await service.subscribe('slack', CHANNEL, '08:00', ZONE);
    clock.set('2027-01-15T14:30:00Z');
    const preview = await service.preview('slack', CHANNEL);
    expect(preview.date).toBe('2027-01-15');
    await service.preview('slack', CHANNEL);
    const sub = await service.status('slack', CHANNEL);
    expect(sub?.lastDate).toBeUndefined();
    expect(sub?.sequence).toBe(0);
    expect(await store.getDigestRun('slack', CHANNEL, '2027-01-15')).toBeUndefined();

    // The scheduled digest still goes out, and is the one the preview showed.
    const deliver = recordingDeliver();
    expect((await service.runDue(via(deliver))).map((o) => o.result)).toEqual(['posted']);
    expect(deliver.posts[0].reply.digest?.focus).toEqual(preview.focus);
    const after = await service.status('slack', CHANNEL);
    expect([after?.lastDate, after?.sequence]).toEqual(['2027-01-15', 1]);
    await service.preview('slack', CHANNEL);
    expect((await service.status('slack', CHANNEL))?.sequence).toBe(1);
  });

  it('previews an unsubscribed channel in the zone asked for, and refuses an unknown zone clearly', async () => {
    const { service } = setup('2027-01-15T20:00:00Z'); // already the 16th in Kolkata
    expect((await service.preview('console', 'console', 'Asia/Kolkata')).date).toBe('2027-01-16');
    expect((await service.preview('console', 'console')).date).toBe('2027-01-15');
    const err = await service.preview('console', 'console', 'Mars/Olympus').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).message).toContain("'Mars/Olympus'");
  });
});

describe('DigestService delivery failures', () => {
  async function dueSubscription(opts: Parameters<typeof createTestService>[1] = {}) {
    const kit = setup('2027-01-15T10:00:00Z', opts);
    await kit.service.subscribe('slack', CHANNEL, '08:00', ZONE);
    kit.clock.set('2027-01-15T14:00:00Z');
    return kit;
  }

  it('retries a failing post with backoff and posts once it succeeds', async () => {
    const { service, sleeps, store } = await dueSubscription();
    let calls = 0;
    const deliver = async () => {
      calls++;
      if (calls < 3) throw new Error(`socket hang up ${calls}`);
    };
    expect((await service.runDue(() => deliver)).map((o) => o.result)).toEqual(['posted']);
    expect(calls).toBe(3);
    expect(sleeps).toEqual([2_000, 10_000]);
    const run = await store.getDigestRun('slack', CHANNEL, '2027-01-15');
    expect(run?.status).toBe('posted');
  });

  it('waits as long as the platform’s Retry-After says before trying again', async () => {
    const { service, sleeps } = await dueSubscription();
    let calls = 0;
    const deliver = async () => {
      if (++calls === 1) throw Object.assign(new Error('rate limited'), { retryAfterMs: 7_500 });
    };
    expect((await service.runDue(() => deliver)).map((o) => o.result)).toEqual(['posted']);
    expect(sleeps).toEqual([7_500]);
  });

  it('records a run failed after the last attempt and posts it in a later run once its retry time has come', async () => {
    const { clock, service, store, sleeps } = await dueSubscription();
    const failing = async () => {
      throw new Error('channel_not_found');
    };
    const outcomes = await service.runDue(() => failing);
    expect(outcomes).toEqual([{ platform: 'slack', channel: CHANNEL, date: '2027-01-15', result: 'failed', error: 'channel_not_found' }]);
    expect(sleeps).toHaveLength(2);
    const run = await store.getDigestRun('slack', CHANNEL, '2027-01-15');
    expect(run?.status).toBe('failed');
    expect(run?.error).toBe('channel_not_found');
    expect(run!.nextAttemptAt!.getTime()).toBeGreaterThan(clock().getTime());
    expect((await service.status('slack', CHANNEL))?.lastDate).toBeUndefined();

    // Before the retry time: not taken up again.
    const deliver = recordingDeliver();
    clock.set(new Date(run!.nextAttemptAt!.getTime() - 1_000).toISOString());
    expect((await service.runDue(via(deliver))).map((o) => o.result)).toEqual(['retry-pending']);
    expect(deliver.posts).toHaveLength(0);

    clock.set(run!.nextAttemptAt!.toISOString());
    expect((await service.runDue(via(deliver))).map((o) => o.result)).toEqual(['posted']);
    expect(deliver.posts).toHaveLength(1);
    expect((await service.runDue(via(deliver))).map((o) => o.result)).toEqual([]);
    expect(deliver.posts).toHaveLength(1);
  });

  it('does not wait in-process for a long Retry-After: it records the run for after that wait', async () => {
    const { clock, service, store, sleeps } = await dueSubscription();
    const limited = async () => {
      throw Object.assign(new Error('rate limited'), { retryAfterMs: 15 * 60_000 });
    };
    expect((await service.runDue(() => limited)).map((o) => o.result)).toEqual(['failed']);
    expect(sleeps).toEqual([]);
    const run = await store.getDigestRun('slack', CHANNEL, '2027-01-15');
    expect(run?.nextAttemptAt?.toISOString()).toBe(new Date(clock().getTime() + 15 * 60_000).toISOString());
  });

  it('stops waiting in-process once the backoff passes a minute and records the run for five minutes later', async () => {
    const { clock, service, sleeps, store } = await dueSubscription({ attempts: 6 });
    const failing = async () => {
      throw new Error('still down');
    };
    expect((await service.runDue(() => failing)).map((o) => o.result)).toEqual(['failed']);
    expect(sleeps).toEqual([2_000, 10_000, 60_000]);
    const run = await store.getDigestRun('slack', CHANNEL, '2027-01-15');
    expect([run?.status, run?.nextAttemptAt?.toISOString()]).toEqual(['failed', new Date(clock().getTime() + 300_000).toISOString()]);
  });

  it('records a post that failed with a non-Error value instead of crashing the run', async () => {
    const { service, store } = await dueSubscription({ attempts: 1 });
    const weird = async () => {
      throw 'gateway said no';
    };
    expect(await service.runDue(() => weird)).toEqual([
      { platform: 'slack', channel: CHANNEL, date: '2027-01-15', result: 'failed', error: 'gateway said no' },
    ]);
    expect((await store.getDigestRun('slack', CHANNEL, '2027-01-15'))?.status).toBe('failed');
  });

  it('does not post twice when the post succeeded but recording it failed once', async () => {
    const { service, store } = await dueSubscription();
    const deliver = recordingDeliver();
    const complete = store.completeDigest.bind(store);
    let failures = 1;
    store.completeDigest = async (...args) => {
      if (failures-- > 0) throw new Error('database is locked');
      return complete(...args);
    };
    await service.runDue(via(deliver));
    expect(deliver.posts).toHaveLength(1);
    expect((await store.getDigestRun('slack', CHANNEL, '2027-01-15'))?.status).toBe('posted');
  });

  it('keeps posting the other channels when one channel’s post fails', async () => {
    const { service } = await dueSubscription({ attempts: 1 });
    await service.subscribe('slack', 'C-other', '08:00', ZONE);
    const posted: string[] = [];
    const deliver = async (sub: { channel: string }) => {
      if (sub.channel === CHANNEL) throw new Error('not_in_channel');
      posted.push(sub.channel);
    };
    const outcomes = await service.runDue(() => deliver);
    expect(outcomes.map((o) => [o.channel, o.result]).sort()).toEqual([
      [CHANNEL, 'failed'],
      ['C-other', 'posted'],
    ]);
    expect(posted).toEqual(['C-other']);
  });
});

describe('DigestService crash recovery', () => {
  it('posts exactly once, after the stale-claim time, a digest whose claimer died before posting', async () => {
    const { clock, service, store } = setup('2027-01-15T10:00:00Z', { staleClaimMs: 10 * 60_000 });
    await service.subscribe('slack', CHANNEL, '08:00', ZONE);
    clock.set('2027-01-15T14:00:00Z');
    // Another process claimed it and died: no post, no completion.
    expect(await store.claimDigest('slack', CHANNEL, '2027-01-15', 'dead-worker', clock(), 10 * 60_000)).toBe('claimed');

    const deliver = recordingDeliver();
    clock.set('2027-01-15T14:05:00Z');
    expect((await service.runDue(via(deliver))).map((o) => o.result)).toEqual(['claimed-elsewhere']);
    expect(deliver.posts).toHaveLength(0);

    clock.set('2027-01-15T14:10:01Z');
    expect((await service.runDue(via(deliver))).map((o) => o.result)).toEqual(['posted']);
    clock.set('2027-01-15T14:30:00Z');
    expect(await service.runDue(via(deliver))).toEqual([]);
    expect(deliver.posts).toHaveLength(1);
    const run = await store.getDigestRun('slack', CHANNEL, '2027-01-15');
    expect([run?.status, run?.attempts]).toEqual(['posted', 2]);
  });

  it('reports already-posted, not a second post, when a run was completed but the subscription update was lost', async () => {
    const { clock, service, store, driver } = setup('2027-01-15T10:00:00Z');
    await service.subscribe('slack', CHANNEL, '08:00', ZONE);
    clock.set('2027-01-15T14:00:00Z');
    await store.claimDigest('slack', CHANNEL, '2027-01-15', 'other', clock(), 600_000);
    await store.completeDigest('slack', CHANNEL, '2027-01-15', clock());
    await driver.run(`UPDATE subscriptions SET last_date = NULL`);
    const deliver = recordingDeliver();
    expect(await service.runDue(via(deliver))).toEqual([{ platform: 'slack', channel: CHANNEL, date: '2027-01-15', result: 'already-posted' }]);
    expect(deliver.posts).toHaveLength(0);
  });

  it('keeps the other channels going when one digest cannot be built, and retries that one later', async () => {
    const { clock, service, store } = setup('2027-01-15T10:00:00Z');
    await service.subscribe('slack', 'C-broken', '08:00', ZONE);
    await service.subscribe('slack', 'C-fine', '08:00', ZONE);
    const topQuestions = store.topQuestions.bind(store);
    let broken = true;
    store.topQuestions = async (platform, channel, ...rest) => {
      if (broken && channel === 'C-broken') throw new Error('question log unreadable');
      return topQuestions(platform, channel, ...rest);
    };
    clock.set('2027-01-15T14:00:00Z');
    const deliver = recordingDeliver();
    const outcomes = await service.runDue(via(deliver));
    expect(outcomes.map((o) => [o.channel, o.result])).toEqual([
      ['C-broken', 'failed'],
      ['C-fine', 'posted'],
    ]);
    expect(deliver.posts.map((p) => p.sub.channel)).toEqual(['C-fine']);
    const run = await store.getDigestRun('slack', 'C-broken', '2027-01-15');
    expect(run?.status).toBe('failed');

    broken = false;
    clock.set(run!.nextAttemptAt!.toISOString());
    expect((await service.runDue(via(deliver))).map((o) => [o.channel, o.result])).toEqual([['C-broken', 'posted']]);
    expect(deliver.posts.map((p) => p.sub.channel)).toEqual(['C-fine', 'C-broken']);
  });
});
