// loadSlackConfig: Slack off without SLACK_*, Socket Mode or HTTP mode from the variables, and errors that name the variable.
import { loadSlackConfig } from '../../../adapters/slack/config';
import { isUserError } from '../../../src/errors';

const BOT = 'xoxb-1-2-abc';
const APP = 'xapp-1-A1-2-def';

function configErrorOf(env: NodeJS.ProcessEnv): string {
  try {
    loadSlackConfig(env);
  } catch (err) {
    if (isUserError(err) && err.code === 'CONFIG_INVALID') return err.message;
    throw err;
  }
  throw new Error('expected a CONFIG_INVALID error');
}

describe('loadSlackConfig', () => {
  test.each([
    ['no SLACK_* at all', {}],
    ['only empty SLACK_* values', { SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '  ' }],
    ['unrelated variables', { DISCORD_TOKEN: 'x', PORT: '8080' }],
    ['only the settings .env.example ships with defaults (no credentials)', { SLACK_COMMAND: '/brief', SLACK_API_URL: '', PORT: '3000' }],
  ])('is undefined (Slack off) with %s', (_name, env) => {
    expect(loadSlackConfig(env)).toBeUndefined();
  });

  test('uses Socket Mode when SLACK_APP_TOKEN is set, with the /brief default command', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual({
      botToken: BOT,
      connection: { mode: 'socket', appToken: APP },
      apiUrl: undefined,
      command: '/brief',
      digestManagers: [],
    });
  });

  test('reads DIGEST_MANAGERS as a list of Slack user ids, and names a malformed one', () => {
    const env = { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP };
    expect(loadSlackConfig({ ...env, DIGEST_MANAGERS: 'U0123ABCD, W0456EFGH' })?.digestManagers).toEqual(['U0123ABCD', 'W0456EFGH']);
    expect(() => loadSlackConfig({ ...env, DIGEST_MANAGERS: 'U0123ABCD,@ana' })).toThrow(/DIGEST_MANAGERS: must list Slack user ids/);
  });

  test('prefers Socket Mode when both an app token and a signing secret are set', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: 's3cret' })?.connection.mode).toBe('socket');
  });

  test('uses HTTP mode on PORT (default 3000) with a signing secret and no app token', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's3cret' })?.connection).toEqual({ mode: 'http', signingSecret: 's3cret', port: 3000 });
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's3cret', PORT: '8080' })?.connection).toEqual({ mode: 'http', signingSecret: 's3cret', port: 8080 });
  });

  test('reads SLACK_API_URL (GovSlack) with a trailing slash, and SLACK_COMMAND; trims pasted whitespace', () => {
    const config = loadSlackConfig({ SLACK_BOT_TOKEN: ` ${BOT}\n`, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'https://slack-gov.com/api', SLACK_COMMAND: '/ask-border' });
    expect(config).toMatchObject({ botToken: BOT, apiUrl: 'https://slack-gov.com/api/', command: '/ask-border' });
  });

  test.each([
    ['SLACK_APP_TOKEN without SLACK_BOT_TOKEN', { SLACK_APP_TOKEN: APP }, /SLACK_BOT_TOKEN: is required/],
    ['neither SLACK_APP_TOKEN nor SLACK_SIGNING_SECRET', { SLACK_BOT_TOKEN: BOT }, /SLACK_APP_TOKEN: set SLACK_APP_TOKEN .* or SLACK_SIGNING_SECRET/],
    ['an app token that is not xapp-', { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: 'xoxb-wrong-kind' }, /SLACK_APP_TOKEN: must be an app-level token starting with xapp-/],
    ['a bot token that is not xoxb-', { SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: APP }, /SLACK_BOT_TOKEN: must be the Bot User OAuth Token starting with xoxb-/],
    ['a bad PORT in HTTP mode', { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's', PORT: 'eighty' }, /PORT: must be a port number from 1 to 65535/],
    ['a PORT out of range', { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: 's', PORT: '70000' }, /PORT: must be a port number/],
    ['a SLACK_API_URL that is not http(s)', { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'slack-gov.com/api' }, /SLACK_API_URL: must be an http\(s\) URL/],
    ['a SLACK_COMMAND without a slash', { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_COMMAND: 'brief' }, /SLACK_COMMAND: must be a slash command/],
  ])('names the variable for %s', (_name, env, message) => {
    expect(configErrorOf(env)).toMatch(message);
  });

  test('ignores PORT in Socket Mode (no port is opened)', () => {
    expect(loadSlackConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, PORT: 'eighty' })?.connection.mode).toBe('socket');
  });

  test('names every bad variable at once', () => {
    const message = configErrorOf({ SLACK_BOT_TOKEN: 'nope', SLACK_APP_TOKEN: 'nope' });
    expect(message).toMatch(/SLACK_BOT_TOKEN/);
    expect(message).toMatch(/SLACK_APP_TOKEN/);
  });
});
