import type { Language } from './languages';

/**
 * Times and days as people read them, in their language, through `Intl`,
 * in one format everywhere a sponsor looks (emails, `/ack`, the desk):
 * "Wednesday, November 18, 2026 at 2 PM Central Time", "mercredi
 * 18 novembre 2026 à 14 h heure du centre nord-américain".
 *
 * Escalations keep whole UTC hours, so the moment shown is exactly the one
 * stored: the minute appears only where the zone's offset puts one there
 * (7:30 PM in India), never rounded to an hour earlier or later than the
 * real deadline.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { timeZone, ...options });
    formatters.set(key, f);
  }
  return f;
}

const DAY: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };

/** The zone's name as people say it ("Central Time"); a zone with no such name (UTC) by its long one. */
function zoneNameStyle(language: Language, timeZone: string, date: Date): 'longGeneric' | 'long' {
  const generic = formatter(language, timeZone, { timeZoneName: 'longGeneric' })
    .formatToParts(date)
    .find((p) => p.type === 'timeZoneName')?.value;
  return generic && !/GMT|UTC[+-]/.test(generic) ? 'longGeneric' : 'long';
}

/** A moment (an ISO instant) in `timeZone`, as `language` writes it, with the zone named; '' if it is not a time. */
export function momentIn(language: Language, iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const minute = Number(formatter(language, timeZone, { minute: 'numeric' }).format(date));
  return formatter(language, timeZone, {
    ...DAY,
    hour: 'numeric',
    ...(minute ? { minute: '2-digit' } : {}),
    timeZoneName: zoneNameStyle(language, timeZone, date),
  }).format(date);
}

/** A day (`YYYY-MM-DD`, or an ISO instant's day) as `language` writes it: "Wednesday, December 2, 2026"; '' if it is not a day. */
export function dayIn(language: Language, day: string): string {
  const date = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return '';
  return formatter(language, 'UTC', DAY).format(date);
}
