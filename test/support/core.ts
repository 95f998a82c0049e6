// Builds a real core (knowledge, engine, SQLite store in a temp dir) for tests, with optional overrides.
import { createCore, type Core } from '../../src/app';
import { loadConfig } from '../../src/config';
import { silentLogger } from '../../src/logger';
import { KNOWLEDGE_DIR, tempDir } from './knowledge-fixture';

export async function testCore(env: Record<string, string> = {}, clock?: () => Date): Promise<Core> {
  const config = loadConfig({ DATA_DIR: tempDir('bb-data-'), KNOWLEDGE_DIR, ...env });
  return createCore(config, silentLogger, clock);
}
