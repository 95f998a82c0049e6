// The app manifest is content, tested like code: what the adapter listens for must be what the manifest asks Slack for.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_SLACK_COMMAND } from '../../../adapters/slack/config';

const manifest = parse(readFileSync(path.join(__dirname, '../../../adapters/slack/manifest.yaml'), 'utf8'));

describe('Slack app manifest', () => {
  test('asks for exactly the bot scopes the adapter needs', () => {
    // channels:history and groups:history: a retried digest looks for its marked post in the channel's history;
    // channels:read and groups:read: subscribing checks the bot can post there.
    const scopes = [
      'app_mentions:read',
      'channels:history',
      'channels:read',
      'chat:write',
      'commands',
      'groups:history',
      'groups:read',
      'im:history',
      'im:read',
      'im:write',
      'users:read',
    ];
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(scopes);
  });

  test('subscribes to mentions and direct messages, with interactivity and Socket Mode on', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    // Users can DM the bot.
    expect(manifest.features.app_home).toMatchObject({ messages_tab_enabled: true, messages_tab_read_only_enabled: false });
  });

  test('declares the default slash command with a usage hint, within Slack length limits', () => {
    const [command] = manifest.features.slash_commands;
    expect(command.command).toBe(DEFAULT_SLACK_COMMAND);
    expect(command.usage_hint).toContain('topics');
    expect(command.description.length).toBeLessThanOrEqual(100);
    expect(manifest.display_information.description.length).toBeLessThanOrEqual(139);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
  });
});
