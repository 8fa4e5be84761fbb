import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../../../shared/domain/feedback';
import type { SentimentCounts, WeeklyFigures } from '../../../shared/domain/weekly-figures';
import { buildDigest } from '../../../shared/digest/build-digest';
import { renderDigestText } from '../../../shared/digest/render-text';
import type { VerbatimCandidate } from '../../../shared/ports/verbatim-candidates';
import { exampleConfig } from '../../support/fixtures';

/*
 * Attack round 33 (atp33 F4): a quote carries its mood ("… · web form · positive"), and the quote chooser favours
 * the mood least represented so far. From a group of twelve at one site and topic, eleven unhappy and one happy, the
 * digest said "mood not shown (too few in one mood to show safely)" for the row and then quoted the one happy
 * comment, labelled "positive": the lone dissenter's own words, picked out because they were alone. A quote's mood is
 * a group too: a comment is quoted only when at least k of its (site, topic, channel) group share its mood.
 */

const WEEK = '2026-W49';
const MOODS: Sentiment[] = ['NEGATIVE', 'POSITIVE', 'NEUTRAL', 'MIXED'];
const { k, kQuote } = exampleConfig.anonymity;
const SITES = ['hq', 'plant2', 'warehouse'] as const;
const TOPICS = ['pay', 'workload', 'scheduling'] as const;

interface Cell {
  site: (typeof SITES)[number];
  topic: (typeof TOPICS)[number];
  moods: SentimentCounts;
}

/** A week of web reports with the given (site, topic) cells, one comment offered per report. */
function weekOf(cells: readonly Cell[]) {
  const figures: WeeklyFigures = { week: WEEK, groups: [], topics: [], phrases: [] };
  const candidates: VerbatimCandidate[] = [];
  for (const { site, topic, moods } of cells) {
    const total = MOODS.reduce((sum, m) => sum + moods[m], 0);
    if (!total) continue;
    figures.topics.push({ site, topic, channel: 'web', total, sentiment: moods, ratings: [0, 0, 0, 0] });
    const group = figures.groups.find((g) => g.site === site);
    if (group) {
      group.total += total;
      for (const m of MOODS) group.sentiment[m] += moods[m];
    } else figures.groups.push({ site, channel: 'web', total, sentiment: { ...moods }, ratings: [0, 0, 0, 0] });
    for (const mood of MOODS)
      for (let i = 0; i < moods[mood]; i += 1)
        candidates.push({
          week: WEEK,
          site,
          topic,
          channel: 'web',
          sentiment: mood,
          redactedText: `A ${mood.toLowerCase()} comment about ${topic} at ${site}, number ${i + 1} of its kind`,
        });
  }
  return {
    week: WEEK,
    figures: new Map([[WEEK, figures]]),
    candidates,
    escalations: { raised: [], responded: [], overdueNow: [] },
    generatedAt: new Date('2026-12-07T14:00:00Z'),
  };
}

function moodCount(cells: readonly Cell[], site: string, topic: string, mood: Sentiment): number {
  return cells.filter((c) => c.site === site && c.topic === topic).reduce((sum, c) => sum + c.moods[mood], 0);
}

const siteOf = (label: string) => SITES.find((s) => exampleConfig.sites.find((x) => x.id === s)!.name === label)!;
const topicOf = (label: string) => TOPICS.find((t) => exampleConfig.topics.find((x) => x.id === t)!.name === label)!;
const moodOf = (v: { sentiment: Sentiment }) => v.sentiment;

describe('a quote’s mood is a group of at least k (atp33 F4)', () => {
  it('Should not quote the one happy comment among eleven unhappy ones, nor say its mood', () => {
    const cells: Cell[] = [
      { site: 'warehouse', topic: 'pay', moods: { NEGATIVE: 10, POSITIVE: 1, NEUTRAL: 1, MIXED: 0 } },
      { site: 'hq', topic: 'workload', moods: { NEGATIVE: 4, POSITIVE: 3, NEUTRAL: 2, MIXED: 0 } },
    ];
    const input = weekOf(cells);
    for (const sponsor of [undefined, ...exampleConfig.sponsors]) {
      const digest = buildDigest(exampleConfig, input, sponsor);
      expect(digest.verbatims.map(moodOf).filter((m) => m !== 'NEGATIVE')).toEqual([]);
      const text = renderDigestText(digest);
      expect(text).not.toMatch(/a positive comment|a neutral comment|· positive|· neutral/);
    }
    // The ten unhappy ones are still quoted: the digest keeps its voices where a mood is shared by k.
    expect(buildDigest(exampleConfig, input).verbatims.length).toBeGreaterThan(0);
  });

  it('Should quote, from any week, only comments whose mood at least k of their site, topic and channel share', () => {
    const moods = fc.record({
      NEGATIVE: fc.integer({ min: 0, max: 14 }),
      POSITIVE: fc.integer({ min: 0, max: 8 }),
      NEUTRAL: fc.integer({ min: 0, max: 6 }),
      MIXED: fc.integer({ min: 0, max: 3 }),
    });
    const cell = fc.record({ site: fc.constantFrom(...SITES), topic: fc.constantFrom(...TOPICS), moods });
    const week = fc.uniqueArray(cell, { minLength: 1, maxLength: 6, selector: (c) => `${c.site}#${c.topic}` });
    fc.assert(
      fc.property(week, (cells) => {
        const input = weekOf(cells);
        for (const sponsor of [undefined, ...exampleConfig.sponsors]) {
          for (const v of buildDigest(exampleConfig, input, sponsor).verbatims) {
            const site = siteOf(v.site);
            const topic = topicOf(v.topic);
            const group = MOODS.reduce((sum, m) => sum + moodCount(cells, site, topic, m), 0);
            expect(group).toBeGreaterThanOrEqual(kQuote);
            expect(moodCount(cells, site, topic, v.sentiment)).toBeGreaterThanOrEqual(k);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
