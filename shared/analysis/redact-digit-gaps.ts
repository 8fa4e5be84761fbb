import { MASKED } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Numbers whose digit groups are parted by what no number rule reads as a separator: an emoji ("555😀123😀4567"),
 * an arrow or a bullet ("555→123→4567", "555‧123‧4567", "555 🔹 123 🔹 4567"), a bar ("555 | 123 | 4567"), a
 * hyphen at a line break ("555-123-\n4567"), or keycap digits ("5️⃣5️⃣5️⃣ 1️⃣2️⃣3️⃣ 4️⃣5️⃣6️⃣7️⃣", whose
 * variation selector normalisation has already taken off). The number rules read a copy of the text where each
 * such run between two digits is one "-" and a keycap's mark is gone; what they hide there is hidden in the text
 * as written, over the whole run, so nothing of the number is left. The phone-run rule (redact-phone-runs.ts)
 * then reads "555-123-4567" as any other; a run of plain spaces or hyphens is the rules' own business and stays.
 */

// Between digit groups: symbols and emoji (arrows, hearts, bars), combining marks (a keycap's U+20E3, a skin
// tone's modifier is a symbol too), dashes, white space and line breaks, bullets and middle dots. Not what says
// the digits are an amount, a sum or a comparison ("$", "%", "+", "=", "<"), which the rules read themselves. A bar
// only with a space either side ("555 | 123"): touching digits it stands for a 1 ("555-|23-4567",
// redact-lookalike-digits.ts).
const GAP_CHAR = String.raw`(?:(?![$\u20ac\u00a3\u00a5\u20b9%+=<>^\x60|])[\p{S}\p{M}\p{Pd}\s\u2027\u2022\u00b7\u2219\u22c5\u30fb\u25e6\u2023\u2043]| \| )`;
// At most a few characters: an emoji with its skin tone and a space either side; more is two figures apart.
const GAP = lazyPattern(String.raw`(?<=\d)${GAP_CHAR}{1,8}(?=\d)`, 'gu');
// A gap only plain spaces or hyphens make, which every number rule already reads.
const PLAIN_GAP = /^(?: +|-| - )$/;
// A keycap's mark, or another combining mark, on a digit: part of the digit.
const MARK_ON_DIGIT = lazyPattern(String.raw`(?<=\d)\p{M}+`, 'gu');
// Whether the text could hold such a gap at all: a digit, then one of its characters that is not a space or "-".
const SCREEN = lazyPattern(String.raw`\d(?! ?-? ?\d)(?=${GAP_CHAR}{1,8}\d)`, 'u');

/** The reading the number rules get, and for each of its characters where it came from in the text. */
function gapsAsHyphens(text: string): { reading: string; from: number[]; to: number[] } | undefined {
  let reading = '';
  const from: number[] = [];
  const to: number[] = [];
  let last = 0;
  const keep = (end: number) => {
    for (let i = last; i < end; i++) {
      reading += text[i];
      from.push(i);
      to.push(i + 1);
    }
  };
  // A gap's marks on the digit before it are part of the gap; marks on a digit after which no digit comes are that digit's.
  const gaps: { start: number; end: number; as: string }[] = [];
  GAP.get().lastIndex = 0;
  for (const m of text.matchAll(GAP.get())) {
    const marks = /^\p{M}*/u.exec(m[0])![0].length;
    const rest = m[0].slice(marks);
    gaps.push({ start: m.index, end: m.index + m[0].length, as: rest === '' || PLAIN_GAP.test(rest) ? rest : '-' });
  }
  for (const m of text.matchAll(MARK_ON_DIGIT.get()))
    if (!gaps.some((g) => g.start === m.index)) gaps.push({ start: m.index, end: m.index + m[0].length, as: '' });
  gaps.sort((a, b) => a.start - b.start);
  if (gaps.every((g) => g.as === text.slice(g.start, g.end))) return undefined;
  for (const gap of gaps) {
    keep(gap.start);
    if (gap.as === '') {
      // The removed marks belong to the digit before them.
      to[to.length - 1] = gap.end;
    } else if (gap.as === '-') {
      reading += '-';
      from.push(gap.start);
      to.push(gap.end);
    } else {
      // Plain spaces after marks: each keeps its place, the marks go with the digit.
      const marks = gap.end - gap.start - gap.as.length;
      if (marks) to[to.length - 1] = gap.start + marks;
      last = gap.start + marks;
      keep(gap.end);
    }
    last = gap.end;
  }
  keep(text.length);
  return { reading, from, to };
}

/** Runs `rule`, then again on the text with the gaps above read as "-"; a place either reading hid stays hidden. */
export function readingGapsBetweenDigits(rule: Rule): Rule {
  return (text) => {
    const out = rule(text);
    if (!SCREEN.get().test(text) && !/\d\p{M}/u.test(text)) return out;
    const read = gapsAsHyphens(text);
    if (!read) return out;
    const masked = rule(read.reading);
    if (masked === read.reading) return out;
    const merged = out.split('');
    for (let i = 0; i < masked.length; i++) {
      if (!MASKED.test(masked[i]!)) continue;
      // A gap between two hidden characters is hidden with them; one at the edge of a find stays.
      for (let k = read.from[i]!; k < read.to[i]!; k++) merged[k] = masked[i]!;
    }
    return merged.join('');
  };
}
