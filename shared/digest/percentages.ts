import type { SentimentCounts } from '../domain/weekly-figures';
import type { SentimentMix } from './model';

/** Whole percentages that add up to 100 (largest remainder), so a bar never totals 99 or 101. */
export function percents(values: readonly number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total === 0) return values.map(() => 0);
  const exact = values.map((v) => (v / total) * 100);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((v, i) => ({ i, r: v - Math.floor(v) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

export function mix(counts: SentimentCounts): SentimentMix {
  const [POSITIVE, NEUTRAL, MIXED, NEGATIVE] = percents([
    counts.POSITIVE,
    counts.NEUTRAL,
    counts.MIXED,
    counts.NEGATIVE,
  ]) as [number, number, number, number];
  return { POSITIVE, NEUTRAL, MIXED, NEGATIVE };
}

export const changePct = (now: number, before: number) => Math.round(((now - before) / before) * 100);
