// Shared fakes for the digest tests: the real knowledge and engine (built once), an in-memory SQLite store, a settable clock.
import { AnswerEngine } from '../../src/engine/answer-engine';
import { loadKnowledge } from '../../src/knowledge/load-knowledge';
import type { Knowledge } from '../../src/knowledge/types';
import { silentLogger } from '../../src/logger';
import { DigestService, type Deliver, type DigestServiceOptions } from '../../src/digest/digest-service';
import type { Reply } from '../../src/reply';
import { SqlStore } from '../../src/store/sql-store';
import { openSqlite } from '../../src/store/sqlite-driver';
import type { Platform, Subscription } from '../../src/store/store';
import { KNOWLEDGE_DIR } from '../support/knowledge-fixture';

// This checkout's own knowledge (not another worktree's), so a branch is tested with its own files.
export { KNOWLEDGE_DIR };

let knowledge: Knowledge | undefined;
let engine: AnswerEngine | undefined;

export function realKnowledge(): Knowledge {
  knowledge ??= loadKnowledge(KNOWLEDGE_DIR);
  return knowledge;
}

/** The engine over the real knowledge, built once per test file. */
export function realEngine(): AnswerEngine {
  engine ??= new AnswerEngine(realKnowledge());
  return engine;
}

/** A clock the test moves by hand. */
export function fakeClock(start: string) {
  let now = new Date(start).getTime();
  const clock = () => new Date(now);
  return Object.assign(clock, {
    set: (iso: string) => void (now = new Date(iso).getTime()),
    advance: (ms: number) => void (now += ms),
  });
}

/** A recording deliverer: every digest it was asked to post, in order. */
export function recordingDeliver(): Deliver & { posts: Array<{ sub: Subscription; reply: Reply }> } {
  const posts: Array<{ sub: Subscription; reply: Reply }> = [];
  const fn = async (sub: Subscription, reply: Reply) => {
    posts.push({ sub, reply });
  };
  return Object.assign(fn, { posts });
}

/** A service over a fresh in-memory store; `close()` closes the store. */
export function createTestService(clock: () => Date, opts: Partial<DigestServiceOptions> = {}) {
  const driver = openSqlite(':memory:');
  const store = new SqlStore(driver);
  const sleeps: number[] = [];
  const service = new DigestService({
    engine: realEngine(),
    store,
    logger: silentLogger,
    clock,
    sleep: async (ms) => void sleeps.push(ms),
    ...opts,
  });
  return { service, store, driver, sleeps, close: () => store.close() };
}

/** Routes every platform to one deliverer. */
export const via = (deliver: Deliver) => (_p: Platform) => deliver;
