import { DAY_MS } from './durations';

/**
 * The ISO-8601 week (`2026-W47`) that an instant falls in, in the given time
 * zone. Feedback keeps only this, never the time of day (anonymity promise 3).
 */
export function isoWeekOf(instant: Date, timeZone: string): string {
  const { year, month, day } = calendarDate(instant, timeZone);
  // Work on the local calendar date as if it were UTC, so no DST edge moves it.
  const date = new Date(Date.UTC(year, month - 1, day));
  const dayOfWeek = date.getUTCDay() || 7; // Monday = 1 … Sunday = 7
  date.setUTCDate(date.getUTCDate() + 4 - dayOfWeek); // the Thursday of this week decides its year
  const weekYear = date.getUTCFullYear();
  const firstJanuary = Date.UTC(weekYear, 0, 1);
  const week = Math.ceil(((date.getTime() - firstJanuary) / DAY_MS + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/*
 * Week arithmetic (shiftWeek, the digest's eight weeks) asks for UTC weeks
 * many times: UTC's calendar date is the Date's own, so it needs no Intl
 * (each new Intl.DateTimeFormat costs about 1 ms of CPU, the first of a
 * process 25-35 ms for ICU's data). Other zones reuse one formatter each.
 * Years 1 to 9999 only: Intl writes others with an era or more digits.
 */
const MIN_PLAIN_YEAR_MS = Date.UTC(1, 0, 1);
const MAX_PLAIN_YEAR_MS = Date.UTC(10000, 0, 1);
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function calendarDate(instant: Date, timeZone: string): { year: number; month: number; day: number } {
  const time = instant.getTime();
  if (timeZone === 'UTC' && time >= MIN_PLAIN_YEAR_MS && time < MAX_PLAIN_YEAR_MS)
    return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

export const ISO_WEEK_PATTERN = /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/;

/**
 * A week as people type it, for a command line: `2026-w48`, `2026W48`, `2026 W48`, `2026-W8`, each only one
 * week (`2026-W48`), so it is read as that. The "W" is required: `2026-11` could as well be November, and a
 * day (`2026-W48-1`) is not a week. Undefined for anything else, and for week 0 or past 53 (a year with only
 * 52 is the caller's to check: `isoWeekOf` of 28 December is its last week).
 */
export function isoWeekAsTyped(typed: string): string | undefined {
  const parts = /^\s*(\d{4})\s*[-\s]?\s*[Ww]\s*(\d{1,2})\s*$/.exec(typed);
  if (!parts) return undefined;
  const week = `${parts[1]}-W${parts[2]!.padStart(2, '0')}`;
  return ISO_WEEK_PATTERN.test(week) ? week : undefined;
}

/** Monday 00:00 UTC of an ISO week (`2026-W47`); a RangeError for anything else. */
export function startOfIsoWeek(week: string): Date {
  if (!ISO_WEEK_PATTERN.test(week)) throw new RangeError(`not an ISO week: '${week}'`);
  const [year, number] = week.split('-W').map(Number) as [number, number];
  const fourthOfJanuary = new Date(Date.UTC(year, 0, 4)); // always in week 1
  const mondayOfWeekOne = fourthOfJanuary.getTime() - ((fourthOfJanuary.getUTCDay() || 7) - 1) * DAY_MS;
  return new Date(mondayOfWeekOne + (number - 1) * 7 * DAY_MS);
}

/**
 * When something about a week's feedback expires: the end of the week plus
 * `days` rounded up to whole weeks, so it is always a Monday 00:00 UTC. Every
 * item of a week gets the same value, so a TTL can never be subtracted back
 * to the moment (or even the day) a submission was made (promise 3).
 */
export function expiryForWeek(week: string, days: number): Date {
  return new Date(startOfIsoWeek(week).getTime() + (7 + Math.ceil(days / 7) * 7) * DAY_MS);
}

// 1970-01-05, the first Monday of the Unix epoch.
const FIRST_EPOCH_MONDAY_MS = 4 * DAY_MS;
const WEEK_MS = 7 * DAY_MS;

/**
 * The first ISO week boundary (Monday 00:00 UTC) at or after an instant: an
 * expiry rounded up to it lasts at least as long and tells nothing finer
 * than the week (promise 3).
 *
 * @example
 * weekBoundaryAtOrAfter(new Date('2026-11-18T09:41:07Z')) // 2026-11-23T00:00:00Z
 */
export function weekBoundaryAtOrAfter(instant: Date): Date {
  const weeks = Math.ceil((instant.getTime() - FIRST_EPOCH_MONDAY_MS) / WEEK_MS);
  return new Date(FIRST_EPOCH_MONDAY_MS + weeks * WEEK_MS);
}

/** True when an instant is a week boundary, Monday 00:00 UTC. */
export function isWeekBoundary(instant: Date): boolean {
  return weekBoundaryAtOrAfter(instant).getTime() === instant.getTime();
}

/**
 * The ISO weeks a pattern window of `windowDays` covers, counted in whole
 * weeks so that nothing about a case finer than its week is needed: its own
 * week and the `ceil(windowDays / 7)` weeks before it, newest first. A
 * pattern that straddles a Monday is still seen.
 *
 * @example
 * patternWeeks('2026-W02', 7) // ['2026-W02', '2026-W01']
 */
export function patternWeeks(week: string, windowDays: number): string[] {
  const start = startOfIsoWeek(week).getTime();
  const before = Math.max(1, Math.ceil(windowDays / 7));
  return Array.from({ length: before + 1 }, (_, i) => isoWeekOf(new Date(start - i * 7 * DAY_MS), 'UTC'));
}
