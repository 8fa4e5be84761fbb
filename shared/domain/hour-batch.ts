/**
 * What waits for its hour to be over (an answer's email, an answer's place
 * in its thread) waits in one of two alternating batches, odd or even
 * hours (UTC), never under the hour itself: an operator reading the table
 * learns no more than "recently", and the sweep needs no more than "the
 * other batch's hour is over".
 */
export type HourBatch = 'odd' | 'even';

/** The batch of the hour `instant` falls in. */
export const hourBatch = (instant: Date): HourBatch =>
  Math.floor(instant.getTime() / 3_600_000) % 2 === 0 ? 'even' : 'odd';

/** The batch whose hours are over at `instant`: the other one. */
export const batchOver = (instant: Date): HourBatch => (hourBatch(instant) === 'even' ? 'odd' : 'even');
