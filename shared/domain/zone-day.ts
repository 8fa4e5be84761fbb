/*
 * Days in the installation's time zone. A conversation, its audit entries
 * and its legal clocks keep the day alone; it must be the day the people
 * reading it live in (11 PM in Auckland is already tomorrow in UTC's eyes,
 * 7 PM in Chicago not yet), and the day every page and email names.
 */

import { DAY_MS } from './durations';

const formats = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD`: the day `instant` falls on in `timeZone`. */
export function dayInZone(instant: Date, timeZone: string): string {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formats.set(timeZone, f);
  }
  return f.format(instant);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  let f = offsetFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormats.set(timeZone, f);
  }
  const parts = f.formatToParts(instant);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant `day` (`YYYY-MM-DD`) begins in `timeZone`: its local midnight (or first hour, where midnight is skipped). */
export function startOfZoneDay(day: string, timeZone: string): Date {
  const midnightUtc = Date.parse(`${day.slice(0, 10)}T00:00:00Z`);
  let guess = midnightUtc - zoneOffsetMs(new Date(midnightUtc), timeZone);
  // Once more at the guess: the offset may differ there (a change of summer time that day).
  guess = midnightUtc - zoneOffsetMs(new Date(guess), timeZone);
  return dayInZone(new Date(guess), timeZone) === day.slice(0, 10) ? new Date(guess) : new Date(guess + 3_600_000);
}

/** The instant after `day` ends in `timeZone`: the next day's start. */
export const endOfZoneDay = (day: string, timeZone: string): Date =>
  startOfZoneDay(new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10), timeZone);
