// Start-up: a token Slack rejects is a configuration error naming the variable, not a stack trace.
import { isUserError } from '../../../src/errors';
import { type Harness, startHarness } from './harness';

describe('Slack adapter start-up', () => {
  let h: Harness;
  afterEach(async () => {
    await h?.close();
  });

  test('a bot token Slack rejects stops start-up with an error naming SLACK_BOT_TOKEN', async () => {
    h = await startHarness({ start: false });
    h.fake.failNext('auth.test', { status: 200, error: 'invalid_auth' });
    const error = await h.adapter.start().then(() => undefined, (e: unknown) => e);
    expect(isUserError(error) && error.code).toBe('CONFIG_INVALID');
    expect((error as Error).message).toMatch(/SLACK_BOT_TOKEN: Slack rejected it \(invalid_auth\)/);
  });

  test('an app token Slack rejects stops Socket Mode start-up with an error naming SLACK_APP_TOKEN', async () => {
    h = await startHarness({ mode: 'socket', start: false });
    h.fake.failNext('apps.connections.open', { status: 200, error: 'invalid_auth' });
    const error = await h.adapter.start().then(() => undefined, (e: unknown) => e);
    expect(isUserError(error) && error.code).toBe('CONFIG_INVALID');
    expect((error as Error).message).toMatch(/SLACK_APP_TOKEN: Slack rejected it \(invalid_auth\)/);
  });

  test('stop() before start() is harmless', async () => {
    h = await startHarness({ start: false });
    await expect(h.adapter.stop()).resolves.toBeUndefined();
  });
});
