// The dashboard's own HTTP server (ADMIN_PORT on ADMIN_HOST), for runs without Slack's HTTP port and `npm run dashboard`.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UserError } from '../errors';

export interface AdminServer {
  readonly port: number;
  readonly host: string;
  close(): Promise<void>;
}

/** Listens on `host:port` (0: any free port); a port in use is a friendly error naming ADMIN_PORT. */
export async function startAdminServer(listener: (req: IncomingMessage, res: ServerResponse) => void, port: number, host: string): Promise<AdminServer> {
  const server = createServer((req, res) => {
    // Only /admin is the dashboard's; anything else is not found. A request-target that is no URL (`http://[`) is a
    // bad request, not an exception that would end the process.
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', 'http://x').pathname;
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request\n');
      return;
    }
    if (/^\/admin(\/|$)/.test(pathname)) listener(req, res);
    else if (req.url === '/') res.writeHead(303, { location: '/admin' }).end();
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE' || err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL'
          ? new UserError('CONFIG_INVALID', `The dashboard cannot listen on ${host}:${port} (${err.code}): set ADMIN_PORT to a free port, or ADMIN_HOST to an address of this machine.`)
          : err,
      ),
    );
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    host,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
