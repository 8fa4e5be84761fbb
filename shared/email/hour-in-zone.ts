/**
 * Times as sponsors see them: the day and the hour, in the configured time
 * zone, named — never the minute. Escalations keep only the hour; showing a
 * minute (even one computed from a zone with a half-hour offset) would
 * suggest a precision that could point at who was in the break room.
 *
 * @example
 * hourInZone('2026-11-18T15:00:00.000Z', 'America/Chicago', 'around') // 'around 9 AM on Wed, Nov 18, 2026 (America/Chicago)'
 * hourInZone('2026-11-18T19:00:00.000Z', 'America/Chicago', 'by')     // 'by 1 PM on Wed, Nov 18, 2026 (America/Chicago)'
 */
export function hourInZone(iso: string, timeZone: string, how: 'around' | 'by' | 'at' = 'at'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  }).format(date);
  // `hour` alone: Intl prints no minute, whatever the zone's offset.
  const hour = new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric' }).format(date);
  return `${how === 'at' ? '' : `${how} `}${hour} on ${day} (${timeZone})`;
}
