// Builds the core from configuration: knowledge, engine, store, bot. Every entry point (npm start, CLIs) uses it.
import { AnswerEngine } from './engine/answer-engine';
import { Bot } from './bot';
import type { CoreConfig } from './config';
import { loadKnowledge } from './knowledge/load-knowledge';
import type { Logger } from './logger';
import { openStore } from './store/open-store';
import type { Store } from './store/store';
import { digestCommand } from './digest/digest-command';
import { DigestService } from './digest/digest-service';
import { PrivacyService, resolveUserHashSecret } from './privacy/privacy-service';
import { createMetrics, type Metrics } from './ops/metrics';

export interface Core {
  bot: Bot;
  engine: AnswerEngine;
  store: Store;
  digests: DigestService;
  /** Export and erasure of one person's rows, and the question log's retention (QUESTION_LOG_DAYS). */
  privacy: PrivacyService;
  /** Counters and histograms served at /metrics. */
  metrics: Metrics;
  close(): Promise<void>;
}

export async function createCore(config: CoreConfig, logger: Logger, clock: () => Date = () => new Date()): Promise<Core> {
  const knowledge = loadKnowledge(config.knowledgeDir);
  const engine = new AnswerEngine(knowledge);
  const store = await openStore(config);
  const secret = await resolveUserHashSecret(store, config.userHashSalt).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });
  const privacy = new PrivacyService({ store, secret, questionLogDays: config.questionLogDays });
  const metrics = createMetrics({ processMetrics: true });
  const digests = new DigestService({ engine, store, logger, clock, metrics });
  const bot = new Bot({
    engine,
    store,
    logger,
    clock,
    questionLog: config.questionLog,
    userHashSalt: secret,
    rateLimit: config.rateLimit,
    extraCommands: () => [digestCommand(digests)],
    metrics,
  });
  return { bot, engine, store, digests, privacy, metrics, close: () => store.close() };
}
