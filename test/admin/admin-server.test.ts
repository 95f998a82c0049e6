import { connect } from 'node:net';
import { startAdminServer, type AdminServer } from '../../src/admin/admin-server';

/** Sends raw bytes (a request fetch would refuse to make) and returns what the server answered. */
function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    socket.on('data', (d) => (out += d));
    socket.on('end', () => resolve(out));
    socket.on('error', reject);
  });
}

describe('the dashboard’s own server', () => {
  let server: AdminServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  test('answers a request-target that is no URL with 400, and keeps serving', async () => {
    server = await startAdminServer((_req, res) => void res.end('dashboard'), 0, '127.0.0.1');
    const bad = await raw(server.port, 'GET http://[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(bad).toMatch(/^HTTP\/1\.1 400 /);
    expect(await (await fetch(`http://127.0.0.1:${server.port}/admin`)).text()).toBe('dashboard');
  });
});
