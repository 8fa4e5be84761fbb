import { createHash } from 'node:crypto';
import type { Config, Sponsor } from '../config/schema';
import { slaHours, type Escalation } from '../domain/escalation';
import type { Channel } from '../domain/feedback';
import { NO_SITE, type SentimentCounts, type WeeklyFigures } from '../domain/weekly-figures';
import type { VerbatimCandidate } from '../ports/verbatim-candidates';
import type {
  Audience,
  Breakdown,
  Digest,
  DigestRow,
  EscalationOutcomes,
  EscalationSummary,
  Mover,
  SentimentMix,
  Theme,
  Verbatim,
} from './model';
import {
  baselineFrom,
  earlierThemeCount,
  protectCrossTable,
  showable,
  splitShowable,
  suppressSplits,
  suppressTable,
  type Cell,
  type EarlierWeek,
  type SuppressedTable,
} from './suppression';
import { describeWeek, shiftWeek, weeksEndingWith } from './weeks';
import { languageMix } from './language-mix';
import { HOUR_MS } from '../domain/durations';
import { isoWeekOf } from '../domain/iso-week';

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
  const figuresOf = (w: string): WeeklyFigures =>
    input.figures.get(w) ?? { week: w, groups: [], topics: [], phrases: [] };
  const thisWeek = figuresOf(week);
  // Every week is read as its own digest showed it: figures across weeks
  // come only from what each week's digest published (suppression rule 6).
  const published = new Map(weeksNeeded(week).map((w) => [w, publishWeek(figuresOf(w), k)]));
  const now = published.get(week)!;
  const lastWeek = published.get(shiftWeek(week, -1))!;
  const baselineWeeks = weeksEndingWith(shiftWeek(week, -1), BASELINE_WEEKS).map((w) => published.get(w)!);
  const labels = labelsFor(config);

  // Headline: channels this week and last, total, sentiment, trend, kiosk faces.
  const channels = breakdown(now.channels, (id) => labels.channel(id), 'Other channels combined', lastWeek.channels);
  const total = now.totalShown ? now.total : undefined;
  const lastWeekTotal = lastWeek.totalShown ? lastWeek.total : undefined;
  const kiosk = now.channels.table.shown.find((c) => c.id === 'kiosk');
  const ratings = thisWeek.groups
    .filter((g) => g.channel === 'kiosk')
    .reduce((sum, g) => sum.map((n, i) => n + g.ratings[i]!), [0, 0, 0, 0]);
  const taps = ratings.reduce((a, b) => a + b, 0);
  // Faces are a split of the kiosk row: shown only when it equals that row (no unrated rest to subtract) and each face is 0 or at least k.
  const facesShown = kiosk !== undefined && taps === kiosk.count && splitShowable(ratings, k);
  // Kiosks are in use once a week's digest has shown the kiosk on its own: known from the digests themselves, never from a count they hid.
  const kioskInUse = [...published.values()].some((p) => p.channels.table.shown.some((c) => c.id === 'kiosk'));

  const trend = weeksNeeded(week).map((w) => {
    const p = published.get(w)!;
    if (p.total === 0) return { week: w, none: true as const };
    if (!p.totalShown) return { week: w };
    return p.totalSplitShown ? { week: w, total: p.total, sentiment: mix(p.sentiment) } : { week: w, total: p.total };
  });
  // A new installation: nothing before this week to compare with, so no group is a "mover" and no theme is "new".
  const firstWeek = weeksNeeded(week).every((w) => w === week || published.get(w)!.total === 0);
  const noBaseline = baselineWeeks.every((p) => p.total === 0);

  let sites = breakdown(now.sites, labels.site, 'Other sites combined');
  let topics = breakdown(now.topics, labels.topic, 'Other topics combined');
  let movers = noBaseline
    ? []
    : [...findMovers('site', now, baselineWeeks, labels.site), ...findMovers('topic', now, baselineWeeks, labels.topic)]
        .sort(
          (a, b) =>
            Math.abs(b.count - b.baseline) - Math.abs(a.count - a.baseline) ||
            a.kind.localeCompare(b.kind) ||
            a.id.localeCompare(b.id),
        )
        .slice(0, MAX_MOVERS);
  let themes = findThemes(
    thisWeek,
    baselineWeeks.map((p) => p.figures),
    k,
  );

  const inScope = scopeOf(sponsor);
  const shownTopics = new Set(now.topics.table.shown.map((c) => c.id));
  let escalations = summariseEscalations(config, input, shownTopics);
  if (sponsor) {
    if (sponsor.sites.length) sites = { rows: sites.rows.filter((r) => inScope.site(r.id)) };
    if (sponsor.topics.length) topics = { rows: topics.rows.filter((r) => inScope.topic(r.id)) };
    movers = movers.filter((m) => (m.kind === 'site' ? inScope.site(m.id) : inScope.topic(m.id)));
    // Phrases are counted for the whole organisation: they cannot be narrowed to a sponsor's topics.
    if (sponsor.topics.length) themes = [];
    // The sponsor's own line of the leadership table, or nothing: never a figure the leadership digest hides.
    const mine = escalations.bySponsor.find((r) => r.sponsorId === sponsor.id);
    escalations = {
      raised: mine?.raised,
      outcomes: mine?.outcomes,
      bySponsor: mine ? [mine] : [],
      overdueNow: escalations.overdueNow.filter((o) => o.sponsorId === sponsor.id),
      responses: escalations.responses,
      responsesWithheld: escalations.responsesWithheld,
    };
  }

  const scope = sponsor ? scopeFigure(sponsor, sites, topics) : undefined;
  const audience: Audience = sponsor
    ? {
        kind: 'sponsor',
        sponsorId: sponsor.id,
        name: sponsor.name,
        topics: sponsor.topics.map(labels.topic),
        sites: sponsor.sites.map(labels.site),
      }
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
      sentiment: now.totalSplitShown ? mix(now.sentiment) : undefined,
      trend,
      kioskRatings: facesShown ? { taps, percents: percents(ratings) as [number, number, number, number] } : undefined,
      kioskFaces: facesShown ? 'shown' : kioskInUse ? 'withheld' : undefined,
      firstWeek: firstWeek ? true : undefined,
      scope,
    },
    sites,
    topics,
    // Languages are counted for the whole organisation: a sponsor's variant leaves them out, as it would a table it cannot narrow.
    languages:
      sponsor || total === undefined ? undefined : languageMix(thisWeek, now.sites.table, now.channels.table, k),
    movers,
    themes,
    verbatims: chooseVerbatims(config, thisWeek, input.candidates, labels, inScope),
    escalations,
  };
}

/**
 * A sponsor's own part of the week, added up from the rows of their sites
 * (or topics) that the tables show: never a figure the leadership digest
 * does not already give, so it cannot be set against it to find a small group.
 */
function scopeFigure(sponsor: Sponsor, sites: Breakdown, topics: Breakdown): Digest['headline']['scope'] {
  const measure = sponsor.sites.length ? 'sites' : sponsor.topics.length ? 'topics' : undefined;
  if (!measure) return undefined;
  const rows = (measure === 'sites' ? sites : topics).rows;
  return { measure, count: rows.length ? rows.reduce((sum, r) => sum + r.count, 0) : undefined };
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

function cellsBy<T extends { total: number; sentiment: SentimentCounts }>(
  items: readonly T[],
  keyOf: (item: T) => string,
): Cell<SentimentCounts>[] {
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

const OTHER = 'other';

/** One table of a week as its digest shows it: the suppressed cells, and the rows whose sentiment split may be shown. */
interface PublishedTable {
  table: SuppressedTable<SentimentCounts>;
  /** Every non-empty group's count that week, shown or not. */
  counts: ReadonlyMap<string, number>;
  /** Ids (and `other`) whose sentiment split is shown. */
  splits: ReadonlySet<string>;
  otherSentiment: SentimentCounts;
}

/** One week as its own digest shows it. */
interface PublishedWeek {
  figures: WeeklyFigures;
  total: number;
  totalShown: boolean;
  sentiment: SentimentCounts;
  totalSplitShown: boolean;
  channels: PublishedTable;
  sites: PublishedTable;
  topics: PublishedTable;
}

function publishWeek(figures: WeeklyFigures, k: number): PublishedWeek {
  const all = sumCounts(figures.groups);
  const totalShown = all.count >= k;
  const sites = publishTable(
    cellsBy(figures.groups, (g) => g.site ?? NO_SITE),
    k,
    true,
  );
  // Sites and channels are marginals of one site × channel table (suppression rule 8): channels fold until none of its cells can be worked out.
  const siteByChannel = figures.groups.map((g) => ({
    row: g.site ?? NO_SITE,
    column: g.channel,
    count: g.total,
    parts: { ...g.sentiment },
  }));
  const channels = publishTable(
    cellsBy(figures.groups, (g) => g.channel),
    k,
    true,
    (table) => protectCrossTable(table, sites.table, siteByChannel, k, { completeEnough: true }),
  );
  return {
    figures,
    total: all.count,
    totalShown,
    sentiment: all.sentiment,
    totalSplitShown: totalShown && splitShowable({ ...all.sentiment }, k),
    channels,
    sites,
    topics: publishTable(
      cellsBy(figures.topics, (t) => t.topic),
      k,
      false,
    ),
  };
}

function publishTable(
  cells: Cell<SentimentCounts>[],
  k: number,
  additive: boolean,
  againstRows: (table: SuppressedTable<SentimentCounts>) => {
    table: SuppressedTable<SentimentCounts>;
    splitsShowable: boolean;
  } = (table) => ({ table, splitsShowable: true }),
): PublishedTable {
  const { table, splitsShowable } = againstRows(suppressTable(cells, k, { additive }));
  const otherSentiment = emptyCounts();
  for (const c of table.folded)
    for (const s of Object.keys(otherSentiment) as (keyof SentimentCounts)[]) otherSentiment[s] += c.data[s];
  const rows = table.shown.map((c) => ({ id: c.id, count: c.count, parts: { ...c.data } }));
  if (table.otherShown) rows.push({ id: OTHER, count: table.other, parts: { ...otherSentiment } });
  const splits = splitsShowable ? suppressSplits(rows, k, { additive }) : new Set<string>();
  return {
    table,
    counts: new Map(cells.filter((c) => c.count > 0).map((c) => [c.id, c.count])),
    splits,
    otherSentiment,
  };
}

function breakdown(
  published: PublishedTable,
  label: (id: string) => string,
  otherLabel: string,
  before?: PublishedTable,
): Breakdown {
  const { table, splits } = published;
  const rows: DigestRow[] = table.shown.map((c) => {
    const previous = before?.table.shown.find((p) => p.id === c.id);
    return {
      id: c.id,
      label: label(c.id),
      count: c.count,
      sentiment: splits.has(c.id) ? mix(c.data) : undefined,
      changePct: previous ? changePct(c.count, previous.count) : undefined,
    };
  });
  return {
    rows,
    other: table.otherShown
      ? {
          id: OTHER,
          label: otherLabel,
          count: table.other,
          sentiment: splits.has(OTHER) ? mix(published.otherSentiment) : undefined,
        }
      : undefined,
    total: table.totalShown ? table.total : undefined,
  };
}

/**
 * Groups whose volume moved most against their average over the previous
 * weeks. The baseline is the sum of what those weeks' digests showed for
 * the group (suppression rule 6): a group hidden in any of them has no
 * mover line, so no baseline subtracts back to a hidden week.
 */
function findMovers(
  kind: Mover['kind'],
  now: PublishedWeek,
  before: readonly PublishedWeek[],
  label: (id: string) => string,
): Mover[] {
  const tableOf = (p: PublishedWeek) => (kind === 'site' ? p.sites : p.topics);
  const movers: Mover[] = [];
  for (const cell of tableOf(now).table.shown) {
    const earlier: EarlierWeek[] = before.map((p) => {
      const t = tableOf(p);
      return { shown: t.table.shown.some((c) => c.id === cell.id), count: t.counts.get(cell.id) ?? 0 };
    });
    const base = baselineFrom(earlier);
    if (base === undefined) continue;
    const baseline = base === 'new' ? 0 : base.sum / BASELINE_WEEKS;
    const change = base === 'new' ? undefined : changePct(cell.count, baseline);
    if (change !== undefined && Math.abs(change) < MIN_MOVE_PCT) continue;
    // The share negative before, only if every earlier week showed this group's split.
    const splitsBefore = before.every((p, i) => earlier[i]!.count === 0 || tableOf(p).splits.has(cell.id));
    const negativeBefore = before.reduce(
      (sum, p) => sum + (tableOf(p).table.shown.find((c) => c.id === cell.id)?.data.NEGATIVE ?? 0),
      0,
    );
    movers.push({
      kind,
      id: cell.id,
      label: label(cell.id),
      count: cell.count,
      baseline: Math.round(baseline * 10) / 10,
      changePct: change,
      negativePct: tableOf(now).splits.has(cell.id) ? mix(cell.data).NEGATIVE : undefined,
      negativeBeforePct:
        splitsBefore && typeof base === 'object' ? Math.round((negativeBefore / base.sum) * 100) : undefined,
    });
  }
  return movers;
}

/**
 * Key phrases of at least k submissions this week, rising ones first. Earlier
 * weeks count only where the phrase reached k (suppression rule 7), so
 * neither "new" nor a change gives away a few mentions before.
 */
function findThemes(thisWeek: WeeklyFigures, baselineWeeks: readonly WeeklyFigures[], k: number): Theme[] {
  const before = baselineWeeks.map((f) => new Map(f.phrases.map((x) => [x.phrase, x.total])));
  const themes = thisWeek.phrases
    .filter((p) => p.total >= k)
    .map((p): Theme => {
      const earlier = earlierThemeCount(
        before.map((totals) => totals.get(p.phrase) ?? 0),
        k,
      );
      const sentiment = splitShowable({ ...p.sentiment }, k) ? mix(p.sentiment) : undefined;
      if (earlier === 0) return { phrase: p.phrase, count: p.total, sentiment, trend: 'new' };
      const change = changePct(p.total, earlier / BASELINE_WEEKS);
      return {
        phrase: p.phrase,
        count: p.total,
        sentiment,
        trend: change >= MIN_MOVE_PCT ? 'rising' : 'steady',
        changePct: change,
      };
    });
  const rank = (t: Theme) => (t.trend === 'steady' ? 1 : 0);
  return themes
    .sort((a, b) => rank(a) - rank(b) || b.count - a.count || a.phrase.localeCompare(b.phrase))
    .slice(0, MAX_THEMES);
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
    .filter(
      (c) => c.week === thisWeek.week && (groupSize.get(`${c.topic}#${c.site ?? NO_SITE}#${c.channel}`) ?? 0) >= kQuote,
    )
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
  const tally = (key: (c: (typeof eligible)[number]) => string, value: string) =>
    chosen.filter((c) => key(c) === value).length;
  while (chosen.length < MAX_VERBATIMS && order.some((t) => queues.get(t)!.some((c) => !used.has(c.text)))) {
    for (const topic of order) {
      if (chosen.length >= MAX_VERBATIMS) break;
      const open = queues.get(topic)!.filter((c) => !used.has(c.text));
      if (!open.length) continue;
      const best = open.reduce((a, b) => {
        const score = (c: (typeof open)[number]) =>
          tally((x) => x.sentiment, c.sentiment) * 10 + tally((x) => x.site ?? NO_SITE, c.site ?? NO_SITE);
        return score(b) < score(a) ? b : a;
      });
      chosen.push(best);
      used.add(best.text);
    }
  }
  return chosen.map((c) => ({
    text: c.text,
    topic: labels.topic(c.topic),
    site: labels.site(c.site ?? NO_SITE),
    channel: c.channel,
    sentiment: c.sentiment,
  }));
}

const OUTCOMES = ['acknowledgedInTime', 'acknowledgedLate', 'awaiting', 'overdue'] as const;

/**
 * Escalations are submissions too: the same thresholds as any table. Per
 * sponsor, sponsors below k fold into "other sponsors"; outcomes are a split
 * of each row (suppression rules 4 and 5); overdue ones per sponsor alike.
 * Responses carry no day and no sponsor, and a topic only where this week's
 * topic table shows it.
 */
function summariseEscalations(config: Config, input: DigestInput, shownTopics: ReadonlySet<string>): EscalationSummary {
  const { k } = config.anonymity;
  const now = input.generatedAt.getTime();
  const sponsorName = (id: string) => config.sponsors.find((s) => s.id === id)?.name ?? id;
  const sponsorOrder = (id: string) => {
    const i = config.sponsors.findIndex((s) => s.id === id);
    return i < 0 ? config.sponsors.length : i;
  };
  const classify = (e: Escalation): (typeof OUTCOMES)[number] => {
    const due = Date.parse(e.raisedAt) + slaHours(config, e.urgent) * HOUR_MS;
    if (e.acknowledgedAt) return Date.parse(e.acknowledgedAt) <= due ? 'acknowledgedInTime' : 'acknowledgedLate';
    return now > due ? 'overdue' : 'awaiting';
  };
  const noOutcomes = (): EscalationOutcomes => ({
    acknowledgedInTime: 0,
    acknowledgedLate: 0,
    awaiting: 0,
    overdue: 0,
  });
  const cells = new Map<string, Cell<EscalationOutcomes>>();
  const totals = noOutcomes();
  for (const e of input.escalations.raised) {
    const cell = cells.get(e.sponsorId) ?? { id: e.sponsorId, count: 0, data: noOutcomes() };
    const outcome = classify(e);
    cell.count += 1;
    cell.data[outcome] += 1;
    totals[outcome] += 1;
    cells.set(e.sponsorId, cell);
  }
  const raised = input.escalations.raised.length;
  const table = suppressTable([...cells.values()], k, { additive: true });
  const otherOutcomes = noOutcomes();
  for (const c of table.folded) for (const o of OUTCOMES) otherOutcomes[o] += c.data[o];
  const splitRows = table.shown.map((c) => ({ id: c.id, count: c.count, parts: { ...c.data } }));
  if (table.otherShown) splitRows.push({ id: OTHER, count: table.other, parts: { ...otherOutcomes } });
  const splits = suppressSplits(splitRows, k, { additive: true });

  const overdueCells = new Map<string, Cell<string[]>>();
  for (const e of input.escalations.overdueNow) {
    const cell = overdueCells.get(e.sponsorId) ?? { id: e.sponsorId, count: 0, data: [] };
    cell.count += 1;
    cell.data.push(e.raisedAt);
    overdueCells.set(e.sponsorId, cell);
  }
  // Not the single oldest (the week of one escalation), but the week by which k of them had been raised.
  const weekOfKthOldest = (raisedAt: string[]) => isoWeekOf(new Date([...raisedAt].sort()[k - 1]!), config.timezone);
  const overdue = suppressTable([...overdueCells.values()], k, { additive: false });
  const bySponsorOrder = <T extends { sponsorId: string }>(a: T, b: T) =>
    sponsorOrder(a.sponsorId) - sponsorOrder(b.sponsorId) || a.sponsorId.localeCompare(b.sponsorId);
  const topicName = (id: string) => config.topics.find((c) => c.id === id)?.name ?? id;
  return {
    raised: raised === 0 || raised >= k ? raised : undefined,
    outcomes: raised >= k && splitShowable({ ...totals }, k) ? totals : undefined,
    bySponsor: table.shown
      .map((c) => ({
        sponsorId: c.id,
        name: sponsorName(c.id),
        raised: c.count,
        outcomes: splits.has(c.id) ? c.data : undefined,
      }))
      .sort(bySponsorOrder),
    otherSponsors: table.otherShown
      ? { raised: table.other, outcomes: splits.has(OTHER) ? otherOutcomes : undefined }
      : undefined,
    overdueNow: overdue.shown
      .map((c) => ({ sponsorId: c.id, name: sponsorName(c.id), count: c.count, oldestWeek: weekOfKthOldest(c.data) }))
      .sort(bySponsorOrder),
    overdueOther: overdue.otherShown ? overdue.other : undefined,
    ...listResponses(input.escalations.responded, shownTopics, topicName, k),
  };
}

/**
 * "You said, we did". The responses of a week are a group like any other:
 * fewer than k are not listed (only said to exist, as a count below k is),
 * and a topic is named only where at least k listed responses name it, so
 * no topic tells of a single escalation answered.
 */
function listResponses(
  responded: readonly Escalation[],
  shownTopics: ReadonlySet<string>,
  topicName: (id: string) => string,
  k: number,
): Pick<EscalationSummary, 'responses' | 'responsesWithheld'> {
  const published = responded.filter((e) => e.response && e.respondedAt);
  if (!showable(published.length, k))
    return { responses: [], responsesWithheld: published.length > 0 ? true : undefined };
  const named = new Map<string, number>();
  for (const e of published) for (const t of new Set(e.topics)) named.set(t, (named.get(t) ?? 0) + 1);
  const nameable = (t: string) => shownTopics.has(t) && showable(named.get(t) ?? 0, k);
  return {
    responses: published
      .map((e) => ({ topics: [...new Set(e.topics)].filter(nameable).map(topicName), response: e.response! }))
      .sort((a, b) => hash(a.response).localeCompare(hash(b.response))),
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
  const [POSITIVE, NEUTRAL, MIXED, NEGATIVE] = percents([
    counts.POSITIVE,
    counts.NEUTRAL,
    counts.MIXED,
    counts.NEGATIVE,
  ]) as [number, number, number, number];
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
