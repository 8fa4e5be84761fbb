// Attack round 26: "ma sécu c'est le 2 91 11 69 123 045 72" read as "2 [PHONE]": a national number's first digit left.
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * National numbers written in their own spaced groups, whose first group a phone rule would leave outside:
 * - the French social security number (NIR): sex, year, month, département (2A/2B in Corsica), commune, order, and
 *   the two-digit key: "2 91 11 69 123 045 72", "1 85 05 2A 006 084 36"; read whole, key or none, as one [ID];
 * - the Belgian national register number: "85.07.30-033.61", "85 07 30 033 61";
 * - the Russian SNILS: "112-233-445 95";
 * - the Korean resident registration number (주민등록번호): birth date, a dash, the sex-and-century digit 1-4 (5-8 for
 *   residents from abroad) and six more: "920315-2345678" (blind round 28: Korean letters around it hid its cue).
 * Run before the phone rules. A trunk prefix before a bracketed area code is in redact-phone-trunk-prefix.ts.
 */

const NIR = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])[12789][ .]\d{2}[ .](?:0[1-9]|1[0-2]|[2-9]\d)[ .](?:\d{2}|2[AB])[ .]\d{3}[ .]\d{3}(?:[ .]\d{2})?(?![\p{N}])`,
  'giu',
);
const BELGIAN = lazyPattern(String.raw`(?<![\p{L}\p{N}])\d{2}[ .]\d{2}[ .]\d{2}[ -]\d{3}[ .]\d{2}(?![\p{N}])`, 'gu');
const KOREAN_RRN = lazyPattern(
  String.raw`(?<![\p{N}])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8]\d{6}(?![\p{N}])`,
  'gu',
);
const SNILS = lazyPattern(String.raw`(?<![\p{L}\p{N}])\d{3}-\d{3}-\d{3}[ -]\d{2}(?![\p{N}])`, 'gu');

/** Masks spaced national numbers as one [ID] (see above). */
export const maskSpacedNationalIds: Rule = (text) => {
  if (!/\d[ .-]\d/.test(text)) return text;
  return text
    .replace(NIR.get(), (m) => mask('ID', m.length))
    .replace(BELGIAN.get(), (m) => mask('ID', m.length))
    .replace(SNILS.get(), (m) => mask('ID', m.length))
    .replace(KOREAN_RRN.get(), (m) => mask('ID', m.length));
};
