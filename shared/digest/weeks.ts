import { isoWeekOf, startOfIsoWeek } from '../domain/iso-week';
import { DAY_MS } from '../domain/durations';
import { zoneOffsetMs } from '../domain/zone-day';
import { ENGLISH_MONTHS } from '../domain/english-calendar';

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * The week `offset` weeks after (negative: before) `week`.
 *
 * @example
 * shiftWeek('2026-W01', -1) // '2025-W52'
 */
export function shiftWeek(week: string, offset: number): string {
  return isoWeekOf(new Date(startOfIsoWeek(week).getTime() + offset * 7 * DAY_MS + DAY_MS / 2), 'UTC');
}

/** The `count` weeks ending with `week`, oldest first. */
export function weeksEndingWith(week: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftWeek(week, i - count + 1));
}

/** The instant of a wall-clock time in `timeZone` (the later one when a DST change makes it ambiguous). */
export function zonedTime(
  year: number,
  monthIndex: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): Date {
  const wall = Date.UTC(year, monthIndex, day, hour, minute);
  // Two rounds settle it, DST changes included: the offset at the first guess
  // may differ from the offset at the answer by the DST shift.
  let guess = wall - zoneOffsetMs(new Date(wall), timeZone);
  guess = wall - zoneOffsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The instants the week runs between in `timeZone`: Monday 00:00 (inclusive) to the next Monday 00:00 (exclusive). */
export function weekBounds(week: string, timeZone: string): { start: Date; end: Date } {
  const at = (monday: Date) =>
    zonedTime(monday.getUTCFullYear(), monday.getUTCMonth(), monday.getUTCDate(), 0, 0, timeZone);
  return { start: at(startOfIsoWeek(week)), end: at(startOfIsoWeek(shiftWeek(week, 1))) };
}

/** The last complete week before `now` in `timeZone`: the one a digest sent on Monday morning reports. */
export function lastCompleteWeek(now: Date, timeZone: string): string {
  return shiftWeek(isoWeekOf(now, timeZone), -1);
}

/**
 * The next instant after `now` that is `day` at `time` (HH:MM) in `timeZone`.
 *
 * @example
 * nextWeekly(new Date('2026-11-18T12:00:00Z'), 'MON', '08:00', 'America/Chicago') // 2026-11-23T14:00:00Z
 */
export function nextWeekly(now: Date, day: Weekday, time: string, timeZone: string): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const today = new Date(startOfIsoWeek(isoWeekOf(now, timeZone)).getTime());
  for (let week = 0; week <= 1; week += 1) {
    const date = new Date(today.getTime() + (week * 7 + WEEKDAYS.indexOf(day)) * DAY_MS);
    const at = zonedTime(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour, minute, timeZone);
    if (at.getTime() > now.getTime()) return at;
  }
  throw new Error('unreachable: a weekly time always recurs within two weeks');
}

// English month names (`ENGLISH_MONTHS`): the digest's dates read the same in every locale, so no Intl formatter is
// needed (an 'en-GB' one cost the digest's first invocation a locale's data on top of the time zone's).
const MONTHS = ENGLISH_MONTHS;

/** `Mon 16 – Sun 22 November 2026` (months and years added to the start as needed), the same in every locale. */
export function describeWeek(week: string): string {
  const monday = startOfIsoWeek(week);
  const sunday = new Date(monday.getTime() + 6 * DAY_MS);
  const month = (d: Date) => MONTHS[d.getUTCMonth()]!;
  const end = `Sun ${sunday.getUTCDate()} ${month(sunday)} ${sunday.getUTCFullYear()}`;
  if (monday.getUTCFullYear() !== sunday.getUTCFullYear())
    return `Mon ${monday.getUTCDate()} ${month(monday)} ${monday.getUTCFullYear()} – ${end}`;
  if (monday.getUTCMonth() !== sunday.getUTCMonth()) return `Mon ${monday.getUTCDate()} ${month(monday)} – ${end}`;
  return `Mon ${monday.getUTCDate()} – ${end}`;
}
