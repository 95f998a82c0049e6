// The overview's figures from the store's counts: a day-by-day series per platform, shares and percentiles. Pure.
import type { ActivityStats, Platform } from '../store/store';

export const OVERVIEW_DAYS = 30;
export const PLATFORMS: Platform[] = ['slack', 'discord', 'console'];

export interface Overview {
  /** The UTC days of the period, oldest first (YYYY-MM-DD). */
  days: string[];
  /** Questions per day for each platform, aligned with `days`. */
  series: Record<Platform, number[]>;
  total: number;
  answered: number;
  private: number;
  helpful: number;
  notHelpful: number;
  medianMs?: number;
  p95Ms?: number;
  channels: ActivityStats['channels'];
}

/** The first instant of the period that ends with `now`'s UTC day. */
export function periodStart(now: Date, days = OVERVIEW_DAYS): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (days - 1) * 86_400_000);
}

/** Nearest-rank percentile of ascending values (p in 0..100). */
export function percentile(sorted: number[], p: number): number | undefined {
  if (!sorted.length) return undefined;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The overview of a period from its counts; days without questions count zero. */
export function overview(stats: ActivityStats, now: Date, days = OVERVIEW_DAYS): Overview {
  const start = periodStart(now, days).getTime();
  const dayList = Array.from({ length: days }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
  const series = Object.fromEntries(PLATFORMS.map((p) => [p, dayList.map(() => 0)])) as Record<Platform, number[]>;
  for (const row of stats.perDay) {
    const i = dayList.indexOf(row.day);
    if (i >= 0 && series[row.platform]) series[row.platform][i] += row.count;
  }
  return {
    days: dayList,
    series,
    total: stats.total,
    answered: stats.answered,
    private: stats.private,
    helpful: stats.helpful,
    notHelpful: stats.notHelpful,
    medianMs: percentile(stats.answerMs, 50),
    p95Ms: percentile(stats.answerMs, 95),
    channels: stats.channels,
  };
}
