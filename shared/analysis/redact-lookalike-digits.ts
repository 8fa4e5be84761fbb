import { MASKED } from './redaction-kinds';
import type { Rule } from './redact-rule';

/*
 * Numbers with letters that look like digits slipped in to get past a
 * filter: "555 O12 3456", "(555) 0l2-3456". A piece made only of digits and
 * O, o, I or l, holding at least one digit and one such letter, is read with
 * the letters as the digits they stand for; the number rules then read the
 * text again, and what they hide is hidden in the text as written. A word
 * ("Oil", "lol") holds no digit and is never read so.
 */

const LOOKALIKE_PIECE = /(?<![\p{L}\p{N}])(?=[OoIl]*\d)(?=\d*[OoIl])[\dOoIl]+(?![\p{L}\p{N}])/gu;

/** Runs `rule`, then again on its result read with look-alike letters in numbers as digits (see above). */
export function readingLookAlikesAsDigits(rule: Rule): Rule {
  return (text) => {
    const out = rule(text);
    LOOKALIKE_PIECE.lastIndex = 0;
    if (!LOOKALIKE_PIECE.test(text)) return out;
    const reading = text.replace(LOOKALIKE_PIECE, (piece) => piece.replace(/[Oo]/g, '0').replace(/[Il]/g, '1'));
    const masked = rule(reading);
    if (masked === reading) return out;
    // A place either reading hid stays hidden; the look-alike reading's kind wins where both did.
    let merged = '';
    for (let i = 0; i < out.length; i++) merged += MASKED.test(masked[i]!) ? masked[i] : out[i];
    return merged;
  };
}
