import { normaliseForRedaction } from '../analysis/normalise-text';
import { findPersonalData } from '../analysis/redact';
import type { Span } from './name-readings';

/*
 * A sponsor's name that is an everyday word ("Marsh", "Rose", "Young") moves a case only where it reads as the name
 * (`conflict-name-reading.ts`). The redactor reads names by rules of its own ("L. Marsh", "Marsh from maintenance"):
 * where it, reading the text alone, hides the word as a person's name, the report names that person, and the case
 * must not reach them as a report about "[NAME]" they can read as themselves. Asked only for a surname the name
 * reading left (a given name that is a word, "Rosa", "Will", the redactor hides on its lists alone, "Rosa es el
 * color"), so most texts are never redacted twice.
 */

/** Where the redactor, on its own, hides a name in `raw`; none where its reading moved the letters. */
export function namesRedactionHides(raw: string): Span[] {
  const { text, spans } = findPersonalData(raw);
  const names = spans.filter((s) => s.kind === 'NAME');
  if (text.length === raw.length || names.length === 0) return names;
  // Positions are the normalised text's. An emoji's variation selector, a zero-width space or a ligature moves
  // them ("dana kowalewski ❤️"): each piece of the raw text (a character and its marks) normalises on its own,
  // so a find is carried back to the pieces it falls in (as keep-writing.ts does); none where they do not.
  const pieces = raw.match(PIECE) ?? [];
  const reads = pieces.map(normaliseForRedaction);
  if (reads.join('') !== text) return [];
  // For each character of the normalised text, where the raw piece it was read from starts and ends.
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  pieces.forEach((piece, i) => {
    for (let k = 0; k < reads[i]!.length; k += 1) {
      starts.push(at);
      ends.push(at + piece.length);
    }
    at += piece.length;
  });
  return names.map((s) => ({ ...s, start: starts[s.start]!, end: ends[s.end - 1]! }));
}

const PIECE = /\P{M}\p{M}*|\p{M}+/gsu;

/** Whether `span` lies inside one of `hidden`. */
export const hiddenWithin = (span: Span, hidden: readonly Span[]): boolean =>
  hidden.some((h) => h.start <= span.start && span.end <= h.end);
