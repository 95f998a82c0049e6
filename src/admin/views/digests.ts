// Digests: every subscription with its schedule and state, and a preview of any channel's next digest.
import { html } from 'hono/html';
import type { Digest } from '../../digest/digest';
import type { ScheduledDigest } from '../../digest/digest-service';
import { PLATFORMS } from '../figures';
import { csrfField, type Html, PLATFORM_LABEL, utc } from './layout';
import { markdown, markdownLine } from './markdown';

/** "08:00 local (America/Mexico_City)". */
function localTime(s: ScheduledDigest): string {
  return `${s.sub.time} ${s.sub.timezone}`;
}

function status(s: ScheduledDigest): Html {
  if (s.sub.pausedReason)
    return html`<span class="badge bad">paused</span> <span class="reason">${s.sub.pausedReason}</span> <span class="muted">since ${utc(s.sub.pausedAt)} — subscribe the channel again to resume</span>`;
  if (s.today?.status === 'failed')
    return html`<span class="badge warn">retrying</span> <span class="reason">${s.today.error ?? ''}</span> <span class="muted">next attempt ${utc(s.today.nextAttemptAt)}</span>`;
  if (s.today?.status === 'claimed') return html`<span class="badge">posting now</span>`;
  if (s.dueDate) return html`<span class="badge">due now</span> <span class="muted">the next scheduler run posts it</span>`;
  return html`<span class="badge ok">active</span>`;
}

const previewLink = (platform: string, channel: string) =>
  `/admin/digests/preview?platform=${encodeURIComponent(platform)}&channel=${encodeURIComponent(channel)}`;

export function digestsBody(rows: ScheduledDigest[], csrf: string): Html {
  return html`
<section class="card flush" aria-labelledby="subs-h">
  <h2 id="subs-h" class="pad">Subscriptions (${rows.length})</h2>
  ${rows.length
    ? html`<div class="scroll"><table id="subscriptions" class="rows">
    <thead><tr><th scope="col">Platform</th><th scope="col">Channel</th><th scope="col">Local time</th><th scope="col">Next post</th><th scope="col">Last post</th><th scope="col">Status</th><th scope="col"><span class="visually-hidden">Preview</span></th></tr></thead>
    <tbody>${rows.map(
      (s) => html`<tr>
      <td>${PLATFORM_LABEL[s.sub.platform] ?? s.sub.platform}</td>
      <td>${s.sub.channel}</td>
      <td class="nowrap">${localTime(s)}</td>
      <td class="nowrap">${s.next ? utc(s.next) : '—'}</td>
      <td class="nowrap">${s.sub.lastPostedAt ? utc(s.sub.lastPostedAt) : 'never'}${s.sub.lastDate ? html` <span class="muted">(${s.sub.lastDate})</span>` : ''}</td>
      <td>${status(s)}</td>
      <td><a href="${previewLink(s.sub.platform, s.sub.channel)}" aria-label="Preview the next digest of ${PLATFORM_LABEL[s.sub.platform]} ${s.sub.channel}">Preview</a></td>
    </tr>`,
    )}</tbody></table></div>`
    : html`<p class="pad">No channel has subscribed yet: <code>/brief digest daily 08:00 America/Mexico_City</code> in Slack, <code>/digest subscribe</code> in Discord, or <code>npm run digest -- subscribe …</code>.</p>`}
</section>
<form class="filters card" method="get" action="/admin/digests/preview" aria-label="Preview any channel's digest">
  ${csrfField(csrf)}
  <h2>Preview any channel</h2>
  <div class="field"><label for="p-platform">Platform</label><select id="p-platform" name="platform">${PLATFORMS.map((p) => html`<option value="${p}">${PLATFORM_LABEL[p]}</option>`)}</select></div>
  <div class="field"><label for="p-channel">Channel id</label><input id="p-channel" name="channel" required maxlength="200" autocomplete="off"></div>
  <div class="actions"><button type="submit">Preview</button></div>
</form>`;
}

/** A digest as its channel will see it: a chat message from the bot. */
export function digestPreviewBody(platform: string, channel: string, sub: ScheduledDigest | undefined, d: Digest): Html {
  const list = (lines: string[], empty: string, asMarkdown: boolean) =>
    lines.length ? html`<ul>${lines.map((l) => html`<li>${asMarkdown ? markdownLine(l) : l}</li>`)}</ul>` : html`<p class="muted">${empty}</p>`;
  return html`
<p><a href="/admin/digests">← All subscriptions</a></p>
<p id="preview-about">${PLATFORM_LABEL[platform] ?? platform} channel <strong>${channel}</strong>:
  ${sub ? html`posts daily at ${localTime(sub)}; next ${sub.next ? utc(sub.next) : '— (paused)'}.` : 'not subscribed — this is the digest it would get today.'}
  The preview touches nothing: the schedule and the rotation stay as they are.</p>
<article class="message" id="digest-preview" aria-label="Digest preview">
  <div class="avatar" aria-hidden="true">BB</div>
  <div class="bubble">
    <p class="sender">BorderBrief <span class="app">APP</span></p>
    <h2>${d.headline}</h2>
    <h3>Key points</h3>
    ${list(d.keyPoints, '', true)}
    <h3>Focus — ${d.focus.title}</h3>
    ${markdown(d.focus.text)}
    <p class="source">Source: ${d.focus.source.title} <span class="muted">[${d.focus.source.id}]</span></p>
    <h3>Question of the day</h3>
    <p>${d.questionOfTheDay}</p>
    <h3>What's new</h3>
    ${list(d.whatsNew, 'Nothing new since the last digest.', true)}
    <h3>Last 24 hours — most asked</h3>
    ${list(d.mostAsked, 'No questions yet.', false)}
    <h3>Last 24 hours — not answered</h3>
    ${list(d.unanswered, 'None.', false)}
    <p class="footer muted">BorderBrief daily digest · ${d.date}</p>
  </div>
</article>`;
}
