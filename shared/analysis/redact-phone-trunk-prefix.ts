// Attack round 26: "Звоните 8 (912) 345 67 89" read as "8 [PHONE]": the trunk prefix left outside the phone.
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * A national trunk prefix ("8" in Russia, "0" in most of Europe and Turkey, "1" in North America) or a country code
 * ("+7", "+49") written apart before a phone number whose area code is in brackets is part of the number: "8 (912)
 * 345 67 89", "0 (30) 1234567", "+7 (912) 345-67-89". Read from the text before the phone rules, so the whole number
 * is one [PHONE]; a count before a number ("2 (555) 123-4567 lines") is rare, and is a number still.
 */

const TRUNK_THEN_BRACKETED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}+])(?:\+\d{1,3}|[018])[ \t]{0,2}-?[ \t]{0,2}\(\d{2,5}\)[ \t]{0,2}\d(?:[ \t.-]?\d){4,9}(?![\p{N}])`,
  'gu',
);

/*
 * Attack round 27: "мой телефон 8 916 123-45-67" read as "8 [PHONE]": the same prefix before a whole national number
 * written without brackets (ten digits after it, as a Russian, Kazakh or North American number has). Fewer digits
 * after it ("we lost 8 123-45-67 items") leave the first figure a count.
 */
const TRUNK_THEN_TEN_DIGITS = lazyPattern(
  String.raw`(?<![\p{L}\p{N}+.,])[018][ 	]{1,2}-?[ 	]{0,2}\d{3}(?:[ 	.-]?\d){7}(?![\p{N}])`,
  'gu',
);
const TRUNK_APART = lazyPattern(String.raw`(?<![\p{N}])[018][ 	]{1,2}-?[ 	]{0,2}\d{3}`, 'u');

/** Masks a phone number with its trunk prefix or country code, written apart (see above). */
export const maskTrunkPrefixedPhones: Rule = (text) => {
  const hide = (m: string) => mask('PHONE', m.length);
  const bracketed = text.includes('(') ? text.replace(TRUNK_THEN_BRACKETED.get(), hide) : text;
  return TRUNK_APART.get().test(bracketed) ? bracketed.replace(TRUNK_THEN_TEN_DIGITS.get(), hide) : bracketed;
};
