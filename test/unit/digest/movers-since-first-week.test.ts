import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../../shared/digest/build-digest';
import { renderDigestText } from '../../../shared/digest/render-text';
import type { SentimentCounts, WeeklyFigures } from '../../../shared/domain/weekly-figures';
import { exampleConfig } from '../../support/fixtures';

// Sample digest, read as a sponsor (session 37): a new installation's movers were averaged over 4 weeks, those before
// its first submission counted as 0, so a site that went from 7 to 5 read "5, up 186% on its 4-week average", and the
// sample month's Plant 2 "77, up 185%" beside a trend saying its first week had no submissions yet. The weeks before
// the first submission are left out of the average, and the line says over how many weeks it is.

const mood = (n: number): SentimentCounts => ({ POSITIVE: n, NEGATIVE: n, NEUTRAL: n, MIXED: n });
const weekOf = (week: string, plant2: number, hq: number): WeeklyFigures => ({
  week,
  groups: [
    { site: 'plant2', channel: 'web', total: plant2 * 4, sentiment: mood(plant2), ratings: [0, 0, 0, 0] },
    { site: 'hq', channel: 'web', total: hq * 4, sentiment: mood(hq), ratings: [0, 0, 0, 0] },
  ],
  topics: [],
  phrases: [],
});

function digestText(weeks: WeeklyFigures[]): string {
  const week = weeks.at(-1)!.week;
  return renderDigestText(
    buildDigest(exampleConfig, {
      week,
      figures: new Map(weeks.map((w) => [w.week, w])),
      candidates: [],
      escalations: { raised: [], responded: [], overdueNow: [] },
      generatedAt: new Date('2026-11-30T14:00:00Z'),
    }),
  );
}

describe('movers in a new installation’s first weeks', () => {
  it('Should compare the second week with the first alone, and say so', () => {
    const text = digestText([weekOf('2026-W46', 5, 5), weekOf('2026-W47', 10, 5)]);
    expect(text).toContain('BIGGEST MOVERS (AGAINST THE PREVIOUS WEEK)');
    expect(text).toContain('Plant 2 (site): 40, up 100% on the week before');
    expect(text).not.toContain('4-week');
  });

  it('Should average the third and fourth week over the weeks since the first submission', () => {
    const text = digestText([weekOf('2026-W45', 5, 5), weekOf('2026-W46', 5, 5), weekOf('2026-W47', 10, 5)]);
    expect(text).toContain('BIGGEST MOVERS (AGAINST THE PREVIOUS 2 WEEKS)');
    expect(text).toContain('Plant 2 (site): 40, up 100% on its 2-week average');
  });

  it('Should still count a week with no submission between two with some (a shutdown) as 0, over 4 weeks', () => {
    const text = digestText([
      weekOf('2026-W43', 5, 5),
      weekOf('2026-W44', 5, 5),
      weekOf('2026-W45', 0, 0),
      weekOf('2026-W46', 5, 5),
      weekOf('2026-W47', 10, 5),
    ]);
    expect(text).toContain('BIGGEST MOVERS (AGAINST THE PREVIOUS 4 WEEKS)');
    // (20 + 0 + 20 + 20) / 4 = 15 a week: 40 is up 167%.
    expect(text).toContain('Plant 2 (site): 40, up 167% on its 4-week average');
  });
});
