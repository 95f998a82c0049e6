// Builds the core from configuration: knowledge, engine, store, bot. Every entry point (npm start, CLIs) uses it.
import type { AnswerEngine } from './engine/answer-engine';
import { Bot } from './bot';
import type { CoreConfig } from './config';
import { LiveKnowledge } from './knowledge/live-knowledge';
import type { Logger } from './logger';
import { openStore } from './store/open-store';
import type { Store } from './store/store';
import { digestCommand } from './digest/digest-command';
import { DigestService } from './digest/digest-service';
import { PrivacyService, resolveUserHashSecret } from './privacy/privacy-service';
import { createMetrics, type Metrics } from './ops/metrics';

export interface Core {
  bot: Bot;
  /** The engine in use now (a knowledge reload replaces it). */
  readonly engine: AnswerEngine;
  /** knowledge/ as loaded, reloaded on change once watched (`knowledge.watch()`, adapters/start.ts) and on SIGHUP. */
  knowledge: LiveKnowledge;
  store: Store;
  digests: DigestService;
  /** Export and erasure of one person's rows, and the question log's retention (QUESTION_LOG_DAYS). */
  privacy: PrivacyService;
  /** Counters and histograms served at /metrics. */
  metrics: Metrics;
  close(): Promise<void>;
}

export async function createCore(config: CoreConfig, logger: Logger, clock: () => Date = () => new Date()): Promise<Core> {
  const knowledge = new LiveKnowledge({ dir: config.knowledgeDir, logger, clock });
  const engine = () => knowledge.engine;
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
    knowledge,
    store,
    logger,
    clock,
    questionLog: config.questionLog,
    userHashSalt: secret,
    rateLimit: config.rateLimit,
    extraCommands: () => [digestCommand(digests)],
    metrics,
  });
  return {
    bot,
    get engine() {
      return knowledge.engine;
    },
    knowledge,
    store,
    digests,
    privacy,
    metrics,
    close: async () => {
      await knowledge.close();
      await store.close();
    },
  };
}
