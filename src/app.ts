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

export interface Core {
  bot: Bot;
  engine: AnswerEngine;
  store: Store;
  digests: DigestService;
  close(): Promise<void>;
}

export async function createCore(config: CoreConfig, logger: Logger, clock: () => Date = () => new Date()): Promise<Core> {
  const knowledge = loadKnowledge(config.knowledgeDir);
  const engine = new AnswerEngine(knowledge);
  const store = await openStore(config);
  const digests = new DigestService({ engine, store, logger, clock });
  const bot = new Bot({
    engine,
    store,
    logger,
    clock,
    questionLog: config.questionLog,
    userHashSalt: config.userHashSalt,
    rateLimit: config.rateLimit,
    extraCommands: () => [digestCommand(digests)],
  });
  return { bot, engine, store, digests, close: () => store.close() };
}
