import { dayInZone, endOfZoneDay, startOfZoneDay } from './zone-day';

/*
 * A pattern is found when the report that completes it is analysed: an
 * email then, or a time stored then, would date that report to the minute.
 * So a pattern waits for the next daily release (`patternReleaseHour` in
 * the installation's time zone), and all it can tell is "some day before".
 */

/** `hour` o'clock on `day` (`YYYY-MM-DD`) in `timeZone`; the hour after, where summer time skips it. */
function hourOfZoneDay(day: string, hour: number, timeZone: string): Date {
  // Counted from local midnight, then moved by any change of summer time between the two.
  const naive = new Date(startOfZoneDay(day, timeZone).getTime() + hour * HOUR_MS);
  const shifted = new Date(naive.getTime() - (localHour(naive, timeZone) - hour) * HOUR_MS);
  return localHour(shifted, timeZone) === hour ? shifted : naive;
}

const HOUR_MS = 3_600_000;
const hourFormats = new Map<string, Intl.DateTimeFormat>();

/** The hour of the day (0–23) `instant` shows in `timeZone`. */
function localHour(instant: Date, timeZone: string): number {
  let f = hourFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', hour: 'numeric' });
    hourFormats.set(timeZone, f);
  }
  return Number(f.format(instant));
}

/** The first release strictly after `now`: today's, if its hour is still to come, else tomorrow's. */
export function nextPatternRelease(now: Date, releaseHour: number, timeZone: string): Date {
  const today = dayInZone(now, timeZone);
  const release = hourOfZoneDay(today, releaseHour, timeZone);
  if (release.getTime() > now.getTime()) return release;
  const tomorrow = dayInZone(endOfZoneDay(today, timeZone), timeZone);
  return hourOfZoneDay(tomorrow, releaseHour, timeZone);
}
