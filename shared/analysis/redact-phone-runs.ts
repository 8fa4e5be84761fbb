/*
 * A run of digit groups that is not one phone number as a whole may still hold one or more: two numbers in a
 * row ("555-123-4567 555-987-6543"), a number and the years after it ("415 555 0199 2024 2025"), a number and
 * an ordinal ("555-123-4567 2nd shift"). Read whole, such a run has too many digits or the wrong shape and
 * was kept as written. Here the run is cut into phone numbers and ordinary figures: each number is hidden,
 * each figure stays readable.
 */

/** Where a piece of a run lies in the text. */
export interface Span {
  start: number;
  end: number;
}

// A figure that may stay beside a phone number: a year; a count of one or two digits at either end of the run
// (within it, such groups are a number's: "06 12 34 56 78").
const YEAR = /^(?:19|20)\d\d$/;
// Day, month and year, either way round: with "/" (the year in two or four digits) or "." (a four-digit year, as
// "06.12.34" is also how a French number begins), and no more groups joined on the same way.
const DATE = /(?<![\d./])(?:\d{1,2}\/\d{1,2}\/(?:\d{4}|\d\d)(?![\d/])|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?![\d.]\d?))/g;

/**
 * The phone numbers in `run` (found at `at` in `text`), or none when the run cannot be cut into numbers
 * and ordinary figures. `isPhone` says whether a piece of the run, at its place in the text, is a number.
 * Of all the cuts, the one whose numbers have the lengths numbers most often have (ten to twelve digits)
 * wins; then the one that hides fewest digits.
 */
export function phonesInRun(
  text: string,
  run: string,
  at: number,
  isPhone: (piece: string, index: number) => boolean,
): Span[] {
  const groups = [...run.matchAll(/\d+/g)].map((g) => ({ start: at + g.index, end: at + g.index + g[0].length }));
  const digits = (i: number, j: number) => groups.slice(i, j + 1).reduce((n, g) => n + g.end - g.start, 0);
  // A date's day, month and year ("12/03/2021-15/06/2022") are figures, never a number's digits.
  const dated = new Set<number>();
  for (const date of run.matchAll(DATE)) {
    const from = at + date.index;
    const to = from + date[0].length;
    groups.forEach((g, i) => g.start >= from && g.end <= to && dated.add(i));
  }
  const ordinary = (i: number) => {
    const { start, end } = groups[i]!;
    const figure = text.slice(start, end);
    // "2nd", "3pm", "5kg": a figure with its unit or ending.
    const atEnd = i === 0 || i === groups.length - 1;
    return dated.has(i) || YEAR.test(figure) || (atEnd && figure.length <= 2) || /^\p{L}/u.test(text.slice(end));
  };
  // A piece from group i to group j, with the bracket an area code opens or closes.
  const piece = (i: number, j: number): Span => {
    let start = groups[i]!.start;
    let end = groups[j]!.end;
    if (text[start - 1] === '(' && start - 1 >= at) start--;
    if (text[end] === ')' && end < at + run.length) end++;
    return { start, end };
  };
  // best[i]: the cheapest cut of groups i.. (cost: numbers of an unusual length, then digits hidden).
  type Cut = { unusual: number; hidden: number; phones: Span[] };
  const best: (Cut | undefined)[] = [];
  best[groups.length] = { unusual: 0, hidden: 0, phones: [] };
  const better = (a: Cut | undefined, b: Cut) =>
    !a || b.unusual < a.unusual || (b.unusual === a.unusual && b.hidden < a.hidden) ? b : a;
  let heldAPhone = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    let found: Cut | undefined;
    const rest = best[i + 1];
    if (rest && ordinary(i)) found = rest;
    for (let j = i; j < groups.length && !dated.has(j); j++) {
      const n = digits(i, j);
      if (n > 15) break;
      const after = best[j + 1];
      if (n < 7) continue;
      const span = piece(i, j);
      if (!isPhone(text.slice(span.start, span.end), span.start)) continue;
      heldAPhone = true;
      if (!after) continue;
      found = better(found, {
        unusual: after.unusual + (n >= 10 && n <= 12 ? 0 : 1),
        hidden: after.hidden + n,
        phones: [span, ...after.phones],
      });
    }
    best[i] = found;
  }
  if (best[0]) return best[0].phones;
  // No cut leaves only ordinary figures beside the numbers ("415 555 0199 12 3456"): if a number is in the run,
  // the whole run is hidden, as nothing says where the number ends.
  return heldAPhone ? [piece(0, groups.length - 1)] : [];
}
