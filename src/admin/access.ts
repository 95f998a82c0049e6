// Who may use the dashboard: the ADMIN_TOKEN, exchanged once for a signed session cookie, and a CSRF token per form.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The session cookie (HttpOnly, SameSite=Strict, Path=/admin). */
export const SESSION_COOKIE = 'bb_admin';
/** Before login: a signed random id the login form's CSRF token is bound to. */
export const LOGIN_COOKIE = 'bb_admin_login';
/** How long a session lasts before the token must be given again. */
export const SESSION_HOURS = 12;

export interface Session {
  id: string;
  expires: Date;
}

const b64 = (buf: Buffer) => buf.toString('base64url');

/** Equal strings in time that does not depend on where they differ (hashes first: lengths may differ). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * Sessions and CSRF tokens, all signed with a key derived from ADMIN_TOKEN: changing the token ends every session.
 * Nothing is stored — a cookie carries its id and expiry and proves them with an HMAC.
 */
export class AdminAccess {
  private readonly key: Buffer;

  constructor(
    private readonly token: string,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.key = createHmac('sha256', token).update('borderbrief admin session key').digest();
  }

  /** The login form's check: the token as typed against ADMIN_TOKEN, in constant time. */
  tokenMatches(given: string): boolean {
    return sameSecret(given, this.token);
  }

  /** A new session's cookie value: `id.expiry.signature`. */
  newSession(): string {
    return this.signed(b64(randomBytes(18)), this.clock().getTime() + SESSION_HOURS * 3_600_000);
  }

  /** A pre-login id for the login form's CSRF token (short-lived). */
  newLoginId(): string {
    return this.signed(b64(randomBytes(18)), this.clock().getTime() + 3_600_000);
  }

  /** The session a cookie value proves, if it is genuine and not expired. */
  read(cookie: string | undefined): Session | undefined {
    const [id, expiry, signature, extra] = (cookie ?? '').split('.');
    if (!id || !expiry || !signature || extra !== undefined || !/^\d+$/.test(expiry)) return undefined;
    if (!sameSecret(signature, this.sign(`${id}.${expiry}`))) return undefined;
    const expires = new Date(Number(expiry));
    return expires > this.clock() ? { id, expires } : undefined;
  }

  /** The CSRF token every form of this session carries. */
  csrfToken(session: Session): string {
    return this.sign(`csrf:${session.id}`);
  }

  /** Whether a submitted form's CSRF token belongs to this session. */
  csrfMatches(session: Session, given: unknown): boolean {
    return typeof given === 'string' && given.length > 0 && sameSecret(given, this.csrfToken(session));
  }

  private signed(id: string, expiresMs: number): string {
    return `${id}.${expiresMs}.${this.sign(`${id}.${expiresMs}`)}`;
  }

  private sign(text: string): string {
    return b64(createHmac('sha256', this.key).update(text).digest());
  }
}
