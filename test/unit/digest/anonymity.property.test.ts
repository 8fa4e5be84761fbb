import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { CHANNELS, type Channel, type Sentiment } from '../../../shared/domain/feedback';
import type { Escalation } from '../../../shared/domain/escalation';
import { NO_SITE, type SentimentCounts, type WeeklyFigures } from '../../../shared/domain/weekly-figures';
import { buildDigest, type DigestInput } from '../../../shared/digest/build-digest';
import { digestSchema, type Breakdown, type Digest } from '../../../shared/digest/model';
import { renderDigestHtml } from '../../../shared/digest/render-email';
import { renderDigestText } from '../../../shared/digest/render-text';
import { renderDigestPage } from '../../../shared/digest/render-web';
import { shiftWeek, weekBounds, weeksEndingWith } from '../../../shared/digest/weeks';
import { HOUR_MS } from '../../../shared/domain/durations';
import type { VerbatimCandidate } from '../../../shared/ports/verbatim-candidates';
import { publishDigest } from '../../../shared/use-cases/publish-digest';
import { escalation } from '../../support/digest-fixtures';
import { prng } from '../../support/seeded-random';
import { exampleConfig, fixedClock } from '../../support/fixtures';
import {
  InMemoryArchive,
  InMemoryCandidates,
  InMemoryDeliveries,
  InMemoryEscalationHistory,
  InMemoryFigures,
  InMemorySnapshots,
  RecordingMailer,
} from '../../support/in-memory-digest';

/**
 * Promise 4 over random organisations and weeks: whatever the figures, no
 * digest (leadership or sponsor variant, as a model or rendered) lets a
 * reader learn a group of fewer than k, directly or by subtraction.
 *
 * Labels are letters only, so any digit next to one in the rendering would
 * be a figure about it.
 */
const WEEK = '2026-W47';
/** The weeks whose digests the attacker holds: the last four, so series of weeks are attacked too. */
const DIGEST_WEEKS = weeksEndingWith(WEEK, 4);
const SITE_IDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo'];
const TOPIC_IDS = ['apples', 'berries', 'cherries', 'damsons', 'elders'];
/** Detected languages: most write in the first, a few in the others (`und`: not recognised, or a tap without words). */
const LANGUAGES = ['en', 'es', 'fr', 'und'];
const LANGUAGE_LABELS = ['English', 'Spanish', 'French', 'Not recognised, or no words'];
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
const siteLabel = (id: string) => `${id[0]!.toUpperCase()}${id.slice(1)} Works`;
const topicLabel = (id: string) => `${id[0]!.toUpperCase()}${id.slice(1)} Matters`;

const scenario = fc.record({
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
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

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
function channelPossible(
  s: Pick<Scenario, 'kioskSites' | 'smsSites'>,
  siteIds: readonly string[],
  site: string | undefined,
  channel: Channel,
): boolean {
  if (channel === 'web') return true;
  const i = site === undefined ? -1 : siteIds.indexOf(site);
  return i >= 0 && (channel === 'kiosk' ? s.kioskSites : s.smsSites).includes(i);
}

function world(s: Scenario): { config: Config; input: DigestInput; raisedIn: Map<string, Escalation[]> } {
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

const SENTIMENTS = ['POSITIVE', 'NEUTRAL', 'MIXED', 'NEGATIVE'] as const;

/**
 * The attacker: an operator holding every digest of several weeks (the
 * leadership digest and every sponsor variant; the JSON archive is the
 * model, and the renderings show a subset of it). Every figure shown
 * becomes a linear equation over the finest cells (week × site × channel ×
 * sentiment, week × topic × sentiment, week × phrase × sentiment, week ×
 * site × kiosk face); a percentage of a shown count is taken as giving its
 * part exactly, changes and averages as giving the other side exactly. A
 * group is determined when its sum is a linear combination of the known
 * ones (row space, computed modulo a large prime). Non-negativity and
 * bounds are not used: this attacker knows sums, not inequalities.
 */
type Form = Map<string, number>;
const P = 67_108_859; // prime below 2^26: products stay exact in a double
const mod = (a: number) => ((a % P) + P) % P;
function inverse(a: number): number {
  let [t, newT, r, newR] = [0, 1, P, mod(a)];
  while (newR !== 0) {
    const q = Math.floor(r / newR);
    [t, newT] = [newT, t - q * newT];
    [r, newR] = [newR, r - q * newR];
  }
  return mod(t);
}

class Knowledge {
  private readonly index = new Map<string, number>();
  private readonly basis = new Map<number, Map<number, number>>(); // pivot → row whose smallest column is the pivot
  private toRow(form: Form): Map<number, number> {
    const row = new Map<number, number>();
    for (const [name, c] of form) {
      if (!this.index.has(name)) this.index.set(name, this.index.size);
      const i = this.index.get(name)!;
      row.set(i, mod((row.get(i) ?? 0) + c));
    }
    for (const [i, c] of row) if (c === 0) row.delete(i);
    return row;
  }
  private reduce(row: Map<number, number>): Map<number, number> {
    for (;;) {
      let pivot = -1;
      for (const i of row.keys()) if (this.basis.has(i) && (pivot < 0 || i < pivot)) pivot = i;
      if (pivot < 0) return row;
      const factor = row.get(pivot)!;
      for (const [i, c] of this.basis.get(pivot)!) {
        const v = mod((row.get(i) ?? 0) - ((factor * c) % P));
        if (v === 0) row.delete(i);
        else row.set(i, v);
      }
    }
  }
  learn(form: Form) {
    const row = this.reduce(this.toRow(form));
    if (row.size === 0) return;
    const pivot = Math.min(...row.keys());
    const scale = inverse(row.get(pivot)!);
    for (const [i, c] of row) row.set(i, (c * scale) % P);
    this.basis.set(pivot, row);
  }
  determines(form: Form): boolean {
    return this.reduce(this.toRow(form)).size === 0;
  }
}

interface Universe {
  sites: string[];
  /** The attacker's structural knowledge: whether a site can have submissions through a channel at all. */
  possible: (site: string, channel: Channel) => boolean;
  topics: string[];
  phrases: string[];
  sponsors: string[];
  languages: string[];
}
const x = (w: string, site: string, channel: string, m: string) => `x|${w}|${site}|${channel}|${m}`;
const face = (w: string, site: string, f: number) => `f|${w}|${site}|${f}`;
const tv = (w: string, topic: string, site: string, channel: string, m: string) =>
  `t|${w}|${topic}|${site}|${channel}|${m}`;
const pv = (w: string, phrase: string, m: string) => `p|${w}|${phrase}|${m}`;
const lv = (w: string, site: string, channel: string, language: string) => `l|${w}|${site}|${channel}|${language}`;
/** Submissions in some languages, over every site and channel unless picked. */
function languageForm(
  u: Universe,
  w: string,
  languages: string[],
  pick: { site?: string[]; channel?: string[] } = {},
): Form {
  const names: string[] = [];
  for (const language of languages)
    for (const site of pick.site ?? u.sites)
      for (const channel of pick.channel ?? CHANNELS) names.push(lv(w, site, channel, language));
  return formOf(names);
}
const formOf = (names: string[]): Form => new Map(names.map((n) => [n, 1]));
function groupForm(u: Universe, w: string, pick: { site?: string[]; channel?: string[]; m?: readonly string[] }): Form {
  const names: string[] = [];
  for (const site of pick.site ?? u.sites)
    for (const channel of pick.channel ?? CHANNELS)
      for (const m of pick.m ?? SENTIMENTS) names.push(x(w, site, channel, m));
  return formOf(names);
}
/** Mentions of topics, over every site and channel unless picked: topics are counted per (topic, site, channel) too. */
function topicForm(
  u: Universe,
  w: string,
  topics: string[],
  m: readonly string[] = SENTIMENTS,
  pick: { site?: string[]; channel?: string[] } = {},
): Form {
  const names: string[] = [];
  for (const t of topics)
    for (const site of pick.site ?? u.sites)
      for (const channel of pick.channel ?? CHANNELS) for (const s of m) names.push(tv(w, t, site, channel, s));
  return formOf(names);
}
const phraseForm = (w: string, phrase: string, m: readonly string[] = SENTIMENTS) =>
  formOf(m.map((s) => pv(w, phrase, s)));
const sum = (forms: Form[]): Form => {
  const out: Form = new Map();
  for (const f of forms) for (const [n, c] of f) out.set(n, (out.get(n) ?? 0) + c);
  return out;
};

/** What became of an escalation by the time the digest is built, as the digest's own rule has it. */
function outcomeOf(e: Escalation, config: Config, now: Date): string {
  const due = Date.parse(e.raisedAt) + config.slas.standardHours * HOUR_MS;
  if (e.acknowledgedAt) return Date.parse(e.acknowledgedAt) <= due ? 'acknowledgedInTime' : 'acknowledgedLate';
  return now.getTime() > due ? 'overdue' : 'awaiting';
}
const OUTCOME_KEYS = ['acknowledgedInTime', 'acknowledgedLate', 'awaiting', 'overdue'] as const;
const ev = (w: string, sponsor: string, outcome: string) => `e|${w}|${sponsor}|${outcome}`;
const escalationForm = (w: string, sponsors: readonly string[], outcomes: readonly string[] = OUTCOME_KEYS) =>
  formOf(sponsors.flatMap((sp) => outcomes.map((o) => ev(w, sp, o))));

function truthOf(
  input: DigestInput,
  raisedIn: ReadonlyMap<string, Escalation[]> = new Map(),
  config?: Config,
): Map<string, number> {
  const truth = new Map<string, number>();
  const add = (name: string, n: number) => truth.set(name, (truth.get(name) ?? 0) + n);
  if (config)
    for (const [w, raised] of raisedIn)
      for (const e of raised) add(ev(w, e.sponsorId, outcomeOf(e, config, input.generatedAt)), 1);
  for (const [w, f] of input.figures) {
    for (const g of f.groups) {
      for (const m of SENTIMENTS) add(x(w, g.site ?? NO_SITE, g.channel, m), g.sentiment[m]);
      if (g.channel === 'kiosk') g.ratings.forEach((n, i) => add(face(w, g.site ?? NO_SITE, i), n));
    }
    for (const t of f.topics)
      for (const m of SENTIMENTS) add(tv(w, t.topic, t.site ?? NO_SITE, t.channel, m), t.sentiment[m]);
    for (const p of f.phrases) for (const m of SENTIMENTS) add(pv(w, p.phrase, m), p.sentiment[m]);
    for (const l of f.languages ?? []) add(lv(w, l.site ?? NO_SITE, l.channel, l.language), l.total);
  }
  return truth;
}
const figureOf = (truth: Map<string, number>, form: Form) =>
  [...form].reduce((a, [n, c]) => a + c * (truth.get(n) ?? 0), 0);

/** Every figure one digest shows, as what the attacker learns. */
function learnFrom(known: Knowledge, d: Digest, u: Universe, truth: Map<string, number>) {
  const W = d.week;
  const before = weeksEndingWith(shiftWeek(W, -1), 4);
  const { k } = d.anonymity;
  const table = (b: Breakdown, form: (ids: string[], m?: readonly string[]) => Form, all: string[]) => {
    const shownIds = b.rows.map((r) => r.id);
    for (const r of b.rows) {
      known.learn(form([r.id]));
      if (r.sentiment) for (const m of SENTIMENTS) known.learn(form([r.id], [m]));
    }
    const rest = all.filter((id) => !shownIds.includes(id));
    if (b.other) {
      known.learn(form(rest));
      if (b.other.sentiment) for (const m of SENTIMENTS) known.learn(form(rest, [m]));
    }
    if (b.total !== undefined) known.learn(form(all));
  };
  const channelsForm = (w: string) => (ids: string[], m?: readonly string[]) => groupForm(u, w, { channel: ids, m });
  table(d.headline.channels, channelsForm(W), [...CHANNELS]);
  for (const r of d.headline.channels.rows)
    if (r.changePct !== undefined) known.learn(groupForm(u, shiftWeek(W, -1), { channel: [r.id] }));
  if (d.headline.total !== undefined) known.learn(groupForm(u, W, {}));
  if (d.headline.lastWeekTotal !== undefined) known.learn(groupForm(u, shiftWeek(W, -1), {}));
  if (d.headline.sentiment) for (const m of SENTIMENTS) known.learn(groupForm(u, W, { m: [m] }));
  for (const p of d.headline.trend) {
    // A week said to have no submissions: its total, and so (counts are never negative) every mood of it, was 0.
    if (p.none) for (const m of SENTIMENTS) known.learn(groupForm(u, p.week, { m: [m] }));
    if (p.total !== undefined || p.none) known.learn(groupForm(u, p.week, {}));
    if (p.sentiment) for (const m of SENTIMENTS) known.learn(groupForm(u, p.week, { m: [m] }));
  }
  if (d.headline.kioskRatings) {
    for (let f = 0; f < 4; f += 1) known.learn(formOf(u.sites.map((s) => face(W, s, f))));
  }
  table(d.sites, (ids, m) => groupForm(u, W, { site: ids, m }), u.sites);
  table(d.topics, (ids, m) => topicForm(u, W, ids, m), u.topics);
  if (d.languages) table(d.languages, (ids) => languageForm(u, W, ids), u.languages);
  // A sponsor's own figure: their sites' submissions, or the mentions of their topics, as one sum.
  const scope = d.headline.scope;
  if (scope?.count !== undefined) {
    known.learn(
      scope.measure === 'sites'
        ? groupForm(u, W, { site: d.sites.rows.map((r) => r.id) })
        : sum(d.topics.rows.map((r) => topicForm(u, W, [r.id]))),
    );
  }
  for (const mv of d.movers) {
    const f = (w: string, m?: readonly string[]) =>
      mv.kind === 'site' ? groupForm(u, w, { site: [mv.id], m }) : topicForm(u, w, [mv.id], m);
    known.learn(f(W));
    if (mv.baseline > 0 || mv.changePct !== undefined) known.learn(sum(before.map((w) => f(w))));
    // "New": nobody in any earlier week. Counts are never negative, so each week, and each mood in it, was 0.
    else for (const w of before) for (const m of SENTIMENTS) known.learn(f(w, [m]));
    if (mv.negativePct !== undefined) known.learn(f(W, ['NEGATIVE']));
    if (mv.negativeBeforePct !== undefined) known.learn(sum(before.map((w) => f(w, ['NEGATIVE']))));
  }
  const e = d.escalations;
  const allSponsors = u.sponsors;
  const learnRow = (sponsors: string[], row: { raised: number; outcomes?: Record<string, number> }) => {
    known.learn(escalationForm(W, sponsors));
    if (row.outcomes) for (const o of OUTCOME_KEYS) known.learn(escalationForm(W, sponsors, [o]));
  };
  for (const row of e.bySponsor) learnRow([row.sponsorId], row);
  if (e.otherSponsors)
    learnRow(
      allSponsors.filter((sp) => !e.bySponsor.some((r) => r.sponsorId === sp)),
      e.otherSponsors,
    );
  if (d.audience.kind === 'leadership') {
    if (e.raised !== undefined) known.learn(escalationForm(W, allSponsors));
    if (e.outcomes) for (const o of OUTCOME_KEYS) known.learn(escalationForm(W, allSponsors, [o]));
  }
  for (const t of d.themes) {
    known.learn(phraseForm(W, t.phrase));
    if (t.sentiment) for (const m of SENTIMENTS) known.learn(phraseForm(W, t.phrase, [m]));
    if (t.changePct !== undefined) {
      // The attacker even knows which earlier weeks reached k.
      known.learn(
        sum(before.filter((w) => figureOf(truth, phraseForm(w, t.phrase)) >= k).map((w) => phraseForm(w, t.phrase))),
      );
    }
  }
}

/** The groups promise 4 protects, in every week the digests cover. */
function groupsToProtect(u: Universe, weeks: string[]): [string, Form][] {
  const groups: [string, Form][] = [];
  for (const w of weeks) {
    groups.push([`${w} total`, groupForm(u, w, {})]);
    for (const m of SENTIMENTS) groups.push([`${w} ${m}`, groupForm(u, w, { m: [m] })]);
    for (const site of u.sites) {
      groups.push([`${w} site ${site}`, groupForm(u, w, { site: [site] })]);
      for (const m of SENTIMENTS) groups.push([`${w} site ${site} ${m}`, groupForm(u, w, { site: [site], m: [m] })]);
    }
    for (const channel of CHANNELS) {
      groups.push([`${w} channel ${channel}`, groupForm(u, w, { channel: [channel] })]);
      for (const m of SENTIMENTS)
        groups.push([`${w} channel ${channel} ${m}`, groupForm(u, w, { channel: [channel], m: [m] })]);
    }
    for (const topic of u.topics) {
      groups.push([`${w} topic ${topic}`, topicForm(u, w, [topic])]);
      for (const m of SENTIMENTS) groups.push([`${w} topic ${topic} ${m}`, topicForm(u, w, [topic], [m])]);
    }
    // The cross-tables the digest's tables are marginals of: each cell, and each sentiment part of it.
    const cross = (name: string, form: (m?: readonly string[]) => Form) => {
      groups.push([`${w} ${name}`, form()]);
      for (const m of SENTIMENTS) groups.push([`${w} ${name} ${m}`, form([m])]);
    };
    for (const site of u.sites) {
      for (const channel of CHANNELS)
        if (u.possible(site, channel))
          cross(`site ${site} × channel ${channel}`, (m) => groupForm(u, w, { site: [site], channel: [channel], m }));
      for (const topic of u.topics)
        cross(`site ${site} × topic ${topic}`, (m) => topicForm(u, w, [topic], m, { site: [site] }));
      for (let f = 0; f < 4; f += 1)
        if (u.possible(site, 'kiosk'))
          groups.push([`${w} site ${site} × kiosk face ${f + 1}`, formOf([face(w, site, f)])]);
    }
    for (const topic of u.topics)
      for (const channel of CHANNELS)
        cross(`topic ${topic} × channel ${channel}`, (m) => topicForm(u, w, [topic], m, { channel: [channel] }));
    // The language mix is a marginal of the same population: each language, and its cells by site, by channel and by both.
    for (const language of u.languages) {
      groups.push([`${w} language ${language}`, languageForm(u, w, [language])]);
      for (const site of u.sites)
        groups.push([`${w} language ${language} × site ${site}`, languageForm(u, w, [language], { site: [site] })]);
      for (const channel of CHANNELS)
        groups.push([
          `${w} language ${language} × channel ${channel}`,
          languageForm(u, w, [language], { channel: [channel] }),
        ]);
      for (const site of u.sites) {
        for (const channel of CHANNELS)
          if (u.possible(site, channel))
            groups.push([
              `${w} language ${language} × site ${site} × channel ${channel}`,
              languageForm(u, w, [language], { site: [site], channel: [channel] }),
            ]);
      }
    }
    for (const phrase of u.phrases) {
      groups.push([`${w} phrase ${phrase}`, phraseForm(w, phrase)]);
      for (const m of SENTIMENTS) groups.push([`${w} phrase ${phrase} ${m}`, phraseForm(w, phrase, [m])]);
    }
    for (let f = 0; f < 4; f += 1) groups.push([`${w} kiosk face ${f + 1}`, formOf(u.sites.map((s) => face(w, s, f)))]);
    groups.push([`${w} escalations`, escalationForm(w, u.sponsors)]);
    for (const o of OUTCOME_KEYS) groups.push([`${w} escalations ${o}`, escalationForm(w, u.sponsors, [o])]);
    for (const sp of u.sponsors) {
      groups.push([`${w} escalations of ${sp}`, escalationForm(w, [sp])]);
      for (const o of OUTCOME_KEYS) groups.push([`${w} escalations of ${sp} ${o}`, escalationForm(w, [sp], [o])]);
    }
  }
  return groups;
}

/**
 * What the attacker knows without any digest: each site's kiosk taps are its
 * kiosk submissions, and a site without a kiosk (or SMS number) has no kiosk
 * (or SMS) submissions, no taps, and no topics mentioned through them.
 */
function learnStructure(known: Knowledge, u: Universe, weeks: string[]) {
  for (const w of weeks) {
    for (const site of u.sites) {
      for (const channel of CHANNELS) {
        // Every submission has one language: a site's submissions on a channel are its submissions in all languages there.
        const languages: Form = new Map(u.languages.map((l) => [lv(w, site, channel, l), 1]));
        for (const m of SENTIMENTS) languages.set(x(w, site, channel, m), -1);
        known.learn(languages);
        if (u.possible(site, channel)) continue;
        for (const l of u.languages) known.learn(formOf([lv(w, site, channel, l)]));
        for (const m of SENTIMENTS) {
          known.learn(formOf([x(w, site, channel, m)]));
          for (const topic of u.topics) known.learn(formOf([tv(w, topic, site, channel, m)]));
        }
        if (channel === 'kiosk') for (let f = 0; f < 4; f += 1) known.learn(formOf([face(w, site, f)]));
      }
      const f: Form = new Map([0, 1, 2, 3].map((i) => [face(w, site, i), 1]));
      for (const m of SENTIMENTS) f.set(x(w, site, 'kiosk', m), -1);
      known.learn(f);
    }
  }
}

function attack(
  config: Config,
  structure: Pick<Scenario, 'kioskSites' | 'smsSites'>,
  inputs: DigestInput[],
  truthInput: DigestInput,
  raisedIn: ReadonlyMap<string, Escalation[]> = new Map(),
) {
  const k = config.anonymity.k;
  const siteIds = config.sites.map((s) => s.id);
  const u: Universe = {
    sites: [...config.sites.map((s) => s.id), NO_SITE],
    possible: (site, channel) => channelPossible(structure, siteIds, site === NO_SITE ? undefined : site, channel),
    topics: config.topics.map((t) => t.id),
    phrases: ['short breaks', 'night shift', 'new rota'],
    sponsors: config.sponsors.map((s) => s.id),
    languages: LANGUAGES,
  };
  const truth = truthOf(truthInput, raisedIn, config);
  const known = new Knowledge();
  const weeks = [...truthInput.figures.keys()];
  learnStructure(known, u, weeks);
  for (const input of inputs) {
    const digests = [buildDigest(config, input), ...config.sponsors.map((s) => buildDigest(config, input, s))];
    // The JSON archive is the model itself: it must round-trip, and show nothing more than the model.
    for (const d of digests) learnFrom(known, digestSchema.parse(JSON.parse(JSON.stringify(d))), u, truth);
  }
  for (const [name, form] of groupsToProtect(u, weeks)) {
    const n = figureOf(truth, form);
    if (n > 0 && n < k)
      expect(known.determines(form), `${name} (${n} < k = ${k}) can be worked out from the digests`).toBe(false);
  }
}

/** Every whole number the text shows for a group is at least k (percentages, week labels and the like aside). */
function checkText(text: string, digest: Digest, hiddenLabels: string[]) {
  const { k } = digest.anonymity;
  const lines = text.split('\n');
  for (const line of lines) {
    for (const label of hiddenLabels)
      if (line.includes(label)) expect(line, `a figure next to hidden ${label}`).not.toMatch(/\d/);
  }
  for (const line of lines.slice(2)) {
    if (/^[A-Z][A-Z ()0-9,.-]+$/.test(line) || line.trimStart().startsWith('"') || line.startsWith('https://'))
      continue;
    const figures = line
      .replace(/\d[\d,]*%/g, '')
      .replace(/\bW\d\d\b/g, '')
      .replace(/\d+-week/g, '')
      .replace(/week \d+ of \d{4}/g, '')
      .match(/\d[\d,]*/g);
    for (const f of figures ?? []) expect(Number(f.replace(/,/g, '')), `'${f}' in: ${line}`).toBeGreaterThanOrEqual(k);
  }
}

function inputFor(
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

describe('anonymity of the digest over random weeks (promise 4)', () => {
  it('Should let no one holding every digest of four weeks, leadership and every sponsor variant, work out a group below k by subtraction', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { config, input, raisedIn } = world(s);
        attack(
          config,
          s,
          DIGEST_WEEKS.map((w) => inputFor(input, w, raisedIn)),
          input,
          raisedIn,
        );
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('Should let no one work out a site × channel group, or a part of its mood, from one week of site and channel tables (known kiosks and SMS numbers)', () => {
    // Many small organisations, one week's digests: cells around k, where a row minus a column bites.
    const small = scenario.map((s) => ({
      ...s,
      topics: 1,
      sponsorScopes: s.sponsorScopes.slice(0, 1),
      escalationScale: 0,
    }));
    const aroundK = fc
      .record({ s: small, scale: fc.integer({ min: 4, max: 24 }) })
      .map(({ s, scale }) => ({ ...s, scale }));
    fc.assert(
      fc.property(aroundK, (s) => {
        const { config, input } = world(s);
        attack(config, s, [inputFor(input, WEEK)], input);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('Should show no figure below k in the renderings, and name hidden groups only in a quote’s attribution', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { config, raisedIn, ...rest } = world(s);
        const input = inputFor(rest.input, WEEK, raisedIn);
        const leadership = buildDigest(config, input);
        const now = input.figures.get(WEEK)!;
        const hidden = (
          items: readonly { total: number }[],
          key: (item: never) => string,
          b: Breakdown,
          label: (id: string) => string,
        ) => {
          const truth = new Map<string, number>();
          for (const item of items) truth.set(key(item as never), (truth.get(key(item as never)) ?? 0) + item.total);
          return [...truth]
            .filter(([id, n]) => n > 0 && id !== NO_SITE && !b.rows.some((r) => r.id === id))
            .map(([id]) => label(id));
        };
        const hiddenLabels = [
          ...hidden(now.groups, (g: { site?: string }) => g.site ?? NO_SITE, leadership.sites, siteLabel),
          ...hidden(now.topics, (t: { topic: string }) => t.topic, leadership.topics, topicLabel),
          ...hidden(
            now.languages ?? [],
            (l: { language: string }) => l.language,
            leadership.languages ?? { rows: [] },
            (id) => LANGUAGE_LABELS[LANGUAGES.indexOf(id)]!,
          ),
        ];
        checkText(renderDigestText(leadership), leadership, hiddenLabels);
        for (const page of [renderDigestHtml(leadership), renderDigestPage(leadership)]) {
          for (const label of hiddenLabels) {
            const quoted = leadership.verbatims.filter((v) => v.site === label || v.topic === label).length;
            expect(page.split(label).length - 1, `${label} in the HTML`).toBe(quoted);
          }
        }
        for (const sponsor of config.sponsors) {
          const variant = buildDigest(config, input, sponsor);
          checkText(renderDigestText(variant), variant, hiddenLabels);
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('Should quote only from groups of at least kQuote', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { config, input } = world({ ...s, scale: 80 });
        const digest = buildDigest(config, input);
        const groupSize = new Map<string, number>();
        for (const t of input.figures.get(WEEK)!.topics) {
          const key = `${topicLabel(t.topic)}#${t.site ? siteLabel(t.site) : 'Site not given'}#${t.channel}`;
          groupSize.set(key, (groupSize.get(key) ?? 0) + t.total);
        }
        for (const v of digest.verbatims)
          expect(groupSize.get(`${v.topic}#${v.site}#${v.channel}`) ?? 0).toBeGreaterThanOrEqual(
            config.anonymity.kQuote,
          );
      }),
      { numRuns: 50 },
    );
  }, 30_000);
});
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
    const archive = new InMemoryArchive();
    const clock = fixedClock('2026-11-16T14:00:00Z'); // Monday after week 46 in Chicago
    const deps = {
      config,
      figures: new InMemoryFigures(figures),
      snapshots: new InMemorySnapshots(),
      verbatims: new InMemoryCandidates([...input.candidates]),
      escalations: new InMemoryEscalationHistory(input.escalations),
      archive,
      deliveries: new InMemoryDeliveries(),
      mailer: new RecordingMailer(),
      clock,
      linkSigningKey: 'k'.repeat(64),
      publicUrl: 'https://feedback.example.com',
    };
    const first = shiftWeek(WEEK, -1);
    await publishDigest(deps, { week: first, dryRun: true });
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
