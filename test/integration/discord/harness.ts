// Test harness: a core on a temp DATA_DIR, the fake Discord, and the real discord.js adapter connected to it; payload builders from the fixtures.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createDiscordAdapter, type DiscordAdapterOverrides } from '../../../adapters/discord';
import { loadDiscordConfig } from '../../../adapters/discord/config';
import { createCore, type Core } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import type { Logger } from '../../../src/logger';
import askFixture from '../../fixtures/discord/interaction-ask.json';
import autocompleteFixture from '../../fixtures/discord/interaction-autocomplete.json';
import buttonFixture from '../../fixtures/discord/interaction-button.json';
import subscribeFixture from '../../fixtures/discord/interaction-digest-subscribe.json';
import { FakeDiscord, IDS, type RecordedRequest } from '../../support/fake-discord';

export { FakeDiscord, IDS };

/** Discord's permission bits as the API sends them (strings of integers). */
export const PERMISSIONS = { member: '277095763009', memberWithManageChannels: '277095763025', memberWithManageServer: '277095763041' } as const;
export const EPHEMERAL = 64;
export const TOKEN = 'MTE4MDAwMDAwMDAwMDAwMDAwMQ.GfAkEt.fake-token-for-tests-only_0123456789';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A pino logger that keeps every line, for asserting on what was logged. */
export function capturingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'debug' }, { write: (s: string) => void lines.push(JSON.parse(s) as LogLine) });
  return { logger, lines };
}

export interface Harness {
  fake: FakeDiscord;
  core: Core;
  adapter: ReturnType<typeof createDiscordAdapter>;
  logs: LogLine[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** Core settings (RATE_LIMIT_COUNT, …). */
  env?: Record<string, string>;
  /** Reuse a running fake (a second start against the same Discord). */
  fake?: FakeDiscord;
  overrides?: DiscordAdapterOverrides;
  /** More DISCORD_* settings (DISCORD_TIMEOUT_SECONDS…). */
  discordEnv?: Record<string, string>;
}

/** Starts a core, a fake Discord (unless given) and the adapter, and waits until the client is ready. */
export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'borderbrief-discord-'));
  const { logger, lines } = capturingLogger();
  const core = await createCore(loadConfig({ DATA_DIR: dataDir, KNOWLEDGE_DIR: path.resolve(__dirname, '../../../knowledge'), RATE_LIMIT_COUNT: '100', ...opts.env }), logger);
  const fake = opts.fake ?? (await FakeDiscord.start());
  const config = loadDiscordConfig({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: IDS.application, DISCORD_GUILD_ID: IDS.guild, DISCORD_API_URL: fake.apiUrl, ...opts.discordEnv })!;
  const adapter = createDiscordAdapter(config, { bot: core.bot, logger }, opts.overrides);
  await adapter.start();
  return {
    fake,
    core,
    adapter,
    logs: lines,
    async stop() {
      await adapter.stop();
      await core.close();
      if (!opts.fake) await fake.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

type Json = Record<string, unknown>;
const clone = <T>(x: T): T => structuredClone(x);

function withIds<T extends Json>(fake: FakeDiscord, payload: T, who: { userId?: string; permissions?: string; dm?: boolean }): T {
  const p = payload as Json;
  p.id = fake.nextId();
  p.token = `fake-token-${p.id}`;
  const member = p.member as { user: Json; permissions: string };
  member.user.id = who.userId ?? IDS.user;
  if (who.permissions) member.permissions = who.permissions;
  if (who.dm) {
    // A DM interaction: `user` instead of `member`, no guild, the DM channel.
    p.user = member.user;
    delete p.member;
    delete p.guild_id;
    delete p.guild;
    p.channel = { id: IDS.dmChannel, type: 1, last_message_id: null, flags: 0, recipients: [member.user] };
    p.channel_id = IDS.dmChannel;
    p.context = 1;
    p.authorizing_integration_owners = { '0': IDS.guild };
  }
  return payload;
}

export interface Who {
  userId?: string;
  permissions?: string;
  dm?: boolean;
}

/** `/ask question:<text>` */
export function askInteraction(fake: FakeDiscord, question: string, who: Who = {}): Json {
  const p = withIds(fake, clone(askFixture) as Json, who);
  (p.data as { options: Json[] }).options[0].value = question;
  return p;
}

/** A command without options: `/topics`, `/help`. */
export function commandInteraction(fake: FakeDiscord, name: string, who: Who = {}): Json {
  const p = withIds(fake, clone(askFixture) as Json, who);
  p.data = { ...(p.data as Json), name, options: undefined };
  return p;
}

/** `/digest <sub> [options]` */
export function digestInteraction(fake: FakeDiscord, sub: string, options: Record<string, string>, who: Who = {}): Json {
  const p = withIds(fake, clone(subscribeFixture) as Json, who);
  const data = p.data as { options: Json[] };
  data.options = [{ type: 1, name: sub, options: Object.entries(options).map(([name, value]) => ({ type: 3, name, value })) }];
  return p;
}

/** Autocomplete for one option while the user types `value`. */
export function autocompleteInteraction(fake: FakeDiscord, value: string, target: { command?: string; sub?: string; option?: string } = {}): Json {
  const p = withIds(fake, clone(autocompleteFixture) as Json, {});
  const focused = { type: 3, name: target.option ?? 'question', value, focused: true };
  const data = p.data as Json;
  data.name = target.command ?? 'ask';
  data.options = target.sub ? [{ type: 1, name: target.sub, options: [focused] }] : [focused];
  return p;
}

/** A click on a button of one of the bot's messages. */
export function buttonInteraction(fake: FakeDiscord, customId: string, who: Who = {}): Json {
  const p = withIds(fake, clone(buttonFixture) as Json, who);
  (p.data as Json).custom_id = customId;
  return p;
}

/** The interaction callback the adapter sent for an interaction. */
export function callbackOf(fake: FakeDiscord, interaction: Json): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.method === 'POST' && r.path === `/interactions/${interaction.id}/${interaction.token}/callback`);
}

/** The first webhook request (edit or follow-up) for an interaction, optionally of one method. */
export function webhookOf(fake: FakeDiscord, interaction: Json, match: (r: RecordedRequest) => boolean = () => true): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.path.startsWith(`/webhooks/${IDS.application}/${interaction.token}`) && r.status === 200 && match(r));
}

/** The channel message that replies to a given message. */
export function replyTo(fake: FakeDiscord, messageId: string): Promise<RecordedRequest> {
  return fake.waitForRequest((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.body?.message_reference?.message_id === messageId);
}
