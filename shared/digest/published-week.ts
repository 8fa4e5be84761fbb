import { NO_SITE, type SentimentCounts, type WeeklyFigures } from '../domain/weekly-figures';
import type { Breakdown, DigestRow } from './model';
import { changePct, mix } from './percentages';
import {
  protectCrossTable,
  splitShowable,
  suppressSplits,
  suppressTable,
  type Cell,
  type SuppressedTable,
} from './suppression';

type Counts = { count: number; sentiment: SentimentCounts };
const emptyCounts = (): SentimentCounts => ({ POSITIVE: 0, NEGATIVE: 0, NEUTRAL: 0, MIXED: 0 });

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

export const OTHER = 'other';

/** One table of a week as its digest shows it: the suppressed cells, and the rows whose sentiment split may be shown. */
export interface PublishedTable {
  table: SuppressedTable<SentimentCounts>;
  /** Every non-empty group's count that week, shown or not. */
  counts: ReadonlyMap<string, number>;
  /** Ids (and `other`) whose sentiment split is shown. */
  splits: ReadonlySet<string>;
  otherSentiment: SentimentCounts;
}

/** One week as its own digest shows it. */
export interface PublishedWeek {
  figures: WeeklyFigures;
  total: number;
  totalShown: boolean;
  sentiment: SentimentCounts;
  totalSplitShown: boolean;
  channels: PublishedTable;
  sites: PublishedTable;
  topics: PublishedTable;
}

export function publishWeek(figures: WeeklyFigures, k: number): PublishedWeek {
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

export function breakdown(
  published: PublishedTable,
  label: (id: string) => string,
  /** The folded row's name beside named rows ("Other sites combined"), and when it holds them all ("All sites combined"). */
  otherLabel: { some: string; all: string },
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
          label: rows.length ? otherLabel.some : otherLabel.all,
          count: table.other,
          sentiment: splits.has(OTHER) ? mix(published.otherSentiment) : undefined,
        }
      : undefined,
    total: table.totalShown ? table.total : undefined,
  };
}
