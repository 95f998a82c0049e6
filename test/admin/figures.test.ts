// The overview's figures: thirty UTC days with zeros filled in, nearest-rank percentiles.
import { overview, percentile, periodStart } from '../../src/admin/figures';
import type { ActivityStats } from '../../src/store/store';

const empty: ActivityStats = { perDay: [], total: 0, answered: 0, private: 0, helpful: 0, notHelpful: 0, answerMs: [], channels: [] };

describe('overview figures', () => {
  const now = new Date('2027-03-15T09:30:00Z');

  it('starts the period at midnight UTC 29 days before today', () => {
    expect(periodStart(now).toISOString()).toBe('2027-02-14T00:00:00.000Z');
  });

  it('lays each day of each platform on the thirty days, zeros where nothing was asked', () => {
    const o = overview({ ...empty, perDay: [{ day: '2027-03-15', platform: 'slack', count: 3 }, { day: '2027-02-14', platform: 'discord', count: 1 }, { day: '2027-01-01', platform: 'slack', count: 9 }] }, now);
    expect(o.days).toHaveLength(30);
    expect(o.days[0]).toBe('2027-02-14');
    expect(o.days[29]).toBe('2027-03-15');
    expect(o.series.slack[29]).toBe(3);
    expect(o.series.discord[0]).toBe(1);
    expect(o.series.slack.reduce((a, b) => a + b)).toBe(3);
  });

  it('takes nearest-rank percentiles, and none of nothing', () => {
    expect(percentile([], 50)).toBeUndefined();
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile(Array.from({ length: 100 }, (_, i) => i + 1), 95)).toBe(95);
    expect(overview({ ...empty, answerMs: [1, 2, 3] }, now)).toMatchObject({ medianMs: 2, p95Ms: 3 });
  });
});
