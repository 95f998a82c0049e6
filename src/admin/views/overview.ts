// Overview: questions per day by platform (a chart over a data table), answered share, votes, answer times, channels.
import { html } from 'hono/html';
import { type Overview, PLATFORMS } from '../figures';
import { duration, figure, type Html, percent, PLATFORM_LABEL, utc } from './layout';

export function overviewBody(o: Overview): Html {
  const active = PLATFORMS.filter((p) => o.series[p].some((n) => n > 0));
  const shown = active.length ? active : PLATFORMS.slice(0, 2);
  return html`
<section aria-labelledby="figures-h">
  <h2 id="figures-h" class="visually-hidden">Last 30 days in figures</h2>
  <dl class="figures">
    ${figure('Questions, last 30 days', String(o.total), `${o.private} private: counted, never listed`, 'fig-total')}
    ${figure('Answered', percent(o.answered, o.total), `${o.answered} of ${o.total}`, 'fig-answered')}
    ${figure('Feedback', `👍 ${o.helpful} · 👎 ${o.notHelpful}`, o.helpful + o.notHelpful ? `${percent(o.helpful, o.helpful + o.notHelpful)} helpful` : 'no votes yet', 'fig-feedback')}
    ${figure('Answer time, median', duration(o.medianMs), `p95 ${duration(o.p95Ms)}`, 'fig-time')}
    ${figure('Active channels', String(o.channels.length), 'with public questions', 'fig-channels')}
  </dl>
</section>
<section aria-labelledby="per-day-h" class="card">
  <h2 id="per-day-h">Questions per day by platform</h2>
  <div class="chart-box" hidden><canvas id="per-day-chart" role="img" aria-label="Stacked bar chart of questions per day by platform over the last 30 days; the same figures are in the table below."></canvas></div>
  <details class="data-table" open>
    <summary>Figures as a table</summary>
    <div class="scroll">
    <table id="per-day">
      <caption class="visually-hidden">Questions per day (UTC) by platform, last 30 days</caption>
      <thead><tr><th scope="col">Day (UTC)</th>${shown.map((p) => html`<th scope="col" data-platform="${p}">${PLATFORM_LABEL[p]}</th>`)}<th scope="col">Total</th></tr></thead>
      <tbody>
      ${o.days.map(
        (day, i) => html`<tr><th scope="row">${day}</th>${shown.map((p) => html`<td>${o.series[p][i]}</td>`)}<td>${shown.reduce((n, p) => n + o.series[p][i], 0)}</td></tr>`,
      )}
      </tbody>
    </table>
    </div>
  </details>
</section>
<section aria-labelledby="channels-h" class="card">
  <h2 id="channels-h">Active channels</h2>
  ${o.channels.length
    ? html`<div class="scroll"><table id="channels" class="rows">
      <thead><tr><th scope="col">Platform</th><th scope="col">Channel</th><th scope="col" class="num">Questions</th><th scope="col">Last question</th></tr></thead>
      <tbody>${o.channels.map(
        (c) => html`<tr><td>${PLATFORM_LABEL[c.platform] ?? c.platform}</td><td><a href="/admin/questions?platform=${c.platform}&amp;channel=${encodeURIComponent(c.channel)}">${c.channel}</a></td><td class="num">${c.count}</td><td>${utc(c.lastAt)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>No public questions in the last 30 days.</p>`}
</section>`;
}
