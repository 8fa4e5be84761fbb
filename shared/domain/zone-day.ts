/*
 * Days in the installation's time zone. A conversation, its audit entries
 * and its legal clocks keep the day alone; it must be the day the people
 * reading it live in (11 PM in Auckland is already tomorrow in UTC's eyes,
 * 7 PM in Chicago not yet), and the day every page and email names.
 */

const formats = new Map<string, Intl.DateTimeFormat>();
const DAY_MS = 86_400_000;

/** `YYYY-MM-DD`: the day `instant` falls on in `timeZone`. */
export function dayInZone(instant: Date, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, f);
  }
  return f.format(instant);
}

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(instant);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant `day` (`YYYY-MM-DD`) begins in `timeZone`: its local midnight (or first hour, where midnight is skipped). */
export function startOfZoneDay(day: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  let guess = midnightUtc - offsetMinutes(new Date(midnightUtc), timeZone) * 60_000;
  // Once more at the guess: the offset may differ there (a change of summer time that day).
  guess = midnightUtc - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return dayInZone(new Date(guess), timeZone) === day.slice(0, 10) ? new Date(guess) : new Date(guess + 3_600_000);
}

/** The instant after `day` ends in `timeZone`: the next day's start. */
export const endOfZoneDay = (day: string, timeZone: string): Date =>
  startOfZoneDay(new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10), timeZone);
