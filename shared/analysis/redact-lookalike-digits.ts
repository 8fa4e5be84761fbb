import { MASKED } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Numbers with characters that look like digits slipped in to get past a
 * filter: "555 O12 3456", "(555) 0l2-3456", "555 |23 4567", "555-OI2-345S",
 * and the same shapes from other alphabets: Cyrillic "О" and "З", Greek "Ο".
 * A piece made only of digits and such characters, holding at least one
 * digit and one of them, is read with them as the digits they stand for; the
 * number rules then read the text again, and what they hide is hidden in the
 * text as written. A word ("Oil", "lol", "SOS") holds no digit and is never
 * read so.
 */

// What each look-alike stands for: O and o of Latin, Cyrillic and Greek are 0; I, l and "|" are 1; З is 3; S is 5.
const AS_DIGIT: Readonly<Record<string, string>> = {
  O: '0',
  o: '0',
  О: '0',
  о: '0',
  Ο: '0',
  ο: '0',
  I: '1',
  l: '1',
  '|': '1',
  З: '3',
  з: '3',
  S: '5',
};
const LOOKS = 'OoОоΟοIl|ЗзS';
const LOOKALIKE_PIECE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}|#])(?=[${LOOKS}]*\d)(?=\d*[${LOOKS}])[\d${LOOKS}]+(?![\p{L}\p{N}|])`,
  'gu',
);

/**
 * A piece with its look-alikes as digits. S ends plurals and names of bands ("5SOS"): it is read as 5 only in a piece
 * with two digits or more ("345S"); otherwise the piece stays as written. A hashtag ("#S24") is never read so.
 */
function readAsDigits(piece: string): string {
  if (piece.includes('S') && piece.replace(/\D/g, '').length < 2) return piece;
  return piece.replace(/\D/gu, (c) => AS_DIGIT[c] ?? c);
}

/** Runs `rule`, then again on its result read with look-alike letters in numbers as digits (see above). */
export function readingLookAlikesAsDigits(rule: Rule): Rule {
  return (text) => {
    const out = rule(text);
    LOOKALIKE_PIECE.get().lastIndex = 0;
    if (!LOOKALIKE_PIECE.get().test(text)) return out;
    const reading = text.replace(LOOKALIKE_PIECE.get(), readAsDigits);
    const masked = rule(reading);
    if (masked === reading) return out;
    // A place either reading hid stays hidden; the look-alike reading's kind wins where both did.
    let merged = '';
    for (let i = 0; i < out.length; i++) merged += MASKED.test(masked[i]!) ? masked[i] : out[i];
    return merged;
  };
}
