import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../../shared/digest/labels';
import { breakdown, publishWeek } from '../../../shared/digest/published-week';
import type { WeeklyFigures } from '../../../shared/domain/weekly-figures';
import { exampleConfig } from '../../support/fixtures';

// Found trying "several weeks" as a newcomer: a first week of 7 reports, 6 from Plant 2 and 1 texted to
// Headquarters' number, read "Other sites combined: 7" with no site above it. Other than which? Plant 2's 6 alone
// would give away Headquarters' 1 by subtraction, so every site folds, rightly; the row now says it holds them all.
// The figure is the same one: nothing more is shown.

const K = exampleConfig.anonymity.k;
const mood = { POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 };
const week = (sites: Record<string, number>): WeeklyFigures =>
  ({
    week: '2026-W45',
    groups: Object.entries(sites).map(([site, total]) => ({
      site,
      channel: 'web',
      topic: undefined,
      total,
      sentiment: { ...mood, NEUTRAL: total },
    })),
    topics: [],
    phrases: [],
  }) as unknown as WeeklyFigures;

describe('the digest’s folded row when it holds every group', () => {
  it.each(['en', 'es', 'fr'] as const)(
    'Should name it "all sites combined", not "other sites" beside none (%s)',
    (language) => {
      const labels = labelsFor(exampleConfig, language);
      const sites = breakdown(publishWeek(week({ plant2: 6, hq: 1 }), K).sites, labels.site, {
        some: labels.otherSites,
        all: labels.allSites,
      });
      expect(sites.rows).toEqual([]);
      expect(sites.other).toMatchObject({ label: labels.allSites, count: 7 });
      expect(labels.allSites).not.toBe(labels.otherSites);
    },
  );

  it('Should still call it "other sites" beside the sites it is told apart from', () => {
    const labels = labelsFor(exampleConfig, 'en');
    const sites = breakdown(publishWeek(week({ plant2: 9, hq: 6, warehouse: 2, '': 3 }), K).sites, labels.site, {
      some: labels.otherSites,
      all: labels.allSites,
    });
    expect(sites.rows.length).toBeGreaterThan(0);
    if (sites.other) expect(sites.other.label).toBe('Other sites combined');
  });
});
