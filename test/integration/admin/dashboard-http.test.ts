// The dashboard over HTTP without a browser: where it is served (ADMIN_PORT, Slack's HTTP port, npm run dashboard),
// that it is off without ADMIN_TOKEN, and how sessions and CSRF tokens hold up against tampering.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PassThrough } from 'node:stream';
import { type Running, startBorderBrief } from '../../../adapters/start';
import { type AdminServer, startAdminServer } from '../../../src/admin/admin-server';
import { createDashboard } from '../../../src/admin/dashboard';
import { silentLogger } from '../../../src/logger';
import { testCore } from '../../support/core';
import { copyKnowledge, KNOWLEDGE_DIR, tempDir } from '../../support/knowledge-fixture';
import { outputOf } from '../../support/run-process';
import { type Harness, startHarness } from '../slack/harness';

const TOKEN = 'c0ffee'.repeat(8);
const ROOT = path.join(__dirname, '..', '..', '..');

/** Logs in through the form like a browser: the login page's cookie and CSRF token, then the token. */
async function logIn(base: string, token = TOKEN): Promise<{ status: number; cookie?: string }> {
  const form = await fetch(`${base}/admin/login`);
  const pre = /bb_admin_login=[^;]+/.exec(form.headers.get('set-cookie') ?? '')![0];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1];
  const res = await fetch(`${base}/admin/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: pre, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, token }).toString(),
  });
  return { status: res.status, cookie: /bb_admin=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] };
}

async function start(env: Record<string, string>): Promise<Running> {
  return startBorderBrief({
    env: { DATA_DIR: tempDir('bb-admin-'), KNOWLEDGE_DIR, ...env },
    input: new PassThrough(),
    output: new PassThrough(),
    notices: new PassThrough(),
    interactive: false,
    logger: silentLogger,
  });
}

describe('where the dashboard is served', () => {
  let running: Running | undefined;
  let h: Harness | undefined;
  afterEach(async () => {
    await running?.stop();
    await h?.close();
    running = h = undefined;
  });

  test('is off without ADMIN_TOKEN: no port is opened', async () => {
    running = await start({ ADMIN_PORT: '0' });
    expect(running.adminPort).toBeUndefined();
  });

  test('serves /admin on ADMIN_PORT, bound to 127.0.0.1, and nothing else there', async () => {
    running = await start({ ADMIN_TOKEN: TOKEN, ADMIN_PORT: '0' });
    const base = `http://127.0.0.1:${running.adminPort}`;
    const page = await fetch(`${base}/admin`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/admin/login');
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    const { status, cookie } = await logIn(base);
    expect(status).toBe(303);
    const overview = await fetch(`${base}/admin`, { headers: { cookie: cookie! } });
    expect(overview.status).toBe(200);
    expect(await overview.text()).toContain('Questions per day by platform');
  });

  test('says which variable to change when ADMIN_PORT is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    try {
      await expect(start({ ADMIN_TOKEN: TOKEN, ADMIN_PORT: String(port) })).rejects.toThrow(/cannot listen on 127\.0\.0\.1:\d+ \(EADDRINUSE\): set ADMIN_PORT to a free port/);
    } finally {
      blocker.close();
    }
  });

  test('in Slack HTTP mode, shares the events port through Bolt (GET and POST)', async () => {
    h = await startHarness({
      httpRoutes: (core, logger) => createDashboard({ bot: core.bot, digests: core.digests, logger, token: TOKEN }).routes,
    });
    const base = `http://127.0.0.1:${h.adapter.port}`;
    const { status, cookie } = await logIn(base);
    expect(status).toBe(303);
    const knowledge = await fetch(`${base}/admin/knowledge`, { headers: { cookie: cookie! } });
    expect(knowledge.status).toBe(200);
    expect(await knowledge.text()).toContain(h.bot.knowledgeStatus().version);
    // Slack's own endpoint is untouched.
    expect((await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(401);
  });

  test('npm run dashboard serves the store and knowledge with no platform, and stops on SIGTERM', async () => {
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/dashboard.ts')], {
      cwd: tempDir('bb-dash-cli-'),
      env: { PATH: process.env.PATH, DATA_DIR: tempDir('bb-dash-data-'), KNOWLEDGE_DIR, ADMIN_TOKEN: TOKEN, ADMIN_PORT: '0', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const done = outputOf(child);
    const url = await listeningAt(child);
    const { status, cookie } = await logIn(url.replace(/\/admin$/, ''));
    expect(status).toBe(303);
    expect((await fetch(`${url}/knowledge`, { headers: { cookie: cookie! } })).status).toBe(200);
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  });

  /** The dashboard URL a `npm run dashboard` process says it listens on (stderr). */
  function listeningAt(child: ReturnType<typeof spawn>): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      let seen = '';
      child.stderr!.on('data', (d) => {
        seen += d;
        const m = /http:\/\/127\.0\.0\.1:\d+\/admin/.exec(seen);
        if (m) resolve(m[0]);
      });
      child.on('close', () => reject(new Error(`exited before listening: ${seen}`)));
    });
  }

  /** `npm run dashboard` over a copy of knowledge/: its URL, a session, the Knowledge page's update count. */
  async function dashboardOver(knowledge: string, env: Record<string, string> = {}) {
    const child = spawn(process.execPath, ['--import', pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, path.join(ROOT, 'src/cli/dashboard.ts')], {
      cwd: tempDir('bb-dash-cli-'),
      env: { PATH: process.env.PATH, DATA_DIR: tempDir('bb-dash-data-'), KNOWLEDGE_DIR: knowledge, ADMIN_TOKEN: TOKEN, ADMIN_PORT: '0', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const done = outputOf(child);
    const url = await listeningAt(child);
    const { cookie } = await logIn(url.replace(/\/admin$/, ''));
    const updates = async () => Number(/id="fig-updates"[\s\S]*?class="value">(\d+)</.exec(await (await fetch(`${url}/knowledge`, { headers: { cookie: cookie! } })).text())![1]);
    return { child, done, updates };
  }
  const writeUpdate = (knowledge: string, name: string, date: string) =>
    fs.writeFileSync(path.join(knowledge, 'updates', `${date}-${name}.md`), `---\ndate: ${date}\ntitle: ${name}\nsource: Example Wire\n---\nSomething happened.\n`);

  test('npm run dashboard reloads knowledge/ on SIGHUP, as the bot does, instead of dying of it', async () => {
    const knowledge = copyKnowledge();
    const { child, done, updates } = await dashboardOver(knowledge, { KNOWLEDGE_WATCH: 'off' });
    const before = await updates();
    writeUpdate(knowledge, 'first', '2026-12-01');
    child.kill('SIGHUP');
    await waitFor(async () => (await updates()) === before + 1);
    expect(child.exitCode).toBeNull();
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  }, 30_000);

  test('npm run dashboard applies a knowledge change without a signal (KNOWLEDGE_WATCH on by default)', async () => {
    const knowledge = copyKnowledge();
    const { child, done, updates } = await dashboardOver(knowledge);
    const before = await updates();
    writeUpdate(knowledge, 'second', '2026-12-02');
    await waitFor(async () => (await updates()) === before + 1);
    child.kill('SIGTERM');
    expect((await done).code).toBe(0);
  }, 30_000);

  test('npm run dashboard without ADMIN_TOKEN says how to make one and exits 2', async () => {
    // From an empty directory: no .env of the developer's is read.
    const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/cli/dashboard.ts')], {
      cwd: tempDir('bb-dash-cli-'),
      env: { PATH: process.env.PATH, DATA_DIR: tempDir('bb-dash-data-'), KNOWLEDGE_DIR },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const result = await outputOf(child);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe('ADMIN_TOKEN is not set: the dashboard is off without it. Make one with: openssl rand -hex 32');
  });
});

/** Logs in to a dashboard through `app.request` as a browser would, and returns the session cookie. */
async function session(d: ReturnType<typeof createDashboard>): Promise<string> {
  const form = await d.app.request('/admin/login');
  const pre = /bb_admin_login=[^;]+/.exec(form.headers.get('set-cookie')!)![0];
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1];
  const res = await d.app.request('/admin/login', {
    method: 'POST',
    headers: { cookie: pre, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, token: TOKEN }).toString(),
  });
  return /bb_admin=[^;]+/.exec(res.headers.get('set-cookie')!)![0];
}

describe('dashboard sessions', () => {
  let now = new Date('2027-03-15T12:00:00Z');
  const clock = () => now;

  async function dashboard(token = TOKEN) {
    const core = await testCore({}, clock);
    return { core, d: createDashboard({ bot: core.bot, digests: core.digests, logger: silentLogger, token, clock }) };
  }

  test('refuses a login POST without the login form’s CSRF token (403), so no other site can log a browser in', async () => {
    const { core, d } = await dashboard();
    const res = await d.app.request('/admin/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: TOKEN }).toString(),
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie') ?? '').not.toContain('bb_admin=');
    await core.close();
  });

  test('a tampered, expired or old-token session cookie is no session', async () => {
    const { core, d } = await dashboard();
    const cookie = await session(d);
    expect((await d.app.request('/admin', { headers: { cookie } })).status).toBe(200);
    const [id, expiry, sig] = cookie.slice('bb_admin='.length).split('.');
    const longer = `bb_admin=${id}.${Number(expiry) + 86_400_000}.${sig}`;
    expect((await d.app.request('/admin', { headers: { cookie: longer } })).status).toBe(303);
    // Another token (ADMIN_TOKEN changed) signs differently: every session ends.
    const other = createDashboard({ bot: core.bot, digests: core.digests, logger: silentLogger, token: 'f'.repeat(40), clock });
    expect((await other.app.request('/admin', { headers: { cookie } })).status).toBe(303);
    now = new Date(now.getTime() + 12 * 3_600_000 + 1);
    expect((await d.app.request('/admin', { headers: { cookie } })).status).toBe(303);
    await core.close();
  });

  test('serves Chart.js and its own files from the server, and nothing else from the assets path', async () => {
    const { core, d } = await dashboard();
    const chart = await d.app.request('/admin/assets/chart.umd.min.js');
    expect(chart.status).toBe(200);
    expect(chart.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await chart.text()).toContain('Chart');
    expect((await d.app.request('/admin/assets/..%2F..%2Fpackage.json')).status).toBe(404);
    expect((await d.app.request('/admin/assets/overview-chart.js')).status).toBe(200);
    await core.close();
  });

  test('GET forms (the Questions and Gaps filters) carry no CSRF token: it would land in URLs, history and logs', async () => {
    const { core, d } = await dashboard();
    const cookie = await session(d);
    for (const page of ['/admin/questions', '/admin/gaps']) {
      const text = await (await d.app.request(page, { headers: { cookie } })).text();
      const getForm = /<form[^>]*method="get"[\s\S]*?<\/form>/.exec(text)![0];
      expect(getForm).not.toContain('_csrf');
      // The log-out form (a POST) still carries it.
      expect(text).toMatch(/action="\/admin\/logout"><input type="hidden" name="_csrf"/);
    }
    await core.close();
  });

  test('a digest preview of a channel without a subscription renders today’s digest; a bad request says what to give', async () => {
    const { core, d } = await dashboard();
    const cookie = await session(d);
    const ok = await d.app.request('/admin/digests/preview?platform=discord&channel=123', { headers: { cookie } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('not subscribed');
    const bad = await d.app.request('/admin/digests/preview?platform=irc&channel=x', { headers: { cookie } });
    expect(bad.status).toBe(404);
    expect(await bad.text()).toContain('Choose a platform');
    await core.close();
  });
});

describe('the Questions page date filters', () => {
  const now = new Date('2026-03-03T12:00:00Z');
  let core: Awaited<ReturnType<typeof testCore>>;
  let d: ReturnType<typeof createDashboard>;
  let cookie: string;

  beforeAll(async () => {
    core = await testCore({}, () => now);
    d = createDashboard({ bot: core.bot, digests: core.digests, logger: silentLogger, token: TOKEN, clock: () => now });
    cookie = await session(d);
    // 2 March: what an impossible 30 February rolled over to used to select.
    await core.store.logQuestion({ at: new Date('2026-03-02T09:00:00Z'), platform: 'slack', channel: 'C0NEWSDESK', userHash: 'u', question: 'asked on the second of march', answered: true });
    await core.store.logQuestion({ at: new Date('2026-02-27T09:00:00Z'), platform: 'slack', channel: 'C0NEWSDESK', userHash: 'u', question: 'asked on the twenty-seventh of february', answered: true });
  });
  afterAll(async () => core.close());

  const questions = (query: string) => d.app.request(`/admin/questions?${query}`, { headers: { cookie } });

  test('refuses an impossible date, naming the parameter and the format, and lists nothing for it', async () => {
    for (const [query, message] of [
      ['from=2026-02-30', 'from: 2026-02-30 is not a date — use YYYY-MM-DD'],
      ['to=2026-02-31', 'to: 2026-02-31 is not a date — use YYYY-MM-DD'],
      ['from=2027-02-29', 'from: 2027-02-29 is not a date — use YYYY-MM-DD'],
      ['from=2026-13-01&platform=slack', 'from: 2026-13-01 is not a date — use YYYY-MM-DD'],
      ['from=yesterday', 'from: yesterday is not a date — use YYYY-MM-DD'],
      ['from=2026-3-2', 'from: 2026-3-2 is not a date — use YYYY-MM-DD'],
    ]) {
      const res = await questions(query);
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).toContain(message);
      expect(text).not.toContain('id="questions"');
      expect(text).not.toContain('asked on the');
      expect(text).not.toMatch(/public questions? match|Showing \d/);
    }
  });

  test('names both parameters when both dates are impossible, and shows what was typed as text', async () => {
    const text = await (await questions('from=2026-02-30&to=%3Cb%3E2026%3C%2Fb%3E')).text();
    expect(text).toContain('from: 2026-02-30 is not a date — use YYYY-MM-DD');
    expect(text).toContain('to: &lt;b&gt;2026&lt;/b&gt; is not a date — use YYYY-MM-DD');
    expect(text).not.toContain('<b>2026');
  });

  test('filters by real dates, a leap day included, and treats an empty date field as no filter', async () => {
    const march = await questions('from=2026-03-01');
    expect(march.status).toBe(200);
    const marchText = await march.text();
    expect(marchText).toContain('asked on the second of march');
    expect(marchText).not.toContain('asked on the twenty-seventh of february');
    const february = await (await questions('from=2026-02-27&to=2026-02-28')).text();
    expect(february).toContain('asked on the twenty-seventh of february');
    expect(february).not.toContain('asked on the second of march');
    const leap = await questions('from=2028-02-29');
    expect(leap.status).toBe(200);
    expect(await leap.text()).not.toContain('is not a date');
    // An emptied date input is submitted as `from=`.
    const empty = await questions('from=&to=');
    expect(empty.status).toBe(200);
    expect(await empty.text()).toContain('asked on the second of march');
  });
});

describe('dashboard login rate limit', () => {
  const WINDOW_MS = 15 * 60_000;
  let core: Awaited<ReturnType<typeof testCore>>;
  let server: AdminServer;

  beforeAll(async () => {
    core = await testCore();
  });
  afterAll(async () => core.close());
  beforeEach(async () => {
    // A new dashboard each test: its failure counts start at zero.
    const d = createDashboard({ bot: core.bot, digests: core.digests, logger: silentLogger, token: TOKEN });
    server = await startAdminServer(d.listener, 0, '127.0.0.1');
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await server.close();
  });

  /** One request from a chosen loopback address (the whole of 127/8 reaches a server on 127.0.0.1). */
  function request(from: string, method: 'GET' | 'POST', target: string, headers: Record<string, string> = {}, body = '') {
    return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: server.port, localAddress: from, method, path: target, headers: { ...headers, 'content-length': Buffer.byteLength(body), connection: 'close' } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  /** The login form, then a POST of the token, both from `from`: the status and any session cookie set. */
  async function logInFrom(from: string, token: string) {
    const form = await request(from, 'GET', '/admin/login');
    const pre = /bb_admin_login=[^;]+/.exec(String(form.headers['set-cookie']))![0];
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    const res = await request(from, 'POST', '/admin/login', { cookie: pre, 'content-type': 'application/x-www-form-urlencoded' }, new URLSearchParams({ _csrf: csrf, token }).toString());
    return { ...res, session: /bb_admin=[^;]+/.exec(String(res.headers['set-cookie'] ?? ''))?.[0] };
  }

  const WRONG = 'f'.repeat(64);

  test('after five wrong tokens from an address, refuses it with a 429 page saying when to retry — even the right token', async () => {
    for (let i = 0; i < 5; i++) expect((await logInFrom('127.0.0.1', WRONG)).status).toBe(401);
    const sixth = await logInFrom('127.0.0.1', WRONG);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(WINDOW_MS / 1000 - 60);
    expect(Number(sixth.headers['retry-after'])).toBeLessThanOrEqual(WINDOW_MS / 1000);
    expect(sixth.text).toMatch(/Too many failed logins from your address \(5 in 15 minutes\)\. Try again in 15 minutes, after \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\./);
    // While refused, the token is not even compared: a right guess would otherwise still get through.
    const right = await logInFrom('127.0.0.1', TOKEN);
    expect(right.status).toBe(429);
    expect(right.session).toBeUndefined();
  });

  test('lets no more than five of a burst of parallel wrong tokens be compared', async () => {
    // Through app.request, so the twenty requests are in the handler at once (over loopback they arrive one by one).
    const d = createDashboard({ bot: core.bot, digests: core.digests, logger: silentLogger, token: TOKEN });
    const form = await d.app.request('/admin/login');
    const pre = /bb_admin_login=[^;]+/.exec(form.headers.get('set-cookie')!)![0];
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1];
    const body = new URLSearchParams({ _csrf: csrf, token: WRONG }).toString();
    const post = () => d.app.request('/admin/login', { method: 'POST', headers: { cookie: pre, 'content-type': 'application/x-www-form-urlencoded' }, body });
    const statuses = (await Promise.all(Array.from({ length: 20 }, post))).map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  test('counts each client address on its own', async () => {
    for (let i = 0; i < 6; i++) await logInFrom('127.0.0.1', WRONG);
    expect((await logInFrom('127.0.0.1', TOKEN)).status).toBe(429);
    const other = await logInFrom('127.0.0.2', TOKEN);
    expect(other.status).toBe(303);
    expect(other.session).toBeDefined();
  });

  test('never limits successful logins, and a success forgives the failures before it', async () => {
    for (let i = 0; i < 10; i++) expect((await logInFrom('127.0.0.1', TOKEN)).status).toBe(303);
    for (let i = 0; i < 4; i++) expect((await logInFrom('127.0.0.1', WRONG)).status).toBe(401);
    expect((await logInFrom('127.0.0.1', TOKEN)).status).toBe(303);
    for (let i = 0; i < 5; i++) expect((await logInFrom('127.0.0.1', WRONG)).status).toBe(401);
    expect((await logInFrom('127.0.0.1', WRONG)).status).toBe(429);
  });

  test('lets the address log in again once the 15 minutes are over', async () => {
    for (let i = 0; i < 6; i++) await logInFrom('127.0.0.1', WRONG);
    expect((await logInFrom('127.0.0.1', TOKEN)).status).toBe(429);
    const later = Date.now() + WINDOW_MS + 1000;
    jest.spyOn(Date, 'now').mockReturnValue(later);
    expect((await logInFrom('127.0.0.1', TOKEN)).status).toBe(303);
  });
});

/** Polls until the condition holds (or fails the test after a few seconds). */
async function waitFor(condition: () => Promise<boolean>, ms = 8000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
