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
 *
 * Splits of a group (a site's submissions by sentiment, the kiosk taps by
 * face, a sponsor's escalations by outcome) are groups too. A percentage of
 * a shown count gives its part away exactly (5 submissions, 20% neutral:
 * one neutral person), so rounding bands are no protection for the small
 * groups that matter most; we show exact shares, under rules 4 and 5:
 *
 * 4. A split is shown whole or not at all, and only when every part of it is
 *    0 or at least k (`splitShowable`).
 * 5. In a table with a total, the rows whose splits are hidden can be worked
 *    out together from the total's split minus the shown ones. So they are
 *    never a single row, and each of their combined parts is 0 or at least k;
 *    otherwise the smallest row still shown hides its split too
 *    (`suppressSplits`). Among two or more hidden rows with known row and
 *    column sums, no single part is determined.
 *
 * Across weeks, a figure built from several weeks may use a week's figure
 * for a group only if that week's own digest showed it, or everything
 * subtracts back to what it hid:
 *
 * 6. A baseline over earlier weeks (movers) exists only when the group was
 *    shown in each of them, or absent from all (it is then new)
 *    (`baselineFrom`). A group hidden in any of those weeks gets no mover line.
 * 7. A theme's earlier weeks count only where it reached k; weeks below k
 *    count as none, so "new" means "not a theme before", and never tells 0
 *    from a few (`earlierThemeCount`).
 *
 * Two tables of the same population are marginals of one cross-table (sites
 * and channels: every submission is in one site and one channel), and the
 * reader knows where that cross-table is empty by construction: SMS and
 * kiosk submissions always carry a site, and which sites have a kiosk or an
 * SMS number is no secret. If only Plant 2 has a kiosk, Plant 2's row minus
 * the kiosk row is Plant 2's web form, however big each row is. So:
 *
 * 8. The cross-table is what is protected (`protectCrossTable`). Its rows
 *    are taken as the row table shows them (each shown row, and "other" as
 *    one); its columns are grouped the same way, and every cell of the
 *    grouped cross-table must be 0 or at least k. Columns fold into
 *    "other" until that holds, choosing the folding that leaves the most
 *    columns on their own (a small column folds with whichever column lets
 *    the rest show, not merely the smallest); when no column is left, the
 *    column table shows nothing but its total. The column splits are shown
 *    only when every grouped cell's split is 0 or at least k in each part.
 *
 *    Why this is enough: every figure the two tables show (row, column,
 *    "other", total, and each sentiment part of them) is a sum of whole
 *    grouped cells, so anything worked out from them, with any known zeros,
 *    is a sum of whole grouped cells as well: 0 or at least k. Column splits
 *    that are hidden leave each row's split against its cells' counts, where
 *    no part of a cell can be isolated unless the row has one cell only (and
 *    then it is the row's own split, under rules 4 and 5).
 *
 *    A grouped cross-table in which every cell holds someone (no cell is 0,
 *    so none is known to be empty) may show its columns even with cells
 *    under k, their splits hidden: with at least two rows and two columns,
 *    every cell lies on a cycle of cells (up one, across, down another),
 *    and moving one submission round it changes no row or column figure,
 *    so no cell, nor any part of one, is a sum of the figures shown; and
 *    with no known empty cell the least and most a cell could hold are
 *    0 (or more) and the smaller of its row and column, which are at least
 *    k, so no cell can be pinned under k either (`completeEnough`). This is
 *    what lets leadership see its channels when a few submissions from
 *    small sites are spread over them; where one cell is known to be empty
 *    (a site with no kiosk), a row minus a column can give a cell, and the
 *    strict rule above applies.
 *
 *    Topics need no such rule: a comment may touch several topics or none,
 *    so the topic table is not a marginal of the sites' or channels'
 *    population, and no subtraction between them gives a group.
 *
 * A quote is a group's member shown with its attributes (site, topic,
 * channel and mood), so each attribute it shows is a group it speaks for:
 *
 * 9. A comment is quoted only from a (site, topic, channel) group of at least
 *    `kQuote`, and only when at least `k` of that group share its mood
 *    (`quotable`). Otherwise the one happy comment among eleven unhappy ones,
 *    labelled "positive", is one person's words picked out because they were
 *    alone, in a digest that hides that row's mood as "too few in one mood"
 *    (attack round 33, F4).
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
export function suppressTable<T>(
  cells: readonly Cell<T>[],
  k: number,
  { additive }: { additive: boolean },
): SuppressedTable<T> {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, not ${k}`);
  const present = cells.filter((c) => c.count > 0);
  for (const c of present)
    if (!Number.isInteger(c.count))
      throw new RangeError(`cell ${c.id} has a count that is not a whole number: ${c.count}`);
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

/** Rule 9: whether a comment may be quoted, from its (site, topic, channel) group's size and how many of it share its mood. */
export const quotable = (group: number, sameMood: number, { k, kQuote }: { k: number; kQuote: number }) =>
  group >= kQuote && sameMood >= k;

/** Rule 4: a split of one group may be shown only when every part is 0 or at least k. */
export function splitShowable(parts: Readonly<Record<string, number>> | readonly number[], k: number): boolean {
  return Object.values(parts).every((n) => n === 0 || n >= k);
}

export interface SplitRow {
  id: string;
  count: number;
  parts: Readonly<Record<string, number>>;
}

/**
 * Rules 4 and 5 over the rows of one table (the shown rows and "other"):
 * the ids of the rows whose splits may be shown. `additive` when the rows
 * add up to a total whose split is published (or could be), as sites and
 * channels do; topics overlap, so only rule 4 applies to them.
 *
 * @example
 * suppressSplits([{ id: 'hq', count: 40, parts: { NEGATIVE: 30, POSITIVE: 10 } }, { id: 'other', count: 6, parts: { NEGATIVE: 5, POSITIVE: 1 } }], 5, { additive: true })
 * // neither: 'other' (1 positive) is hidden, and hq's split would give it away
 */
export function suppressSplits(rows: readonly SplitRow[], k: number, { additive }: { additive: boolean }): Set<string> {
  const shown = new Set(rows.filter((r) => splitShowable(r.parts, k)).map((r) => r.id));
  if (!additive) return shown;
  const hidden = () => rows.filter((r) => !shown.has(r.id));
  const combinedOk = () => {
    const h = hidden();
    if (h.length === 0) return true;
    if (h.length === 1) return false;
    const combined: Record<string, number> = {};
    for (const r of h) for (const [key, n] of Object.entries(r.parts)) combined[key] = (combined[key] ?? 0) + n;
    return splitShowable(combined, k);
  };
  while (!combinedOk()) {
    const candidates = rows.filter((r) => shown.has(r.id)).sort((a, b) => a.count - b.count || (a.id < b.id ? -1 : 1));
    if (candidates.length === 0) break; // every split is hidden already
    shown.delete(candidates[0]!.id);
  }
  return shown;
}

/** How a group stood in one earlier week's own digest. */
export type EarlierWeek = { shown: true; count: number } | { shown: false; count: number };

/**
 * Rule 6: the sum over earlier weeks to compare a group against, from
 * figures those weeks' digests showed; `new` when it had nobody in any of
 * them; undefined when any week hid it, so no baseline can subtract back to
 * a hidden figure.
 */
export function baselineFrom(weeks: readonly EarlierWeek[]): { sum: number } | 'new' | undefined {
  if (weeks.every((w) => w.count === 0)) return 'new';
  if (weeks.some((w) => w.count > 0 && !w.shown)) return undefined;
  return { sum: weeks.reduce((sum, w) => sum + w.count, 0) };
}

/** Rule 7: a phrase's mentions in earlier weeks, counting only the weeks in which it reached k. */
export function earlierThemeCount(counts: readonly number[], k: number): number {
  return counts.filter((n) => n >= k).reduce((a, b) => a + b, 0);
}

/** One cell of the cross-table behind two marginal tables (rule 8): the submissions in one row (site) and one column (channel). */
export interface CrossCell {
  row: string;
  column: string;
  count: number;
  parts: Readonly<Record<string, number>>;
}

/** The column table after rule 8, and whether its rows may show their splits at all. */
export interface CrossProtected<T> {
  table: SuppressedTable<T>;
  splitsShowable: boolean;
}

/** Up to this many columns, rule 8 tries every way of folding them; beyond it, it folds greedily (channels are three). */
const MAX_COLUMNS_TRIED = 12;

/**
 * Rule 8: folds more columns of an already suppressed column table so that
 * every cell of the cross-table, grouped as the two tables show it, is 0
 * or at least k. `rows` is the row table as suppressed (rules 1–3).
 *
 * Of all the ways to fold that pass, it keeps the one that shows the most
 * columns on their own, then one that passes without `completeEnough`
 * (so that splits may show), then the one with the least in "other": a column
 * folds only when it must, and the column it folds with is whichever keeps
 * the rest showing, not merely the smallest. Every way tried meets the same
 * test, so the choice gives away nothing the test does not already allow.
 *
 * @example
 * // Sites hq 40, plant2 8, warehouse 12 (all shown); only plant2 has a kiosk, and 2 of its 8 used the web form.
 * protectCrossTable(channels, sites, [{ row: 'plant2', column: 'web', count: 2, … }, { row: 'plant2', column: 'kiosk', count: 6, … }, …], 5)
 * // web folds (plant2's cell is 2), and with it the kiosk (plant2's web and kiosk cells then make 8): SMS on its own, the rest combined
 */
export function protectCrossTable<T, R>(
  columns: SuppressedTable<T>,
  rows: SuppressedTable<R>,
  cross: readonly CrossCell[],
  k: number,
  { completeEnough = false }: { completeEnough?: boolean } = {},
): CrossProtected<T> {
  const OTHER_BLOCK = '\u0000other';
  const shownRows = new Set(rows.shown.map((c) => c.id));
  const rowBlock = (id: string) => (shownRows.has(id) ? id : OTHER_BLOCK);
  const grouped = (shown: readonly Cell<T>[]) => {
    const shownColumns = new Set(shown.map((c) => c.id));
    const cells = new Map<string, { row: string; column: string; count: number; parts: Record<string, number> }>();
    for (const c of cross) {
      const column = shownColumns.has(c.column) ? c.column : OTHER_BLOCK;
      const row = rowBlock(c.row);
      const key = `${row}\u0000${column}`;
      const cell = cells.get(key) ?? { row, column, count: 0, parts: {} };
      cell.count += c.count;
      for (const [part, n] of Object.entries(c.parts)) cell.parts[part] = (cell.parts[part] ?? 0) + n;
      cells.set(key, cell);
    }
    return [...cells.values()];
  };
  const strict = (shown: readonly Cell<T>[]) => grouped(shown).every((c) => c.count === 0 || c.count >= k);
  /** Every row block meets every column block in a cell holding someone: no cell is known to be empty. */
  const complete = (shown: readonly Cell<T>[]) => {
    const held = grouped(shown).filter((c) => c.count > 0);
    const rowBlocks = new Set(held.map((c) => c.row));
    const columnBlocks = new Set(held.map((c) => c.column));
    return held.length === rowBlocks.size * columnBlocks.size;
  };
  const passes = (shown: readonly Cell<T>[]) => strict(shown) || (completeEnough && complete(shown));
  const candidates = columns.shown; // largest first; a column below k on its own never shows
  let shown: Cell<T>[] = [];
  if (candidates.length <= MAX_COLUMNS_TRIED) {
    const sum = (cells: readonly Cell<T>[]) => cells.reduce((n, c) => n + c.count, 0);
    // Most columns on their own; then a folding that passes the strict rule (its splits may show); then the least in "other".
    let shownStrict = false;
    for (let mask = (1 << candidates.length) - 1; mask > 0; mask -= 1) {
      const subset = candidates.filter((_, i) => mask & (1 << i));
      if (!passes(subset)) continue;
      const isStrict = strict(subset);
      const better =
        subset.length > shown.length ||
        (subset.length === shown.length &&
          ((isStrict && !shownStrict) || (isStrict === shownStrict && sum(subset) > sum(shown))));
      if (better) [shown, shownStrict] = [subset, isStrict];
    }
  } else {
    // Greedy: a column with a small cell folds; if only "other" has one, the smallest shown column joins it.
    shown = [...candidates];
    for (;;) {
      const failing = new Set(
        grouped(shown)
          .filter((c) => c.count > 0 && c.count < k)
          .map((c) => c.column),
      );
      if (failing.size === 0 || shown.length === 0) break;
      const moving = shown.some((c) => failing.has(c.id)) ? shown.filter((c) => failing.has(c.id)) : shown.slice(-1);
      shown = shown.filter((c) => !moving.includes(c));
    }
  }
  const byCount = (a: Cell<T>, b: Cell<T>) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const folded = [...columns.folded, ...candidates.filter((c) => !shown.includes(c))].sort(byCount);
  const other = folded.reduce((n, c) => n + c.count, 0);
  const visible = shown.length > 0;
  return {
    // With no column left on its own, "other" would only repeat the total: the table shows nothing else.
    table: { ...columns, shown, folded, other, otherShown: visible && other > 0 },
    // Splits only under the strict rule: a cell under k shown by `completeEnough` must not have its parts shown either.
    splitsShowable: visible && strict(shown) && grouped(shown).every((c) => splitShowable(c.parts, k)),
  };
}
