import { INVISIBLE, normaliseForRedaction } from './normalise-text';
import { MASKED } from './redaction-kinds';

/*
 * Redaction reads compatibility-normalised text (normalise-text.ts), but what
 * is stored must be what the employee wrote, except what is hidden: "2º turno"
 * and "3ª planta" stay as written, not "2o" and "3a". The text is cut into
 * pieces (a character and the marks combined with it) that normalise on their
 * own; each piece nothing hid is copied as written, and each piece any hidden
 * character falls in is hidden whole. Invisible characters stay out, as
 * before: a hidden tag character could carry a name no rule read.
 */

const PIECE = /\P{M}\p{M}*|\p{M}+/gsu;

/**
 * `masked` (`normalised` with its finds masked, same length) with every
 * unmasked piece in the characters of `original`. When the pieces do not
 * normalise on their own to `normalised` (Hangul jamo composing across
 * pieces), the normalised text is kept, as redaction always did.
 *
 * @example
 * asWritten('el 2º de Ana', 'el 2o de Ana', 'el 2o de \uE000\uE000\uE000') // 'el 2º de \uE000'
 */
export function asWritten(original: string, normalised: string, masked: string): string {
  if (original === normalised) return masked;
  const pieces = original.match(PIECE) ?? [];
  const reads = pieces.map(normaliseForRedaction);
  if (reads.join('') !== normalised) return masked;
  let at = 0;
  let out = '';
  pieces.forEach((piece, i) => {
    const seen = masked.slice(at, at + reads[i]!.length);
    const hidden = [...seen].find((c) => MASKED.test(c));
    out += hidden ?? (seen ? piece.replace(INVISIBLE, '') : '');
    at += seen.length;
  });
  return out;
}
