// The Slack adapter: Bolt wiring — @mentions, DMs, the slash command and buttons → the core → Block Kit. Translation only.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, type BlockAction, type ButtonAction, type RespondArguments, type RespondFn, SocketModeReceiver, webApi } from '@slack/bolt';
import type { HttpRoute, PlatformAdapter } from '../../src/adapter';
import type { Bot } from '../../src/bot';
import type { CommandContext } from '../../src/commands/command';
import type { Deliver } from '../../src/digest/digest-service';
import { UserError } from '../../src/errors';
import type { Logger } from '../../src/logger';
import { InFlight } from '../../src/runtime/in-flight';
import { errorReply } from '../../src/reply';
import { ActionId, ActionPattern, decodeShareValue } from './action-ids';
import { createBoltLogger } from './bolt-logger';
import type { SlackConfig } from './config';
import {
  answerEachEventOnce,
  answerEachRequestOnce,
  ignoreBots,
  ignoreMessageChanges,
  ignoreSelf,
  onlyDirectMessages,
} from './guards';
import { digestMetadata, postedDigestParts } from './digest-marks';
import { createDigestManagers, WHO_MAY_MANAGE } from './managers';
import { questionFromSlackText } from './mrkdwn';
import { APOLOGY, isEphemeral, type Place, postReply, responseMessage, SAFE_POST } from './post-reply';
import { renderReply, withFeedbackStatus, type RenderOptions } from './render';
import { DEFAULT_SLACK_TIMEOUT_MS, fetchWithTimeout, PERMANENT_ERRORS, slackCannotPost, slackErrorCode } from './resilience';

export interface SlackAdapterDeps {
  bot: Bot;
  logger: Logger;
  clock?: () => Date;
  /** HTTP mode: more routes on the events port (/healthz, /readyz, /metrics, the dashboard at /admin). */
  httpRoutes?: HttpRoute[];
}

/** What tests (and unusual deployments) may change; production needs none of it. */
export interface SlackAdapterOverrides {
  /** HTTP mode: where to listen. Tests use port 0 on 127.0.0.1; the real port is then `adapter.port`. */
  port?: number;
  host?: string;
  /** HTTP mode: finish handling before answering Slack's request. Off by default: ack at once, answer after (Slack waits 3 s). */
  processBeforeResponse?: boolean;
  /** Web API retries for failed calls (a 429 is waited out per channel instead, see resilience.ts). */
  retryConfig?: webApi.RetryOptions;
  /** Every Slack call (Web API and response_url) gives up after this long (default 10 s). */
  timeoutMs?: number;
  socketMode?: {
    clientPingTimeout?: number;
    serverPingTimeout?: number;
    autoReconnectEnabled?: boolean;
    /** Retries of apps.connections.open when (re)connecting; the SDK default keeps trying for a long time. */
    connectRetryConfig?: webApi.RetryOptions;
  };
}

export type SlackAdapter = PlatformAdapter & { readonly app: App; readonly port?: number };

/** A few retries with back-off; a 429 waits its Retry-After first (rejectRateLimitedCalls stays false). */
export const DEFAULT_RETRY_CONFIG: webApi.RetryOptions = { retries: 3, factor: 2, minTimeout: 1_000, maxTimeout: 10_000, randomize: true };
/** The Socket Mode SDK's own default: reconnecting is worth many attempts. */
const DEFAULT_CONNECT_RETRY_CONFIG: webApi.RetryOptions = { retries: 100, factor: 1.3 };

/** Creates the Slack adapter over the real Bolt App (Socket Mode or HTTP, from the config). Nothing connects until start(). */
export function createSlackAdapter(config: SlackConfig, deps: SlackAdapterDeps, overrides: SlackAdapterOverrides = {}): SlackAdapter {
  const { bot, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const boltLogger = createBoltLogger(logger);
  const timeoutMs = overrides.timeoutMs ?? config.timeoutMs ?? DEFAULT_SLACK_TIMEOUT_MS;
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: config.apiUrl,
    retryConfig: overrides.retryConfig ?? DEFAULT_RETRY_CONFIG,
    logger: boltLogger,
    timeout: timeoutMs,
    fetch: fetchWithTimeout(timeoutMs),
    // A 429 is waited out by the one channel it concerns (ChannelGates), not by pausing every call of the client.
    rejectRateLimitedCalls: true,
  };
  const common = { token: config.botToken, logger: boltLogger, clientOptions, ignoreSelf: true, deferInitialization: true } as const;
  const { connection } = config;
  const socketReceiver =
    connection.mode === 'socket'
      ? new SocketModeReceiver({
          appToken: connection.appToken,
          logger: boltLogger,
          installerOptions: { clientOptions: { ...clientOptions, retryConfig: overrides.socketMode?.connectRetryConfig ?? DEFAULT_CONNECT_RETRY_CONFIG } },
          clientPingTimeout: overrides.socketMode?.clientPingTimeout,
          serverPingTimeout: overrides.socketMode?.serverPingTimeout,
          autoReconnectEnabled: overrides.socketMode?.autoReconnectEnabled,
        })
      : undefined;
  const app =
    connection.mode === 'socket'
      ? new App({ ...common, socketMode: true, receiver: socketReceiver })
      : new App({
          ...common,
          signingSecret: connection.signingSecret,
          processBeforeResponse: overrides.processBeforeResponse ?? false,
          customRoutes: (deps.httpRoutes ?? []).map((r) => ({ path: r.path, method: r.methods ?? ['GET'], handler: r.handler })),
        });
  let socketConnected = false;
  socketReceiver?.client.on('connected', () => (socketConnected = true));
  socketReceiver?.client.on('disconnected', () => (socketConnected = false));
  socketReceiver?.client.on('reconnecting', () => (socketConnected = false));

  // In Slack every command is a word after the one slash command: help says "/brief topics", not "/topics".
  bot.setHelpFormat('slack', { prefix: (text) => `${config.command} ${text}` });
  const managers = createDigestManagers(app.client, config.digestManagers, logger, clock);
  /** Who asks where: `private` when only the asker sees the answer (a /brief reply, a DM, an ephemeral click). */
  const contextFor = (channel: string, userId: string, isPrivate: boolean, thread?: string): CommandContext => ({
    platform: 'slack',
    channel,
    userId,
    private: isPrivate,
    // Asked only when a command changes or posts the digest.
    canManageChannel: () => managers.isManager(userId),
    whoMayManage: WHO_MAY_MANAGE,
    // The digest managers administer the bot too (the knowledge status).
    isAdmin: () => managers.isManager(userId),
    whoIsAdmin: WHO_MAY_MANAGE,
    thread,
    cannotPostHere: () => slackCannotPost(app.client, channel, logger),
  });

  /** The one error boundary around every answer: log the full error, apologise in the same place, keep serving. */
  async function withApology(client: webApi.WebClient, place: Place, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      logger.error({ err, place: describePlace(place) }, 'slack: failed to answer');
      bot.countPlatformError('slack', slackErrorCode(err));
      await postReply(client, place, errorReply(APOLOGY)).catch((e: unknown) => logger.error({ err: e }, 'slack: could not post the apology either'));
    }
  }

  async function answerText(client: webApi.WebClient, place: Place, ctx: CommandContext, text: string, share = false): Promise<void> {
    await withApology(client, place, async () => {
      const reply = await bot.handleText(ctx, text);
      const shareable = share && reply.kind === 'answer';
      const options: RenderOptions = shareable ? { share: { question: bot.questionIn(text) } } : {};
      await postReply(client, place, reply, options);
    });
  }

  // Outermost: shutdown waits for every accepted event until its answer (or apology) has been posted.
  const inFlight = new InFlight();
  app.use(({ next }) => inFlight.run(next));
  app.use(answerEachEventOnce(bot, logger));
  app.use(answerEachRequestOnce(bot, logger));

  // @mention in a channel → the answer in a thread under the question.
  app.event('app_mention', ignoreSelf, ignoreBots, ignoreMessageChanges, async ({ event, context, client }) => {
    const place: Place = { kind: 'thread', channel: event.channel, threadTs: event.thread_ts ?? event.ts, userId: event.user ?? '' };
    const ctx = contextFor(event.channel, event.user ?? '', false, event.thread_ts);
    await answerText(client, place, ctx, questionFromSlackText(event.text, context.botUserId));
  });

  // A direct message → the answer in the DM; no mention needed.
  app.event('message', ignoreSelf, ignoreBots, ignoreMessageChanges, onlyDirectMessages, async ({ event, context, client }) => {
    const message = event as { channel: string; user?: string; text?: string; thread_ts?: string };
    const place: Place = { kind: 'dm', channel: message.channel, threadTs: message.thread_ts };
    const ctx = contextFor(message.channel, message.user ?? '', true, message.thread_ts);
    await answerText(client, place, ctx, questionFromSlackText(message.text ?? '', context.botUserId));
  });

  // /brief <question> | topics | help | digest … — seen only by the asker; `/brief` alone is help.
  app.command(config.command, async ({ command, ack, respond, client }) => {
    await ack();
    const text = questionFromSlackText(command.text) || 'help';
    // Only the asker sees a /brief answer: the question is private, even though it was typed in a channel.
    const ctx = contextFor(command.channel_id, command.user_id, true);
    await answerText(client, { kind: 'response', respond }, ctx, text, true);
  });

  // A related question (or the digest's question of the day) → answered where the button is.
  app.action<BlockAction<ButtonAction>>(ActionPattern.related, async ({ ack, body, action, respond, client }) => {
    await ack();
    const place = placeOfClick(body, respond);
    const question = action.value ?? '';
    await withApology(client, place, async () => {
      const ctx = contextFor(channelOf(body), body.user.id, place.kind !== 'thread');
      const reply = await bot.runNamed(ctx, 'ask', undefined, { question });
      await postReply(client, place, reply, place.kind === 'response' && reply.kind === 'answer' ? { share: { question } } : {});
    });
  });

  // 👍 / 👎 → feedback in the store (one vote per user per answer), then a thank-you on the message.
  app.action<BlockAction<ButtonAction>>(ActionPattern.feedback, async ({ ack, body, action, respond, client }) => {
    await ack();
    const place = placeOfClick(body, respond);
    const answerId = action.value ?? '';
    await withApology(client, place, async () => {
      const ctx = contextFor(channelOf(body), body.user.id, place.kind !== 'thread');
      const thanks = await bot.feedback(ctx, answerId, action.action_id === ActionId.feedbackUp);
      const message = body.message;
      // Slack leaves the message out of clicks on some ephemeral messages: then the thanks is a message of its own.
      if (!message?.blocks) return postReply(client, place, thanks);
      if (place.kind === 'response') {
        await respond({ replace_original: true, text: message.text ?? thanks.text, blocks: withFeedbackStatus(message.blocks, thanks.text), ...SAFE_POST });
        return;
      }
      const counts = await bot.feedbackSummary(answerId);
      const status = `Thanks for the feedback! 👍 ${counts.helpful} · 👎 ${counts.notHelpful}`;
      await client.chat.update({ channel: channelOf(body), ts: message.ts, text: message.text ?? status, blocks: withFeedbackStatus(message.blocks, status), parse: 'none', link_names: false });
    });
  });

  // "Share in channel" on an answer only the asker saw → the same answer, public; the private copy goes away.
  app.action<BlockAction<ButtonAction>>(ActionId.share, async ({ ack, body, action, respond, client }) => {
    await ack();
    const place: Place = { kind: 'response', respond };
    await withApology(client, place, async () => {
      const value = decodeShareValue(action.value);
      if (!value) throw new Error(`share button with an unreadable value from ${body.user.id}`);
      const reply = await bot.replay(contextFor(channelOf(body), body.user.id, false), value.question, value.answerId);
      // Over the limit: the refusal is the asker's alone, and the private answer stays where it is.
      const visibility = isEphemeral(place, reply) ? 'ephemeral' : 'in_channel';
      for (const message of renderReply(reply)) await respond(responseMessage(message, visibility));
      if (visibility === 'in_channel') await respond({ delete_original: true } as RespondArguments);
    });
  });

  // Anything that escaped the handlers (a failing store in a guard, a Bolt error): logged, never fatal.
  app.error(async (error) => {
    logger.error({ err: error }, 'slack: unhandled error');
  });

  const deliver = createSlackDeliver(config, logger, { ...overrides, timeoutMs });
  let started = false;
  let port: number | undefined;
  let server: Server | undefined;
  let intakeStopped: Promise<unknown> | undefined;
  /** No new events: the port stops accepting (Slack retries elsewhere) or the socket closes (Slack redelivers unacked envelopes). */
  const stopIntake = async () => {
    if (!started) return;
    // Bolt's SocketModeReceiver.stop() does not wait for the WebSocket to close; the client's disconnect() does.
    intakeStopped ??= socketReceiver ? socketReceiver.client.disconnect() : app.stop();
    server?.closeIdleConnections();
  };

  return {
    platform: 'slack',
    app,
    get port() {
      return port;
    },
    isConnected: () => started && (!socketReceiver || socketConnected),
    async start() {
      await app.init().catch((err: unknown) => {
        throw startError(err, 'SLACK_BOT_TOKEN', config);
      });
      if (connection.mode === 'http') {
        server = (await app.start({ port: overrides.port ?? connection.port, host: overrides.host })) as Server;
        port = (server.address() as AddressInfo).port;
        logger.info({ port, path: '/slack/events', command: config.command }, 'slack: listening for events over HTTP');
      } else {
        await app.start().catch((err: unknown) => {
          throw startError(err, 'SLACK_APP_TOKEN', config);
        });
        logger.info({ command: config.command }, 'slack: connected in Socket Mode');
      }
      started = true;
    },
    inFlight,
    stopIntake,
    async stop() {
      if (!started) return;
      await stopIntake();
      started = false;
      // Keep-alive connections would hold the port open: in-flight work is done by now.
      server?.closeAllConnections();
      await intakeStopped;
    },
    deliver,
  };
}

/**
 * Posts digests with chat.postMessage, without starting a listener (the scheduler and `digest run-due` use it).
 * A 429 is not waited out here: it becomes an error with `retryAfterMs`, and the digest service decides when to retry.
 */
export function createSlackDeliver(config: SlackConfig, logger: Logger, overrides: Pick<SlackAdapterOverrides, 'retryConfig' | 'timeoutMs'> = {}): Deliver {
  const client = new webApi.WebClient(config.botToken, {
    slackApiUrl: config.apiUrl,
    // The digest service retries with back-off itself; a post that timed out may have landed, so it is not repeated here.
    retryConfig: overrides.retryConfig ?? { retries: 0 },
    logger: createBoltLogger(logger, 'slack-digest'),
    rejectRateLimitedCalls: true,
    timeout: overrides.timeoutMs ?? config.timeoutMs ?? DEFAULT_SLACK_TIMEOUT_MS,
  });
  return async (sub, reply, opts) => {
    try {
      const messages = renderReply(reply);
      const date = opts?.date ?? reply.digest?.date ?? '';
      // A retry posts only the parts not already in the channel (the process may have died after Slack took them).
      const posted = opts?.resume ? await postedDigestParts(client, sub, date) : new Set<number>();
      if (posted.size >= messages.length) return 'already-there';
      for (const [i, message] of messages.entries()) {
        if (posted.has(i + 1)) continue;
        await client.chat.postMessage({ channel: sub.channel, ...message, ...SAFE_POST, metadata: digestMetadata(sub, date, i + 1, messages.length) });
      }
    } catch (err) {
      const code = slackErrorCode(err);
      if (code === 'ratelimited') {
        const retryAfterS = (err as webApi.WebAPIRateLimitedError).retryAfter;
        throw Object.assign(new Error(`Slack rate-limited chat.postMessage to ${sub.channel}; retry after ${retryAfterS}s`), { retryAfterMs: retryAfterS * 1000, code, cause: err });
      }
      // Not in the channel, channel gone or archived: the digest service pauses the subscription with this reason.
      const fix = PERMANENT_ERRORS[code];
      if (fix) throw Object.assign(new Error(`Slack: ${code} — ${fix}`), { permanent: true, code, cause: err });
      throw Object.assign(new Error(`Slack: chat.postMessage to ${sub.channel} failed (${code}): ${(err as Error).message}`), { code, cause: err });
    }
  };
}

/** Where a click should be answered: ephemeral messages through their response_url, others in their thread or DM. */
function placeOfClick(body: BlockAction, respond: RespondFn): Place {
  const channel = channelOf(body);
  const message = body.message;
  if (body.container?.is_ephemeral || !channel || !message) return { kind: 'response', respond };
  if (isDirectMessageChannel(channel)) return { kind: 'dm', channel, threadTs: message.thread_ts };
  return { kind: 'thread', channel, threadTs: message.thread_ts ?? message.ts, userId: body.user.id };
}

function channelOf(body: BlockAction): string {
  return body.channel?.id ?? (body.container?.channel_id as string | undefined) ?? '';
}

/** Direct-message conversation ids start with D. */
function isDirectMessageChannel(channel: string): boolean {
  return channel.startsWith('D');
}

function describePlace(place: Place): Record<string, string | undefined> {
  return place.kind === 'response' ? { kind: place.kind } : { kind: place.kind, channel: place.channel, threadTs: place.threadTs };
}

const REJECTED_TOKEN = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired', 'not_allowed_token_type']);

/** A token Slack refuses is a configuration problem the operator can fix; say which variable. */
function startError(err: unknown, variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN', config: SlackConfig): unknown {
  const e = err as { code?: string; data?: { error?: string }; message?: string };
  if (e.code === webApi.ErrorCode.PlatformError && e.data?.error && REJECTED_TOKEN.has(e.data.error))
    return new UserError('CONFIG_INVALID', `Configuration problem (see .env.example):\n  - ${variable}: Slack rejected it (${e.data.error}). Copy it again from the app settings.`);
  if (e.code === webApi.ErrorCode.RequestError || e.code === webApi.ErrorCode.HTTPError)
    return new UserError('PLATFORM_UNAVAILABLE', `Could not reach Slack at ${config.apiUrl ?? 'https://slack.com/api/'}: ${e.message}`);
  return err;
}
