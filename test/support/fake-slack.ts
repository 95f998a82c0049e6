// A fake Slack on 127.0.0.1 for integration tests: the Web API, response_url endpoints and a Socket Mode WebSocket. Records every call.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';

/** Who the fake says the bot is (auth.test). */
export const FAKE_BOT = { userId: 'UBOTUSER01', botId: 'BBOTID0001', teamId: 'T0TEAM0001', appId: 'A0APP00001' } as const;

export interface ApiCall {
  method: string;
  /** Form fields, with JSON fields (blocks…) parsed. */
  body: Record<string, any>;
  token?: string;
  /** What the fake answered: 200, or an injected 429/500. */
  status: number;
  at: number;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, any>;
  at: number;
}

export interface SocketAck {
  envelope_id: string;
  payload?: unknown;
}

/** An injected failure: a 429 with Retry-After, a 500, an `ok: false` error, or no answer at all (hang). */
export type Failure = { status: 429; retryAfterS: number } | { status: 500 } | { status: 200; error: string } | { status: 'hang' };

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlPost[] = [];
  readonly acks: SocketAck[] = [];
  /** What users.info says about a user: admins and owners may manage digests. Unknown users are ordinary members. */
  readonly users = new Map<string, { is_admin?: boolean; is_owner?: boolean; is_primary_owner?: boolean }>();
  /** What conversations.info says about a channel; unknown channels are public ones the bot is a member of. */
  readonly channels = new Map<string, { is_member?: boolean; is_archived?: boolean; not_found?: boolean }>();
  private readonly failures = new Map<string, Failure[]>();
  private readonly channelFailures: Array<{ method: string; channel: string; failure: Failure }> = [];
  /** Messages posted with chat.postMessage, per channel, oldest first (conversations.history reads them). */
  readonly channelMessages = new Map<string, Array<Record<string, any>>>();
  /** Milliseconds each call to a method waits, after taking effect, before it is answered (a slow Slack). */
  readonly delays = new Map<string, number>();
  private readonly sockets = new Set<WebSocket>();
  private readonly connections = new Set<Socket>();
  private readonly ackWaiters = new Map<string, (ack: SocketAck) => void>();
  private readonly wss = new WebSocketServer({ noServer: true });
  private nextTs = 1764400000;
  private nextId = 1;
  private port = 0;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeSlack> {
    const server = createServer();
    const fake = new FakeSlack(server);
    server.on('request', (req, res) => void fake.handle(req, res));
    server.on('connection', (socket) => {
      fake.connections.add(socket);
      socket.on('close', () => fake.connections.delete(socket));
    });
    server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) return socket.destroy();
      fake.wss.handleUpgrade(req, socket, head, (ws) => fake.accept(ws));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** The Web API base to give the client (slackApiUrl). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  /** A fresh response_url for a slash command or a click. */
  responseUrl(id = `r${this.nextId++}`): string {
    return `http://127.0.0.1:${this.port}/response/${id}`;
  }

  /** The next call(s) to `method` fail this way (then it answers normally again). */
  failNext(method: string, failure: Failure, times = 1): void {
    const queue = this.failures.get(method) ?? [];
    for (let i = 0; i < times; i++) queue.push(failure);
    this.failures.set(method, queue);
  }

  /** The next call(s) to `method` for one channel fail this way; calls for other channels are answered normally. */
  failInChannel(method: string, channel: string, failure: Failure, times = 1): void {
    for (let i = 0; i < times; i++) this.channelFailures.push({ method, channel, failure });
  }

  /** Calls to a method that the fake answered with ok: true. */
  succeeded(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method && c.status === 200);
  }

  /** What was posted to one response_url id (or to all). */
  posted(id?: string): ResponseUrlPost[] {
    return id ? this.responses.filter((r) => r.id === id) : this.responses;
  }

  /** Resolves once `probe` returns a value (polling), or rejects after `timeoutMs`. */
  async waitFor<T>(probe: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const value = probe();
      if (value) return value;
      if (Date.now() > until) throw new Error('fake Slack: timed out waiting for the expected call');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Open Socket Mode connections. */
  get socketCount(): number {
    return [...this.sockets].filter((s) => s.readyState === WebSocket.OPEN).length;
  }

  /** Sends a Socket Mode envelope to the connected app and resolves with its ack. */
  sendEnvelope(envelope: { envelope_id: string } & Record<string, unknown>, timeoutMs = 5000): Promise<SocketAck> {
    const socket = [...this.sockets].find((s) => s.readyState === WebSocket.OPEN);
    if (!socket) return Promise.reject(new Error('fake Slack: no Socket Mode connection'));
    return new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake Slack: no ack for ${envelope.envelope_id}`)), timeoutMs);
      this.ackWaiters.set(envelope.envelope_id, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      socket.send(JSON.stringify(envelope));
    });
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    for (const c of this.connections) c.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => this.sockets.delete(ws));
    ws.on('message', (data) => {
      const ack = JSON.parse(String(data)) as SocketAck;
      if (!ack.envelope_id) return;
      this.acks.push(ack);
      this.ackWaiters.get(ack.envelope_id)?.(ack);
      this.ackWaiters.delete(ack.envelope_id);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake-slack', build_number: 1, approximate_connection_time: 18060 }, connection_info: { app_id: FAKE_BOT.appId } }));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const response = /^\/response\/([^/]+)$/.exec(url.pathname);
    if (response && req.method === 'POST') {
      this.responses.push({ id: response[1], body: JSON.parse(raw || '{}'), at: Date.now() });
      return send(res, 200, 'text/plain', 'ok');
    }
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
    if (!api || req.method !== 'POST') return send(res, 404, 'text/plain', 'not found');
    const method = api[1];
    const body = parseApiBody(raw, req.headers['content-type']);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? (body.token as string | undefined);
    const inChannel = this.channelFailures.findIndex((f) => f.method === method && f.channel === body.channel);
    const failure = inChannel >= 0 ? this.channelFailures.splice(inChannel, 1)[0].failure : this.failures.get(method)?.shift();
    const call: ApiCall = { method, body, token, status: failure?.status === 'hang' ? 0 : (failure?.status ?? 200), at: Date.now() };
    this.calls.push(call);
    // Never answered: the connection stays open until the client gives up or the fake closes.
    if (failure?.status === 'hang') return;
    if (failure?.status === 429) {
      res.setHeader('Retry-After', String(failure.retryAfterS));
      return send(res, 429, 'application/json', JSON.stringify({ ok: false, error: 'ratelimited' }));
    }
    if (failure?.status === 500) return send(res, 500, 'text/plain', 'internal error');
    if (failure?.status === 200) return send(res, 200, 'application/json', JSON.stringify({ ok: false, error: failure.error }));
    const answer = this.answer(method, body);
    // A slow Slack: the call has taken effect (a message is posted) but the answer is late, or never comes.
    const delay = this.delays.get(method);
    if (delay) await new Promise((r) => setTimeout(r, delay).unref());
    return send(res, 200, 'application/json', JSON.stringify(answer));
  }

  private answer(method: string, body: Record<string, any>): Record<string, unknown> {
    const ts = () => `${this.nextTs++}.000100`;
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake Team', user: 'borderbrief', team_id: FAKE_BOT.teamId, user_id: FAKE_BOT.userId, bot_id: FAKE_BOT.botId, is_enterprise_install: false };
      case 'chat.postMessage': {
        const at = ts();
        const list = this.channelMessages.get(body.channel) ?? [];
        list.push({ type: 'message', user: FAKE_BOT.userId, bot_id: FAKE_BOT.botId, text: body.text, ts: at, thread_ts: body.thread_ts, metadata: body.metadata });
        this.channelMessages.set(body.channel, list);
        return { ok: true, channel: body.channel, ts: at, message: { type: 'message', user: FAKE_BOT.userId, bot_id: FAKE_BOT.botId, text: body.text, ts: at, thread_ts: body.thread_ts } };
      }
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'chat.update':
        return { ok: true, channel: body.channel, ts: body.ts, text: body.text };
      case 'conversations.info': {
        const id = String(body.channel ?? '');
        const c = this.channels.get(id) ?? {};
        if (c.not_found) return { ok: false, error: 'channel_not_found' };
        return { ok: true, channel: { id, name: id.toLowerCase(), is_channel: true, is_im: false, is_archived: c.is_archived ?? false, is_member: c.is_member ?? true } };
      }
      case 'users.info': {
        const id = String(body.user ?? '');
        const roles = this.users.get(id) ?? {};
        return { ok: true, user: { id, team_id: FAKE_BOT.teamId, name: id.toLowerCase(), deleted: false, is_bot: false, is_admin: false, is_owner: false, is_primary_owner: false, ...roles } };
      }
      case 'conversations.history': {
        // Newest first; metadata only when asked for, as in Slack.
        const all = [...(this.channelMessages.get(String(body.channel)) ?? [])].reverse();
        const limit = Number(body.limit ?? 100);
        const start = Number(body.cursor ?? 0);
        const page = all.slice(start, start + limit).map((m) => {
          const { metadata, ...rest } = m;
          return String(body.include_all_metadata) === 'true' && metadata ? { ...rest, metadata } : rest;
        });
        const more = start + limit < all.length;
        return { ok: true, messages: page, has_more: more, response_metadata: { next_cursor: more ? String(start + limit) : '' } };
      }
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket?ticket=${this.nextId++}` };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.writeHead(status, { 'content-type': contentType });
  res.end(body);
}

/** The Web API client sends form fields, with objects (blocks…) as JSON strings. */
function parseApiBody(raw: string, contentType: string | undefined): Record<string, any> {
  if (contentType?.includes('application/json')) return JSON.parse(raw || '{}');
  const out: Record<string, any> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // not JSON after all: keep the string
      }
    }
    out[k] = v;
  }
  return out;
}
