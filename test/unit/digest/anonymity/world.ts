import fc from 'fast-check';
import type { Config } from '../../../../shared/config/schema';
import { CHANNELS, type Channel, type Sentiment } from '../../../../shared/domain/feedback';
import type { Escalation } from '../../../../shared/domain/escalation';
import type { SentimentCounts, WeeklyFigures } from '../../../../shared/domain/weekly-figures';
import type { DigestInput } from '../../../../shared/digest/build-digest';
import { weekBounds, weeksEndingWith } from '../../../../shared/digest/weeks';
import { HOUR_MS } from '../../../../shared/domain/durations';
import type { VerbatimCandidate } from '../../../../shared/ports/verbatim-candidates';
import { escalation } from '../../../support/digest-fixtures';
import { prng } from '../../../support/seeded-random';
import { exampleConfig } from '../../../support/fixtures';

/*
 * Random organisations and weeks for the anonymity properties: sites,
 * topics, channels, languages, moods, kiosk faces, phrases, sponsors and
 * escalations, from a seed. Labels are letters only, so any digit next to
 * one in a rendering would be a figure about it.
 */

export const SENTIMENTS = ['POSITIVE', 'NEUTRAL', 'MIXED', 'NEGATIVE'] as const;

export const WEEK = '2026-W47';
/** The weeks whose digests the attacker holds: the last four, so series of weeks are attacked too. */
export const DIGEST_WEEKS = weeksEndingWith(WEEK, 4);
export const SITE_IDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
export const TOPIC_IDS = ['apples', 'berries', 'cherries', 'damsons', 'elders'];
/** Detected languages: most write in the first, a few in the others (`und`: not recognised, or a tap without words). */
export const LANGUAGES = ['en', 'es', 'fr', 'und'];
export const LANGUAGE_LABELS = ['English', 'Spanish', 'French', 'Not recognised, or no words'];
const WORDS = [
  'the',
  'line',
  'shift',
  'breaks',
  'are',
  'too',
  'short',
  'and',
  'nobody',
  'listens',
  'thanks',
  'for',
  'fixing',
  'it',
  'quickly',
  'again',
];
export const siteLabel = (id: string) => `${id[0]!.toUpperCase()}${id.slice(1)} Works`;
export const topicLabel = (id: string) => `${id[0]!.toUpperCase()}${id.slice(1)} Matters`;

export const scenario = fc.record({
  k: fc.integer({ min: 3, max: 7 }),
  quoteExtra: fc.integer({ min: 0, max: 6 }),
  sites: fc.integer({ min: 1, max: 4 }),
  topics: fc.integer({ min: 1, max: 4 }),
  withoutSite: fc.boolean(),
  /**
   * Which sites (by index) have an enrolled kiosk, and which an SMS number:
   * the operator knows both (`npm run kiosk -- list`, the config), and SMS
   * and kiosk submissions always carry a site. So every other site's SMS and
   * kiosk cells are known zeros, and "site not given" is web only.
   */
  kioskSites: fc.subarray([0, 1, 2, 3]),
  smsSites: fc.subarray([0, 1, 2, 3]),
  /** Largest count in a cell: small scales stress the thresholds. */
  scale: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 80 })),
  seeds: fc.array(fc.integer(), { minLength: 8, maxLength: 8 }),
  sponsorScopes: fc.array(fc.record({ sites: fc.subarray(SITE_IDS), topics: fc.subarray(TOPIC_IDS) }), {
    minLength: 1,
    maxLength: 3,
  }),
  /** Weeks (0 = the oldest of 11) in which the first site has nobody: a site that appears and disappears. */
  firstSiteAbsent: fc.subarray([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
  /** Largest number of escalations per sponsor, outcome and week. */
  escalationScale: fc.integer({ min: 0, max: 9 }),
});
export type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function split(random: () => number, total: number): SentimentCounts {
  // A third of groups are of one mood only (parts of 0 pass every rule, so the other groups' small parts are what subtraction finds).
  // Another third of two moods, so that a row's split passes while one of its cells has a small part.
  const mode = random();
  const mood = () => SENTIMENTS[Math.floor(random() * 4)]!;
  if (mode < 1 / 3) return { NEGATIVE: 0, POSITIVE: 0, NEUTRAL: 0, MIXED: 0, [mood()]: total };
  if (mode < 2 / 3) {
    const [a, b] = [mood(), mood()];
    const some = Math.floor(random() * (total + 1));
    const out = { NEGATIVE: 0, POSITIVE: 0, NEUTRAL: 0, MIXED: 0 };
    out[a] += some;
    out[b] += total - some;
    return out;
  }
  const negative = Math.floor(total * random());
  const positive = Math.floor((total - negative) * random());
  const neutral = Math.floor((total - negative - positive) * random());
  return { NEGATIVE: negative, POSITIVE: positive, NEUTRAL: neutral, MIXED: total - negative - positive - neutral };
}

/** Whether a site can have submissions through a channel at all (SMS and kiosk need a number or a kiosk there, and always carry a site). */
export function channelPossible(
  s: Pick<Scenario, 'kioskSites' | 'smsSites'>,
  siteIds: readonly string[],
  site: string | undefined,
  channel: Channel,
): boolean {
  if (channel === 'web') return true;
  const i = site === undefined ? -1 : siteIds.indexOf(site);
  return i >= 0 && (channel === 'kiosk' ? s.kioskSites : s.smsSites).includes(i);
}

export function world(s: Scenario): { config: Config; input: DigestInput; raisedIn: Map<string, Escalation[]> } {
  const siteIds = SITE_IDS.slice(0, s.sites);
  const topicIds = TOPIC_IDS.slice(0, s.topics);
  const config: Config = {
    ...exampleConfig,
    anonymity: { k: s.k, kQuote: s.k + s.quoteExtra },
    sites: siteIds.map((id, i) => ({
      id,
      name: siteLabel(id),
      smsNumbers: s.smsSites.includes(i) ? [`+1555010${i}00`] : [],
      kioskQuestion: 'How are things?',
    })),
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
  weeksEndingWith(WEEK, 11).forEach((week, w) => {
    const random = prng(s.seeds[w % s.seeds.length]! + w);
    // Skewed towards small counts, with a long tail.
    const count = () => Math.floor(random() ** 2 * (s.scale + 1));
    const f: WeeklyFigures = { week, groups: [], topics: [], phrases: [], languages: [] };
    for (const site of sites) {
      for (const channel of CHANNELS) {
        if (!channelPossible(s, siteIds, site, channel)) continue;
        const total = site === siteIds[0] && s.firstSiteAbsent.includes(w) ? 0 : count();
        if (total === 0) continue;
        const taps = channel === 'kiosk' ? split(random, total) : { NEGATIVE: 0, POSITIVE: 0, NEUTRAL: 0, MIXED: 0 };
        f.groups.push({
          site,
          channel,
          total,
          sentiment: split(random, total),
          ratings: [taps.NEGATIVE, taps.MIXED, taps.NEUTRAL, taps.POSITIVE],
        });
        // The group's languages: mostly the first, a few in the others, so small language cells are common.
        const byLanguage = split(random, total);
        const minorities = [byLanguage.NEGATIVE, byLanguage.NEUTRAL, byLanguage.MIXED];
        const first = total - minorities.reduce((a, b) => a + b, 0);
        for (const [i, n] of [first, ...minorities].entries())
          if (n > 0) f.languages!.push({ language: LANGUAGES[i]!, site, channel, total: n });
        for (const topic of topicIds) {
          const n = Math.floor(random() * (total + 1));
          if (n === 0) continue;
          const sentiment = split(random, n);
          f.topics.push({ topic, site, channel, total: n, sentiment, ratings: [0, 0, 0, 0] });
          if (week === WEEK) {
            for (let i = 0; i < Math.min(n, 3); i += 1) {
              const text = Array.from(
                { length: 6 + Math.floor(random() * 8) },
                () => WORDS[Math.floor(random() * WORDS.length)],
              ).join(' ');
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
  const raisedIn = new Map<string, Escalation[]>();
  for (const [w, week] of DIGEST_WEEKS.entries()) {
    const random = prng(s.seeds[w]! * 7 + 1);
    const { start, end } = weekBounds(week, config.timezone);
    const raised: Escalation[] = [];
    for (const sponsor of config.sponsors) {
      for (const kind of ['in time', 'late', 'open early', 'open late'] as const) {
        const n = Math.floor(random() ** 2 * (s.escalationScale + 1));
        for (let i = 0; i < n; i += 1) {
          const raisedAt =
            kind === 'open late' ? new Date(end.getTime() - HOUR_MS) : new Date(start.getTime() + 24 * HOUR_MS);
          const ackAfter = kind === 'in time' ? 1 : kind === 'late' ? config.slas.standardHours + 1 : undefined;
          raised.push(
            escalation({
              id: `${week}:${sponsor.id}:${kind}:${i}`,
              sponsorId: sponsor.id,
              topics: [],
              urgent: false,
              raisedAt: raisedAt.toISOString(),
              acknowledgedAt:
                ackAfter === undefined ? undefined : new Date(raisedAt.getTime() + ackAfter * HOUR_MS).toISOString(),
            }),
          );
        }
      }
    }
    raisedIn.set(week, raised);
  }
  return {
    config,
    input: {
      week: WEEK,
      figures,
      candidates,
      escalations: { raised: [], responded: [], overdueNow: [] },
      generatedAt: new Date('2026-11-23T14:00:00Z'),
    },
    raisedIn,
  };
}

export function inputFor(
  input: DigestInput,
  week: string,
  raisedIn: ReadonlyMap<string, Escalation[]> = new Map(),
): DigestInput {
  return {
    ...input,
    week,
    candidates: input.candidates.filter((c) => c.week === week),
    escalations: { raised: raisedIn.get(week) ?? [], responded: [], overdueNow: [] },
  };
}
