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
  it.each(texts)(title, (text) => {
    const found = detect(text);
    if (expected === 'calm') expect(found).toEqual({ urgent: false, categories: [] });
    else if ('urgent' in expected) expect(found.urgent).toBe(expected.urgent);
    else if ('category' in expected) expect(found.categories).toContain(expected.category);
    else expect(found.categories).not.toContain(expected.notCategory);
  });
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
