import { isoWeekOf } from '../domain/iso-week';

/** One case's unmet legal deadline, as the digest run reads it: its day is for the case's holder alone. */
export interface LegalDeadlineCase {
  escalationId: string;
  /** `YYYY-MM-DD`: the deadline's day. */
  day: string;
  /** Who holds the case now, by name (or `the leadership list`). */
  holder: string;
}

/** What a digest reader is shown: a holder's cases with a legal deadline in one ISO week, counted only when at least k. */
export interface LegalDeadlineGroup {
  /** `passed`: the deadline fell in a week before the one the digest is built in; `near`: in that week or the next. */
  state: 'passed' | 'near';
  /** The ISO week the deadlines fall in. */
  week: string;
  holder: string;
  /** How many cases, only when at least k; absent: fewer than k. */
  count?: number;
}

/** The ISO week a `YYYY-MM-DD` day falls in. */
export const weekOfDay = (day: string): string => isoWeekOf(new Date(`${day}T12:00:00Z`), 'UTC');

/**
 * Folds cases with an unmet legal deadline into groups of holder and ISO week, for every digest a non-holder
 * reads. The deadline is the raise moment plus the law's fixed days, so its day, minus those days, would give
 * the day the case was raised: a reader learns only its week, and a count only when it is at least k (a
 * smaller group reads "fewer than k"), so the list hides no more and no less than the rest of the digest.
 * Whether a deadline has passed is told by week too (`thisWeek`, the week the digest is built in): a week
 * before it is "past", this week or the next is "in the week of", passed already or not, so the moment the
 * digest is built never splits a week in two.
 */
export function foldLegalDeadlines(
  cases: readonly LegalDeadlineCase[],
  k: number,
  thisWeek: string,
): LegalDeadlineGroup[] {
  const groups = new Map<
    string,
    { state: LegalDeadlineGroup['state']; week: string; holder: string; ids: Set<string> }
  >();
  for (const c of cases) {
    const week = weekOfDay(c.day);
    const state = week < thisWeek ? 'passed' : 'near';
    const key = JSON.stringify([state, week, c.holder]);
    const group = groups.get(key) ?? { state, week, holder: c.holder, ids: new Set<string>() };
    group.ids.add(c.escalationId);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.week.localeCompare(b.week) || a.holder.localeCompare(b.holder))
    .map(({ state, week, holder, ids }) => ({ state, week, holder, ...(ids.size >= k ? { count: ids.size } : {}) }));
}
