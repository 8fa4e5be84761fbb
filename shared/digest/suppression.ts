/**
 * Anonymity thresholds for every table of counts a report shows (DESIGN.md,
 * promise 4). Kept apart from the digest so the rules can be read, and
 * tested, on their own.
 *
 * A table is a breakdown of one population into cells (by site, by channel,
 * by topic, …). The rules:
 *
 * 1. A cell of fewer than `k` submissions is never shown: it folds into
 *    "other". A cell of 0 is simply absent (there is nobody in it to protect).
 * 2. "Other" is a group as well, so it too must hold at least `k`. While it
 *    holds fewer (but some), the smallest shown cell joins it: this is
 *    complementary suppression. Then "other" is always either empty or made
 *    of at least two non-empty cells, so neither it nor
 *    `total − (sum of shown cells)` ever equals a single hidden cell.
 * 3. The total is shown only when it holds at least `k`. When it holds fewer,
 *    nothing in the table is shown at all.
 *
 * Tables whose cells overlap (topics: one submission may mention several)
 * have no total; rules 1 and 2 still apply to their "other".
 */

export interface Cell<T = undefined> {
  id: string;
  count: number;
  /** Whatever the caller needs back with the cell (sentiment counts, labels). */
  data: T;
}

export interface SuppressedTable<T = undefined> {
  /** Cells shown with their figures, largest first (ties by id, so the result is deterministic). */
  shown: Cell<T>[];
  /** Cells folded into "other": too small themselves, or folded to protect one that is. */
  folded: Cell<T>[];
  /** The sum of the folded cells; shown only if `otherShown`. */
  other: number;
  otherShown: boolean;
  /** The sum of all cells (additive tables only). */
  total: number;
  totalShown: boolean;
}

/**
 * Applies the thresholds to one table.
 *
 * @example
 * suppressTable([{ id: 'hq', count: 40, data: undefined }, { id: 'plant2', count: 2, data: undefined }, { id: 'warehouse', count: 9, data: undefined }], 5, { additive: true })
 * // shows hq (40); folds plant2 (2) and, to protect it, warehouse (9): other 11; total 51
 */
export function suppressTable<T>(cells: readonly Cell<T>[], k: number, { additive }: { additive: boolean }): SuppressedTable<T> {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, not ${k}`);
  const present = cells.filter((c) => c.count > 0);
  for (const c of present) if (!Number.isInteger(c.count)) throw new RangeError(`cell ${c.id} has a count that is not a whole number: ${c.count}`);
  const byCount = (a: Cell<T>, b: Cell<T>) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const shown = present.filter((c) => c.count >= k).sort(byCount);
  const folded = present.filter((c) => c.count < k);
  let other = folded.reduce((sum, c) => sum + c.count, 0);
  // Complementary suppression: a small "other" would give its one cell away.
  while (other > 0 && other < k && shown.length > 0) {
    const smallest = shown.pop()!;
    folded.push(smallest);
    other += smallest.count;
  }
  const total = present.reduce((sum, c) => sum + c.count, 0);
  const enough = other === 0 || other >= k;
  folded.sort(byCount);
  return {
    shown: enough ? shown : [],
    folded,
    other,
    otherShown: enough && other > 0,
    total,
    totalShown: additive && total >= k,
  };
}

/** Whether a single figure about one group may be shown. */
export const showable = (count: number, k: number) => count >= k;
