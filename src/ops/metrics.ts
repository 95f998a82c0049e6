// The bot's Prometheus metrics (prom-client), one registry per core so tests and several cores never share counters.
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** What the bot counts; each core has its own registry, served at /metrics. */
export interface Metrics {
  readonly registry: Registry;
  /** Questions asked, by platform. */
  readonly questions: Counter<'platform'>;
  /** Questions answered or declined, by platform. */
  readonly answers: Counter<'platform' | 'outcome'>;
  /** Seconds from a command reaching the core to its reply being ready (the platform's own posting excluded). */
  readonly answerSeconds: Histogram<'platform'>;
  /** Scheduled digests by result: posted, failed (retried later) or paused (a permanent delivery error). */
  readonly digests: Counter<'platform' | 'result'>;
  /** Errors returned by Slack or Discord, by their code (not_in_channel, 50001, timeout, ratelimited…). */
  readonly platformErrors: Counter<'platform' | 'code'>;
  /** Store operations that failed or timed out (the bot carried on without them, or retried them). */
  readonly storeErrors: Counter<'operation'>;
}

/** Creates the metrics in a fresh registry; `processMetrics` adds Node's own (memory, event loop lag, CPU). */
export function createMetrics(opts: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (opts.processMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    questions: new Counter({ name: 'borderbrief_questions_total', help: 'Questions asked', labelNames: ['platform'], registers }),
    answers: new Counter({
      name: 'borderbrief_answers_total',
      help: 'Questions answered or declined (outcome)',
      labelNames: ['platform', 'outcome'],
      registers,
    }),
    answerSeconds: new Histogram({
      name: 'borderbrief_answer_duration_seconds',
      help: 'Time from a command reaching the core to its reply being ready',
      labelNames: ['platform'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
    digests: new Counter({
      name: 'borderbrief_digests_total',
      help: 'Scheduled digests by result (posted, failed, paused)',
      labelNames: ['platform', 'result'],
      registers,
    }),
    platformErrors: new Counter({
      name: 'borderbrief_platform_errors_total',
      help: 'Errors from Slack or Discord calls, by error code',
      labelNames: ['platform', 'code'],
      registers,
    }),
    storeErrors: new Counter({
      name: 'borderbrief_store_errors_total',
      help: 'Store operations that failed or timed out',
      labelNames: ['operation'],
      registers,
    }),
  };
}
