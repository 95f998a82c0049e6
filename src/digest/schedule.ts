// Digest times: local wall-clock HH:MM in an IANA zone (luxon), DST-safe; parsers return results instead of throwing.
import { DateTime, IANAZone, Info } from 'luxon';
import { UserError } from '../errors';
import { userText } from '../text/text-tools';

export interface LocalTime {
  hour: number;
  minute: number;
}

const EXAMPLE = 'Example: 08:00 America/Mexico_City';

/** Parses "08:00", "8:00", "8am", "6:30 pm" into a 24-hour time. */
export function parseTime(text: string | undefined): LocalTime | UserError {
  const t = (text ?? '').trim().toLowerCase();
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/.exec(t);
  const typed = `'${userText(text ?? '')}'`;
  if (!m || (!m[2] && !m[3])) return new UserError('TIME_INVALID', `${typed} is not a time I understand. Use 24-hour HH:MM. ${EXAMPLE}`);
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  if (m[3]) {
    if (hour < 1 || hour > 12) return new UserError('TIME_INVALID', `${typed} is not a valid time: with am/pm the hour is 1–12. ${EXAMPLE}`);
    hour = (hour % 12) + (m[3] === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) {
    return new UserError('TIME_INVALID', `${typed} is not a valid time: hours run 00–23 and minutes 00–59. ${EXAMPLE}`);
  }
  return { hour, minute };
}

export function formatTime(t: LocalTime): string {
  return `${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')}`;
}

/**
 * ICU (and so Node's Intl) still lists some zones under their old names (Asia/Calcutta); people type and expect the current
 * IANA names (Asia/Kolkata). Both are accepted; the current name is the canonical spelling and the one suggested.
 */
const RENAMED_ZONES: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

let zoneNames: Map<string, string> | undefined;
/** Lower-case name → canonical name, for every zone this runtime knows (old and current names alike). */
function knownZones(): Map<string, string> {
  if (zoneNames) return zoneNames;
  zoneNames = new Map();
  for (const z of (Intl.supportedValuesOf('timeZone') as string[]).concat('UTC')) {
    const current = RENAMED_ZONES[z] && IANAZone.isValidZone(RENAMED_ZONES[z]) ? RENAMED_ZONES[z] : z;
    zoneNames.set(z.toLowerCase(), current);
    zoneNames.set(current.toLowerCase(), current);
  }
  return zoneNames;
}

/** Accepts an IANA zone name in any letter case ("america/mexico_city"); returns its canonical spelling. */
export function parseZone(text: string | undefined): string | UserError {
  const raw = (text ?? '').trim();
  const canonical = knownZones().get(raw.toLowerCase()) ?? (raw && IANAZone.isValidZone(raw) ? raw : undefined);
  if (canonical && Info.normalizeZone(canonical)?.isValid) return canonical;
  const hint = raw ? suggestZones(raw, 3) : [];
  return new UserError(
    'TIMEZONE_UNKNOWN',
    `Unknown time zone '${userText(raw)}'. Use an IANA name such as America/Mexico_City, America/New_York or Europe/Madrid${hint.length ? ` (did you mean ${hint.join(', ')}?)` : ''}.`,
  );
}

/** Zone names containing what was typed, for autocomplete and hints. */
export function suggestZones(typed: string, limit = 25): string[] {
  const q = typed.trim().toLowerCase().replace(/\s+/g, '_');
  const all = [...new Set(knownZones().values())];
  if (!q) return ['America/Mexico_City', 'America/New_York', 'America/Los_Angeles', 'America/Chicago', 'Europe/Madrid', 'UTC'].slice(0, limit);
  const starts = all.filter((z) => z.toLowerCase().split('/').some((part) => part.startsWith(q)) || z.toLowerCase().startsWith(q));
  const contains = all.filter((z) => !starts.includes(z) && z.toLowerCase().includes(q));
  return [...starts, ...contains].slice(0, limit);
}

/** The local calendar date at an instant, YYYY-MM-DD. */
export function localDate(now: Date, zone: string): string {
  return DateTime.fromJSDate(now, { zone }).toISODate()!;
}

/** The instant a local time happens on a local date; in a DST gap luxon moves it forward (02:30 → 03:30). */
export function instantOn(date: string, time: LocalTime, zone: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return DateTime.fromObject({ year, month, day, hour: time.hour, minute: time.minute }, { zone }).toJSDate();
}

/** The next instant the schedule fires after `now`. */
export function nextRun(time: LocalTime, zone: string, now: Date): Date {
  const today = localDate(now, zone);
  const at = instantOn(today, time, zone);
  if (at > now) return at;
  const tomorrow = DateTime.fromISO(today, { zone }).plus({ days: 1 }).toISODate()!;
  return instantOn(tomorrow, time, zone);
}
