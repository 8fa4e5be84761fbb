import type { Config, Sponsor } from '../config/schema';
import { foldConfusables, givenNameForms, isPetForm, TITLE } from './name-variants';
import { describesRole, mentionsNumberedSite, roleKindsOf } from './role-words';

/**
 * Which sponsors a report names, read in its raw text before redaction
 * (after it, "[NAME]" says nothing of whom). A sponsor named in a report
 * must never receive it: the case goes around them (`routeAroundConflicts`).
 *
 * A false match only sends a case to the backup, while a missed one hands a
 * report to the person it is about, so matching leans wide: case, accents,
 * leetspeak ("D4na"), letter-spacing ("W h i t f i e l d"), a possessive,
 * a one-letter typo in a long surname. What counts as naming a sponsor:
 * - their full name, their surname (3+ letters), their role in brackets in
 *   the config ("Dana Whitfield (COO)": "the COO"), or one of `aliases`;
 * - their first name with a site that is theirs: the case's own site, or a
 *   site of theirs the text mentions; a sponsor of no particular site
 *   (company-wide) counts as everyone's.
 * - a description of their job ("the head of HR", "le DRH", "the plant 2
 *   manager"), read from their role and `roleWords` (`role-words.ts`), with
 *   a site of theirs as for a first name;
 * - other spellings of their name (`name-variants.ts`): look-alike letters
 *   from other scripts, pet forms ("Marshy"), the usual forms of a given
 *   name ("Samuel" for Sam), a slip in a surname of 5+ letters after a title.
 */

const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const LEET: Record<string, string> = { '4': 'a', '@': 'a', '3': 'e', '0': 'o', '5': 's', $: 's', '7': 't', '!': 'i' };

/** Lower case, no accents, compatibility forms made plain, invisible characters gone. */
export function foldForNames(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** "w h i t f i e l d" and "w.h.i.t" as one word. */
const joinSpacedLetters = (text: string) =>
  text.replace(/(?<![\p{L}\p{N}])(?:\p{L}[ ._\-]){2,}\p{L}(?![\p{L}\p{N}])/gu, (run) => run.replace(/[ ._\-]/g, ''));

/** The ways the text may be read: as written, with leetspeak read as letters (1 as i and as l), letter-spacing joined. */
function readings(raw: string): string[] {
  // "5am" is a time, not leetspeak for "Sam".
  const folded = foldConfusables(foldForNames(raw)).replace(/(?<![\p{L}\p{N}])\d{1,2}(?=\s?[ap]\.?m\b)/gu, ' ');
  const leet = (one: string) => folded.replace(/[4@305$7!1]/g, (ch) => (ch === '1' ? one : LEET[ch]!));
  const base = [folded, leet('i'), leet('l')];
  return [...new Set([...base, ...base.map(joinSpacedLetters)])];
}

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `phrase` as whole words (any spacing between them) somewhere in `text`. */
function hasPhrase(text: string, phrase: string): boolean {
  const words = foldForNames(phrase)
    .split(/[\s\-]+/)
    .filter(Boolean);
  if (!words.length) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeForRegExp).join('[\\s\\-]*')}(?![\\p{L}\\p{N}])`, 'u').test(
    text,
  );
}

/** Whether a and b differ by at most one letter inserted, removed, changed or two swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The person's name without a role in brackets, and that role. */
function nameParts(sponsor: Sponsor): { personal: string[]; roles: string[] } {
  const roles = [...sponsor.name.matchAll(/\(([^)]+)\)/g)]
    .map((m) => m[1]!.trim())
    .filter((r) => r.length >= 2)
    .concat(sponsor.roleWords ?? []);
  const personal = foldForNames(sponsor.name.replace(/\([^)]*\)/g, ' '))
    .split(/[^\p{L}\p{N}'\-]+/u)
    .filter(Boolean);
  return { personal, roles };
}

/** Whether `sponsor`'s sites are this case's: theirs by the case's site, by one named in the text, or company-wide. */
function onTheirSite(config: Pick<Config, 'sites'>, sponsor: Sponsor, site: string | undefined, text: string): boolean {
  if (sponsor.sites.length === 0) return true;
  if (site && sponsor.sites.includes(site)) return true;
  return sponsor.sites.some((id) => {
    const named = config.sites.find((s) => s.id === id);
    return (
      hasPhrase(text, id) ||
      (named !== undefined && (hasPhrase(text, named.name) || mentionsNumberedSite(text, foldForNames(named.name))))
    );
  });
}

/** The ids of the sponsors the raw text names (see the module's comment). */
export function sponsorsNamedIn(config: Pick<Config, 'sponsors' | 'sites'>, rawText: string, site?: string): string[] {
  if (!rawText) return [];
  const texts = readings(rawText);
  const words = new Set(texts.flatMap((t) => t.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 6));
  const named: string[] = [];
  for (const sponsor of config.sponsors) {
    const { personal, roles } = nameParts(sponsor);
    const first = personal[0];
    const last = personal.length > 1 ? personal.at(-1) : undefined;
    const phrases = [
      ...(personal.length > 1 ? [personal.join(' ')] : []),
      ...(last && last.length >= 3 ? [last] : []),
      ...roles,
      ...(sponsor.aliases ?? []),
    ];
    const byName =
      phrases.some((p) => texts.some((t) => hasPhrase(t, p))) ||
      (last !== undefined && last.length >= 6 && [...words].some((w) => withinOneEdit(w, last))) ||
      (last !== undefined && texts.some((t) => surnameVariantIn(t, last)));
    const firstNames = first !== undefined && first.length >= 2 ? [first, ...givenNameForms(first)] : [];
    const kinds = roleKindsOf(roles.map(foldForNames));
    const onSite = (t: string) =>
      firstNames.some((f) => hasPhrase(t, f) || hasPetForm(t, f)) || kinds.some((kind) => describesRole(t, kind));
    const byFirstNameOrRole = texts.some((t) => onSite(t) && onTheirSite(config, sponsor, site, t));
    if (byName || byFirstNameOrRole) named.push(sponsor.id);
  }
  return named;
}

const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A pet form of `name` as a word of `text` ("marshy", "sammy"). */
const hasPetForm = (text: string, name: string) => wordsOf(text).some((w) => isPetForm(w, name));

const AFTER_TITLE = new RegExp(`(?<![\\p{L}\\p{N}])${TITLE}\\.?\\s+(\\p{L}{4,})`, 'gu');

/** The surname as a pet form, or with a one-letter slip after a title ("Mr Okafr", "Sra. Marhs") when it has 5+ letters. */
function surnameVariantIn(text: string, last: string): boolean {
  if (hasPetForm(text, last)) return true;
  if (last.length < 5) return false;
  return [...text.matchAll(AFTER_TITLE)].some((m) => withinOneEdit(m[1]!, last));
}
