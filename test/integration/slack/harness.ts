// Test harness: a real core, the real Bolt App in the Slack adapter, and the fake Slack — plus signed requests, as Slack sends them.
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { webApi } from '@slack/bolt';
import { createSlackAdapter, type SlackAdapter, type SlackAdapterOverrides } from '../../../adapters/slack';
import type { SlackConfig } from '../../../adapters/slack/config';
import { type Core, createCore } from '../../../src/app';
import type { HttpRoute } from '../../../src/adapter';
import type { Bot } from '../../../src/bot';
import { loadConfig } from '../../../src/config';
import type { Logger } from '../../../src/logger';
import { FakeSlack } from '../../support/fake-slack';

export const SIGNING_SECRET = 'test-signing-secret-8f2d1c';
export const BOT_TOKEN = 'xoxb-1111-2222-testtoken';
export const APP_TOKEN = 'xapp-1-A0APP00001-3333-testapptoken';
export const ASKER = 'U0ASKER001';
/** Tests keep Web API retries fast; a 429 still waits its Retry-After. */
export const FAST_RETRIES: webApi.RetryOptions = { retries: 2, factor: 1, minTimeout: 10, maxTimeout: 20 };

const FIXTURES = path.join(__dirname, '../../fixtures/slack');

/** A fresh copy of a payload fixture (Slack's real shapes). */
export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as T;
}

export interface HarnessOptions {
  mode?: 'http' | 'socket';
  /** Core settings (RATE_LIMIT_COUNT…). */
  env?: Record<string, string>;
  /** Replace the core's bot (a failing one, say). */
  makeBot?: (core: Core, logger: Logger) => Bot;
  command?: string;
  /** DIGEST_MANAGERS: Slack user ids who may manage digests besides workspace admins and owners. */
  digestManagers?: string[];
  overrides?: SlackAdapterOverrides;
  /** Start the adapter (default true). */
  start?: boolean;
  /** HTTP mode: more routes on the events port (/healthz…). */
  httpRoutes?: (core: Core, logger: Logger) => HttpRoute[];
}

export interface Harness {
  fake: FakeSlack;
  core: Core;
  bot: Bot;
  adapter: SlackAdapter;
  /** Everything the logger wrote, one JSON line each. */
  logs: string[];
  eventsUrl: string;
  /** POSTs a signed Events API body (JSON). */
  postEvent(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** POSTs a signed slash command (form fields). */
  postCommand(fields: Record<string, string>): Promise<Response>;
  /** POSTs a signed interaction (`payload=<json>`). */
  postAction(payload: unknown): Promise<Response>;
  /** POSTs a raw body with explicit signing. */
  postRaw(body: string, contentType: string, signing: { timestamp: number; signature?: string }, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const mode = options.mode ?? 'http';
  const dataDir = mkdtempSync(path.join(tmpdir(), 'borderbrief-slack-'));
  const logs: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(line) });
  const core = await createCore(loadConfig({ DATA_DIR: dataDir, KNOWLEDGE_DIR: path.join(__dirname, '../../../knowledge'), RATE_LIMIT_COUNT: '100', ...options.env }), logger);
  const bot = options.makeBot ? options.makeBot(core, logger) : core.bot;
  const fake = await FakeSlack.start();
  const config: SlackConfig = {
    botToken: BOT_TOKEN,
    connection: mode === 'http' ? { mode: 'http', signingSecret: SIGNING_SECRET, port: 0 } : { mode: 'socket', appToken: APP_TOKEN },
    apiUrl: fake.apiUrl,
    command: options.command ?? '/brief',
    digestManagers: options.digestManagers ?? [],
  };
  const adapter = createSlackAdapter(config, { bot, logger, httpRoutes: options.httpRoutes?.(core, logger) }, {
    host: '127.0.0.1',
    port: 0,
    processBeforeResponse: true,
    retryConfig: FAST_RETRIES,
    socketMode: { autoReconnectEnabled: false, connectRetryConfig: { retries: 0 } },
    ...options.overrides,
  });
  if (options.start !== false) {
    await adapter.start().catch(async (err: unknown) => {
      // A failed start must not leave servers behind: jest would never exit.
      await fake.close();
      await core.close();
      throw err;
    });
  }
  const eventsUrl = `http://127.0.0.1:${adapter.port ?? 0}/slack/events`;

  const postRaw: Harness['postRaw'] = (body, contentType, signing, headers = {}) =>
    fetch(eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(signing.timestamp),
        'x-slack-signature': signing.signature ?? sign(body, signing.timestamp),
        ...headers,
      },
      body,
    });
  const now = () => Math.floor(Date.now() / 1000);
  let closed = false;
  // Bolt's form parser wants exactly this content type: a URLSearchParams body would add "; charset=UTF-8".
  const form = 'application/x-www-form-urlencoded';

  return {
    fake,
    core,
    bot,
    adapter,
    logs,
    eventsUrl,
    postRaw,
    postEvent: (body, headers) => postRaw(JSON.stringify(body), 'application/json', { timestamp: now() }, headers),
    postCommand: (fields) => postRaw(new URLSearchParams(fields).toString(), form, { timestamp: now() }),
    // Each click is a new invocation with its own trigger_id, as in Slack (a repeated trigger_id is a replay).
    postAction: (payload) => {
      const click = { ...(payload as Record<string, unknown>), trigger_id: nextTriggerId() };
      return postRaw(new URLSearchParams({ payload: JSON.stringify(click) }).toString(), form, { timestamp: now() });
    },
    async close() {
      if (closed) return;
      closed = true;
      await adapter.stop();
      await fake.close();
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** An app_mention event (from the fixture) with a different text, id or thread. */
export function mentionEvent(changes: { text?: string; eventId?: string; ts?: string; threadTs?: string; user?: string; channel?: string } = {}) {
  const body = fixture('event_app_mention');
  if (changes.text !== undefined) body.event.text = changes.text;
  if (changes.eventId) body.event_id = changes.eventId;
  if (changes.ts) body.event.ts = body.event.event_ts = changes.ts;
  if (changes.threadTs) body.event.thread_ts = changes.threadTs;
  if (changes.user) body.event.user = changes.user;
  if (changes.channel) body.event.channel = changes.channel;
  return body;
}

/** A message.im event (from the fixture) with a different text or id. */
export function directMessage(changes: { text?: string; eventId?: string } = {}) {
  const body = fixture('event_message_im');
  if (changes.text !== undefined) body.event.text = changes.text;
  if (changes.eventId) body.event_id = changes.eventId;
  return body;
}

let triggers = 0;
/** A fresh trigger_id: Slack gives each invocation its own. */
export function nextTriggerId(): string {
  return `1234567890123.1234567890.${(++triggers).toString(16).padStart(32, '0')}`;
}

/** Slash command fields (from the fixture) with our text, a response_url on the fake and a fresh trigger_id. */
export function slashCommand(h: Harness, text: string, responseId: string, command = '/brief'): Record<string, string> {
  const fields = fixture<Record<string, string>>('slash_command');
  return { ...fields, command, text, response_url: h.fake.responseUrl(responseId), trigger_id: nextTriggerId() };
}

/** The buttons (flattened) of a posted message's blocks. */
export function buttonsOf(blocks: any[]): any[] {
  return blocks.flatMap((b) => [...(b.type === 'actions' ? b.elements : []), ...(b.accessory?.type === 'button' ? [b.accessory] : [])]);
}

/** All text in a message's blocks and fallback, for content assertions. */
export function textOf(message: { text?: string; blocks?: any[] }): string {
  return JSON.stringify([message.text ?? '', message.blocks ?? []]);
}
