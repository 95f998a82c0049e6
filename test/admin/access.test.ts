// Dashboard access: token check, signed sessions with expiry, CSRF tokens bound to one session.
import { AdminAccess, sameSecret } from '../../src/admin/access';

const TOKEN = 'a1'.repeat(20);

describe('AdminAccess', () => {
  let now = new Date('2027-03-15T12:00:00Z');
  const access = new AdminAccess(TOKEN, () => now);

  it('accepts only the exact token, whatever the length of the guess', () => {
    expect(access.tokenMatches(TOKEN)).toBe(true);
    expect(access.tokenMatches(`${TOKEN} `)).toBe(false);
    expect(access.tokenMatches('')).toBe(false);
    expect(sameSecret('a', 'a')).toBe(true);
    expect(sameSecret('a', 'ab')).toBe(false);
  });

  it('reads back the sessions it made, and nothing altered', () => {
    const cookie = access.newSession();
    const session = access.read(cookie)!;
    expect(session.expires.getTime()).toBe(now.getTime() + 12 * 3_600_000);
    const [id, expiry, sig] = cookie.split('.');
    expect(access.read(`${id}x.${expiry}.${sig}`)).toBeUndefined();
    expect(access.read(`${id}.${expiry}.${sig}.extra`)).toBeUndefined();
    expect(access.read(`${id}.${expiry}`)).toBeUndefined();
    expect(access.read(undefined)).toBeUndefined();
    expect(new AdminAccess('b2'.repeat(20), () => now).read(cookie)).toBeUndefined();
  });

  it('binds each CSRF token to one session', () => {
    const a = access.read(access.newSession())!;
    const b = access.read(access.newSession())!;
    expect(access.csrfMatches(a, access.csrfToken(a))).toBe(true);
    expect(access.csrfMatches(a, access.csrfToken(b))).toBe(false);
    expect(access.csrfMatches(a, undefined)).toBe(false);
    expect(access.csrfMatches(a, '')).toBe(false);
  });

  it('ends a session after twelve hours', () => {
    const cookie = access.newSession();
    now = new Date(now.getTime() + 12 * 3_600_000 - 1);
    expect(access.read(cookie)).toBeDefined();
    now = new Date(now.getTime() + 1);
    expect(access.read(cookie)).toBeUndefined();
  });
});
