import { lazyPattern } from './lazy-pattern';
import { maskMatches, type Rule } from './redact-rule';

/*
 * op46b (2026-12-07), from the blind operator attack op45 (class 6): numbers that name the writer kept in Ukrainian,
 * Vietnamese and Tagalog.
 *
 * - A Ukrainian plate is two letters, four digits, two letters, written in Latin letters as often as in Cyrillic
 *   ("мій номер авто AA 1234 BK"): in a text with Cyrillic in it, that shape is a plate, hidden whole as [PLATE].
 * - The writer's own locker in Vietnamese, "tủ" (and "tủ đồ", "tủ khóa", "tủ cá nhân", "locker") with "số" and its
 *   number, then "of me" ("tủ đồ số 88 của tôi", "tủ số 45 của em"); without "của tôi" a locker or a fridge is a thing
 *   and keeps its number ("tủ lạnh số 2 bị hỏng").
 * - The writer's own locker in Tagalog: "locker ko" (my locker), then "ay" or "number", then its number ("ang locker
 *   ko ay 121").
 * - A barangay after "Brgy."/"Bgy."/"Barangay" and a capital: the place of a Filipino address, hidden with it ("23
 *   Mabini St., Brgy. San Roque" kept "San Roque" after the street was hidden). Not the barangay's office or officials
 *   ("Brgy. Captain", "Brgy. Hall").
 *
 * Letters outside ASCII in code are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 */

const LATIN_PLATE_IN_CYRILLIC = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])[A-Z]{2}[ \t-]?\d{4}[ \t-]?[A-Z]{2}(?![\p{L}\p{N}])`,
  'gu',
);

// "tủ", "tủ đồ", "tủ khóa"/"tủ khoá", "tủ cá nhân", "locker".
const VI_LOCKER = String.raw`(?:t\u1ee7(?:[ \t]+(?:\u0111\u1ed3|kh\u00f3a|kho\u00e1|c\u00e1[ \t]+nh\u00e2n))?|locker)`;
const VI_MINE = String.raw`c\u1ee7a[ \t]+(?:t\u00f4i|em|m\u00ecnh|tao|tui|t\u1edb|anh|ch\u1ecb)(?![\p{L}])`;
const VI_MY_LOCKER = lazyPattern(
  String.raw`(?<![\p{L}])${VI_LOCKER}[ \t]+(?:s\u1ed1[ \t]*)?(\d{1,5})(?![\p{L}\p{N}])(?=[ \t]+${VI_MINE})`,
  'giu',
);
const VI_MY_LOCKER_FIRST = lazyPattern(
  String.raw`(?<![\p{L}])${VI_LOCKER}[ \t]+${VI_MINE}[ \t]+(?:(?:l\u00e0|s\u1ed1)[ \t]+){1,2}(\d{1,5})(?![\p{L}\p{N}])`,
  'giu',
);
const TL_MY_LOCKER = lazyPattern(
  String.raw`(?<![\p{L}])locker[ \t]+ko[ \t]+(?:ay[ \t]+)?(?:(?:number|num|no\.?|#)[ \t]*)?(\d{1,5})(?![\p{L}\p{N}])`,
  'giu',
);
const BARANGAY = lazyPattern(
  String.raw`(?<![\p{L}])(?:Brgy|Bgy|Barangay|Baranggay)\.?[ \t]+(?!(?:Captain|Kapitan|Chairman|Hall|Tanod|Kagawad|Office|Council|Health|Clearance|Officials?|Secretary|Treasurer)(?![\p{L}]))\p{Lu}\p{L}{1,20}(?:[ \t]+(?:\p{Lu}\p{L}{1,20}|\d{1,4}))?`,
  'gu',
);

const maskLatinPlates = maskMatches(LATIN_PLATE_IN_CYRILLIC, 'PLATE');
const lockers = [VI_MY_LOCKER, VI_MY_LOCKER_FIRST, TL_MY_LOCKER].map((p) => maskMatches(p, 'ID', () => true, 1));
const maskBarangays = maskMatches(BARANGAY, 'ADDRESS');

/** Hides the plates, lockers and barangays above. */
export const maskLatinPlatesLockersBarangays: Rule = (text) => {
  let out = text;
  if (/\p{Script=Cyrillic}/u.test(out)) out = maskLatinPlates(out);
  if (/\d/u.test(out)) out = lockers.reduce((t, rule) => rule(t), out);
  return maskBarangays(out);
};
