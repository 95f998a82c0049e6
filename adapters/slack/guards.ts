// Event guards, as named functions: which Slack events get an answer, and each event answered only once.
import type { AnyMiddlewareArgs, Context, Middleware, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Logger } from '../../src/logger';

/** What the de-duplication guards need from the core: claiming an id once, across every instance. */
export interface DeliveryLedger {
  firstDelivery(id: string): Promise<boolean>;
}

/** The fields of a Slack message or app_mention event the guards read. */
export interface GuardedEvent {
  type?: string;
  subtype?: string;
  user?: string;
  bot_id?: string;
  bot_profile?: unknown;
  channel_type?: string;
  edited?: unknown;
}

/** The bot's own messages (its user, or its bot id). */
export function isFromSelf(event: GuardedEvent, self: Pick<Context, 'botUserId' | 'botId'>): boolean {
  return (self.botUserId !== undefined && event.user === self.botUserId) || (self.botId !== undefined && event.bot_id === self.botId);
}

/** Any bot's message, this one's included: two bots answering each other would never stop. */
export function isFromBot(event: GuardedEvent): boolean {
  return event.bot_id !== undefined || event.subtype === 'bot_message' || event.bot_profile !== undefined;
}

/** Edits, deletions, joins, topic changes… — anything but a person's new message. */
export function isMessageChange(event: GuardedEvent): boolean {
  return event.subtype !== undefined || event.edited !== undefined;
}

export function isDirectMessage(event: GuardedEvent): boolean {
  return event.channel_type === 'im';
}

type EventGuard = Middleware<SlackEventMiddlewareArgs<'message' | 'app_mention'>>;

const guarded = (args: { event: unknown }) => args.event as GuardedEvent;

export const ignoreSelf: EventGuard = async (args) => {
  if (!isFromSelf(guarded(args), args.context)) await args.next();
};

export const ignoreBots: EventGuard = async (args) => {
  if (!isFromBot(guarded(args))) await args.next();
};

export const ignoreMessageChanges: EventGuard = async (args) => {
  if (!isMessageChange(guarded(args))) await args.next();
};

export const onlyDirectMessages: EventGuard = async (args) => {
  if (isDirectMessage(guarded(args))) await args.next();
};

/**
 * Slack re-sends an event with the same event_id (and x-slack-retry-num) when it thinks we were slow:
 * the first delivery claims the id in the store (shared by every process), later ones are dropped.
 */
export function answerEachEventOnce(ledger: DeliveryLedger, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const eventId = (args.body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string' || !eventId) return args.next();
    if (await ledger.firstDelivery(`slack:${eventId}`)) return args.next();
    logger.info({ eventId, retryNum: args.context.retryNum, retryReason: args.context.retryReason }, 'slack: event already handled; ignoring the retry');
  };
}

/**
 * A slash command or a button click replayed within Slack's 5-minute signature window (the same signed request sent
 * again: same signature, timestamp and body) is acknowledged and not run again. Its `trigger_id` — unique to each
 * invocation and covered by the signature — is claimed in the store, so every instance answers it once.
 */
export function answerEachRequestOnce(ledger: DeliveryLedger, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const triggerId = (args.body as { trigger_id?: unknown }).trigger_id;
    const isRequest = 'command' in args || 'action' in args;
    if (!isRequest || typeof triggerId !== 'string' || !triggerId) return args.next();
    if (await ledger.firstDelivery(`slack-trigger:${triggerId}`)) return args.next();
    const ack = (args as { ack?: () => Promise<void> }).ack;
    if (ack) await ack();
    logger.warn({ triggerId }, 'slack: request already handled (a replay); acknowledged, not run again');
  };
}
