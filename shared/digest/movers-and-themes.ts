import type { WeeklyFigures } from '../domain/weekly-figures';
import type { Mover, Theme } from './model';
import { changePct, mix } from './percentages';
import type { PublishedWeek } from './published-week';
import { baselineFrom, earlierThemeCount, splitShowable, type EarlierWeek } from './suppression';

/** Weeks before this one that movers and rising themes compare against (fewer in a new installation's first weeks). */
export const BASELINE_WEEKS = 4;
const MAX_MOVERS = 4;
const MIN_MOVE_PCT = 25;
const MAX_THEMES = 5;

/** The sites and topics that moved most, largest change first; none without earlier weeks to compare with. */
export function topMovers(
  now: PublishedWeek,
  baselineWeeks: readonly PublishedWeek[],
  labels: { site: (id: string) => string; topic: (id: string) => string },
): Mover[] {
  // A new installation: nothing before this week to compare with, so no group is a "mover".
  if (baselineWeeks.every((p) => p.total === 0)) return [];
  return [
    ...findMovers('site', now, baselineWeeks, labels.site),
    ...findMovers('topic', now, baselineWeeks, labels.topic),
  ]
    .sort(
      (a, b) =>
        Math.abs(b.count - b.baseline) - Math.abs(a.count - a.baseline) ||
        a.kind.localeCompare(b.kind) ||
        a.id.localeCompare(b.id),
    )
    .slice(0, MAX_MOVERS);
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
    const baseline = base === 'new' ? 0 : base.sum / before.length;
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
export function findThemes(thisWeek: WeeklyFigures, baselineWeeks: readonly WeeklyFigures[], k: number): Theme[] {
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
      const change = changePct(p.total, earlier / baselineWeeks.length);
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
