import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { CHANNELS, type Channel, type Sentiment } from '../../../shared/domain/feedback';
import { NO_SITE, type SentimentCounts, type WeeklyFigures } from '../../../shared/domain/weekly-figures';
import { buildDigest, type DigestInput } from '../../../shared/digest/build-digest';
import type { Breakdown, Digest } from '../../../shared/digest/model';
import { renderDigestHtml } from '../../../shared/digest/render-email';
import { renderDigestText } from '../../../shared/digest/render-text';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { shiftWeek, weeksEndingWith } from '../../../shared/digest/weeks';
import type { VerbatimCandidate } from '../../../shared/ports/verbatim-candidates';
import { prng } from '../../support/seeded-random';
import { exampleConfig } from '../../support/fixtures';

/**
 * Promise 4 over random organisations and weeks: whatever the figures, no
 * digest (leadership or sponsor variant, as a model or rendered) lets a
 * reader learn a group of fewer than k, directly or by subtraction.
 *
 * Labels are letters only, so any digit next to one in the rendering would
 * be a figure about it.
 */
const WEEK = '2026-W47';
const SITE_IDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
const TOPIC_IDS = ['apples', 'berries', 'cherries', 'damsons', 'elders'];
const WORDS = ['the', 'line', 'shift', 'breaks', 'are', 'too', 'short', 'and', 'nobody', 'listens', 'thanks', 'for', 'fixing', 'it', 'quickly', 'again'];
const siteLabel = (id: string) => `${id[0]!.toUpperCase()}${id.slice(1)} Works`;
const topicLabel = (id: string) => `${id[0]!.toUpperCase()}${id.slice(1)} Matters`;

const scenario = fc.record({
  k: fc.integer({ min: 3, max: 7 }),
  quoteExtra: fc.integer({ min: 0, max: 6 }),
  sites: fc.integer({ min: 1, max: SITE_IDS.length }),
  topics: fc.integer({ min: 1, max: TOPIC_IDS.length }),
  withoutSite: fc.boolean(),
  /** Largest count in a cell: small scales stress the thresholds. */
  scale: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 80 })),
  seeds: fc.array(fc.integer(), { minLength: 8, maxLength: 8 }),
  sponsorScopes: fc.array(fc.record({ sites: fc.subarray(SITE_IDS), topics: fc.subarray(TOPIC_IDS) }), { minLength: 1, maxLength: 3 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function split(random: () => number, total: number): SentimentCounts {
  const negative = Math.floor(total * random());
  const positive = Math.floor((total - negative) * random());
  const neutral = Math.floor((total - negative - positive) * random());
  return { NEGATIVE: negative, POSITIVE: positive, NEUTRAL: neutral, MIXED: total - negative - positive - neutral };
}

function world(s: Scenario): { config: Config; input: DigestInput } {
  const siteIds = SITE_IDS.slice(0, s.sites);
  const topicIds = TOPIC_IDS.slice(0, s.topics);
  const config: Config = {
    ...exampleConfig,
    anonymity: { k: s.k, kQuote: s.k + s.quoteExtra },
    sites: siteIds.map((id) => ({ id, name: siteLabel(id), smsNumbers: [], kioskQuestion: 'How are things?' })),
    topics: topicIds.map((id) => ({ id, name: topicLabel(id), urgent: false, keywords: [id] })),
    sponsors: [
      ...s.sponsorScopes.map((scope, i) => ({
        id: `sponsor${'abc'[i]}`,
        name: `Sponsor ${'ABC'[i]}`,
        email: `s${i}@example.com`,
        sites: scope.sites.filter((x) => siteIds.includes(x)),
        topics: scope.topics.filter((x) => topicIds.includes(x)),
        default: false,
      })),
      { id: 'boss', name: 'The Boss', email: 'boss@example.com', sites: [], topics: [], default: true },
    ],
  };
  const sites: (string | undefined)[] = [...siteIds, ...(s.withoutSite ? [undefined] : [])];
  const figures = new Map<string, WeeklyFigures>();
  const candidates: VerbatimCandidate[] = [];
  weeksEndingWith(WEEK, 8).forEach((week, w) => {
    const random = prng(s.seeds[w]!);
    // Skewed towards small counts, with a long tail.
    const count = () => Math.floor(random() ** 2 * (s.scale + 1));
    const f: WeeklyFigures = { week, groups: [], topics: [], phrases: [] };
    for (const site of sites) {
      for (const channel of CHANNELS) {
        const total = count();
        if (total === 0) continue;
        const taps = channel === 'kiosk' ? split(random, total) : { NEGATIVE: 0, POSITIVE: 0, NEUTRAL: 0, MIXED: 0 };
        f.groups.push({ site, channel, total, sentiment: split(random, total), ratings: [taps.NEGATIVE, taps.MIXED, taps.NEUTRAL, taps.POSITIVE] });
        for (const topic of topicIds) {
          const n = Math.floor(random() * (total + 1));
          if (n === 0) continue;
          const sentiment = split(random, n);
          f.topics.push({ topic, site, channel, total: n, sentiment, ratings: [0, 0, 0, 0] });
          if (week === WEEK) {
            for (let i = 0; i < Math.min(n, 3); i += 1) {
              const text = Array.from({ length: 6 + Math.floor(random() * 8) }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
              const mood = (['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED'] as Sentiment[])[Math.floor(random() * 4)]!;
              candidates.push({ week, site, topic, channel, sentiment: mood, redactedText: text });
            }
          }
        }
      }
    }
    for (const phrase of ['short breaks', 'night shift', 'new rota']) {
      const total = count();
      if (total) f.phrases.push({ phrase, total, sentiment: split(random, total) });
    }
    figures.set(week, f);
  });
  return { config, input: { week: WEEK, figures, candidates, escalations: { raised: [], responded: [], overdueNow: [] }, generatedAt: new Date('2026-11-23T14:00:00Z') } };
}

type Truth = Map<string, number>;
function truthBy<T extends { total: number }>(items: readonly T[], key: (item: T) => string): Truth {
  const m = new Map<string, number>();
  for (const item of items) m.set(key(item), (m.get(key(item)) ?? 0) + item.total);
  return m;
}

/** Every shown figure is a true group of at least k; nothing hidden is other, or total minus the rows. */
function checkTable(b: Breakdown, truth: Truth, k: number, name: string) {
  for (const r of b.rows) {
    expect(r.count, `${name} row ${r.id}`).toBe(truth.get(r.id));
    expect(r.count, `${name} row ${r.id}`).toBeGreaterThanOrEqual(k);
  }
  if (b.other) expect(b.other.count, `${name} other`).toBeGreaterThanOrEqual(k);
  const all = [...truth.values()].reduce((a, c) => a + c, 0);
  if (b.total !== undefined) {
    expect(b.total, `${name} total`).toBe(all);
    expect(b.total, `${name} total`).toBeGreaterThanOrEqual(k);
  }
  const shown = b.rows.reduce((a, r) => a + r.count, 0);
  for (const [id, n] of truth) {
    if (n === 0 || b.rows.some((r) => r.id === id)) continue;
    if (b.total !== undefined) expect(b.total - shown, `${name}: total − rows gives away ${id}`).not.toBe(n);
    if (b.other) expect(b.other.count, `${name}: other gives away ${id}`).not.toBe(n);
  }
}

function checkDigest(digest: Digest, leadership: Digest, config: Config, input: DigestInput) {
  const { k, kQuote } = config.anonymity;
  const now = input.figures.get(WEEK)!;
  const last = input.figures.get(shiftWeek(WEEK, -1))!;
  const before = weeksEndingWith(shiftWeek(WEEK, -1), 4).map((w) => input.figures.get(w)!);
  const channels = truthBy(now.groups, (g) => g.channel);
  const sites = truthBy(now.groups, (g) => g.site ?? NO_SITE);
  const topics = truthBy(now.topics, (t) => t.topic);

  checkTable(digest.headline.channels, channels, k, 'channels');
  if (digest.audience.kind === 'leadership' || digest.sites.total !== undefined) checkTable(digest.sites, sites, k, 'sites');
  if (digest.audience.kind === 'leadership' || digest.topics.other) checkTable(digest.topics, topics, k, 'topics');
  // A sponsor's variant only leaves rows out: each of its figures is one the leadership digest shows.
  for (const [mine, theirs] of [
    [digest.sites, leadership.sites],
    [digest.topics, leadership.topics],
  ] as const) {
    for (const r of mine.rows) expect(theirs.rows.some((t) => t.id === r.id && t.count === r.count)).toBe(true);
  }

  const lastChannels = truthBy(last.groups, (g) => g.channel);
  for (const r of digest.headline.channels.rows) if (r.changePct !== undefined) expect(lastChannels.get(r.id)!).toBeGreaterThanOrEqual(k);
  if (digest.headline.lastWeekTotal !== undefined) expect(digest.headline.lastWeekTotal).toBeGreaterThanOrEqual(k);
  for (const p of digest.headline.trend) {
    if (p.total === undefined) continue;
    expect(p.total).toBe(input.figures.get(p.week)!.groups.reduce((a, g) => a + g.total, 0));
    expect(p.total).toBeGreaterThanOrEqual(k);
  }
  if (digest.headline.kioskRatings) expect(channels.get('kiosk')!).toBeGreaterThanOrEqual(k);

  const sitesBefore = truthBy(before.flatMap((f) => f.groups), (g) => g.site ?? NO_SITE);
  const topicsBefore = truthBy(before.flatMap((f) => f.topics), (t) => t.topic);
  for (const m of digest.movers) {
    const earlier = (m.kind === 'site' ? sitesBefore : topicsBefore).get(m.id) ?? 0;
    expect(m.count).toBeGreaterThanOrEqual(k);
    expect(earlier === 0 || earlier >= k, `baseline of ${m.id}: ${earlier}`).toBe(true);
    expect(Math.abs(m.baseline * 4 - earlier)).toBeLessThanOrEqual(0.2 + 1e-9);
  }
  const presentBefore = [...sitesBefore].filter(([, n]) => n > 0).map(([id]) => id);
  const siteBaselines = digest.movers.filter((m) => m.kind === 'site' && m.baseline > 0).map((m) => m.id);
  if (presentBefore.length) expect(presentBefore.every((id) => siteBaselines.includes(id)), 'movers give away the rest of the earlier total').toBe(false);

  const phrasesBefore = truthBy(before.flatMap((f) => f.phrases), (p) => p.phrase);
  for (const t of digest.themes) {
    expect(t.count).toBeGreaterThanOrEqual(k);
    if (t.changePct !== undefined) expect(phrasesBefore.get(t.phrase)!).toBeGreaterThanOrEqual(k);
  }

  const groupSize = truthBy(now.topics, (t) => `${t.topic}#${t.site ?? NO_SITE}#${t.channel}`);
  const idOf = (label: string, ids: string[], toLabel: (id: string) => string) => ids.find((id) => toLabel(id) === label) ?? NO_SITE;
  for (const v of digest.verbatims) {
    const key = `${idOf(v.topic, TOPIC_IDS, topicLabel)}#${idOf(v.site, SITE_IDS, siteLabel)}#${v.channel}`;
    expect(groupSize.get(key) ?? 0, `quoted from ${key}`).toBeGreaterThanOrEqual(kQuote);
    expect(input.candidates.some((c) => c.redactedText === v.text)).toBe(true);
  }
}

/** Every whole number the text shows for a group is at least k (percentages, week labels and the like aside). */
function checkText(text: string, digest: Digest, hiddenLabels: string[]) {
  const { k } = digest.anonymity;
  const lines = text.split('\n');
  for (const line of lines) {
    for (const label of hiddenLabels) if (line.includes(label)) expect(line, `a figure next to hidden ${label}`).not.toMatch(/\d/);
  }
  let counting = true;
  for (const line of lines.slice(2)) {
    if (/^(ESCALATIONS|YOU SAID)/.test(line) || line === '--') counting = false;
    else if (/^[A-Z][A-Z ()0-9,.-]+$/.test(line)) counting = true;
    if (!counting || /^[A-Z][A-Z ()0-9,.-]+$/.test(line) || line.trimStart().startsWith('"')) continue;
    const figures = line
      .replace(/\d[\d,]*%/g, '')
      .replace(/\bW\d\d\b/g, '')
      .replace(/\d+-week/g, '')
      .match(/\d[\d,]*/g);
    for (const f of figures ?? []) expect(Number(f.replace(/,/g, '')), `'${f}' in: ${line}`).toBeGreaterThanOrEqual(k);
  }
}

describe('anonymity of the digest over random weeks (promise 4)', () => {
  it('Should show no figure for a group below k, in the model or as rendered, for leadership and every sponsor', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { config, input } = world(s);
        const leadership = buildDigest(config, input);
        const now = input.figures.get(WEEK)!;
        const hidden = (truth: Truth, b: Breakdown, label: (id: string) => string) =>
          [...truth].filter(([id, n]) => n > 0 && id !== NO_SITE && !b.rows.some((r) => r.id === id)).map(([id]) => label(id));
        const hiddenLabels = [...hidden(truthBy(now.groups, (g) => g.site ?? NO_SITE), leadership.sites, siteLabel), ...hidden(truthBy(now.topics, (t) => t.topic), leadership.topics, topicLabel)];

        checkDigest(leadership, leadership, config, input);
        checkText(renderDigestText(leadership), leadership, hiddenLabels);
        // In the HTML a hidden group's name may appear only in a quote's attribution, never with a figure.
        for (const page of [renderDigestHtml(leadership), renderDigestPage(leadership)]) {
          for (const label of hiddenLabels) {
            const quoted = leadership.verbatims.filter((v) => v.site === label || v.topic === label).length;
            expect(page.split(label).length - 1, `${label} in the HTML`).toBe(quoted);
          }
        }
        for (const sponsor of config.sponsors) {
          const variant = buildDigest(config, input, sponsor);
          checkDigest(variant, leadership, config, input);
          checkText(renderDigestText(variant), variant, hiddenLabels);
        }
      }),
      { numRuns: 250 },
    );
  }, 60_000);

  it('Should quote only from groups of at least kQuote, even when every other group is large', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { config, input } = world({ ...s, scale: 80 });
        const digest = buildDigest(config, input);
        checkDigest(digest, digest, config, input);
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});

describe('a week too small to report', () => {
  it('Should show no figures at all, only that there were fewer than k', () => {
    const config = exampleConfig;
    const figures = new Map<string, WeeklyFigures>([
      [WEEK, { week: WEEK, groups: [{ site: 'hq', channel: 'web' as Channel, total: 3, sentiment: { POSITIVE: 1, NEGATIVE: 2, NEUTRAL: 0, MIXED: 0 }, ratings: [0, 0, 0, 0] }], topics: [], phrases: [] }],
    ]);
    const digest = buildDigest(config, { week: WEEK, figures, candidates: [], escalations: { raised: [], responded: [], overdueNow: [] }, generatedAt: new Date('2026-11-23T14:00:00Z') });
    expect(digest.headline.total).toBeUndefined();
    expect(digest.sites.rows).toEqual([]);
    expect(digest.sites.other).toBeUndefined();
    const text = renderDigestText(digest);
    expect(text).toContain('Fewer than 5 submissions this week, so no figures are shown.');
    expect(text).not.toMatch(/\b3\b/);
  });
});
