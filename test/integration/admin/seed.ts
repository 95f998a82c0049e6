// A seeded store for the dashboard tests: questions over several days and platforms, votes, private questions,
// a question written as an attack, subscriptions (one paused). Times are relative to `now`.
import type { Core } from '../../../src/app';

/** A question whose text is markup and script: the dashboard must show it as text. */
export const HOSTILE = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> how many?`;

export const SEEDED = {
  /** Every logged question, the one older than 30 days included. */
  logged: 14,
  /** In the last 30 days. */
  total: 13,
  private: 2,
  answered: 9,
  helpful: 3,
  notHelpful: 1,
  /** Answer times logged, ms: median (nearest rank) 4, p95 40. */
  medianMs: '4.00 ms',
  p95Ms: '40 ms',
  publicChannels: 3,
};

export async function seed(core: Core, now: Date): Promise<void> {
  const day = 86_400_000;
  const at = (days: number, minutes = 0) => new Date(now.getTime() - days * day - minutes * 60_000);
  const log = (question: string, answered: boolean, when: Date, extra: { platform?: 'slack' | 'discord' | 'console'; channel?: string; private?: boolean; answerMs?: number } = {}) =>
    core.store.logQuestion({ at: when, platform: extra.platform ?? 'slack', channel: extra.channel ?? 'C0NEWSDESK', userHash: 'seed-user', question, answered, private: extra.private, answerMs: extra.answerMs ?? 4 });
  const expelled = await log('how many people were expelled?', true, at(0, 5), { answerMs: 2 });
  const why = await log('why does the border matter?', true, at(0, 10), { answerMs: 3 });
  await log('what is a cartel?', true, at(1), { platform: 'discord', channel: '1100000000000000001' });
  await log('how many people were expelled?', true, at(1, 30), { answerMs: 5 });
  await log('who won the world cup?', false, at(2), { answerMs: 1 });
  await log('who won the world cup', false, at(3), { platform: 'discord', channel: '1100000000000000001' });
  await log(HOSTILE, false, at(0, 1), { answerMs: 40 });
  await log('what does the article recommend?', true, at(5), { platform: 'console', channel: 'console' });
  await log('what are the names of those expelled?', false, at(6), { answerMs: 6 });
  await log('is expelling them enough?', true, at(8), { answerMs: 7 });
  await log('how do they fight corruption?', true, at(12), { platform: 'discord', channel: '1100000000000000001', answerMs: 8 });
  await log('a private question about money laundering', true, at(0, 3), { private: true, channel: 'D0PRIVATE' });
  await log('another private one', true, at(4), { private: true, channel: 'D0PRIVATE' });
  await log('far too old to count', true, at(45));
  for (const [user, helpful] of [['u1', true], ['u2', true], ['u3', false]] as const)
    await core.store.recordFeedback({ answerId: expelled, platform: 'slack', userHash: user, helpful });
  await core.store.recordFeedback({ answerId: why, platform: 'slack', userHash: 'u1', helpful: true });
  await core.digests.subscribe('slack', 'C0NEWSDESK', '08:00', 'America/Mexico_City');
  await core.digests.subscribe('discord', '1100000000000000001', '18:30', 'Europe/Madrid');
  await core.store.pauseSubscription('discord', '1100000000000000001', 'Missing Access (50001): the bot was removed from the channel', at(1));
}
