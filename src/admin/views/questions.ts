// Questions: the public question log with search and filters, one page at a time; private questions only counted.
import { html } from 'hono/html';
import { DateTime } from 'luxon';
import type { QuestionFilter, QuestionPage } from '../../store/store';
import { PLATFORMS } from '../figures';
import { type Html, notice, PLATFORM_LABEL, utc } from './layout';

export const PAGE_SIZE = 25;

/** The filter as typed in the form (strings), kept for redisplay and page links. */
export interface QuestionQuery {
  q: string;
  platform: string;
  channel: string;
  outcome: string;
  feedback: string;
  from: string;
  to: string;
  page: number;
  /** Dates that are no calendar day ("from: 2026-02-30 is not a date — use YYYY-MM-DD"): shown, and nothing listed. */
  problems: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A `from`/`to` value: empty (an emptied date field) is no filter; otherwise a real calendar day in YYYY-MM-DD, checked
 * by luxon — `Date.parse` would read 2026-02-30 as 2 March and filter by a day nobody asked for.
 */
function readDay(name: 'from' | 'to', value: string | undefined): { day: string } | { problem: string } {
  if (!value) return { day: '' };
  if (DAY.test(value) && DateTime.fromFormat(value, 'yyyy-MM-dd', { zone: 'utc' }).isValid) return { day: value };
  return { problem: `${name}: ${value.slice(0, 40)} is not a date — use YYYY-MM-DD` };
}

/** Reads the form's query string: unknown choices show as unset; a date that is no day is a problem to show. */
export function readQuery(params: Record<string, string | undefined>): QuestionQuery {
  const pick = (v: string | undefined, ok: (x: string) => boolean) => (v !== undefined && ok(v) ? v : '');
  const from = readDay('from', params.from);
  const to = readDay('to', params.to);
  return {
    q: (params.q ?? '').slice(0, 200),
    platform: pick(params.platform, (v) => (PLATFORMS as string[]).includes(v)),
    channel: (params.channel ?? '').slice(0, 200),
    outcome: pick(params.outcome, (v) => v === 'answered' || v === 'declined'),
    feedback: pick(params.feedback, (v) => v === 'up' || v === 'down' || v === 'none'),
    from: 'day' in from ? from.day : '',
    to: 'day' in to ? to.day : '',
    page: Math.max(1, Math.min(10_000, Number.parseInt(params.page ?? '1', 10) || 1)),
    problems: [from, to].flatMap((r) => ('problem' in r ? [r.problem] : [])),
  };
}

/** The store's filter: dates are whole UTC days, `to` included. */
export function toFilter(q: QuestionQuery): QuestionFilter {
  return {
    ...(q.q.trim() ? { text: q.q } : {}),
    ...(q.platform ? { platform: q.platform as QuestionFilter['platform'] } : {}),
    ...(q.channel.trim() ? { channel: q.channel.trim() } : {}),
    ...(q.outcome ? { answered: q.outcome === 'answered' } : {}),
    ...(q.feedback ? { feedback: q.feedback as QuestionFilter['feedback'] } : {}),
    ...(q.from ? { from: new Date(`${q.from}T00:00:00Z`) } : {}),
    ...(q.to ? { to: new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000) } : {}),
  };
}

function link(q: QuestionQuery, page: number): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'platform', 'channel', 'outcome', 'feedback', 'from', 'to'] as const) if (q[key]) params.set(key, q[key]);
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return `/admin/questions${s ? `?${s}` : ''}`;
}

const option = (value: string, label: string, current: string) => html`<option value="${value}"${value === current ? html` selected` : ''}>${label}</option>`;

/** The filters form; a date field whose value was refused is marked invalid and points at the message. */
function filtersForm(query: QuestionQuery, channels: string[]): Html {
  const invalid = (name: 'from' | 'to') =>
    query.problems.some((p) => p.startsWith(`${name}:`)) ? html` aria-invalid="true" aria-describedby="questions-problems"` : '';
  return html`<form class="filters card" method="get" action="/admin/questions" role="search" aria-label="Filter questions">
  <div class="field wide"><label for="f-q">Question contains</label><input id="f-q" name="q" type="search" value="${query.q}" autocomplete="off"></div>
  <div class="field"><label for="f-platform">Platform</label><select id="f-platform" name="platform">${option('', 'Any', query.platform)}${PLATFORMS.map((p) => option(p, PLATFORM_LABEL[p], query.platform))}</select></div>
  <div class="field"><label for="f-channel">Channel</label><input id="f-channel" name="channel" list="known-channels" value="${query.channel}" autocomplete="off">
    <datalist id="known-channels">${channels.map((c) => html`<option value="${c}"></option>`)}</datalist></div>
  <div class="field"><label for="f-outcome">Outcome</label><select id="f-outcome" name="outcome">${option('', 'Any', query.outcome)}${option('answered', 'Answered', query.outcome)}${option('declined', 'Declined', query.outcome)}</select></div>
  <div class="field"><label for="f-feedback">Feedback</label><select id="f-feedback" name="feedback">${option('', 'Any', query.feedback)}${option('up', 'Some 👍', query.feedback)}${option('down', 'Some 👎', query.feedback)}${option('none', 'No votes', query.feedback)}</select></div>
  <div class="field"><label for="f-from">From (UTC)</label><input id="f-from" name="from" type="date" value="${query.from}"${invalid('from')}></div>
  <div class="field"><label for="f-to">To (UTC)</label><input id="f-to" name="to" type="date" value="${query.to}"${invalid('to')}></div>
  <div class="actions"><button type="submit">Filter</button> <a href="/admin/questions">Clear</a></div>
</form>`;
}

/** The page for a query with problems: the form and what is wrong, and no list — a misread date would mislead. */
export function questionsProblemBody(query: QuestionQuery, channels: string[]): Html {
  return html`
${filtersForm(query, channels)}
<div id="questions-problems">${notice('error', html`${query.problems.map((p, i) => html`${i ? html`<br>` : ''}${p}`)}`)}</div>`;
}

export function questionsBody(query: QuestionQuery, result: QuestionPage, channels: string[]): Html {
  const first = (query.page - 1) * PAGE_SIZE;
  const pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
  return html`
${filtersForm(query, channels)}
<p class="summary" id="questions-summary" role="status">${result.total
    ? `Showing ${first + 1}–${first + result.rows.length} of ${result.total} public question${result.total === 1 ? '' : 's'}.`
    : 'No public questions match.'} ${result.privateCount} private question${result.privateCount === 1 ? '' : 's'} in the same period, platform and outcome — counted, never shown.</p>
${result.rows.length
    ? html`<div class="scroll card flush"><table id="questions" class="rows">
  <caption class="visually-hidden">Public questions, newest first</caption>
  <thead><tr><th scope="col">Asked (UTC)</th><th scope="col">Where</th><th scope="col">Question</th><th scope="col">Outcome</th><th scope="col" class="num"><span aria-hidden="true">👍 / 👎</span><span class="visually-hidden">Helpful and not helpful votes</span></th></tr></thead>
  <tbody>${result.rows.map(
    (r) => html`<tr>
    <td class="nowrap">${utc(r.at)}</td>
    <td>${PLATFORM_LABEL[r.platform] ?? r.platform} <span class="muted">${r.channel}</span></td>
    <td class="question">${r.question}</td>
    <td><span class="badge ${r.answered ? 'ok' : 'warn'}">${r.answered ? 'answered' : 'declined'}</span></td>
    <td class="num">${r.helpful} / ${r.notHelpful}</td>
  </tr>`,
  )}</tbody></table></div>`
    : ''}
${pages > 1
    ? html`<nav class="pager" aria-label="Pages of questions">
  ${query.page > 1 ? html`<a href="${link(query, query.page - 1)}" rel="prev">← Newer</a>` : html`<span></span>`}
  <span>Page ${query.page} of ${pages}</span>
  ${query.page < pages ? html`<a href="${link(query, query.page + 1)}" rel="next">Older →</a>` : html`<span></span>`}
</nav>`
    : ''}
${result.total === 0 && result.privateCount === 0 && !Object.keys(toFilter(query)).length ? notice('info', 'The question log is empty (or QUESTION_LOG=off).') : ''}`;
}
