import { maskMatches, type Rule } from './redact-rule';
import { type LazyPattern, lazyPattern } from './lazy-pattern';

/* Street addresses in English shapes (the other languages' are in redact-streets-local.ts), post boxes, postcodes and flats. */

// Street addresses: a number, up to three name words, a street suffix, an
// optional unit, and the town after a comma. Suffixes that are also ordinary
// words ("drive", "way", "place") count only after capitalised name words.
const PLAIN_SUFFIX = String.raw`(?:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Ln|Highway|Hwy|Parkway|Pkwy)`;
const WORD_SUFFIX = String.raw`(?:Drive|Dr|Way|Place|Pl|Court|Ct|Circle|Cir|Square|Sq|Lane|Trail|Trl|Terrace|Crescent|Cres|Mews|Close|Grove|Gardens)`;
// A suffix ends where its word does: `\b` knows only ASCII letters, so "22 ist ständig" read "st" as Street and cut
// "ständig" in two.
const SUFFIX_END = String.raw`(?![\p{L}\p{N}])`;
const UNIT = String.raw`(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|#)\.?\s*#?[\p{N}\p{L}]{0,2}\d[\p{N}\p{L}]{0,3})?`;
const DIRECTION = String.raw`(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?`;
// ", Leeds", ", Dayton, OH 45402", ", Manchester M1 2AB": the town (and its postcode) after a street.
// A town's words are no postcode: read case-blind, "London NW1 6XE" would take "NW" as a word of the town and leave "1 6XE".
const TOWN = String.raw`(?:,\s*(\p{Lu}\p{Ll}+(?:[ -](?![A-Z]{1,2}\d)\p{Lu}\p{Ll}+){0,2})(?:,?\s*(?:[A-Z]{2}\s+\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{4,5}))?)?`;
// A numbered street's name is its ordinal: "300 W 57th St", "12 East 3rd Avenue".
const ORDINAL = String.raw`\d{1,3}(?:st|nd|rd|th)`;
const STREET_PLAIN_START = String.raw`\b\d{1,6}[A-Za-z]?\s+((?:(?:[\p{L}][\p{L}'.-]*|${ORDINAL})\s+){1,3})${PLAIN_SUFFIX}${SUFFIX_END}\.?${DIRECTION}${UNIT}`;
const STREET_PLAIN = lazyPattern(STREET_PLAIN_START + TOWN, 'giu');
const STREET_PLAIN_ALONE = lazyPattern(STREET_PLAIN_START, 'giu');
const STREET_WORD = lazyPattern(
  String.raw`\b\d{1,6}[A-Za-z]?\s+((?:\p{Lu}[\p{L}'.-]*\s+){1,3})${WORD_SUFFIX}${SUFFIX_END}\.?${DIRECTION}${UNIT}${TOWN}`,
  'gu',
);
// Written small, a suffix that is also a word needs a home's cue before it: "i live at 5b church lane", "my
// address is 12 elm close" ("we worked 12 long days lane by lane" is no one's address).
// Blind round 16: where a thing is sent is an address too: "mail it to 58 cedar hollow dr, springfield", "send it to
// 58 cedar hollow drive", "ship them to 4 oak ct".
// Round 31: where one goes to find someone ("go round to 5 cherry tree close"), or whose home it is said to be ("his
// house is 22 meadow view").
const HOME_CUE = String.raw`(?:live|lives|living|lived|stay|staying|moved)\s+(?:at|on|to)|(?:round|over)\s+to|(?:his|her|their)\s+(?:house|home|place|flat|address)\s+is|visit(?:ed)?\s+(?:him|her|them)\s+at|(?:my|our|home)\s+address\s*(?:is|:)?|address\s*:|(?:send|sent|mail|mailed|ship|shipped|deliver|delivered|post|posted|bring|drop)(?:\s+(?:it|them|this|that|the\s+\p{L}+|my\s+\p{L}+|stuff|everything))?\s+(?:to|at)`;
// Written small, a town after the comma (not the word closing the sentence: ", thanks"), where the text or its line ends or a zip follows: ", springfield 65804".
const CLOSER = String.raw`,\s*(?:thanks|thank|thx|ty|pls|plz|please|asap|lol|ok|okay|cheers|tomorrow|today|tonight|now|too|then|again|instead|and|or|but|not|right|yes|no)(?![\p{L}])`;
const TOWN_SMALL = String.raw`,\s*\p{Ll}+(?:[ -]\p{Ll}+)?(?:,?\s*(?:[A-Za-z]{2}\s+)?\d{5}(?:-\d{4})?(?!\d)|(?=\s*(?:[.!\n]|$)))`;
// Round 31: street types that are everyday words even more often, only with a home's cue ("lives at 3 mill rise").
const HOME_ONLY_SUFFIX = String.raw`(?:View|Rise|Row|Walk|Chase|Hill|Green|Park)`;
const STREET_WORD_SMALL_START = String.raw`(?<=(?<![\p{L}])(?:${HOME_CUE})\s*)\d{1,6}[A-Za-z]?\s+((?:[\p{L}][\p{L}'.-]*\s+){1,3})(?:${WORD_SUFFIX}|${PLAIN_SUFFIX}|${HOME_ONLY_SUFFIX})${SUFFIX_END}\.?${UNIT}`;
const STREET_WORD_SMALL = lazyPattern(
  String.raw`${STREET_WORD_SMALL_START}(?:(?!${CLOSER})(?:${TOWN_SMALL}|${TOWN}))?`,
  'giu',
);
const STREET_WORD_SMALL_ALONE = lazyPattern(STREET_WORD_SMALL_START, 'giu');
// Round 31: the home said after the street ("5 cherry tree close, that's his house", "9 station row is where she
// lives"); a street type that is an everyday word too ("view", "rise", "row", "walk") only here.
const HOME_AFTER = String.raw`(?=,?\s+(?:that'?s|that\s+is|thats|which\s+is|is|it'?s)\s+(?:(?:his|her|their|my|our)\s+(?:house|home|place|flat|address)|where\s+(?:he|she|they)\s+lives?))`;
const STREET_THEN_HOME = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])\d{1,6}[A-Za-z]?\s+((?:[\p{L}][\p{L}'.-]*\s+){1,3})(?:${WORD_SUFFIX}|${PLAIN_SUFFIX}|${HOME_ONLY_SUFFIX})${SUFFIX_END}\.?${UNIT}${HOME_AFTER}`,
  'giu',
);
const PO_BOX = /\bP\.?\s?O\.?\s+Box\s+\d+\b/giu;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/g;
const US_STATE_ZIP =
  /\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\s+\d{5}(?:-\d{4})?\b/g;
const APARTMENT = /\b(?:Apt|Apartment|Flat)\.?\s*#?\d+[A-Za-z]?\b/giu;
// Words that show a "number + words + suffix" run is a count, not an address.
const NOT_STREET_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'per',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'days',
  'day',
  'hours',
  'hour',
  'weeks',
  'week',
  'minutes',
  'months',
  'years',
  'times',
  'people',
  'guys',
  'workers',
  'employees',
  'more',
  'less',
  'than',
  'each',
  'every',
  'miles',
  'blocks',
  'cars',
  'trucks',
  'down',
  'up',
  'across',
]);

function streetNames(names: string): boolean {
  return names
    .trim()
    .split(/\s+/)
    .every((w) => !NOT_STREET_WORDS.has(w.toLowerCase()) && (!/^\d/.test(w) || /^\d{1,3}(?:st|nd|rd|th)$/i.test(w)));
}

/*
 * Attack round 27: "I live at 42 Elm Street apt 3, the bus never comes" read as "I live at [ADDRESS] comes". These two
 * patterns are read case-blind (the street may be written small), so the town after the comma, meant as one to three
 * capitalised words, took any words ("the bus never"). The town goes with the street only where it is written as a
 * town (each word capitalised) or a postcode follows it; otherwise the street alone is hidden and the next clause stays.
 */
function streetThenTown(withTown: LazyPattern, alone: LazyPattern): Rule {
  const whole = maskMatches(withTown, 'ADDRESS', (m) => streetNames(m[1]!) && writtenAsTown(m));
  const street = maskMatches(alone, 'ADDRESS', (m) => streetNames(m[1]!));
  return (text) => street(whole(text));
}

function writtenAsTown(m: RegExpExecArray): boolean {
  const town = m[2];
  if (town === undefined) return true;
  if (town.split(/[ -]/).every((word) => /^\p{Lu}/u.test(word))) return true;
  return /\d/.test(m[0].slice(m[0].lastIndexOf(town) + town.length));
}

/** Street addresses, post boxes, postcodes and flats, from the most specific shape to the least. */
export function addressRules(): Rule[] {
  return [
    maskMatches(PO_BOX, 'ADDRESS'),
    streetThenTown(STREET_PLAIN, STREET_PLAIN_ALONE),
    maskMatches(STREET_WORD, 'ADDRESS', (m) => streetNames(m[1]!)),
    maskMatches(UK_POSTCODE, 'ADDRESS'),
    maskMatches(US_STATE_ZIP, 'ADDRESS'),
    maskMatches(APARTMENT, 'ADDRESS'),
    streetThenTown(STREET_WORD_SMALL, STREET_WORD_SMALL_ALONE),
    maskMatches(STREET_THEN_HOME, 'ADDRESS', (m) => streetNames(m[1]!)),
  ];
}
