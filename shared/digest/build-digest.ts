import { createHash } from 'node:crypto';
import type { Config, Sponsor } from '../config/schema';
import { slaHours, type Escalation } from '../domain/escalation';
import type { Channel } from '../domain/feedback';
import { NO_SITE, type SentimentCounts, type WeeklyFigures } from '../domain/weekly-figures';
import type { VerbatimCandidate } from '../ports/verbatim-candidates';
import type { Audience, Breakdown, Digest, DigestRow, EscalationSummary, Mover, SentimentMix, Theme, Verbatim } from './model';
import { suppressTable, type Cell, type SuppressedTable } from './suppression';
import { describeWeek, shiftWeek, weeksEndingWith } from './weeks';
import { HOUR_MS } from '../domain/durations';

/** Weeks in the headline's trend, this one included. */
export const TREND_WEEKS = 8;
/** Weeks before this one that movers and rising themes compare against. */
export const BASELINE_WEEKS = 4;
const MAX_MOVERS = 4;
const MIN_MOVE_PCT = 25;
const MAX_THEMES = 5;
const MAX_VERBATIMS = 4;
const MIN_VERBATIM_CHARACTERS = 15;
const MAX_VERBATIM_CHARACTERS = 300;

/** Everything a digest is built from: pre-computed figures and bounded samples, never the feedback itself. */
export interface DigestInput {
  week: string;
  /** Figures by week; weeks missing count as empty. Reads `TREND_WEEKS` weeks ending with `week`. */
  figures: ReadonlyMap<string, WeeklyFigures>;
  candidates: readonly VerbatimCandidate[];
  escalations: { raised: readonly Escalation[]; responded: readonly Escalation[]; overdueNow: readonly Escalation[] };
  generatedAt: Date;
}

/** The weeks `buildDigest` reads figures for, oldest first. */
export const weeksNeeded = (week: string) => weeksEndingWith(week, TREND_WEEKS);

type Counts = { count: number; sentiment: SentimentCounts };
const emptyCounts = (): SentimentCounts => ({ POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 });
const CHANNEL_LABELS: Record<Channel, string> = { web: 'Web form', sms: 'SMS', kiosk: 'Kiosk' };

/**
 * The week's digest for leadership, or a sponsor's variant of it. Pure: the
 * same input gives the same digest. Every count passes through
 * `suppressTable` first; a sponsor's variant only leaves rows out of the
 * leadership tables, so it can show nothing the leadership digest does not.
 *
 * @example
 * const digest = buildDigest(config, { week: '2026-W47', figures, candidates, escalations, generatedAt: new Date() });
 */
export function buildDigest(config: Config, input: DigestInput, sponsor?: Sponsor): Digest {
  const { k, kQuote } = config.anonymity;
  const { week } = input;
  const figuresOf = (w: string): WeeklyFigures => input.figures.get(w) ?? { week: w, groups: [], topics: [], phrases: [] };
  const thisWeek = figuresOf(week);
  const lastWeek = figuresOf(shiftWeek(week, -1));
  const baselineWeeks = weeksEndingWith(shiftWeek(week, -1), BASELINE_WEEKS).map(figuresOf);
  const labels = labelsFor(config);

  // Headline: channels this week and last, total, sentiment, trend, kiosk faces.
  const channelsNow = suppressTable(cellsBy(thisWeek.groups, (g) => g.channel), k, { additive: true });
  const channelsBefore = suppressTable(cellsBy(lastWeek.groups, (g) => g.channel), k, { additive: true });
  const channels = breakdown(channelsNow, (id) => labels.channel(id), 'Other channels combined', channelsBefore);
  const total = channelsNow.totalShown ? channelsNow.total : undefined;
  const lastWeekTotal = channelsBefore.totalShown ? channelsBefore.total : undefined;
  const kiosk = channelsNow.shown.find((c) => c.id === 'kiosk');
  const ratings = thisWeek.groups.filter((g) => g.channel === 'kiosk').reduce((sum, g) => sum.map((n, i) => n + g.ratings[i]!), [0, 0, 0, 0]);
  const taps = ratings.reduce((a, b) => a + b, 0);

  const trend = weeksNeeded(week).map((w) => {
    const all = sumCounts(figuresOf(w).groups);
    return all.count >= k ? { week: w, total: all.count, sentiment: mix(all.sentiment) } : { week: w };
  });

  // Sites and topics this week, and over the baseline weeks for movers.
  const sitesNow = suppressTable(cellsBy(thisWeek.groups, (g) => g.site ?? NO_SITE), k, { additive: true });
  const topicsNow = suppressTable(cellsBy(thisWeek.topics, (t) => t.topic), k, { additive: false });
  const sitesBefore = suppressTable(cellsBy(baselineWeeks.flatMap((f) => f.groups), (g) => g.site ?? NO_SITE), k, { additive: true });
  const topicsBefore = suppressTable(cellsBy(baselineWeeks.flatMap((f) => f.topics), (t) => t.topic), k, { additive: false });

  let sites = breakdown(sitesNow, labels.site, 'Other sites combined');
  let topics = breakdown(topicsNow, labels.topic, 'Other topics combined');
  let movers = [...findMovers('site', sitesNow, sitesBefore, labels.site), ...findMovers('topic', topicsNow, topicsBefore, labels.topic)]
    .sort((a, b) => Math.abs(b.count - b.baseline) - Math.abs(a.count - a.baseline) || a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id))
    .slice(0, MAX_MOVERS);
  movers = guardSiteBaselines(movers, sitesBefore);
  let themes = findThemes(thisWeek, baselineWeeks, k);

  const inScope = scopeOf(sponsor);
  let escalations = summariseEscalations(config, input);
  if (sponsor) {
    if (sponsor.sites.length) sites = { rows: sites.rows.filter((r) => inScope.site(r.id)) };
    if (sponsor.topics.length) topics = { rows: topics.rows.filter((r) => inScope.topic(r.id)) };
    movers = movers.filter((m) => (m.kind === 'site' ? inScope.site(m.id) : inScope.topic(m.id)));
    // Phrases are counted for the whole organisation: they cannot be narrowed to a sponsor's topics.
    if (sponsor.topics.length) themes = [];
    escalations = summariseEscalations(config, {
      ...input,
      escalations: {
        raised: input.escalations.raised.filter((e) => e.sponsorId === sponsor.id),
        responded: input.escalations.responded.filter((e) => e.sponsorId === sponsor.id),
        overdueNow: input.escalations.overdueNow.filter((e) => e.sponsorId === sponsor.id),
      },
    });
  }

  const audience: Audience = sponsor
    ? { kind: 'sponsor', sponsorId: sponsor.id, name: sponsor.name, topics: sponsor.topics.map(labels.topic), sites: sponsor.sites.map(labels.site) }
    : { kind: 'leadership' };

  return {
    version: 1,
    programName: config.programName,
    organisation: config.organisation,
    week,
    period: describeWeek(week),
    timezone: config.timezone,
    generatedAt: input.generatedAt.toISOString(),
    audience,
    anonymity: { k, kQuote },
    headline: {
      total,
      lastWeekTotal,
      changePct: total !== undefined && lastWeekTotal !== undefined ? changePct(total, lastWeekTotal) : undefined,
      channels,
      sentiment: total !== undefined ? mix(sumCounts(thisWeek.groups).sentiment) : undefined,
      trend,
      kioskRatings: kiosk && taps >= k ? { taps, percents: percents(ratings) as [number, number, number, number] } : undefined,
    },
    sites,
    topics,
    movers,
    themes,
    verbatims: chooseVerbatims(config, thisWeek, input.candidates, labels, inScope),
    escalations,
  };
}

function labelsFor(config: Config) {
  return {
    site: (id: string) => (id === NO_SITE ? 'Site not given' : (config.sites.find((s) => s.id === id)?.name ?? id)),
    topic: (id: string) => config.topics.find((t) => t.id === id)?.name ?? id,
    channel: (id: string) => CHANNEL_LABELS[id as Channel] ?? id,
  };
}

function scopeOf(sponsor: Sponsor | undefined) {
  return {
    site: (id: string) => !sponsor || sponsor.sites.length === 0 || sponsor.sites.includes(id),
    topic: (id: string) => !sponsor || sponsor.topics.length === 0 || sponsor.topics.includes(id),
  };
}

function cellsBy<T extends { total: number; sentiment: SentimentCounts }>(items: readonly T[], keyOf: (item: T) => string): Cell<SentimentCounts>[] {
  const cells = new Map<string, Cell<SentimentCounts>>();
  for (const item of items) {
    const id = keyOf(item);
    const cell = cells.get(id) ?? { id, count: 0, data: emptyCounts() };
    cell.count += item.total;
    for (const s of Object.keys(cell.data) as (keyof SentimentCounts)[]) cell.data[s] += item.sentiment[s];
    cells.set(id, cell);
  }
  return [...cells.values()];
}

function sumCounts(items: readonly { total: number; sentiment: SentimentCounts }[]): Counts {
  const [cell] = cellsBy(items, () => 'all');
  return cell ? { count: cell.count, sentiment: cell.data } : { count: 0, sentiment: emptyCounts() };
}

function breakdown(table: SuppressedTable<SentimentCounts>, label: (id: string) => string, otherLabel: string, before?: SuppressedTable<SentimentCounts>): Breakdown {
  const rows: DigestRow[] = table.shown.map((c) => {
    const previous = before?.shown.find((p) => p.id === c.id);
    return { id: c.id, label: label(c.id), count: c.count, sentiment: mix(c.data), changePct: previous ? changePct(c.count, previous.count) : undefined };
  });
  const otherSentiment = emptyCounts();
  for (const c of table.folded) for (const s of Object.keys(otherSentiment) as (keyof SentimentCounts)[]) otherSentiment[s] += c.data[s];
  return {
    rows,
    other: table.otherShown ? { id: 'other', label: otherLabel, count: table.other, sentiment: mix(otherSentiment) } : undefined,
    total: table.totalShown ? table.total : undefined,
  };
}

/**
 * Groups whose volume moved most against their average over the previous
 * weeks. Only groups shown in both tables (or absent before: new), so a
 * baseline never reveals a folded group.
 */
function findMovers(
  kind: Mover['kind'],
  now: SuppressedTable<SentimentCounts>,
  before: SuppressedTable<SentimentCounts>,
  label: (id: string) => string,
): Mover[] {
  const movers: Mover[] = [];
  for (const cell of now.shown) {
    const previous = before.shown.find((c) => c.id === cell.id);
    const wasFolded = before.folded.some((c) => c.id === cell.id);
    if (wasFolded) continue;
    const baseline = previous ? previous.count / BASELINE_WEEKS : 0;
    const change = previous ? changePct(cell.count, baseline) : undefined;
    if (change !== undefined && Math.abs(change) < MIN_MOVE_PCT) continue;
    movers.push({
      kind,
      id: cell.id,
      label: label(cell.id),
      count: cell.count,
      baseline: Math.round(baseline * 10) / 10,
      changePct: change,
      negativePct: mix(cell.data).NEGATIVE,
      negativeBeforePct: previous ? mix(previous.data).NEGATIVE : undefined,
    });
  }
  return movers;
}

/**
 * Site baselines add up to the earlier weeks' total, which the trend shows:
 * if the movers listed every site of that table, the trend would give away
 * the rest. Keep at least one shown site out.
 */
function guardSiteBaselines(movers: Mover[], sitesBefore: SuppressedTable<SentimentCounts>): Mover[] {
  if (sitesBefore.folded.length > 0) return movers;
  const withBaseline = movers.filter((m) => m.kind === 'site' && m.baseline > 0);
  if (sitesBefore.shown.length === 0 || !sitesBefore.shown.every((c) => withBaseline.some((m) => m.id === c.id))) return movers;
  const dropped = withBaseline.reduce((a, b) => (Math.abs(a.count - a.baseline) <= Math.abs(b.count - b.baseline) ? a : b));
  return movers.filter((m) => m !== dropped);
}

/** Key phrases of at least k submissions this week, rising ones first, with their sentiment. */
function findThemes(thisWeek: WeeklyFigures, baselineWeeks: readonly WeeklyFigures[], k: number): Theme[] {
  const before = new Map<string, number>();
  for (const f of baselineWeeks) for (const p of f.phrases) before.set(p.phrase, (before.get(p.phrase) ?? 0) + p.total);
  const themes = thisWeek.phrases
    .filter((p) => p.total >= k)
    .map((p): Theme => {
      const earlier = before.get(p.phrase) ?? 0;
      if (earlier === 0) return { phrase: p.phrase, count: p.total, sentiment: mix(p.sentiment), trend: 'new' };
      // An earlier count below k is not shown, even as a percentage; the phrase is rising whatever it was.
      if (earlier < k) return { phrase: p.phrase, count: p.total, sentiment: mix(p.sentiment), trend: 'rising' };
      const change = changePct(p.total, earlier / BASELINE_WEEKS);
      return { phrase: p.phrase, count: p.total, sentiment: mix(p.sentiment), trend: change >= MIN_MOVE_PCT ? 'rising' : 'steady', changePct: change };
    });
  const rank = (t: Theme) => (t.trend === 'steady' ? 1 : 0);
  return themes.sort((a, b) => rank(a) - rank(b) || b.count - a.count || a.phrase.localeCompare(b.phrase)).slice(0, MAX_THEMES);
}

/**
 * A few comments covering different topics, sites and moods rather than the
 * angriest: topics by volume in turn, each giving the comment whose
 * sentiment (then site) is least represented so far. Only from (site, topic,
 * channel) groups of at least kQuote this week. The order among equals comes
 * from a hash of the text, so it is fixed but favours no one.
 */
function chooseVerbatims(
  config: Config,
  thisWeek: WeeklyFigures,
  candidates: readonly VerbatimCandidate[],
  labels: ReturnType<typeof labelsFor>,
  inScope: ReturnType<typeof scopeOf>,
): Verbatim[] {
  const { kQuote } = config.anonymity;
  const groupSize = new Map(thisWeek.topics.map((t) => [`${t.topic}#${t.site ?? NO_SITE}#${t.channel}`, t.total]));
  const seen = new Set<string>();
  const eligible = candidates
    .filter((c) => c.week === thisWeek.week && (groupSize.get(`${c.topic}#${c.site ?? NO_SITE}#${c.channel}`) ?? 0) >= kQuote)
    .filter((c) => inScope.topic(c.topic) && inScope.site(c.site ?? NO_SITE))
    .map((c) => ({ ...c, text: clip(c.redactedText) }))
    .filter((c) => [...c.text].length >= MIN_VERBATIM_CHARACTERS)
    .sort((a, b) => hash(a.text).localeCompare(hash(b.text)))
    .filter((c) => {
      const key = c.text.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });

  const volume = new Map<string, number>();
  for (const t of thisWeek.topics) volume.set(t.topic, (volume.get(t.topic) ?? 0) + t.total);
  const queues = new Map<string, typeof eligible>();
  for (const c of eligible) queues.set(c.topic, [...(queues.get(c.topic) ?? []), c]);
  const order = [...queues.keys()].sort((a, b) => (volume.get(b) ?? 0) - (volume.get(a) ?? 0) || a.localeCompare(b));

  const chosen: typeof eligible = [];
  const used = new Set<string>();
  const tally = (key: (c: (typeof eligible)[number]) => string, value: string) => chosen.filter((c) => key(c) === value).length;
  while (chosen.length < MAX_VERBATIMS && order.some((t) => queues.get(t)!.some((c) => !used.has(c.text)))) {
    for (const topic of order) {
      if (chosen.length >= MAX_VERBATIMS) break;
      const open = queues.get(topic)!.filter((c) => !used.has(c.text));
      if (!open.length) continue;
      const best = open.reduce((a, b) => {
        const score = (c: (typeof open)[number]) => tally((x) => x.sentiment, c.sentiment) * 10 + tally((x) => x.site ?? NO_SITE, c.site ?? NO_SITE);
        return score(b) < score(a) ? b : a;
      });
      chosen.push(best);
      used.add(best.text);
    }
  }
  return chosen.map((c) => ({ text: c.text, topic: labels.topic(c.topic), site: labels.site(c.site ?? NO_SITE), channel: c.channel, sentiment: c.sentiment }));
}

function summariseEscalations(config: Config, input: DigestInput): EscalationSummary {
  const now = input.generatedAt.getTime();
  const sponsorName = (id: string) => config.sponsors.find((s) => s.id === id)?.name ?? id;
  const sponsorOrder = (id: string) => {
    const i = config.sponsors.findIndex((s) => s.id === id);
    return i < 0 ? config.sponsors.length : i;
  };
  const classify = (e: Escalation) => {
    const due = Date.parse(e.raisedAt) + slaHours(config, e.urgent) * HOUR_MS;
    if (e.acknowledgedAt) return Date.parse(e.acknowledgedAt) <= due ? 'acknowledgedInTime' : 'acknowledgedLate';
    return now > due ? 'overdue' : 'awaiting';
  };
  const bySponsor = new Map<string, EscalationSummary['bySponsor'][number]>();
  const totals = { raised: 0, acknowledgedInTime: 0, acknowledgedLate: 0, awaiting: 0, overdue: 0 };
  for (const e of input.escalations.raised) {
    const row = bySponsor.get(e.sponsorId) ?? { sponsorId: e.sponsorId, name: sponsorName(e.sponsorId), raised: 0, acknowledgedInTime: 0, acknowledgedLate: 0, awaiting: 0, overdue: 0 };
    const outcome = classify(e);
    row.raised += 1;
    row[outcome] += 1;
    totals.raised += 1;
    totals[outcome] += 1;
    bySponsor.set(e.sponsorId, row);
  }
  const overdue = new Map<string, EscalationSummary['overdueNow'][number]>();
  for (const e of input.escalations.overdueNow) {
    const row = overdue.get(e.sponsorId) ?? { sponsorId: e.sponsorId, name: sponsorName(e.sponsorId), count: 0, oldestRaisedAt: e.raisedAt };
    row.count += 1;
    if (e.raisedAt < row.oldestRaisedAt) row.oldestRaisedAt = e.raisedAt;
    overdue.set(e.sponsorId, row);
  }
  const bySponsorOrder = <T extends { sponsorId: string }>(a: T, b: T) => sponsorOrder(a.sponsorId) - sponsorOrder(b.sponsorId) || a.sponsorId.localeCompare(b.sponsorId);
  return {
    ...totals,
    bySponsor: [...bySponsor.values()].sort(bySponsorOrder),
    overdueNow: [...overdue.values()].sort(bySponsorOrder),
    responses: input.escalations.responded
      .filter((e) => e.response && e.respondedAt)
      .map((e) => ({
        topics: e.topics.map((t) => config.topics.find((c) => c.id === t)?.name ?? t),
        sponsor: sponsorName(e.sponsorId),
        respondedAt: e.respondedAt!,
        response: e.response!,
      }))
      .sort((a, b) => a.respondedAt.localeCompare(b.respondedAt) || a.response.localeCompare(b.response)),
  };
}

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
  const [POSITIVE, NEUTRAL, MIXED, NEGATIVE] = percents([counts.POSITIVE, counts.NEUTRAL, counts.MIXED, counts.NEGATIVE]) as [number, number, number, number];
  return { POSITIVE, NEUTRAL, MIXED, NEGATIVE };
}

const changePct = (now: number, before: number) => Math.round(((now - before) / before) * 100);
const hash = (text: string) => createHash('sha256').update(text).digest('hex');

function clip(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length <= MAX_VERBATIM_CHARACTERS) return clean;
  const cut = chars.slice(0, MAX_VERBATIM_CHARACTERS).join('');
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > MAX_VERBATIM_CHARACTERS * 0.6 ? cut.lastIndexOf(' ') : undefined);
  return `${atWord.replace(/[\s,.;:!?-]+$/, '')}…`;
}
