// Digest times: parsing local times and IANA zones, and when a schedule fires across DST and odd offsets.
import { UserError } from '../../src/errors';
import { formatTime, instantOn, localDate, nextRun, parseTime, parseZone, suggestZones } from '../../src/digest/schedule';

const iso = (d: Date) => d.toISOString();

describe('parseTime', () => {
  it.each([
    ['08:00', '08:00'],
    ['8:00', '08:00'],
    ['8am', '08:00'],
    ['6:30 pm', '18:30'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['23:59', '23:59'],
    [' 07:05 ', '07:05'],
  ])('accepts %j as %s', (text, expected) => {
    const t = parseTime(text);
    expect(t).not.toBeInstanceOf(UserError);
    expect(formatTime(t as { hour: number; minute: number })).toBe(expected);
  });

  it.each(['25:00', '8:60', 'noon', '', '8', '13pm', '0am'])('refuses %j with a message that shows an example', (text) => {
    const t = parseTime(text);
    expect(t).toBeInstanceOf(UserError);
    expect((t as UserError).code).toBe('TIME_INVALID');
    expect((t as UserError).message).toMatch(/08:00/);
    expect((t as UserError).message).toContain(`'${text}'`);
  });

  it('refuses a missing time instead of throwing', () => {
    expect(parseTime(undefined)).toBeInstanceOf(UserError);
  });
});

describe('parseZone', () => {
  it.each([
    ['America/Mexico_City', 'America/Mexico_City'],
    ['america/mexico_city', 'America/Mexico_City'],
    ['AMERICA/MEXICO_CITY', 'America/Mexico_City'],
    [' America/New_York ', 'America/New_York'],
    ['UTC', 'UTC'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['europe/kyiv', 'Europe/Kyiv'],
  ])('accepts %j and returns the canonical spelling %s', (text, expected) => {
    expect(parseZone(text)).toBe(expected);
  });

  it('refuses Mars/Olympus naming the zone and giving an example', () => {
    const z = parseZone('Mars/Olympus');
    expect(z).toBeInstanceOf(UserError);
    expect((z as UserError).code).toBe('TIMEZONE_UNKNOWN');
    expect((z as UserError).message).toContain("'Mars/Olympus'");
    expect((z as UserError).message).toContain('America/Mexico_City');
  });

  it.each(['', undefined, 'EST5EDT/Nowhere', '+05:00 Mumbai'])('refuses %j with an example', (text) => {
    const z = parseZone(text);
    expect(z).toBeInstanceOf(UserError);
    expect((z as UserError).message).toContain('America/Mexico_City');
  });

  it('suggests modern zone names for autocomplete, including renamed ones', () => {
    expect(suggestZones('mexico')).toContain('America/Mexico_City');
    expect(suggestZones('kolkata')).toContain('Asia/Kolkata');
    expect(suggestZones('kyiv')).toContain('Europe/Kyiv');
    expect(suggestZones('', 3)).toHaveLength(3);
  });
});

describe('instantOn and nextRun', () => {
  const eight = { hour: 8, minute: 0 };

  it('keeps 08:00 New York at 08:00 local across the spring-forward change of 2027-03-14', () => {
    expect(iso(instantOn('2027-03-13', eight, 'America/New_York'))).toBe('2027-03-13T13:00:00.000Z');
    expect(iso(instantOn('2027-03-14', eight, 'America/New_York'))).toBe('2027-03-14T12:00:00.000Z');
    expect(iso(instantOn('2027-03-15', eight, 'America/New_York'))).toBe('2027-03-15T12:00:00.000Z');
  });

  it('keeps 08:00 New York at 08:00 local across the fall-back change of 2027-11-07', () => {
    expect(iso(instantOn('2027-11-06', eight, 'America/New_York'))).toBe('2027-11-06T12:00:00.000Z');
    expect(iso(instantOn('2027-11-07', eight, 'America/New_York'))).toBe('2027-11-07T13:00:00.000Z');
    expect(iso(instantOn('2027-11-08', eight, 'America/New_York'))).toBe('2027-11-08T13:00:00.000Z');
  });

  it('fires a 02:30 New York schedule once on 2027-03-14 although 02:30 does not exist that day', () => {
    const t = { hour: 2, minute: 30 };
    const at = instantOn('2027-03-14', t, 'America/New_York');
    expect(localDate(at, 'America/New_York')).toBe('2027-03-14');
    // The day before it fires at 07:30Z; on the gap day, the first instant after the gap.
    const before = nextRun(t, 'America/New_York', new Date('2027-03-13T08:00:00Z'));
    expect(iso(before)).toBe('2027-03-14T07:30:00.000Z');
    const after = nextRun(t, 'America/New_York', before);
    expect(localDate(after, 'America/New_York')).toBe('2027-03-15');
    expect(iso(after)).toBe('2027-03-15T06:30:00.000Z');
  });

  it('puts 08:00 Mexico City at 14:00Z in both January and July 2027 (no DST since 2022)', () => {
    expect(iso(instantOn('2027-01-15', eight, 'America/Mexico_City'))).toBe('2027-01-15T14:00:00.000Z');
    expect(iso(instantOn('2027-07-15', eight, 'America/Mexico_City'))).toBe('2027-07-15T14:00:00.000Z');
  });

  it("puts 08:00 Kolkata at 02:30Z (a half-hour offset)", () => {
    expect(iso(instantOn('2027-05-01', eight, 'Asia/Kolkata'))).toBe('2027-05-01T02:30:00.000Z');
  });

  it("returns today's time before it passes and rolls to tomorrow once it has", () => {
    const zone = 'America/Mexico_City';
    expect(iso(nextRun(eight, zone, new Date('2027-01-15T13:59:00Z')))).toBe('2027-01-15T14:00:00.000Z');
    expect(iso(nextRun(eight, zone, new Date('2027-01-15T14:00:00Z')))).toBe('2027-01-16T14:00:00.000Z');
    expect(iso(nextRun(eight, zone, new Date('2027-01-15T20:00:00Z')))).toBe('2027-01-16T14:00:00.000Z');
  });

  it('uses the local date, not the UTC date, near midnight', () => {
    // 03:00Z on the 16th is still the evening of the 15th in Mexico City.
    expect(localDate(new Date('2027-01-16T03:00:00Z'), 'America/Mexico_City')).toBe('2027-01-15');
    expect(localDate(new Date('2027-01-15T20:00:00Z'), 'Asia/Kolkata')).toBe('2027-01-16');
  });
});
