// The login form and the refusal pages (401 wrong token, 403 missing or forged CSRF token, 404, 429 too many failures).
import { html } from 'hono/html';
import { csrfField, type Html, notice, utc } from './layout';

export function loginBody(csrf: string, error?: string): Html {
  return html`
${error ? notice('error', error) : ''}
<form class="card login" method="post" action="/admin/login">
  ${csrfField(csrf)}
  <label for="token">Admin token</label>
  <input id="token" name="token" type="password" autocomplete="current-password" required autofocus aria-describedby="token-help">
  <p id="token-help" class="muted">The value of <code>ADMIN_TOKEN</code> in the bot's environment.</p>
  <button type="submit">Log in</button>
</form>`;
}

export function refusedBody(message: string): Html {
  return html`${notice('error', message)}<p><a href="/admin/login">Log in</a> · <a href="/admin">Overview</a></p>`;
}

/** 429: the address sent too many wrong tokens; when it may try again, in minutes and as a time. */
export function tooManyLoginsBody(limit: { failures: number; windowMs: number }, retryAfterMs: number, now: Date): Html {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  const windowMinutes = Math.round(limit.windowMs / 60_000);
  // Rounded up to the minute, so "after 12:15" is never too early.
  const at = new Date(Math.ceil((now.getTime() + retryAfterMs) / 60_000) * 60_000);
  return html`${notice(
    'error',
    `Too many failed logins from your address (${limit.failures} in ${windowMinutes} minutes). Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, after ${utc(at)}.`,
  )}<p class="muted">Check the value of <code>ADMIN_TOKEN</code> in the bot's environment meanwhile.</p>`;
}
