// Blind round 22: "vivo en Calle Mayor 12, 3B" stored "vivo en [ADDRESS], 3B"; "14 Elm Street, 2nd floor" kept its floor.
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * A flat, floor or door written after the street and its number, with no word saying so ("apt", "piso", "flat" are
 * read by the address rules), narrows an address down to one household: it is the address too, and goes into the
 * same "[ADDRESS]". Only right after a hidden address, and only shapes no sentence goes on with:
 * - a number and one door letter ("3B", "3b", "3-B", "3 B"); written apart, a capital only ("…, 3 a week" is speech);
 *   small letters stop at "f" ("2g", "3h", "5m" are grams, hours and metres);
 * - a door letter before the number ("B3");
 * - an ordinal and "floor" ("2nd floor", "3rd fl.");
 * - a flat or door word and a letter alone ("flat B", "puerta C"): the address rules read these words before a number.
 * A number followed by words stays ("…Elm Street, 3 people live there", "…Calle Mayor 12, 2 hijos").
 */

const ADDRESS_MARK = mask('ADDRESS', 1);
const FLAT_AFTER = lazyPattern(
  String.raw`(?<=${ADDRESS_MARK})(?:[ \t]{0,2},[ \t]{0,2}|[ \t]{1,2})` +
    String.raw`(?:\d{1,3}(?:[A-H]|[a-f]|[ \t-][A-H])|[A-H]\d{1,3}|\d{1,2}(?:st|nd|rd|th)[ \t]+(?:floor|fl\.?)` +
    String.raw`|(?:[Ff]lat|[Aa]pt\.?|[Aa]partment|[Uu]nit|[Dd]oor|[Pp]uerta|[Pp]ta\.?|[Aa]pto\.?|[Pp]orte|[Ii]nt\.?)[ \t]+[A-H])` +
    String.raw`(?![\p{L}\p{N}'’-])`,
  'gu',
);
// The street rules take a flat word after the street with them, number or not ("…Elm Street, Apt" is one [ADDRESS]),
// so its letter is left alone after the mark ("[ADDRESS] B"). "A" there may open a sentence ("… Elm Street A week
// later"): it goes only before a comma, a stop or the end.
const LETTER_AFTER = lazyPattern(
  String.raw`(?<=${ADDRESS_MARK})[ \t]{1,2}(?:[B-H](?![\p{L}\p{N}'’-])|A(?=[ \t]*(?:[,.;:!?)]|$)))`,
  'gu',
);

/** Masks a flat, floor or door code right after a hidden address (see above). */
export const maskAddressFlat: Rule = (text) => {
  if (!text.includes(ADDRESS_MARK)) return text;
  const hide = (found: string) => mask('ADDRESS', found.length);
  return text.replace(FLAT_AFTER.get(), hide).replace(LETTER_AFTER.get(), hide);
};
