/** One column of a report table: its heading, its width, and whether it hugs the left (names) or the right (figures). */
export interface Column {
  title: string;
  width: number;
  left?: boolean;
}

/** A report table as lines of text: the heading, then one line a row, each cell padded to its column's width. */
export function tableLines(columns: readonly Column[], rows: readonly (readonly (string | number)[])[]): string[] {
  const line = (cells: readonly (string | number)[]) =>
    cells
      .map((cell, i) => {
        const column = columns[i]!;
        return column.left ? String(cell).padEnd(column.width) : String(cell).padStart(column.width);
      })
      .join('');
  return [line(columns.map((c) => c.title)), ...rows.map(line)];
}

/** A share as a percentage with `digits` decimals: 0.9512 → "95.1". */
export const percent = (share: number, digits = 1) => (100 * share).toFixed(digits);
