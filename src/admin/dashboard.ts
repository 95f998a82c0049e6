// The web dashboard at /admin: a Hono app of server-rendered pages over the Bot facade and the digest service.
// One node request listener serves it on ADMIN_PORT, on Slack's HTTP port (a Bolt custom route) or in `npm run dashboard`.
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { HttpRoute } from '../adapter';
import type { Bot } from '../bot';
import type { DigestService } from '../digest/digest-service';
import { isUserError } from '../errors';
import type { Logger } from '../logger';
import { projectRoot } from '../runtime/project-root';
import { AdminAccess, LOGIN_COOKIE, type Session, SESSION_COOKIE, SESSION_HOURS } from './access';
import { overview, periodStart } from './figures';
import { createLoginThrottle } from './login-limit';
import { loginBody, refusedBody, tooManyLoginsBody } from './views/access-pages';
import { digestPreviewBody, digestsBody } from './views/digests';
import { knowledgeBody, tryBody } from './views/knowledge';
import { type Html, notice, page, type PageOptions } from './views/layout';
import { overviewBody } from './views/overview';
import { PAGE_SIZE, questionsBody, questionsProblemBody, readQuery, toFilter } from './views/questions';
import { gapsBody, readGapsQuery } from './views/gaps';

export interface DashboardDeps {
  bot: Bot;
  digests: DigestService;
  logger: Logger;
  /** ADMIN_TOKEN. */
  token: string;
  clock?: () => Date;
}

export interface Dashboard {
  /** The Hono app (tests may call `app.request`). */
  app: Hono<Env>;
  /** A node request listener for any HTTP server. */
  listener(req: IncomingMessage, res: ServerResponse): void;
  /** The same, as routes for an adapter's own HTTP server (Slack HTTP mode, through Bolt's customRoutes). */
  routes: HttpRoute[];
}

type Env = { Variables: { session: Session; csrf: string } };

/**
 * The strictest headers the pages work with: scripts and styles only from this server (no inline code), no framing,
 * no referrer, no sniffing, nothing cached.
 */
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cache-Control': 'no-store',
};

/**
 * The address of the client's connection, which the login limit counts by. Headers such as X-Forwarded-For are not
 * read: anyone could set them to dodge the limit. Without a node socket (`app.request` in tests) every request shares one.
 */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Files served under /admin/assets: our stylesheet and chart script, and Chart.js from node_modules (no CDN). */
function loadAssets(): Map<string, { type: string; body: string }> {
  const own = path.join(projectRoot(), 'src', 'admin', 'assets');
  const chartJs = path.join(path.dirname(require.resolve('chart.js')), 'chart.umd.min.js');
  const files: Array<[string, string, string]> = [
    ['dashboard.css', path.join(own, 'dashboard.css'), 'text/css; charset=utf-8'],
    ['overview-chart.js', path.join(own, 'overview-chart.js'), 'text/javascript; charset=utf-8'],
    ['chart.umd.min.js', chartJs, 'text/javascript; charset=utf-8'],
  ];
  return new Map(files.map(([name, file, type]) => [name, { type, body: fs.readFileSync(file, 'utf8') }]));
}

/** Builds the dashboard. Every page but the login form and the assets needs a session; every POST a CSRF token. */
export function createDashboard(deps: DashboardDeps): Dashboard {
  const { bot, digests, logger } = deps;
  const clock = deps.clock ?? (() => new Date());
  const access = new AdminAccess(deps.token, clock);
  const logins = createLoginThrottle();
  const assets = loadAssets();
  const app = new Hono<Env>();

  const render = (c: Context, opts: PageOptions, body: Html, status: 200 | 400 | 401 | 403 | 404 | 429 | 500 = 200) => c.html(page(opts, body), status);
  const secure = (c: Context) => new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
  const cookieOptions = (c: Context) => ({ httpOnly: true, sameSite: 'Strict' as const, path: '/admin', secure: secure(c) });

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!c.res.headers.has(k)) c.res.headers.set(k, v);
  });
  app.use('*', bodyLimit({ maxSize: 64 * 1024, onError: (c) => c.text('Request too large', 413) }));
  app.onError((err, c) => {
    logger.error({ err, path: c.req.path }, 'dashboard: page failed');
    return render(c, { title: 'Something went wrong' }, notice('error', 'This page failed; the error is in the bot’s log.'), 500);
  });
  app.notFound((c) => render(c, { title: 'Not found' }, refusedBody('There is no such page.'), 404));

  app.get('/admin/assets/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return c.notFound();
    return c.body(asset.body, 200, { 'Content-Type': asset.type, 'Cache-Control': 'private, max-age=300' });
  });

  // The login form's CSRF token is bound to a signed pre-login cookie, so no other site can log a browser in.
  const loginPage = (c: Context, error?: string, status: 200 | 401 | 403 = 200) => {
    const loginId = access.newLoginId();
    setCookie(c, LOGIN_COOKIE, loginId, { ...cookieOptions(c), maxAge: 3600 });
    return render(c, { title: 'Log in' }, loginBody(access.csrfToken(access.read(loginId)!), error), status);
  };
  app.get('/admin/login', (c) => (access.read(getCookie(c, SESSION_COOKIE)) ? c.redirect('/admin', 303) : loginPage(c)));
  app.post('/admin/login', async (c) => {
    const form = await c.req.parseBody();
    const pre = access.read(getCookie(c, LOGIN_COOKIE));
    if (!pre || !access.csrfMatches(pre, form._csrf)) return render(c, { title: 'Refused' }, refusedBody('This form had no valid CSRF token (it expired, or it was not sent from this dashboard). Open the login page and try again.'), 403);
    // Counted before the token is compared; while an address is refused its token is not compared at all.
    const address = clientAddress(c);
    const attempt = await logins.attempt(address);
    if (!attempt.allowed) {
      if (attempt.firstRefused) logger.warn({ address, failures: logins.limit.failures }, 'dashboard: logins from an address refused after too many wrong tokens');
      c.header('Retry-After', String(Math.ceil(attempt.retryAfterMs / 1000)));
      return render(c, { title: 'Too many failed logins' }, tooManyLoginsBody(logins.limit, attempt.retryAfterMs, clock()), 429);
    }
    if (typeof form.token !== 'string' || !access.tokenMatches(form.token)) {
      logger.warn({ address }, 'dashboard: a login with a wrong token was refused');
      return loginPage(c, 'Wrong token. Use the value of ADMIN_TOKEN.', 401);
    }
    await logins.succeeded(address);
    deleteCookie(c, LOGIN_COOKIE, { path: '/admin' });
    setCookie(c, SESSION_COOKIE, access.newSession(), { ...cookieOptions(c), maxAge: SESSION_HOURS * 3600 });
    return c.redirect('/admin', 303);
  });

  // Everything else: a session; and for a POST, the session's CSRF token.
  const requireSession = async (c: Context<Env>, next: () => Promise<void>) => {
    const session = access.read(getCookie(c, SESSION_COOKIE));
    if (c.req.method === 'POST') {
      const form = await c.req.parseBody();
      if (!session || !access.csrfMatches(session, form._csrf))
        return render(c, { title: 'Refused' }, refusedBody('This form had no valid CSRF token (it expired, or it was not sent from this dashboard). Reload the page and try again.'), 403);
    } else if (!session) {
      return c.redirect('/admin/login', 303);
    }
    c.set('session', session!);
    c.set('csrf', access.csrfToken(session!));
    await next();
  };
  // ('/admin/*' matches '/admin' itself too.)
  app.use('/admin/*', requireSession);

  app.post('/admin/logout', (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/admin' });
    return c.redirect('/admin/login', 303);
  });

  const overviewPage = async (c: Context<Env>) => {
    const now = clock();
    const stats = await bot.activity(periodStart(now));
    return render(c, { title: 'Overview', current: '/admin', csrf: c.get('csrf'), scripts: ['chart.umd.min.js', 'overview-chart.js'] }, overviewBody(overview(stats, now)));
  };
  app.get('/admin', overviewPage);
  app.get('/admin/', overviewPage);

  app.get('/admin/questions', async (c) => {
    const query = readQuery(c.req.query());
    const options: PageOptions = { title: 'Questions', current: '/admin/questions', csrf: c.get('csrf') };
    const channels = [...new Set((await bot.activity(periodStart(clock()))).channels.map((ch) => ch.channel))];
    if (query.problems.length) return render(c, options, questionsProblemBody(query, channels), 400);
    const result = await bot.questionLog(toFilter(query), PAGE_SIZE, (query.page - 1) * PAGE_SIZE);
    return render(c, options, questionsBody(query, result, channels));
  });

  app.get('/admin/gaps', async (c) => {
    const query = readGapsQuery(c.req.query());
    const report = await bot.gapsReport({ days: query.days, ...(query.platform ? { platform: query.platform } : {}), limit: 50 });
    return render(c, { title: 'Gaps', current: '/admin/gaps', csrf: c.get('csrf') }, gapsBody(query, report));
  });

  app.get('/admin/digests', async (c) => {
    const rows = await digests.schedule(clock());
    return render(c, { title: 'Digests', current: '/admin/digests', csrf: c.get('csrf') }, digestsBody(rows, c.get('csrf')));
  });
  app.get('/admin/digests/preview', async (c) => {
    const platform = c.req.query('platform') ?? '';
    const channel = (c.req.query('channel') ?? '').trim().slice(0, 200);
    if (!['slack', 'discord', 'console'].includes(platform) || !channel)
      return render(c, { title: 'Digest preview', current: '/admin/digests', csrf: c.get('csrf') }, refusedBody('Choose a platform and give a channel id to preview.'), 404);
    const p = platform as 'slack' | 'discord' | 'console';
    const sub = (await digests.schedule(clock())).find((s) => s.sub.platform === p && s.sub.channel === channel);
    try {
      const digest = await digests.preview(p, channel);
      return render(c, { title: 'Digest preview', current: '/admin/digests', csrf: c.get('csrf') }, digestPreviewBody(p, channel, sub, digest));
    } catch (err) {
      if (isUserError(err)) return render(c, { title: 'Digest preview', current: '/admin/digests', csrf: c.get('csrf') }, refusedBody(err.message), 404);
      throw err;
    }
  });

  app.get('/admin/knowledge', (c) =>
    render(c, { title: 'Knowledge', current: '/admin/knowledge', csrf: c.get('csrf') }, knowledgeBody(bot.knowledgeStatus(), bot.knowledgeUpdates())),
  );

  app.get('/admin/try', (c) => render(c, { title: 'Try a question', current: '/admin/try', csrf: c.get('csrf') }, tryBody(c.get('csrf'), '')));
  app.post('/admin/try', async (c) => {
    const form = await c.req.parseBody();
    const question = typeof form.question === 'string' ? form.question.slice(0, 2000) : '';
    return render(c, { title: 'Try a question', current: '/admin/try', csrf: c.get('csrf') }, tryBody(c.get('csrf'), question, bot.explain(question)));
  });

  const listener = getRequestListener(app.fetch);
  return {
    app,
    listener,
    routes: [{ path: '/admin{/*rest}', methods: ['GET', 'POST'], handler: (req, res) => void listener(req, res) }],
  };
}
