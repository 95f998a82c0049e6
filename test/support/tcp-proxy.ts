// A TCP proxy for tests, put in front of PostgreSQL: it can pass traffic, stall it (connections open, no bytes move)
// or stop (every connection cut, new ones refused) — the outages a database behind a network has.
import net, { type AddressInfo } from 'node:net';

export type ProxyMode = 'pass' | 'stall' | 'stop';

interface Pair {
  client: net.Socket;
  upstream: net.Socket;
  /** Bytes held while stalled, per direction. */
  toUpstream: Buffer[];
  toClient: Buffer[];
}

export class TcpProxy {
  private mode: ProxyMode = 'pass';
  private readonly pairs = new Set<Pair>();

  private constructor(
    private readonly server: net.Server,
    private readonly target: { host: string; port: number },
  ) {}

  /** Starts a proxy on 127.0.0.1 (a free port) forwarding to `host:port`. */
  static async start(host: string, port: number): Promise<TcpProxy> {
    const server = net.createServer();
    const proxy = new TcpProxy(server, { host, port });
    server.on('connection', (socket) => proxy.accept(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `url` with its host and port replaced by the proxy's. */
  rewrite(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  /** Connections stay open but no byte moves either way until `pass()`. */
  stall(): void {
    this.mode = 'stall';
  }

  /** Every connection is cut and new ones are refused (closed at once) until `pass()`. */
  stop(): void {
    this.mode = 'stop';
    for (const p of this.pairs) this.cut(p);
  }

  /** Traffic flows again; bytes held during a stall are delivered. */
  pass(): void {
    this.mode = 'pass';
    for (const p of this.pairs) {
      for (const b of p.toUpstream.splice(0)) p.upstream.write(b);
      for (const b of p.toClient.splice(0)) p.client.write(b);
    }
  }

  async close(): Promise<void> {
    for (const p of this.pairs) this.cut(p);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    if (this.mode === 'stop') {
      client.destroy();
      return;
    }
    const upstream = net.connect(this.target.port, this.target.host);
    const pair: Pair = { client, upstream, toUpstream: [], toClient: [] };
    this.pairs.add(pair);
    client.on('data', (b: Buffer) => (this.mode === 'pass' ? upstream.write(b) : pair.toUpstream.push(b)));
    upstream.on('data', (b: Buffer) => (this.mode === 'pass' ? client.write(b) : pair.toClient.push(b)));
    const end = () => this.cut(pair);
    client.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  }

  private cut(p: Pair): void {
    this.pairs.delete(p);
    p.client.destroy();
    p.upstream.destroy();
  }
}
