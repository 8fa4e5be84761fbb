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
  const fl = f.toLowerCase();
  const ll = l.toLowerCase();
  if (!raw.toLowerCase().includes(fl) || !raw.toLowerCase().includes(ll)) return [];
  // Dotted, they may be in lower case too ("l.m. told us to skip it"), both dots then written; never "a.m.", "e.g.".
  const lower = abbreviation ? '' : `|${fl}\\.[ \\t]?${ll}\\.`;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}.])(?:(${f}\\.[ \\t]?${l}\\.?${lower})|(${f}${l}))(?![\\p{L}\\p{N}])`,
    'gu',
  );
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

/*
 * A title before the surname's initial alone ("Mr. M.", "Ms W", "mrs w.", "Sra. M."): how people write of a manager
 * they will not name in full, and never anything but a person. The titles are those that cannot be read as a word
 * or an abbreviation before a letter ("M." alone, "Don", "Pan", "Sen" can), any case, with or without their dots.
 */
const TITLES_BEFORE_INITIAL =
  '(?:mr|mrs|ms|miss|mx|dr|prof|sir|madam|sr|sra|srta|se[nñ]ora?|se[nñ]orita|mme|mlle|monsieur|madame|herr|frau|signor|signora|senhora?)';

/** Where `raw` writes a title before the initial of the surname `last` (folded, lower case) alone. */
export function titledInitialSpans(raw: string, last: string): Span[] {
  const l = last[0];
  if (!l || !/^\p{L}$/u.test(l)) return [];
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${TITLES_BEFORE_INITIAL}\\.?[ \\t]+${l}\\.?(?![\\p{L}\\p{N}]|\\.\\p{L})`,
    'giu',
  );
  return [...raw.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
