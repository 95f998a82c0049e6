// The Discord adapter: gateway events and interactions → core → embeds (discord.js v14). Translation only; rendering lives in render.ts.
import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  type ClientOptions,
  Events,
  GatewayIntentBits,
  type Interaction,
  type Message,
  MessageFlags,
  Partials,
  PermissionFlagsBits,
  REST,
  RateLimitError,
  type RepliableInteraction,
  Routes,
} from 'discord.js';
import type { PlatformAdapter } from '../../src/adapter';
import type { Bot } from '../../src/bot';
import type { CommandContext } from '../../src/commands/command';
import { suggestZones } from '../../src/digest/schedule';
import type { Logger } from '../../src/logger';
import { InFlight } from '../../src/runtime/in-flight';
import { errorReply, type Reply } from '../../src/reply';
import { buildCommands, syncCommands } from './commands';
import type { DiscordConfig } from './config';
import { digestInChannel, digestNonce } from './digest-marks';
import { liveQuestionKeys, parseButtonId } from './custom-ids';
import { shouldAnswerMessage, stripBotMention } from './guards';
import { ADMIN_PERMISSION } from './permissions';
import { LIMITS, renderChoices, renderReply } from './render';
import { DEFAULT_DISCORD_TIMEOUT_MS, discordCannotPost, discordErrorCode, PERMANENT_ERRORS } from './resilience';

export interface DiscordAdapterDeps {
  bot: Bot;
  logger: Logger;
}

export interface DiscordAdapterOverrides {
  /** Extra discord.js client options (merged over the adapter's). */
  clientOptions?: Partial<ClientOptions>;
  /** A command not deferred up front is deferred if the core has not answered by then (Discord allows 3 s). */
  deferAfterMs?: number;
  /** Register the commands at start when they differ from Discord's (default true). */
  registerCommands?: boolean;
}

/** Nobody is ever pinged: not @everyone/@here, roles, users, nor the author of the message replied to. */
const NO_MENTIONS = { parse: [], repliedUser: false };
const APOLOGY = 'Sorry — something went wrong while answering. Please try again in a moment.';
/** Commands that may take longer than a blink (the answer engine, the store): defer before calling the core. */
const DEFER_FIRST = new Set(['ask', 'digest']);

/** Creates the adapter; nothing connects until start(). */
/** Who may see the knowledge status, for the refusal. */
const WHO_IS_ADMIN = 'the Manage Server permission in this server';

export function createDiscordAdapter(config: DiscordConfig, deps: DiscordAdapterDeps, overrides: DiscordAdapterOverrides = {}): PlatformAdapter & { client: Client } {
  const { bot, logger } = deps;
  const log = logger.child({ platform: 'discord' });
  const restBase = { ...(config.apiUrl ? { api: config.apiUrl } : {}), timeout: config.timeoutMs ?? DEFAULT_DISCORD_TIMEOUT_MS };
  const deferAfterMs = overrides.deferAfterMs ?? 1500;
  // Read per reply: a knowledge reload may add or rename curated questions.
  const keys = liveQuestionKeys(() => bot.curatedQuestions());
  const client = new Client({
    // No privileged intents: mentions of the bot and DMs carry their content without MessageContent.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached before their first message.
    partials: [Partials.Channel],
    allowedMentions: NO_MENTIONS,
    ...overrides.clientOptions,
    rest: { ...restBase, ...overrides.clientOptions?.rest },
  });
  // Digests go through their own REST client that reports a rate limit instead of waiting: the digest service decides when to retry.
  // No retries of its own either: a post that timed out may have landed, and the digest service decides what follows.
  const deliveryRest = new REST({ ...restBase, retries: 0, rejectOnRateLimit: () => true }).setToken(config.token);

  const render = (reply: Reply) => ({ ...renderReply(reply, keys), allowedMentions: NO_MENTIONS });

  // --- interactions -------------------------------------------------------------------------

  /** `ephemeral`: only the person sees the reply, so what they asked is private (as is anything asked in a DM). */
  function interactionContext(i: Interaction, ephemeral: boolean): CommandContext {
    return {
      platform: 'discord',
      channel: i.channelId ?? i.user.id,
      userId: i.user.id,
      private: ephemeral || !i.inGuild(),
      // In DMs there is no one else to protect the channel from.
      canManageChannel: i.inGuild() ? (i.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false) : true,
      // The bot's admins are the server's: Manage Server. A DM has no server to administer.
      isAdmin: i.inGuild() && (i.memberPermissions?.has(ADMIN_PERMISSION) ?? false),
      whoIsAdmin: WHO_IS_ADMIN,
      cannotPostHere: async () => discordCannotPost(i),
    };
  }

  /**
   * Acknowledge first, then work: defer up front when asked, otherwise defer if the core is still busy after
   * `deferAfterMs`, so the 3-second rule always holds. Core errors become an ephemeral apology.
   */
  async function respond(i: RepliableInteraction, work: () => Promise<Reply>, opts: { deferFirst: boolean; ephemeral: boolean }): Promise<void> {
    let deferring: Promise<unknown> | undefined;
    const defer = () => (deferring ??= i.deferReply(opts.ephemeral ? { flags: MessageFlags.Ephemeral } : {}));
    let timer: NodeJS.Timeout | undefined;
    if (opts.deferFirst) await defer();
    else timer = setTimeout(() => void defer().catch((err) => log.error({ err }, 'discord: deferring a reply failed')), deferAfterMs);
    let reply: Reply;
    try {
      reply = await work();
    } catch (err) {
      log.error({ err, interaction: describeInteraction(i) }, 'discord: the core failed to answer');
      reply = errorReply(APOLOGY);
    } finally {
      clearTimeout(timer);
    }
    if (deferring) await deferring;
    await send(i, reply, opts.ephemeral);
  }

  /** Sends a reply the right way for the interaction's state; private replies stay ephemeral even after a public defer. */
  async function send(i: RepliableInteraction, reply: Reply, deferredEphemeral: boolean): Promise<void> {
    const payload = render(reply);
    const ephemeral = reply.private === true;
    if (!i.deferred && !i.replied) {
      await i.reply({ ...payload, flags: ephemeral ? MessageFlags.Ephemeral : undefined });
    } else if (ephemeral && !deferredEphemeral) {
      // A deferred reply keeps the visibility it was deferred with: replace the public placeholder with an ephemeral follow-up.
      await i.deleteReply();
      await i.followUp({ ...payload, flags: MessageFlags.Ephemeral });
    } else {
      await i.editReply(payload);
    }
  }

  async function answerCommand(i: ChatInputCommandInteraction): Promise<void> {
    const sub = i.options.getSubcommand(false) ?? undefined;
    const options = i.options.data.flatMap((o) => (o.type === ApplicationCommandOptionType.Subcommand ? (o.options ?? []) : [o]));
    const args = Object.fromEntries(options.map((o) => [o.name, o.value === undefined ? undefined : String(o.value)]));
    // A command that shows what others asked (the gaps report) is answered ephemerally from the first defer on.
    const ephemeral = bot.commands.get(i.commandName)?.privateReply === true;
    const ctx = interactionContext(i, ephemeral);
    log.debug({ command: i.commandName, sub, channel: ctx.channel }, 'discord: command');
    const deferFirst = DEFER_FIRST.has(i.commandName) || ephemeral;
    await respond(i, () => bot.runNamed(ctx, i.commandName, sub, args), { deferFirst, ephemeral });
  }

  /** Autocomplete must answer within 3 seconds and cannot be deferred: only fast, in-memory look-ups here. */
  async function answerAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const spec = bot.commands.get(i.commandName);
    const subName = i.options.getSubcommand(false);
    const options = subName ? spec?.subcommands?.find((s) => s.name === subName)?.options : spec?.options;
    const source = options?.find((o) => o.name === focused.name)?.autocomplete;
    const typed = String(focused.value);
    // Only curated questions and IANA zone names are offered, never the typed text itself.
    const items =
      source === 'questions' ? bot.suggest(typed, LIMITS.choices)
      : source === 'timezones' ? suggestZones(typed, LIMITS.choices)
      : [];
    await i.respond(renderChoices(items));
  }

  async function answerButton(i: ButtonInteraction): Promise<void> {
    const action = parseButtonId(i.customId, keys);
    // Buttons are answered ephemerally, to the person who clicked.
    const ctx = interactionContext(i, true);
    if (!action) {
      await send(i, errorReply('That button is no longer available — ask again with /ask.'), false);
      return;
    }
    if (action.kind === 'feedback') {
      await respond(i, () => bot.feedback(ctx, action.answerId, action.helpful), { deferFirst: false, ephemeral: true });
      return;
    }
    // A related question is answered to the person who clicked, not to the whole channel.
    await respond(i, () => bot.runNamed(ctx, 'ask', undefined, { question: action.question }), { deferFirst: true, ephemeral: true });
  }

  /** The error boundary for interactions: log, apologise if Discord still lets us, keep serving. */
  async function handleInteraction(i: Interaction): Promise<void> {
    try {
      if (i.isAutocomplete()) await answerAutocomplete(i);
      else if (i.isChatInputCommand()) await answerCommand(i);
      else if (i.isButton()) await answerButton(i);
    } catch (err) {
      log.error({ err, interaction: describeInteraction(i) }, 'discord: failed to answer an interaction');
      bot.countPlatformError('discord', discordErrorCode(err));
      if (!i.isRepliable()) return;
      const apology = { ...render(errorReply(APOLOGY)), flags: MessageFlags.Ephemeral } as const;
      await (i.deferred || i.replied ? i.followUp(apology) : i.reply(apology)).catch((e) => log.error({ err: e }, 'discord: could not apologise'));
    }
  }

  // --- messages -----------------------------------------------------------------------------

  function messageContext(message: Message): CommandContext {
    let canManageChannel = true;
    let isAdmin = false;
    if (message.inGuild()) {
      try {
        canManageChannel = message.member?.permissionsIn(message.channel).has(PermissionFlagsBits.ManageChannels) ?? false;
        isAdmin = message.member?.permissions.has(ADMIN_PERMISSION) ?? false;
      } catch {
        // Permissions cannot be computed without the member's roles: do not guess in their favour.
        canManageChannel = false;
      }
    }
    // A DM is private; a mention in a channel is answered in public.
    const { channelId: channel, author } = message;
    return { platform: 'discord', channel, userId: author.id, canManageChannel, isAdmin, whoIsAdmin: WHO_IS_ADMIN, private: !message.inGuild() };
  }

  /** A mention or a DM, answered as a reply to it (a message has no ephemeral form: private replies are posted as replies too). */
  async function handleMessage(message: Message): Promise<void> {
    const botId = client.user?.id;
    if (!botId || !shouldAnswerMessage(message, botId)) return;
    try {
      const reply = await bot.handleText(messageContext(message), stripBotMention(message.content, botId));
      await message.reply(render(reply));
    } catch (err) {
      log.error({ err, channel: message.channelId, message: message.id }, 'discord: failed to answer a message');
      bot.countPlatformError('discord', discordErrorCode(err));
      await message.reply({ content: APOLOGY, allowedMentions: NO_MENTIONS }).catch((e) => log.error({ err: e }, 'discord: could not apologise'));
    }
  }

  // Shutdown waits for every event taken from the gateway until its reply (or apology) is sent.
  const inFlight = new InFlight();
  client.on(Events.InteractionCreate, (i) => void inFlight.run(() => handleInteraction(i)));
  client.on(Events.MessageCreate, (m) => void inFlight.run(() => handleMessage(m)));

  // --- connection ---------------------------------------------------------------------------

  client.on(Events.ShardDisconnect, (event, shardId) => log.warn({ shardId, code: event.code }, 'discord: gateway disconnected'));
  client.on(Events.ShardReconnecting, (shardId) => log.warn({ shardId }, 'discord: gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => log.info({ shardId, replayed }, 'discord: gateway resumed'));
  client.on(Events.ShardError, (err, shardId) => log.error({ err, shardId }, 'discord: gateway error'));
  client.on(Events.Error, (err) => log.error({ err }, 'discord: client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord: client warning'));

  return {
    platform: 'discord',
    client,
    async start() {
      const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
      await client.login(config.token);
      const c = await ready;
      log.info({ user: c.user.tag, guilds: c.guilds.cache.size }, 'discord: connected');
      if (overrides.registerCommands === false) return;
      try {
        const result = await syncCommands(client.rest, config, buildCommands(bot.commands.list()));
        log.info({ result, scope: config.guildId ? `guild ${config.guildId}` : 'global' }, 'discord: slash commands checked');
      } catch (err) {
        // The bot still answers mentions and DMs; `npm run discord:register` shows the cause.
        log.error({ err }, 'discord: registering slash commands failed');
      }
    },
    isConnected: () => client.isReady(),
    inFlight,
    /** Leaves the gateway (no new events) but keeps the REST client and its token for the replies still being sent. */
    async stopIntake() {
      await client.destroy();
      // destroy() also forgets the token: give it back to REST so in-flight replies still go out.
      client.rest.setToken(config.token);
    },
    async stop() {
      await client.destroy();
      deliveryRest.clearHashSweeper();
      deliveryRest.clearHandlerSweeper();
    },
    async deliver(sub, reply, opts) {
      const date = opts?.date ?? reply.digest?.date ?? '';
      try {
        // A retry first looks for the post an earlier attempt may have made (the footer names the date).
        if (opts?.resume && (await digestInChannel(deliveryRest, sub.channel, date))) return 'already-there';
        const marks = { nonce: digestNonce(sub, date), enforce_nonce: true };
        await deliveryRest.post(Routes.channelMessages(sub.channel), { body: { ...renderReply(reply, keys), allowed_mentions: { parse: [] }, ...marks } });
      } catch (err) {
        const code = discordErrorCode(err);
        if (err instanceof RateLimitError) {
          const retryAfterMs = Math.max(err.retryAfter, err.timeToReset, 1);
          throw Object.assign(new Error(`Discord rate limit posting to channel ${sub.channel}: retry in ${retryAfterMs} ms`), { retryAfterMs, code, cause: err });
        }
        // No access, no permission, channel deleted: the digest service pauses the subscription with this reason.
        const fix = typeof code === 'number' ? PERMANENT_ERRORS[code] : undefined;
        if (fix) throw Object.assign(new Error(`Discord: ${code} ${fix}`), { permanent: true, code, cause: err });
        // Wrapped, not tagged: a timeout is a DOMException whose own `code` cannot be set.
        throw Object.assign(new Error(`Discord: posting to channel ${sub.channel} failed (${code}): ${(err as Error).message}`), { code, cause: err });
      }
    },
  };
}

function describeInteraction(i: Interaction): Record<string, unknown> {
  return { id: i.id, type: i.type, channel: i.channelId, command: i.isCommand() || i.isAutocomplete() ? i.commandName : undefined, customId: i.isButton() ? i.customId : undefined };
}
