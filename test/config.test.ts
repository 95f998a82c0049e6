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

describe('loadConfig: the dashboard', () => {
  const token = 'a'.repeat(64);

  it('is off unless ADMIN_TOKEN is set', () => {
    expect(loadConfig({}).admin).toBeUndefined();
    expect(loadConfig({ ADMIN_PORT: '9000' }).admin).toBeUndefined();
  });

  it('binds 127.0.0.1 by default and reads its port and host', () => {
    expect(loadConfig({ ADMIN_TOKEN: token }).admin).toEqual({ token, port: undefined, host: '127.0.0.1' });
    expect(loadConfig({ ADMIN_TOKEN: token, ADMIN_PORT: '9000', ADMIN_HOST: '0.0.0.0' }).admin).toEqual({ token, port: 9000, host: '0.0.0.0' });
  });

  it('refuses a short token and says how to make a good one', () => {
    expect(() => loadConfig({ ADMIN_TOKEN: 'secret' })).toThrow(/ADMIN_TOKEN: must be at least 32 characters — make one with: openssl rand -hex 32/);
  });

  it('refuses a bad port or host, naming the variable', () => {
    expect(() => loadConfig({ ADMIN_TOKEN: token, ADMIN_PORT: '70000' })).toThrow(/ADMIN_PORT: must be a port number from 1 to 65535/);
    expect(() => loadConfig({ ADMIN_TOKEN: token, ADMIN_PORT: 'eighty' })).toThrow(/ADMIN_PORT: must be a port number/);
    expect(() => loadConfig({ ADMIN_TOKEN: token, ADMIN_HOST: 'my host' })).toThrow(/ADMIN_HOST: must be a host name or IP address/);
  });
});
