// A fake Discord on 127.0.0.1 (REST API + gateway) for running the real discord.js Client in tests; records every REST call.
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import guildCreate from '../fixtures/discord/guild-create.json';
import ready from '../fixtures/discord/ready.json';

/** The fixed snowflakes shared by the fixtures, the fake and the tests. */
export const IDS = {
  application: '1180000000000000001',
  bot: '1180000000000000001',
  guild: '1180000000000000100',
  moderatorRole: '1180000000000000110',
  channel: '1180000000000000200',
  dmChannel: '1180000000000000300',
  user: '1180000000000000400',
  otherBot: '1180000000000000500',
  otherUser: '1180000000000000600',
} as const;

const BOT_USER = ready.user;

export interface RecordedRequest {
  method: string;
  /** Path after /api/v10, e.g. /channels/1/messages. */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  status: number;
  at: number;
}

export interface FailureRule {
  method: string;
  path: RegExp;
  /** 'hang': never answered (the connection stays open until the client gives up). */
  status: 429 | 500 | 403 | 404 | 'hang';
  /** For 403/404: Discord's JSON error code (50001 Missing Access, 10003 Unknown Channel). */
  code?: number;
  /** For 429: seconds, sent as Retry-After / X-RateLimit-Reset-After and retry_after. */
  retryAfter?: number;
}

interface GatewayPayload {
  op: number;
  d?: unknown;
  s?: number | null;
  t?: string | null;
}

type Json = Record<string, unknown>;

export interface FakeDiscordOptions {
  heartbeatIntervalMs?: number;
}

/** Discord's close code for "unknown error, reconnect and resume". */
export const CLOSE_UNKNOWN_ERROR = 4000;

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Gateway payloads the client sent (IDENTIFY, heartbeats, RESUME). */
  readonly gatewayReceived: GatewayPayload[] = [];
  /** Registered commands by scope: 'global' or a guild id. */
  readonly commands = new Map<string, Json[]>();
  /** Messages created with POST /channels/{id}/messages, oldest first. */
  readonly channelMessages = new Map<string, Json[]>();
  private readonly failures: FailureRule[] = [];
  private readonly sockets = new Set<WebSocket>();
  private readonly seq = new WeakMap<WebSocket, number>();
  private readonly acknowledged = new Set<string>();
  private readonly originals = new Map<string, Json>();
  private readonly listeners = new Set<() => void>();
  private nextSnowflake = 1180000000000005000n;

  private constructor(
    private readonly server: http.Server,
    private readonly wss: WebSocketServer,
    private readonly opts: FakeDiscordOptions,
  ) {}

  /** Starts the fake on a free port. */
  static async start(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = http.createServer();
    const wss = new WebSocketServer({ server });
    const fake = new FakeDiscord(server, wss, opts);
    server.on('request', (req, res) => void fake.handleHttp(req, res));
    wss.on('connection', (ws) => fake.handleSocket(ws));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return fake;
  }

  private get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What DISCORD_API_URL should be. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** A fresh snowflake (interaction ids, message ids). */
  nextId(): string {
    return String(this.nextSnowflake++);
  }

  /** The next request matching `method` and `path` is answered with this failure, once. */
  failOnce(rule: FailureRule): void {
    this.failures.push(rule);
  }

  /** Gateway connections open now: every one of them receives every dispatch. */
  get connectedClients(): number {
    return [...this.sockets].filter((ws) => ws.readyState === WebSocket.OPEN).length;
  }

  /** How many IDENTIFYs the gateway has seen (one per client start). */
  get identifies(): GatewayPayload[] {
    return this.gatewayReceived.filter((p) => p.op === 2);
  }

  requestsMatching(method: string, path: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(match), timeoutMs, 'request');
  }

  /** Resolves when `probe` returns something, re-checking after every REST call and gateway payload. */
  waitFor<T>(probe: () => T | undefined, timeoutMs = 5000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = probe();
        if (found === undefined) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake discord: timed out after ${timeoutMs} ms waiting for a ${what}; saw ${this.requests.map((r) => `${r.method} ${r.path} ${r.status}`).join(', ')}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  /** Sends a dispatch (op 0) to every connected client. */
  dispatch(t: string, d: unknown): void {
    for (const ws of this.sockets) this.send(ws, { op: 0, t, d });
  }

  sendInteraction(d: Json): void {
    this.dispatch('INTERACTION_CREATE', d);
  }

  sendMessage(d: Json): void {
    this.dispatch('MESSAGE_CREATE', d);
  }

  /** Closes every gateway connection with a close code (4000: the client should resume). */
  dropConnections(code = CLOSE_UNKNOWN_ERROR): void {
    for (const ws of this.sockets) ws.close(code, 'fake discord: dropped');
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((r) => this.wss.close(() => r()));
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  // --- gateway ------------------------------------------------------------------------------

  private send(ws: WebSocket, payload: GatewayPayload): void {
    if (ws.readyState !== WebSocket.OPEN) return;
    let s: number | null = null;
    if (payload.op === 0) {
      s = (this.seq.get(ws) ?? 0) + 1;
      this.seq.set(ws, s);
    }
    ws.send(JSON.stringify({ s, t: null, ...payload }));
  }

  private handleSocket(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as GatewayPayload;
      this.gatewayReceived.push(payload);
      if (payload.op === 1) this.send(ws, { op: 11 });
      if (payload.op === 2) {
        this.send(ws, { op: 0, t: 'READY', d: { ...ready, resume_gateway_url: this.gatewayUrl } });
        // Without a GUILD_CREATE for each guild in READY, the client waits 15 s before it is ready.
        this.send(ws, { op: 0, t: 'GUILD_CREATE', d: guildCreate });
      }
      if (payload.op === 6) {
        const { seq } = payload.d as { seq: number };
        this.seq.set(ws, seq);
        this.send(ws, { op: 0, t: 'RESUMED', d: { _trace: ['fake'] } });
      }
      this.notify();
    });
    this.send(ws, { op: 10, d: { heartbeat_interval: this.opts.heartbeatIntervalMs ?? 41_250, _trace: ['fake'] } });
  }

  // --- REST ---------------------------------------------------------------------------------

  private async handleHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v\d+/, '');
    const method = req.method ?? 'GET';
    let body: unknown = raw;
    if (raw && String(req.headers['content-type']).includes('application/json')) body = JSON.parse(raw);
    const record: RecordedRequest = { method, path, query: url.searchParams, headers: req.headers, body, status: 0, at: Date.now() };
    this.requests.push(record);
    const reply = (status: number, json?: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      // A 204 must carry no JSON content type, or @discordjs/rest tries to parse an empty body.
      if (json === undefined) res.writeHead(status, headers).end();
      else res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(json));
      this.notify();
    };

    const failure = this.failures.findIndex((f) => f.method === method && f.path.test(path));
    if (failure >= 0) {
      const [rule] = this.failures.splice(failure, 1);
      if (rule.status === 429) {
        const after = rule.retryAfter ?? 0.25;
        return reply(
          429,
          { message: 'You are being rate limited.', retry_after: after, global: false },
          { 'retry-after': String(after), 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset-after': String(after), 'x-ratelimit-bucket': 'fake-bucket', 'x-ratelimit-scope': 'user' },
        );
      }
      if (rule.status === 'hang') return;
      if (rule.status === 403 || rule.status === 404) return reply(rule.status, { message: `fake failure ${rule.code}`, code: rule.code ?? 0 });
      return reply(500, { message: '500: Internal Server Error', code: 0 });
    }

    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return reply(200, { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } });
    }
    if (method === 'GET' && path === '/gateway') return reply(200, { url: this.gatewayUrl });
    if (method === 'GET' && path === '/users/@me') return reply(200, BOT_USER);

    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      const scope = m[2] ?? 'global';
      if (method === 'GET') return reply(200, this.commands.get(scope) ?? []);
      if (method === 'PUT') {
        const stored = (body as Json[]).map((c) => this.storeCommand(c, m![1], m![2]));
        this.commands.set(scope, stored);
        return reply(200, stored);
      }
    }

    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      const [, id, token] = m;
      if (this.acknowledged.has(id)) return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      this.acknowledged.add(id);
      const { type, data } = body as { type: number; data?: Json };
      if (type === 4 || type === 5) this.originals.set(token, this.message(data ?? {}, { webhook: true, loading: type === 5 }));
      return reply(204);
    }

    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) {
      const [, , token, messageId] = m;
      if (method === 'POST' && !messageId) return reply(200, this.message(body as Json, { webhook: true }));
      if (messageId === '@original') {
        const original = this.originals.get(token);
        if (!original) return reply(404, { message: 'Unknown Webhook', code: 10015 });
        if (method === 'GET') return reply(200, original);
        if (method === 'PATCH') {
          const edited = { ...original, ...this.message(body as Json, { webhook: true }), id: original.id, flags: (original.flags as number) & ~128, edited_timestamp: new Date().toISOString() };
          this.originals.set(token, edited);
          return reply(200, edited);
        }
        if (method === 'DELETE') {
          this.originals.delete(token);
          return reply(204);
        }
      }
      if (method === 'PATCH' && messageId) return reply(200, { ...this.message(body as Json, { webhook: true }), id: messageId });
      if (method === 'DELETE' && messageId) return reply(204);
    }

    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path)) && method === 'POST') {
      const list = this.channelMessages.get(m[1]) ?? [];
      const { nonce, enforce_nonce: enforce } = body as Json;
      // enforce_nonce: the same nonce again returns the message already created instead of a second one.
      const same = enforce && nonce !== undefined ? list.find((x) => x.nonce === nonce) : undefined;
      if (same) return reply(200, same);
      const created = { ...this.message(body as Json, { channelId: m[1] }), ...(nonce !== undefined ? { nonce } : {}) };
      list.push(created);
      this.channelMessages.set(m[1], list);
      return reply(200, created);
    }
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path)) && method === 'GET') {
      // Newest first, without nonces (Discord returns them only on create and in the gateway event).
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const list = [...(this.channelMessages.get(m[1]) ?? [])].reverse().slice(0, limit);
      return reply(200, list.map(({ nonce: _nonce, ...rest }) => rest));
    }
    if (/^\/channels\/\d+\/typing$/.test(path) && method === 'POST') return reply(204);

    return reply(404, { message: '404: Not Found', code: 0 });
  }

  /** Stores a command the way Discord returns it: with ids and defaults, without empty or false fields. */
  private storeCommand(c: Json, applicationId: string, guildId?: string): Json {
    const clean = (o: Json): Json => {
      const out: Json = {};
      for (const [k, v] of Object.entries(o)) {
        if (v === undefined || v === false || (Array.isArray(v) && !v.length)) continue;
        out[k] = k === 'options' ? (v as Json[]).map(clean) : v;
      }
      return out;
    };
    return {
      id: this.nextId(),
      application_id: applicationId,
      version: this.nextId(),
      default_member_permissions: null,
      type: 1,
      ...(guildId ? { guild_id: guildId } : { integration_types: [0], contexts: null }),
      dm_permission: true,
      nsfw: false,
      description_localizations: null,
      name_localizations: null,
      ...clean(c),
    };
  }

  /** A full message object, as Discord returns for channel messages and webhook (interaction) messages. */
  private message(body: Json, opts: { webhook?: boolean; loading?: boolean; channelId?: string }): Json {
    const reference = body.message_reference as Json | undefined;
    return {
      id: this.nextId(),
      type: reference ? 19 : 0,
      channel_id: opts.channelId ?? IDS.channel,
      author: BOT_USER,
      content: body.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body.embeds ?? [],
      components: body.components ?? [],
      pinned: false,
      // Deferred messages carry the "loading" flag (128) until edited.
      flags: ((body.flags as number | undefined) ?? 0) | (opts.loading ? 128 : 0),
      ...(reference ? { message_reference: { type: 0, channel_id: opts.channelId, ...reference } } : {}),
      ...(opts.webhook ? { webhook_id: IDS.application, application_id: IDS.application } : {}),
    };
  }
}
