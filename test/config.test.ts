import path from 'node:path';
import { loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('has working defaults: SQLite under ./data, question log on', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      dataDir: path.resolve('./data'),
      questionLog: true,
      databaseUrl: undefined,
      rateLimit: { count: 12, windowMs: 60_000 },
      questionLogDays: 30,
      userHashSalt: undefined,
    });
  });

  it('refuses a short USER_HASH_SALT, which a list of guesses could find', () => {
    expect(() => loadConfig({ USER_HASH_SALT: 'borderbrief' })).toThrow(/USER_HASH_SALT: must be at least 16 characters/);
  });

  it('reads every setting', () => {
    const c = loadConfig({ DATA_DIR: '/tmp/x', QUESTION_LOG: 'off', DATABASE_URL: 'postgres://u@h/db', RATE_LIMIT_COUNT: '3', RATE_LIMIT_WINDOW_SECONDS: '10', LOG_LEVEL: 'debug' });
    expect(c).toMatchObject({ dataDir: '/tmp/x', questionLog: false, databaseUrl: 'postgres://u@h/db', rateLimit: { count: 3, windowMs: 10_000 }, logLevel: 'debug' });
  });

  it('names each malformed variable and how to fix it', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x', RATE_LIMIT_COUNT: 'many' })).toThrow(
      /DATABASE_URL: must start with postgres:\/\/[\s\S]*RATE_LIMIT_COUNT: must be a number/,
    );
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', QUESTION_LOG: ' ' }).databaseUrl).toBeUndefined();
  });
});
