import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { CHANNELS, type Channel } from '../../../shared/domain/feedback';
import type { SentimentCounts, WeeklyFigures } from '../../../shared/domain/weekly-figures';
import { buildDigest, type DigestInput } from '../../../shared/digest/build-digest';
import type { Digest } from '../../../shared/digest/model';
import { renderDigestText } from '../../../shared/digest/render-text';
import { shiftWeek } from '../../../shared/digest/weeks';
import { publishDigest } from '../../../shared/use-cases/publish-digest';
import { exampleConfig } from '../../support/fixtures';
import { inMemoryDigestDeps } from '../../support/golden-digest-deps';
import { scenario, WEEK, world } from './anonymity/world';

/* Promise 4 at the edges: a week too small to report, and a submission analysed after its week's digest went out. */

describe('a week too small to report', () => {
  it('Should show no figures at all, only that there were fewer than k', () => {
    const config = exampleConfig;
    const figures = new Map<string, WeeklyFigures>([
      [
        WEEK,
        {
          week: WEEK,
          groups: [
            {
              site: 'hq',
              channel: 'web' as Channel,
              total: 3,
              sentiment: { POSITIVE: 1, NEGATIVE: 2, NEUTRAL: 0, MIXED: 0 },
              ratings: [0, 0, 0, 0],
            },
          ],
          topics: [],
          phrases: [],
        },
      ],
    ]);
    const digest = buildDigest(config, {
      week: WEEK,
      figures,
      candidates: [],
      escalations: { raised: [], responded: [], overdueNow: [] },
      generatedAt: new Date('2026-11-23T14:00:00Z'),
    });
    expect(digest.headline.total).toBeUndefined();
    expect(digest.sites.rows).toEqual([]);
    expect(digest.sites.other).toBeUndefined();
    const text = renderDigestText(digest);
    expect(text).toContain('Fewer than 5 submissions this week, so no figures are shown.');
    expect(text).not.toMatch(/\b3\b/);
  });
});

describe('a submission analysed after its week’s digest went out', () => {
  const late = fc.record({
    /** Weeks before the week published first (0 = that week itself), within the 8 weeks it read. */
    weeksBack: fc.integer({ min: 0, max: 7 }),
    site: fc.integer({ min: 0, max: 5 }),
    channel: fc.constantFrom(...CHANNELS),
    topic: fc.integer({ min: 0, max: 4 }),
    phrase: fc.constantFrom('short breaks', 'night shift', 'new rota'),
    sentiment: fc.constantFrom('POSITIVE', 'NEUTRAL', 'MIXED', 'NEGATIVE' as const),
    rating: fc.integer({ min: 0, max: 3 }),
    /** A few late ones at once: a redrive of the DLQ. */
    copies: fc.integer({ min: 1, max: 4 }),
  });

  /** Adds late contributions to a week's figures, as the analysis would. */
  function addLate(
    f: WeeklyFigures,
    l: typeof late extends fc.Arbitrary<infer T> ? T : never,
    config: Config,
  ): WeeklyFigures {
    const out = structuredClone(f);
    const sites = [...config.sites.map((x) => x.id), undefined];
    const site = sites[l.site % sites.length];
    const topic = config.topics[l.topic % config.topics.length]!.id;
    const one = () => ({ POSITIVE: 0, NEUTRAL: 0, MIXED: 0, NEGATIVE: 0, [l.sentiment]: l.copies });
    const ratings: [number, number, number, number] = [0, 0, 0, 0];
    if (l.channel === 'kiosk') ratings[l.rating] = l.copies;
    const bump = <T extends { total: number; sentiment: SentimentCounts; ratings: [number, number, number, number] }>(
      row: T | undefined,
      make: () => T,
    ) => {
      if (!row) return make();
      row.total += l.copies;
      for (const [m, n] of Object.entries(one())) row.sentiment[m as keyof SentimentCounts] += n;
      row.ratings = row.ratings.map((n, i) => n + ratings[i]!) as [number, number, number, number];
      return undefined;
    };
    const g = bump(
      out.groups.find((x) => x.site === site && x.channel === l.channel),
      () => ({ site, channel: l.channel, total: l.copies, sentiment: one(), ratings }),
    );
    if (g) out.groups.push(g);
    const language = out.languages?.find((x) => x.language === 'es' && x.site === site && x.channel === l.channel);
    if (language) language.total += l.copies;
    else out.languages?.push({ language: 'es', site, channel: l.channel, total: l.copies });
    const t = bump(
      out.topics.find((x) => x.topic === topic && x.site === site && x.channel === l.channel),
      () => ({
        topic,
        site,
        channel: l.channel,
        total: l.copies,
        sentiment: one(),
        ratings: [0, 0, 0, 0] as [number, number, number, number],
      }),
    );
    if (t) out.topics.push(t);
    const p = out.phrases.find((x) => x.phrase === l.phrase);
    if (p) {
      p.total += l.copies;
      p.sentiment[l.sentiment] += l.copies;
    } else out.phrases.push({ phrase: l.phrase, total: l.copies, sentiment: one() });
    return out;
  }

  /** Publishes the week before `WEEK`, then (maybe after late submissions) that week again and `WEEK`; answers every archive. */
  async function history(config: Config, input: DigestInput, lateOnes: { week: string; figures: WeeklyFigures }[]) {
    const figures = new Map(input.figures);
    // Monday after week 46 in Chicago
    const deps = inMemoryDigestDeps({ ...input, figures, config, now: '2026-11-16T14:00:00Z' });
    const { archive, clock } = deps;
    const first = shiftWeek(WEEK, -1);
    // Sent, not tried: a dry run freezes nothing (publish-digest.test.ts).
    await publishDigest(deps, { week: first });
    const firstArchive = structuredClone(archive.files);
    for (const l of lateOnes) figures.set(l.week, l.figures);
    clock.set('2026-11-23T14:00:00Z');
    await publishDigest(deps, { week: first, dryRun: true });
    await publishDigest(deps, { week: WEEK, dryRun: true });
    return { firstArchive, archive: archive.files };
  }

  it('Should let nothing published later (the week again, the next week, any variant) change with it, so it cannot be worked out', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, fc.array(late, { minLength: 1, maxLength: 3 }), async (s, lates) => {
        const { config, input } = world(s);
        const first = shiftWeek(WEEK, -1);
        const lateOnes: { week: string; figures: WeeklyFigures }[] = [];
        let figures = new Map(input.figures);
        for (const l of lates) {
          const week = shiftWeek(first, -l.weeksBack);
          const updated = addLate(figures.get(week) ?? { week, groups: [], topics: [], phrases: [] }, l, config);
          figures = new Map(figures).set(week, updated);
          lateOnes.push({ week, figures: updated });
        }
        const without = await history(config, input, []);
        const withLate = await history(config, input, lateOnes);
        // What the first digest showed is as it was; everything published afterwards is the same with or without them.
        const shown = (d: Digest | undefined) => d && { ...d, generatedAt: 'when it was built' };
        for (const [name, digest] of withLate.firstArchive)
          expect(shown(withLate.archive.get(name)), name).toEqual(shown(digest));
        expect([...withLate.archive.keys()].sort()).toEqual([...without.archive.keys()].sort());
        for (const [name, digest] of without.archive)
          expect(shown(withLate.archive.get(name)), name).toEqual(shown(digest));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
