// A Discord digest through a crash: a claim taken over after its process died finds the digest in the channel
// (by the embed's footer) and records it instead of posting again; posts carry a nonce Discord enforces.
import { IDS, type Harness, startHarness } from './harness';

const DATE = '2027-01-15';
const AT = new Date('2027-01-15T14:00:30Z'); // 08:00:30 in Mexico City
const LATER = new Date('2027-01-15T14:11:30Z'); // past the 10-minute stale-claim window

describe('Discord digest: exactly once through a crash', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    await h.core.store.upsertSubscription({ platform: 'discord', channel: IDS.channel, time: '08:00', timezone: 'America/Mexico_City', createdAt: new Date('2027-01-01T00:00:00Z') });
  });
  afterEach(async () => h.stop());

  const posts = () => h.fake.requestsMatching('POST', new RegExp(`^/channels/${IDS.channel}/messages$`));
  const deliverer = () => (p: string) => (p === 'discord' ? h.adapter.deliver : undefined);

  it('a post that landed before the process died is found by the later run, and not posted again', async () => {
    // The first process claimed and posted, then died before recording it.
    expect(await h.core.store.claimDigest('discord', IDS.channel, DATE, 'dead-host:1', AT, 600_000)).toBe('claimed');
    const sub = (await h.core.store.getSubscription('discord', IDS.channel))!;
    const digest = await h.core.digests.preview('discord', IDS.channel);
    const { digestReply } = await import('../../../src/digest/digest-command');
    await h.adapter.deliver(sub, { ...digestReply({ ...digest, date: DATE }, false) }, { date: DATE, resume: false });
    expect(posts()).toHaveLength(1);
    expect(posts()[0].body).toMatchObject({ enforce_nonce: true, nonce: expect.stringMatching(/^bbd20270115[0-9a-f]{9}$/) });

    const [outcome] = await h.core.digests.runDue(deliverer(), LATER);
    expect(outcome).toMatchObject({ channel: IDS.channel, date: DATE, result: 'already-posted' });
    expect(posts()).toHaveLength(1);
    expect(h.fake.requestsMatching('GET', new RegExp(`^/channels/${IDS.channel}/messages$`))).toHaveLength(1);
    expect((await h.core.store.getDigestRun('discord', IDS.channel, DATE))?.status).toBe('posted');
  });

  it('a claim whose process died before posting: the later run looks, finds nothing, and posts once', async () => {
    expect(await h.core.store.claimDigest('discord', IDS.channel, DATE, 'dead-host:1', AT, 600_000)).toBe('claimed');
    const [outcome] = await h.core.digests.runDue(deliverer(), LATER);
    expect(outcome).toMatchObject({ result: 'posted' });
    expect(posts()).toHaveLength(1);
    expect(posts()[0].body.embeds[0].footer.text).toBe(`BorderBrief daily digest · ${DATE}`);
    // Nothing more that day.
    expect(await h.core.digests.runDue(deliverer(), new Date('2027-01-15T20:00:00Z'))).toEqual([]);
    expect(posts()).toHaveLength(1);
  });
});
