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
// The calling codes of E.164 of one to three digits that a number may open with ("44 20 7946 0958", "1 415 555
// 0199", "971 50 123 4567"): before a number, such a group is its first digits, never a figure beside it.
const CALLING_CODE =
  /^(?:1|7|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58]|2[1-9]\d|3[578]\d|42\d|5[09]\d|6[7-9]\d|8[05789]\d|9[679]\d)$/;
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
  { readsWhole = false }: { readsWhole?: boolean } = {},
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
    if (dated.has(i) || YEAR.test(figure) || /^\p{L}/u.test(text.slice(end))) return true;
    // A short group first is a count ("room 12 555 123 4567") unless it is a calling code, the number's own start.
    if (i === 0) return figure.length <= 2 && !CALLING_CODE.test(figure) && text[start - 1] !== '+';
    // One last may be an extension's digits when the whole run reads as one number: only then is it the number's.
    return i === groups.length - 1 && figure.length <= 2 && !readsWhole;
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
  // A run that reads as one number whole, with no cut into numbers and figures, is that number.
  if (readsWhole) return [piece(0, groups.length - 1)];
  // No cut leaves only ordinary figures beside the numbers ("415 555 0199 12 3456"): if a number is in the run,
  // the whole run is hidden, as nothing says where the number ends.
  return heldAPhone ? [piece(0, groups.length - 1)] : [];
}
