import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hourBatch, legacyBatchOver, overBatchKeys } from '../../../shared/domain/hour-batch';

const HOUR_MS = 3_600_000;
const START = Date.UTC(2026, 0, 1);

/** What the sweep read before, in two queries: hours before `instant`'s, then the label an earlier version wrote for them. */
function readByTwoQueries(keys: string[], instant: Date): string[] {
  const sorted = [...keys].sort();
  const hour = hourBatch(instant);
  const label = `${legacyBatchOver(instant)}#`;
  return [...sorted.filter((sk) => sk < hour), ...sorted.filter((sk) => sk.startsWith(label))];
}

/** What it reads now: one query of the range, kept by `isOver`. */
function readByOneQuery(keys: string[], instant: Date): string[] {
  const { below, isOver } = overBatchKeys(instant);
  return [...keys]
    .sort()
    .filter((sk) => sk < below)
    .filter(isOver);
}

/** A waiting or held item's key: an hour's stamp or a label of an earlier version, then what follows it. */
const key = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 24 * 60 }).map((hours) => new Date(START + hours * HOUR_MS).toISOString()),
      fc.constantFrom('odd', 'even'),
    ),
    fc.stringMatching(/^[0-9a-f-]{1,12}(#[0-9])?$/),
  )
  .map(([batch, rest]) => `${batch}#${rest}`);

describe('the batches a sweep reads as over', () => {
  it('Should find, in one query, the same waiting answers in the same order as the two queries it made before', () => {
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 40 }),
        fc.integer({ min: 0, max: 24 * 60 * 60 }).map((minutes) => new Date(START + minutes * 60_000)),
        (keys, instant) => {
          expect(readByOneQuery(keys, instant)).toEqual(readByTwoQueries(keys, instant));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('Should keep an hour that is over and the label whose hours are over, and leave the hour running and the other label', () => {
    const instant = new Date('2026-12-02T03:20:00.000Z'); // hour 3: the even hours' label is the one over
    const { isOver } = overBatchKeys(instant);
    expect(isOver('2026-12-02T02:00:00.000Z#case')).toBe(true);
    expect(isOver('2026-12-02T03:00:00.000Z#case')).toBe(false);
    expect(isOver('even#case')).toBe(true);
    expect(isOver('odd#case')).toBe(false);
  });
});
