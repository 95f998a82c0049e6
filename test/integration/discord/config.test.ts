// DISCORD_* settings: absent means no Discord; missing or malformed ones are named in the error.
import { loadDiscordConfig } from '../../../adapters/discord/config';
import { UserError } from '../../../src/errors';

const TOKEN = 'MTE4MDAwMDAwMDAwMDAwMDAwMQ.GfAkEt.fake-token-for-tests-only_0123456789';
const APP = '1180000000000000001';

function errorOf(env: Record<string, string>): UserError {
  try {
    loadDiscordConfig(env);
  } catch (err) {
    return err as UserError;
  }
  throw new Error('expected a configuration error');
}

describe('loadDiscordConfig', () => {
  it('returns undefined when no DISCORD_* variable is set (blank ones count as unset)', () => {
    expect(loadDiscordConfig({ SLACK_BOT_TOKEN: 'x', DISCORD_TOKEN: '  ' })).toBeUndefined();
  });

  it('reads a complete configuration', () => {
    expect(loadDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: '1180000000000000100', DISCORD_API_URL: 'http://127.0.0.1:8080/api' })).toEqual({
      token: TOKEN,
      applicationId: APP,
      guildId: '1180000000000000100',
      apiUrl: 'http://127.0.0.1:8080/api',
    });
  });

  it.each([
    ['a missing token', { DISCORD_APPLICATION_ID: APP }, 'DISCORD_TOKEN'],
    ['a token with a Bot prefix', { DISCORD_TOKEN: `Bot ${TOKEN}`, DISCORD_APPLICATION_ID: APP }, 'DISCORD_TOKEN'],
    ['a missing application id', { DISCORD_TOKEN: TOKEN }, 'DISCORD_APPLICATION_ID'],
    ['an application id that is not a snowflake', { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: 'my-bot' }, 'DISCORD_APPLICATION_ID'],
    ['a guild id that is too short', { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_GUILD_ID: '12345' }, 'DISCORD_GUILD_ID'],
    ['an API URL with a trailing slash', { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'https://discord.com/api/' }, 'DISCORD_API_URL'],
    ['an API URL that is not http(s)', { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP, DISCORD_API_URL: 'ftp://example.com/api' }, 'DISCORD_API_URL'],
  ])('names the variable for %s', (_case, env, variable) => {
    const err = errorOf(env);
    expect(err).toBeInstanceOf(UserError);
    expect(err.code).toBe('CONFIG_INVALID');
    expect(err.message).toContain(variable);
  });
});
