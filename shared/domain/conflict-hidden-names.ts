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
  // Positions are the normalised text's: comparable only where it kept every letter in place.
  if (text.length !== raw.length) return [];
  return spans.filter((s) => s.kind === 'NAME');
}

/** Whether `span` lies inside one of `hidden`. */
export const hiddenWithin = (span: Span, hidden: readonly Span[]): boolean =>
  hidden.some((h) => h.start <= span.start && span.end <= h.end);
