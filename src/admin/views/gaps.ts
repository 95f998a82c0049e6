// Gaps: declined and voted-down questions grouped, with counts, what the knowledge holds closest, and the fix as YAML.
import { html } from 'hono/html';
import type { GapsReport } from '../../gaps/gaps-report';
import { PLATFORMS } from '../figures';
import { type Html, PLATFORM_LABEL, utc } from './layout';

export interface GapsQuery {
  days: number;
  platform: string;
}

const DAY_CHOICES = [7, 14, 30];

export function readGapsQuery(params: Record<string, string | undefined>): GapsQuery {
  const days = Number(params.days);
  return {
    days: DAY_CHOICES.includes(days) ? days : 7,
    platform: (PLATFORMS as string[]).includes(params.platform ?? '') ? params.platform! : '',
  };
}

export function gapsBody(query: GapsQuery, r: GapsReport): Html {
  return html`
<form class="filters card" method="get" action="/admin/gaps" aria-label="Gaps period and platform">
  <div class="field"><label for="g-days">Period</label><select id="g-days" name="days">${DAY_CHOICES.map((d) => html`<option value="${d}"${d === query.days ? html` selected` : ''}>Last ${d} days</option>`)}</select></div>
  <div class="field"><label for="g-platform">Platform</label><select id="g-platform" name="platform"><option value="">Any</option>${PLATFORMS.map((p) => html`<option value="${p}"${p === query.platform ? html` selected` : ''}>${PLATFORM_LABEL[p]}</option>`)}</select></div>
  <div class="actions"><button type="submit">Show</button></div>
</form>
<p class="summary" id="gaps-summary">${utc(r.from)} – ${utc(r.to)}: <strong>${r.totalDeclined}</strong> declined, <strong>${r.totalDownvoted}</strong> voted down; ${r.privateHidden} of them private — counted, never shown. ${r.groups.length} group${r.groups.length === 1 ? '' : 's'} below, most asked first.</p>
${r.groups.length ? '' : html`<p>Nothing to fix in this period.</p>`}
<ol class="gaps">
${r.groups.map(
  (g, i) => html`<li class="card gap" aria-labelledby="gap-${i}">
  <h2 id="gap-${i}" class="question">${g.representative}</h2>
  <p class="counts"><span class="badge">${g.count}×</span> ${g.declined} declined · ${g.downvoted} 👎 · ${g.platforms.map((p) => PLATFORM_LABEL[p] ?? p).join(', ')} · last ${utc(g.lastAsked)}</p>
  ${g.questions.length > 1 ? html`<details><summary>${g.questions.length} wordings</summary><ul>${g.questions.map((q) => html`<li>${q}</li>`)}</ul></details>` : ''}
  <p>Closest: ${g.closest ? html`${g.closest.kind} <code>${g.closest.id}</code>${g.closest.file ? html` in <code>${g.closest.file}</code>` : ''} (score ${g.closest.score.toFixed(2)})` : 'nothing in the knowledge'}</p>
  <p class="fix"><strong>Fix:</strong> ${g.suggestion.text}</p>
  <p class="file">Paste into <code>${g.suggestion.file}</code>:</p>
  <pre tabindex="0" aria-label="YAML snippet for ${g.suggestion.file}"><code>${g.suggestion.snippet}</code></pre>
</li>`,
)}
</ol>`;
}
