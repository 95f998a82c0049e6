// `npm run discord:register`: registers the slash commands (to DISCORD_GUILD_ID, or globally) when they differ, prints what it did, exits.
import dotenv from 'dotenv';
import { REST } from 'discord.js';
import { createCore } from '../../src/app';
import { loadConfig } from '../../src/config';
import { isUserError, UserError } from '../../src/errors';
import { createLogger } from '../../src/logger';
import { buildCommands, syncCommands } from './commands';
import { loadDiscordConfig } from './config';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  const discord = loadDiscordConfig(process.env);
  if (!discord) {
    throw new UserError('CONFIG_INVALID', 'No Discord settings found. Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (and optionally DISCORD_GUILD_ID) in .env — see adapters/discord/README.md.');
  }
  const config = loadConfig(process.env);
  // The commands are the core's declarations: build the core once to read them.
  const core = await createCore(config, createLogger(process.env.LOG_LEVEL ?? 'warn'));
  try {
    const commands = buildCommands(core.bot.commands.list());
    const rest = new REST(discord.apiUrl ? { api: discord.apiUrl } : {}).setToken(discord.token);
    const scope = discord.guildId ? `server ${discord.guildId}` : 'all servers (global)';
    const result = await syncCommands(rest, discord, commands);
    const names = commands.map((c) => `/${c.name}`).join(', ');
    const when = discord.guildId ? 'They are available now.' : 'Global commands can take up to an hour to appear the first time.';
    process.stdout.write(
      result === 'registered' ? `Registered ${commands.length} commands for ${scope}: ${names}. ${when}\n` : `Commands already up to date for ${scope}: ${names} — nothing registered.\n`,
    );
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  } finally {
    await core.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${isUserError(err) ? `Could not register the Discord commands.\n${err.message}` : `Could not register the Discord commands: ${(err as Error).stack ?? String(err)}`}\n`);
    process.exit(1);
  },
);
