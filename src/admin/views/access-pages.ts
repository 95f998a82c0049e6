// The login form and the refusal pages (401 wrong token, 403 missing or forged CSRF token, 404).
import { html } from 'hono/html';
import { csrfField, type Html, notice } from './layout';

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
