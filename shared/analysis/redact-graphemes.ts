import { lazyPattern } from './lazy-pattern';
/*
 * A rule finds a name by its letters, and may end its find before the marks written on the last letter
 * ("ลุงสมชาย์": the sign ์ over ย) or start it on a mark whose letter it left out. A mark left beside a placeholder
 * is a letter of the name still shown ("ลุง[NAME]์"), and renders on the bracket. A find covers whole characters as
 * the reader sees them: the marks after its last letter, and the letter a mark it starts on is written on.
 */

const MARK = lazyPattern(String.raw`\p{M}`, 'u');
const ANY_MARK = lazyPattern(String.raw`\p{M}`, 'u');
const MASK = /[\uE000-\uE006]/u;

/** `masked` (the text `read` with finds masked) with each find widened to whole characters. */
export function keepingClustersWhole(read: string, masked: string): string {
  if (!ANY_MARK.get().test(read) || !MASK.test(masked)) return masked;
  const out = masked.split('');
  for (let i = 0; i < out.length; i++) {
    if (!MASK.test(out[i]!)) continue;
    const mark = out[i]!;
    // A find that starts on a mark takes the letters (and marks) before it, back to the letter they are written on.
    let back = i;
    while (back > 0 && MARK.get().test(read[back]!) && !MASK.test(out[back - 1]!)) out[--back] = mark;
    // Then the marks written after its last letter.
    let end = i;
    while (end + 1 < out.length && MASK.test(out[end + 1]!)) end++;
    while (end + 1 < out.length && MARK.get().test(read[end + 1]!) && !MASK.test(out[end + 1]!)) out[++end] = mark;
    i = end;
  }
  return out.join('');
}
