import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { protectCrossTable, suppressTable, type Cell, type CrossCell } from '../../../shared/digest/suppression';

const cells = (counts: Record<string, number>): Cell[] =>
  Object.entries(counts).map(([id, count]) => ({ id, count, data: undefined }));
const ids = (list: Cell[]) => list.map((c) => c.id);

describe('suppressing one table of counts', () => {
  it('Should show every group of at least k and no other row when none is smaller', () => {
    const t = suppressTable(cells({ hq: 40, plant2: 12, warehouse: 5 }), 5, { additive: true });
    expect(ids(t.shown)).toEqual(['hq', 'plant2', 'warehouse']);
    expect(t).toMatchObject({ otherShown: false, other: 0, total: 57, totalShown: true });
  });

  it('Should fold a small group into other together with the next smallest, so the total cannot give it away', () => {
    const t = suppressTable(cells({ hq: 40, plant2: 2, warehouse: 9 }), 5, { additive: true });
    expect(ids(t.shown)).toEqual(['hq']);
    expect(ids(t.folded)).toEqual(['warehouse', 'plant2']);
    expect(t).toMatchObject({ other: 11, otherShown: true, total: 51, totalShown: true });
  });

  it('Should not need a second group when the small ones already make k together', () => {
    const t = suppressTable(cells({ hq: 40, plant2: 3, warehouse: 2, kiosk: 20 }), 5, { additive: true });
    expect(ids(t.shown)).toEqual(['hq', 'kiosk']);
    expect(t).toMatchObject({ other: 5, otherShown: true });
  });

  it('Should keep folding until other reaches k, whatever it costs', () => {
    const t = suppressTable(cells({ a: 1, b: 1, c: 1, d: 50 }), 5, { additive: true });
    expect(ids(t.shown)).toEqual([]);
    expect(t).toMatchObject({ other: 53, otherShown: true, total: 53, totalShown: true });
  });

  it('Should show nothing at all when the whole table has fewer than k', () => {
    const t = suppressTable(cells({ a: 1, b: 2 }), 5, { additive: true });
    expect(t).toMatchObject({ shown: [], otherShown: false, totalShown: false });
  });

  it('Should leave out groups of zero, which hide nobody and protect nobody', () => {
    const t = suppressTable(cells({ hq: 10, plant2: 0, warehouse: 3 }), 5, { additive: true });
    expect(ids(t.folded)).toEqual(['hq', 'warehouse']);
    expect(t.shown).toEqual([]);
    expect(t).toMatchObject({ other: 13, otherShown: true });
  });

  it('Should give no total for a table whose groups overlap, such as topics', () => {
    const t = suppressTable(cells({ pay: 9, safety: 7 }), 5, { additive: false });
    expect(t.totalShown).toBe(false);
    expect(ids(t.shown)).toEqual(['pay', 'safety']);
  });

  it('Should refuse a k that is not a positive whole number', () => {
    expect(() => suppressTable([], 0, { additive: true })).toThrow(RangeError);
  });
});

describe('suppression properties over random tables', () => {
  const table = fc.record({
    k: fc.integer({ min: 3, max: 12 }),
    counts: fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 200 })), {
      minLength: 0,
      maxLength: 12,
    }),
  });

  it('Should never show a row, other or total below k', () => {
    fc.assert(
      fc.property(table, ({ k, counts }) => {
        const t = suppressTable(
          counts.map((count, i) => ({ id: `g${i}`, count, data: undefined })),
          k,
          { additive: true },
        );
        for (const c of t.shown) expect(c.count).toBeGreaterThanOrEqual(k);
        if (t.otherShown) expect(t.other).toBeGreaterThanOrEqual(k);
        if (t.totalShown) expect(t.total).toBeGreaterThanOrEqual(k);
      }),
    );
  });

  it('Should never let total minus the shown rows, or other, equal one hidden group', () => {
    fc.assert(
      fc.property(table, ({ k, counts }) => {
        const t = suppressTable(
          counts.map((count, i) => ({ id: `g${i}`, count, data: undefined })),
          k,
          { additive: true },
        );
        const hidden = counts
          .map((count, i) => ({ id: `g${i}`, count }))
          .filter((c) => c.count > 0 && !t.shown.some((s) => s.id === c.id));
        const remainder = t.total - t.shown.reduce((s, c) => s + c.count, 0);
        for (const h of hidden) {
          if (t.totalShown) expect(remainder).not.toBe(h.count);
          if (t.otherShown) expect(t.other).not.toBe(h.count);
        }
        // Nothing is lost: shown + other = total.
        expect(t.shown.reduce((s, c) => s + c.count, 0) + t.other).toBe(t.total);
      }),
    );
  });

  it('Should fold only when needed: a table with no small group shows every group', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 10 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 10 }),
        (k, raw) => {
          const counts = raw.map((c) => (c > 0 && c < k ? c + k : c));
          const t = suppressTable(
            counts.map((count, i) => ({ id: `g${i}`, count, data: undefined })),
            k,
            { additive: true },
          );
          expect(t.shown).toHaveLength(counts.filter((c) => c > 0).length);
        },
      ),
    );
  });
});

describe('protecting the site × channel cross-table behind two tables (rule 8)', () => {
  const k = 5;
  /** Sites and channels as their tables show them, from site → channel → count. */
  function tables(grid: Record<string, Record<string, number>>) {
    const cross: CrossCell[] = Object.entries(grid).flatMap(([row, columns]) =>
      Object.entries(columns).map(([column, count]) => ({ row, column, count, parts: { NEGATIVE: count } })),
    );
    const sum = (key: (c: CrossCell) => string) => {
      const out: Record<string, number> = {};
      for (const c of cross) out[key(c)] = (out[key(c)] ?? 0) + c.count;
      return out;
    };
    return {
      cross,
      rows: suppressTable(cells(sum((c) => c.row)), k, { additive: true }),
      columns: suppressTable(cells(sum((c) => c.column)), k, { additive: true }),
    };
  }

  it('Should show channels with a small cell when no cell is empty, since then no row minus a column gives one, and hide their splits', () => {
    // The golden week's shape: the few from small sites ("other", 7) spread over all three channels.
    const { cross, rows, columns } = tables({
      hq: { web: 37, sms: 20, kiosk: 10 },
      plant2: { web: 51, sms: 29, kiosk: 17 },
      warehouse: { web: 2, sms: 1, kiosk: 1 },
      '-': { web: 3 },
    });
    expect(ids(protectCrossTable(columns, rows, cross, k).table.shown)).toEqual([]);
    const relaxed = protectCrossTable(columns, rows, cross, k, { completeEnough: true });
    expect(ids(relaxed.table.shown)).toEqual(['web', 'sms', 'kiosk']);
    expect(relaxed.splitsShowable).toBe(false);
  });

  it('Should keep the strict rule where a cell is empty: with no kiosk at HQ, HQ minus the other channels would give its kiosk-free cells', () => {
    const { cross, rows, columns } = tables({ hq: { web: 6, sms: 3 }, plant2: { web: 9, sms: 6, kiosk: 8 } });
    const relaxed = protectCrossTable(columns, rows, cross, k, { completeEnough: true });
    expect(ids(relaxed.table.shown)).not.toEqual(['web', 'sms', 'kiosk']);
    // Whatever it shows, each cell of the grouped table is 0 or at least k.
    const shownIds = new Set(ids(relaxed.table.shown));
    const grouped = new Map<string, number>();
    for (const c of cross) {
      const key = `${c.row}|${shownIds.has(c.column) ? c.column : 'other'}`;
      grouped.set(key, (grouped.get(key) ?? 0) + c.count);
    }
    for (const [key, n] of grouped) expect(n === 0 || n >= k, key).toBe(true);
  });

  it('Should, among foldings that show as many channels, prefer one that needs no empty-free exception, so splits may show', () => {
    const { cross, rows, columns } = tables({ hq: { web: 6, sms: 3 }, plant2: { web: 5, sms: 5, kiosk: 7 } });
    const relaxed = protectCrossTable(columns, rows, cross, k, { completeEnough: true });
    expect(ids(relaxed.table.shown)).toEqual(['kiosk']);
    expect(relaxed.splitsShowable).toBe(true);
  });
});
