import { NOT_INITIALS } from '../analysis/redact-personal-places';
import { deedFollows, verbFollows } from '../analysis/verb-after-subject';
import type { Span } from './name-readings';

/*
 * A sponsor's initials, first name and surname ("L.M.", "L. M.", "LM" for Lee Marsh), where the text uses them as a
 * person: "L.M. took the guard off", "LM had us skip the lockout", "signed off by LM". Two capitals are many things
 * besides ("LM" a product, a unit, a grade), so they count only as the subject of a verb (dotted, any verb; undotted,
 * a deed: `verb-after-subject.ts`) or after a word that points to someone ("by", "told", "asked", a role), never
 * after an article ("the LM was down"), nor in a text written in capitals. Initials that are also an abbreviation
 * everyone writes (NOT_INITIALS: "AR" accounts receivable, "N.B.") count only dotted, before a deed or after "by".
 */

const POINTS_TO_SOMEONE =
  /(?:^|[^\p{L}])(?:by|from|told|tell|asked|ask|with|to|per|cc|manager|boss|supervisor|gm|lead|foreman|director)[ \t]+$/iu;
const THING_BEFORE =
  /(?:^|[^\p{L}])(?:the|a|an|this|that|our|my|your|their|its|new|old|el|la|le|les|los|las|der|die|das|o|os|as)[ \t]+$/iu;
const mostlyCapitals = (raw: string): boolean =>
  (raw.match(/\p{Lu}/gu)?.length ?? 0) > (raw.match(/\p{Ll}/gu)?.length ?? 0);

/** Where `raw` uses the initials of a sponsor named `first` … `last` (folded, lower case) as a person. */
export function initialsSpans(raw: string, first: string, last: string): Span[] {
  const f = first[0]?.toUpperCase();
  const l = last[0]?.toUpperCase();
  if (!f || !l || !/^\p{Lu}$/u.test(f) || !/^\p{Lu}$/u.test(l)) return [];
  // Initials that are also what everyone writes ("AR" accounts receivable, "N.B."): dotted before a deed only.
  const abbreviation = NOT_INITIALS.has(f + l);
  if (!raw.includes(f) || !raw.includes(l)) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}.])(?:(${f}\\.[ \\t]?${l}\\.?)|(${f}${l}))(?![\\p{L}\\p{N}])`, 'gu');
  const spans: Span[] = [];
  for (const m of raw.matchAll(pattern)) {
    const dotted = m[1] !== undefined;
    if (!dotted && (abbreviation || mostlyCapitals(raw))) continue;
    const before = raw.slice(Math.max(0, m.index - 24), m.index);
    if (THING_BEFORE.test(before)) continue;
    let after = raw.slice(m.index + m[0].length);
    // "the new lead, L.M., took": set off by commas, still the subject.
    if (/,[ \t]*$/u.test(before)) after = after.replace(/^,(?=[ \t])/u, '');
    const spaced = /^[ \t]/u.test(after) ? after : ` ${after}`;
    const person =
      POINTS_TO_SOMEONE.test(before) || (dotted && !abbreviation ? verbFollows(spaced) : deedFollows(spaced));
    if (person) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
