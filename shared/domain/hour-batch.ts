/**
 * What waits for its hour to be over (an answer's email, an answer's place
 * in its thread) waits under that hour (UTC, on the hour), nothing finer:
 * the hour is what the sweep that releases it tells anyway, and it lets a
 * sweep that runs late (a laptop asleep, a failed run) release every hour
 * that is over at once, never holding one an hour more. Earlier versions
 * kept two alternating batches, odd and even hours ('odd', 'even'), which a
 * sweep late by an hour could not tell from the hour running.
 */
export type HourBatch = string;

const HOUR_MS = 3_600_000;

/** The batch of the hour `instant` falls in: that hour, as stored (ISO, on the hour). */
export const hourBatch = (instant: Date): HourBatch =>
  new Date(Math.floor(instant.getTime() / HOUR_MS) * HOUR_MS).toISOString();

/** Whether `batch` (an hour, or a label an earlier version wrote) is over at `instant`. */
export function batchIsOver(batch: string, instant: Date): boolean {
  if (batch === 'odd' || batch === 'even') return batch === legacyBatchOver(instant);
  return batch < hourBatch(instant);
}

/** Of the labels an earlier version wrote, the one whose hours are over at `instant`: the other parity. */
export const legacyBatchOver = (instant: Date): 'odd' | 'even' =>
  Math.floor(instant.getTime() / HOUR_MS) % 2 === 0 ? 'odd' : 'even';

/** The hours (batches) a hold made up to `days` before `instant` can be under, newest first. */
export function recentBatches(instant: Date, days: number): HourBatch[] {
  const start = Math.floor(instant.getTime() / HOUR_MS) * HOUR_MS;
  return Array.from({ length: days * 24 + 1 }, (_, i) => new Date(start - i * HOUR_MS).toISOString());
}
