import { expect, it } from 'vitest';
import type { Urgency } from '../../shared/analysis/urgency';

/**
 * What every text of a table must come out as: calm (not urgent and no
 * category), urgent or not at all, or with a category found or not found.
 */
export type Expected = 'calm' | { urgent: boolean } | { category: string } | { notCategory: string };

/**
 * One test per text of `texts`, each read by `detect` and held to `expected`:
 * the urgency tests are long tables of wordings, and this is their one shape.
 * `title` is `it.each`'s, so `%j` or `%s` names the text.
 */
export function eachText(
  title: string,
  texts: readonly string[],
  detect: (text: string) => Urgency,
  expected: Expected,
): void {
  it.each(texts)(title, (text) => holdTo(detect(text), expected));
}

/** As `eachText`, for `[label, text]` rows: the label (a language, a way of writing) is for the title's `%s`. */
export function eachLabelledText(
  title: string,
  cases: readonly (readonly string[])[],
  detect: (text: string) => Urgency,
  expected: Expected,
): void {
  // The rows come from JSON, so their shape is checked here rather than by the type.
  const rows = cases.map((row) => {
    const [label, text] = row;
    if (row.length !== 2 || label === undefined || text === undefined)
      throw new Error(`not a [label, text] row: ${JSON.stringify(row)}`);
    return [label, text] as const;
  });
  it.each(rows)(title, (_label, text) => holdTo(detect(text), expected));
}

function holdTo(found: Urgency, expected: Expected): void {
  if (expected === 'calm') expect(found).toEqual({ urgent: false, categories: [] });
  else if ('urgent' in expected) expect(found.urgent).toBe(expected.urgent);
  else if ('category' in expected) expect(found.categories).toContain(expected.category);
  else expect(found.categories).not.toContain(expected.notCategory);
}

/** One test per `[category, text]`: `detect` finds that category in the text. */
export function eachCategory(
  title: string,
  cases: readonly (readonly [string, string])[],
  detect: (text: string) => Urgency,
): void {
  it.each(cases)(title, (category, text) => {
    expect(detect(text).categories).toContain(category);
  });
}
