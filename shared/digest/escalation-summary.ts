import { topicName as topicNameOf } from '../config/local-names';
import type { Config } from '../config/schema';
import { leadershipLanguage } from '../i18n/sponsor/reader';
import { HOUR_MS } from '../domain/durations';
import { holderIdOf, LEADERSHIP, slaHours, type Escalation } from '../domain/escalation';
import { isoWeekOf } from '../domain/iso-week';
import type { EscalationOutcomes, EscalationSummary } from './model';
import { byTextHash } from './neutral-order';
import { OTHER } from './published-week';
import { readersOf } from './readers';
import { showable, splitShowable, suppressSplits, suppressTable, type Cell, type SuppressedTable } from './suppression';

/** The week's escalations as the digest reads them: raised this week, responded to this week, overdue now. */
export interface WeekEscalations {
  raised: readonly Escalation[];
  responded: readonly Escalation[];
  overdueNow: readonly Escalation[];
}

const OUTCOMES = ['acknowledgedInTime', 'acknowledgedLate', 'awaiting', 'overdue'] as const;

/**
 * Escalations are submissions too: the same thresholds as any table. Per
 * sponsor, sponsors below k fold into "other sponsors"; outcomes are a split
 * of each row (suppression rules 4 and 5); overdue ones per sponsor alike.
 * Responses carry no day and no sponsor, and a topic only where this week's
 * topic table shows it.
 */
export function summariseEscalations(
  config: Config,
  escalations: WeekEscalations,
  generatedAt: Date,
  shownTopics: ReadonlySet<string>,
  /** A topic's name in the digest's language (`labelsFor(…).topic`). */
  topicName: (id: string) => string = (id) => topicNameOf(config, id, leadershipLanguage(config)),
): EscalationSummary {
  const { k } = config.anonymity;
  // Who reads the figures, and what each already knows: one mailbox may hold two sponsor ids.
  const readers = readersOf(config);
  const now = generatedAt.getTime();
  const sponsorName = (id: string) =>
    id === LEADERSHIP ? 'the leadership list' : (config.sponsors.find((s) => s.id === id)?.name ?? id);
  // Counted under whoever holds each case now (or the leadership list): never the sponsor it started with,
  // who may be one it has gone around since (it climbed, then an answer named them).
  const holder = (e: Escalation) => holderIdOf(config, e);
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
  for (const e of escalations.raised) {
    const id = holder(e);
    const cell = cells.get(id) ?? { id, count: 0, data: noOutcomes() };
    const outcome = classify(e);
    cell.count += 1;
    cell.data[outcome] += 1;
    totals[outcome] += 1;
    cells.set(id, cell);
  }
  const raised = escalations.raised.length;
  const table = foldKnownToMembers(suppressTable([...cells.values()], k, { additive: true }), readers, k);
  const otherOutcomes = noOutcomes();
  for (const c of table.folded) for (const o of OUTCOMES) otherOutcomes[o] += c.data[o];
  const splitRows = table.shown.map((c) => ({ id: c.id, count: c.count, parts: { ...c.data } }));
  if (table.otherShown) splitRows.push({ id: OTHER, count: table.other, parts: { ...otherOutcomes } });
  const splits = suppressSplits(splitRows, k, { additive: true });
  // A reader of sponsors in "other" knows their outcomes too: the rest's must stay 0 or at least k in each.
  if (table.otherShown && !readers.every((r) => splitShowable(lessKnown(otherOutcomes, table.folded, r), k)))
    splits.delete(OTHER);

  const overdueCells = new Map<string, Cell<string[]>>();
  for (const e of escalations.overdueNow) {
    const id = holder(e);
    const cell = overdueCells.get(id) ?? { id, count: 0, data: [] };
    cell.count += 1;
    cell.data.push(e.raisedAt);
    overdueCells.set(id, cell);
  }
  // Not the single oldest (the week of one escalation), but the week by which k of them had been raised.
  const weekOfKthOldest = (raisedAt: string[]) => isoWeekOf(new Date([...raisedAt].sort()[k - 1]!), config.timezone);
  const overdue = foldKnownToMembers(suppressTable([...overdueCells.values()], k, { additive: false }), readers, k);
  const bySponsorOrder = <T extends { sponsorId: string }>(a: T, b: T) =>
    sponsorOrder(a.sponsorId) - sponsorOrder(b.sponsorId) || a.sponsorId.localeCompare(b.sponsorId);
  return {
    raised: raised === 0 || (raised >= k && restSafe(raised, [...cells.values()], readers, k)) ? raised : undefined,
    outcomes:
      raised >= k &&
      restSafe(raised, [...cells.values()], readers, k) &&
      splitShowable({ ...totals }, k) &&
      readers.every((r) => splitShowable(lessKnown(totals, [...cells.values()], r), k))
        ? totals
        : undefined,
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
    ...listResponses(escalations.responded, shownTopics, topicName, k),
  };
}

/**
 * Whether a figure summing `members` still hides each of them from every reader: a sponsor knows their own
 * count (every case they hold is on their desk, and came to them by email), and a mailbox holding two sponsor
 * ids knows both, so the figure less what a reader holds in it, which is what the others hold together, must be
 * 0 or at least k. The leadership list often includes sponsors.
 */
function restSafe(
  figure: number,
  members: readonly Cell<unknown>[],
  readers: ReadonlyArray<ReadonlySet<string>>,
  k: number,
): boolean {
  return readers.every((reader) => {
    const known = members.filter((c) => reader.has(c.id)).reduce((sum, c) => sum + c.count, 0);
    const rest = figure - known;
    return known === 0 || rest === 0 || rest >= k;
  });
}

/** `whole` less the parts of the `members` a reader holds, outcome by outcome. */
function lessKnown(
  whole: EscalationOutcomes,
  members: readonly Cell<EscalationOutcomes>[],
  reader: ReadonlySet<string>,
): Record<string, number> {
  const known = members.filter((c) => reader.has(c.id));
  return Object.fromEntries(OUTCOMES.map((o) => [o, whole[o] - known.reduce((sum, c) => sum + c.data[o], 0)]));
}

/**
 * Folds into "other sponsors" until no reader of sponsors in it can take their own count away and be left with
 * one other sponsor's below k (the Plant 2 manager's 4 folded with the CEO's 10 read 14 on the leadership list,
 * and the CEO, on it, read 4; one mailbox holding the COO's 5 and the CHRO's 5 read the Plant 2 manager's 3 in
 * 13); with no row left to fold, "other" and the rows are hidden.
 */
function foldKnownToMembers<T>(
  table: SuppressedTable<T>,
  readers: ReadonlyArray<ReadonlySet<string>>,
  k: number,
): SuppressedTable<T> {
  const shown = [...table.shown];
  const folded = [...table.folded];
  let other = table.other;
  const unsafe = () => other > 0 && !restSafe(other, folded, readers, k);
  while (unsafe() && shown.length > 0) {
    const smallest = shown.pop()!;
    folded.push(smallest);
    other += smallest.count;
  }
  const hidden = unsafe() || (other > 0 && other < k);
  return { ...table, shown: hidden ? [] : shown, folded, other, otherShown: !hidden && other > 0 };
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
      .sort(byTextHash((r) => r.response)),
  };
}
