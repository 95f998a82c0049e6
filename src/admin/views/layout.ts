// The dashboard's page shell and small view helpers. Templates are hono/html: every interpolated value is escaped.
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** The pages in the navigation, in order. */
export const PAGES = [
  { path: '/admin', label: 'Overview' },
  { path: '/admin/questions', label: 'Questions' },
  { path: '/admin/gaps', label: 'Gaps' },
  { path: '/admin/digests', label: 'Digests' },
  { path: '/admin/knowledge', label: 'Knowledge' },
  { path: '/admin/try', label: 'Try a question' },
] as const;

export interface PageOptions {
  title: string;
  /** The navigation entry to mark as current. */
  current?: (typeof PAGES)[number]['path'];
  /** The session's CSRF token: present when logged in (the log-out form needs it). */
  csrf?: string;
  /** Scripts served from /admin/assets, loaded deferred (never inline: the CSP forbids it). */
  scripts?: string[];
}

/** A whole page: skip link, header with navigation and log-out, the main content. */
export function page(opts: PageOptions, body: Html): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title} · BorderBrief admin</title>
<link rel="stylesheet" href="/admin/assets/dashboard.css">
${(opts.scripts ?? []).map((s) => html`<script src="/admin/assets/${s}" defer></script>`)}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <a class="brand" href="/admin">BorderBrief <span>admin</span></a>
  ${opts.csrf
    ? html`<nav aria-label="Dashboard pages"><ul>
      ${PAGES.map((p) => html`<li><a href="${p.path}"${p.path === opts.current ? html` aria-current="page"` : ''}>${p.label}</a></li>`)}
      </ul></nav>
      <form class="logout" method="post" action="/admin/logout">${csrfField(opts.csrf)}<button type="submit">Log out</button></form>`
    : ''}
</header>
<main id="main" tabindex="-1">
<h1>${opts.title}</h1>
${body}
</main>
</body>
</html>`;
}

/** The hidden field every form carries. */
export function csrfField(token: string): Html {
  return html`<input type="hidden" name="_csrf" value="${token}">`;
}

/** A figure card: a label and a big value, with an optional note. */
export function figure(label: string, value: string, note?: string, id?: string): Html {
  return html`<div class="figure"${id ? html` id="${id}"` : ''}><dt>${label}</dt><dd><span class="value">${value}</span>${note ? html`<span class="note">${note}</span>` : ''}</dd></div>`;
}

/** A message box (info, error). */
export function notice(kind: 'info' | 'error' | 'ok', body: Html | string): Html {
  return html`<div class="notice ${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${body}</div>`;
}

/** "2027-03-15 12:00 UTC". */
export function utc(d: Date | undefined): string {
  if (!d) return '—';
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "93%" (or "—" with nothing to divide). */
export function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 100)}%` : '—';
}

/** "0.22 ms", "1.4 s". */
export function duration(ms: number | undefined): string {
  if (ms === undefined) return '—';
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return ms >= 10 ? `${Math.round(ms)} ms` : `${ms.toFixed(2)} ms`;
}

export const PLATFORM_LABEL: Record<string, string> = { slack: 'Slack', discord: 'Discord', console: 'Console' };
