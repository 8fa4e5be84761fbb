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

/** Of the labels an earlier version wrote, the one whose hours are over at `instant`: the other parity. */
export const legacyBatchOver = (instant: Date): 'odd' | 'even' =>
  Math.floor(instant.getTime() / HOUR_MS) % 2 === 0 ? 'odd' : 'even';

/**
 * Every batch over at `instant` in one range of sort keys (`<batch>#…`), for one query where two were
 * made (a sweep's each is about 8 ms of CPU on a cold start): the hours before `instant`'s (hour stamps
 * sort as times, and before the labels), then the label an earlier version wrote for them. The range
 * also holds the hour running and, when the label over is `odd`, the `even` items; `isOver` leaves
 * those out, so what is kept, and its order, is what the two queries read.
 */
export function overBatchKeys(instant: Date): { below: string; isOver: (sk: string) => boolean } {
  const hour = hourBatch(instant);
  const label = `${legacyBatchOver(instant)}#`;
  // '$' is the character after '#': below it is every key that starts with the label, and no other label's.
  return { below: `${label.slice(0, -1)}$`, isOver: (sk) => sk < hour || sk.startsWith(label) };
}

/** The hours (batches) a hold made up to `days` before `instant` can be under, newest first. */
export function recentBatches(instant: Date, days: number): HourBatch[] {
  const start = Math.floor(instant.getTime() / HOUR_MS) * HOUR_MS;
  return Array.from({ length: days * 24 + 1 }, (_, i) => new Date(start - i * HOUR_MS).toISOString());
}
