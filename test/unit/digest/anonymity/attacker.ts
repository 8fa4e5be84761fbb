import { expect } from 'vitest';
import type { Config } from '../../../../shared/config/schema';
import { CHANNELS, type Channel } from '../../../../shared/domain/feedback';
import type { Escalation } from '../../../../shared/domain/escalation';
import { NO_SITE } from '../../../../shared/domain/weekly-figures';
import { buildDigest, type DigestInput } from '../../../../shared/digest/build-digest';
import { type Breakdown, digestSchema, type Digest } from '../../../../shared/digest/model';
import { HOUR_MS } from '../../../../shared/domain/durations';
import { shiftWeek, weeksEndingWith } from '../../../../shared/digest/weeks';
import { Knowledge, type Form } from './knowledge';
import { channelPossible, LANGUAGES, SENTIMENTS, type Scenario } from './world';

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

export function attack(
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
