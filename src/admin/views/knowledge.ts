// Knowledge: the loaded version and time, entries and dated updates, the last reload error; and Try a question.
import { html } from 'hono/html';
import type { KnowledgeStatus } from '../../knowledge/live-knowledge';
import type { DecisionPath, Explanation } from '../../engine/explain';
import type { Update } from '../../knowledge/types';
import { csrfField, figure, type Html, notice, utc } from './layout';
import { markdown } from './markdown';

export function knowledgeBody(status: KnowledgeStatus, updates: Update[]): Html {
  const e = status.lastError;
  return html`
<dl class="figures">
  ${figure('Version', status.version, 'a fingerprint of the loaded content', 'fig-version')}
  ${figure('Loaded', utc(status.loadedAt), undefined, 'fig-loaded')}
  ${figure('Curated entries', String(status.entries), `${status.sections} article sections`, 'fig-entries')}
  ${figure('Dated updates', String(status.updates), undefined, 'fig-updates')}
</dl>
<section class="card" aria-labelledby="reload-h">
  <h2 id="reload-h">Last reload</h2>
  ${e
    ? notice(
        'error',
        html`<p><strong>The last reload failed</strong> at ${utc(e.at)}; the bot kept answering from the version above.</p>
        <dl class="pairs" id="reload-error"><dt>File</dt><dd><code>${e.file}</code>${e.line !== undefined ? html`, line ${e.line}` : ''}</dd>
        ${e.entry ? html`<dt>Entry</dt><dd><code>${e.entry}</code></dd>` : ''}<dt>Problem</dt><dd>${e.message}</dd></dl>`,
      )
    : notice('ok', 'No reload error: the files under knowledge/ loaded cleanly.')}
</section>
<section class="card" aria-labelledby="updates-h">
  <h2 id="updates-h">Dated updates</h2>
  ${updates.length
    ? html`<ol class="updates" id="updates">${updates.map(
        (u) => html`<li><time datetime="${u.date}">${u.date}</time> <strong>${u.title}</strong> <span class="muted">${u.file}</span>${u.source ? html` <span class="muted">· source: ${u.source}</span>` : ''}</li>`,
      )}</ol>`
    : html`<p>No updates: add dated Markdown files under <code>knowledge/updates/</code>.</p>`}
</section>
<p><a href="/admin/try">Try a question →</a></p>`;
}

/** What each step of the decision means, in words for the people who edit the knowledge. */
const WHY: Record<DecisionPath, string> = {
  curated: 'A curated question matched: its score and coverage passed the thresholds, so its answer was given (with the article sentence it cites).',
  glossary: 'A glossary term matched: its definition was given.',
  section: 'An article section matched as a whole.',
  'article-sentence': 'No curated question was sure enough, but a sentence of the article covered enough of the question: that sentence was given.',
  'list-or-follow-up': 'The question was read as being about a list (its items, count or positions) or as a follow-up.',
  'known-gap': 'The question is about something the article does not state (an entry of not-covered.yaml): the bot says so.',
  'no-topic': 'Nothing to match: the message had no words the bot reads as a topic (empty, chat, small talk or a question about the bot).',
  'below-threshold': 'Candidates were found, but none scored and covered enough to answer, and no article sentence covered enough: the bot declined and suggested related questions.',
};

const pct = (n: number) => `${Math.round(n * 100)}%`;

export function tryBody(csrf: string, question: string, e?: Explanation): Html {
  return html`
<form class="card try" method="post" action="/admin/try" aria-label="Try a question">
  ${csrfField(csrf)}
  <label for="try-q">Ask as a user would</label>
  <div class="inline"><input id="try-q" name="question" value="${question}" maxlength="2000" required autocomplete="off" placeholder="how many people were expelled?">
  <button type="submit">Ask</button></div>
  <p class="muted">Nothing is logged or rate-limited; no conversation is kept.</p>
</form>
${e ? explanation(e) : ''}`;
}

function explanation(e: Explanation): Html {
  const a = e.answer;
  return html`
<section class="card" aria-labelledby="answer-h" id="try-answer">
  <h2 id="answer-h">The answer ${a.answered ? html`<span class="badge ok">answered</span>` : html`<span class="badge warn">declined</span>`}</h2>
  <div class="message"><div class="avatar" aria-hidden="true">BB</div><div class="bubble">
    ${markdown(a.text)}
    ${a.sources.map((s) => html`<p class="source">Source: ${s.title} <span class="muted">[${s.id}]</span> — “${s.quote}”</p>`)}
    ${a.suggestions.length ? html`<p class="muted">Related:</p><ul class="related">${a.suggestions.map((q) => html`<li>${q}</li>`)}</ul>` : ''}
  </div></div>
</section>
<section class="card" aria-labelledby="how-h" id="try-explain">
  <h2 id="how-h">How it was reached</h2>
  <h3>Why it ${a.answered ? 'answered' : 'declined'}</h3>
  <p id="try-why"><span class="badge">${e.path}</span> ${WHY[e.path]}</p>
  <p class="muted">Thresholds: score ≥ ${e.thresholds.minScore} and coverage ≥ ${pct(e.thresholds.minCoverage)} for a curated match; an article sentence needs ${pct(e.thresholds.readMinCoverage)} coverage (${pct(e.thresholds.readMinOwn)} in its own words); a known gap ${pct(e.thresholds.gapMinCoverage)}. Confidence of this reply: ${a.confidence}.</p>
  <h3>The question as analysed</h3>
  <dl class="pairs" id="try-analysis">
    <dt>Language</dt><dd>${e.analysis.language === 'es' ? 'Spanish (translated)' : 'English'}</dd>
    <dt>Terms (weight)</dt><dd>${e.analysis.terms.length ? e.analysis.terms.map((t) => html`<code class="term">${t.term} <span class="muted">${t.weight}</span></code> `) : html`<span class="muted">none</span>`}</dd>
    <dt>Question type</dt><dd>${e.analysis.cues.length ? e.analysis.cues.join(', ') : html`<span class="muted">none</span>`}</dd>
    <dt>Typos corrected</dt><dd>${e.analysis.corrections.length ? e.analysis.corrections.map(([from, to]) => `${from} → ${to}`).join(', ') : html`<span class="muted">none</span>`}</dd>
  </dl>
  <h3>Top candidates</h3>
  ${e.candidates.length
    ? html`<div class="scroll"><table id="try-candidates" class="rows">
    <thead><tr><th scope="col">#</th><th scope="col">Kind</th><th scope="col">Entry</th><th scope="col" class="num">Score</th><th scope="col" class="num">Coverage</th><th scope="col" class="num">Phrasing covered</th></tr></thead>
    <tbody>${e.candidates.map(
      (c, i) => html`<tr${a.entryId === c.id ? html` class="chosen"` : ''}><td>${i + 1}</td><td>${c.kind}</td><td><code>${c.id}</code>${c.label ? html`<br><span class="muted">${c.label}</span>` : ''}</td><td class="num">${c.score.toFixed(2)}</td><td class="num">${pct(c.coverage)}</td><td class="num">${pct(c.phraseCoverage)}</td></tr>`,
    )}</tbody></table></div>`
    : html`<p class="muted">No candidate: nothing in the knowledge shares a term with the question.</p>`}
  <h3>Best article sentence</h3>
  ${e.reading
    ? html`<blockquote id="try-reading">${e.reading.text}<footer class="muted">[${e.reading.key}] covers ${pct(e.reading.coverage)} of the question, ${pct(e.reading.ownCoverage)} in its own words</footer></blockquote>`
    : html`<p class="muted">None.</p>`}
</section>`;
}
