import { describe, expect, it } from 'vitest';
import type { SentimentCounts, WeeklyFigures } from '../../../shared/domain/weekly-figures';
import { buildDigest, type DigestInput } from '../../../shared/digest/build-digest';
import { digestEmail } from '../../../shared/digest/render-email';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { exampleConfig } from '../../support/fixtures';

// Newcomer's report (round 26): `npm run digest -- --dry-run` on a new installation, its week empty, showed under the
// 8-week chart the key "■ Positive ■ Neutral ■ Mixed ■ Negative", with no column to read it against.

const WEEK = '2026-W47';
const negative = (n: number): SentimentCounts => ({ POSITIVE: 0, NEGATIVE: n, NEUTRAL: 0, MIXED: 0 });

function week(figures: WeeklyFigures[]): DigestInput {
  return {
    week: WEEK,
    figures: new Map(figures.map((f) => [f.week, f])),
    candidates: [],
    escalations: { raised: [], responded: [], overdueNow: [] },
    generatedAt: new Date('2026-11-23T14:00:00Z'),
  };
}
const empty = (w: string): WeeklyFigures => ({ week: w, groups: [], topics: [], phrases: [] });
const busy = (w: string): WeeklyFigures => ({
  week: w,
  groups: [{ site: 'hq', channel: 'web', total: 9, sentiment: negative(9), ratings: [0, 0, 0, 0] }],
  topics: [],
  phrases: [],
});

function renderings(input: DigestInput) {
  const digest = buildDigest(exampleConfig, input);
  return { page: renderDigestPage(digest), email: digestEmail(digest, ['someone@example.com']) };
}

describe("the weekly digest's 8-week chart in an empty week", () => {
  it('Should show no colour key, and no chart of bare week labels, when no week had a submission', () => {
    const { page, email } = renderings(week([empty(WEEK)]));
    expect(page).not.toContain('class="key"');
    expect(page).not.toContain('<svg class="trend"');
    expect(page).toMatch(/W40\s*–\s*W47:?\s+no submissions yet/);
    expect(email.html).not.toContain('Colours:');
    expect(email.text).not.toContain('Colours:');
  });

  it('Should keep the key while an earlier week’s column is coloured by mood', () => {
    const { page, email } = renderings(week([busy('2026-W46'), empty(WEEK)]));
    expect(page).toContain('<svg class="trend"');
    expect(page).toContain('class="key"');
    expect(email.html).toContain('Colours:');
  });
});
