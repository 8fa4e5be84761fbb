// Blind round 23: a country, a saint's hospital, a virtue and a capitals brand read as names, given back by their place.
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { PERSON_DEEDS } from './redact-names-words';
import { lazyPattern } from './lazy-pattern';

/*
 * Some names are also a country ("our supplier in Jordan"), half of a place ("St Thomas' Hospital"), a virtue
 * ("Faith in management is at zero") or a brand written in capitals ("the BECCA highlighter testers"). The name rules
 * took each for a person. Where the words around them say which is meant, the word is given back:
 * - a country after "in", "from", "to": a person is "with" or "from" someone, but is never "in" them;
 * - a saint's name before the building named after them: Hospital, Church, School, Station...;
 * - a virtue "in" something, then what it is ("is", "was", "has"): a person there does something instead
 *   ("Faith in HR told me" stays hidden);
 * - a word all in capitals in a sentence that is not, between "the"/"our"/"a" and a thing's name: a person so
 *   written is shouted ("the KEVIN situation" stays hidden only when a deed follows).
 */

const NAME_MARK = mask('NAME', 1);

const COUNTRIES = new Set(['jordan', 'georgia', 'chad', 'israel', 'india', 'kenya', 'china', 'jersey', 'france']);
// Not "to": "I spoke to Georgia" is a person.
const INTO_A_PLACE = /(?:^|[\s(])(?:in|from|into|across|via|throughout|outside|inside)[ \t]+$/iu;
// "from Jordan in HR": a person has a place at work, a country has none.
const AT_WORK_AFTER = /^[ \t]+(?:in|on|at|from)[ \t]/iu;
const SAINT_BEFORE = /(?:^|[\s(])(?:st\.?|saint|sankt)[ \t]+$/iu;
const SAINT_WITHIN = lazyPattern(String.raw`^(?:st\.?|saint|sankt)[ \t]+\p{L}+$`, 'iu');
const BUILDING_AFTER = lazyPattern(
  String.raw`^(?:['’]s?|s)?[ \t]+(?:hospital|church|school|college|academy|cathedral|infirmary|clinic|park|street|road|square|station|primary|hall|court|place|gate|wharf|centre|center)(?![\p{L}])`,
  'iu',
);
const VIRTUES = new Set([
  'faith',
  'hope',
  'trust',
  'patience',
  'charity',
  'grace',
  'mercy',
  'prudence',
  'joy',
  'honor',
  'honour',
]);
const VIRTUE_STATE = lazyPattern(
  String.raw`^[ \t]+in[ \t]+(?:(?!${PERSON_DEEDS.join('|')})\p{L}+[ \t]+){1,3}(?:is|was|are|were|has|had|remains|seems|feels)(?![\p{L}])`,
  'iu',
);
const THING_BEFORE = /(?:^|[\s(])(?:the|our|a|an|their|new|those|these)[ \t]+$/iu;
const PERSON_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:from|who|on|in|at|and|is|was|has|had|guy|girl|lad|lass|man|woman|bloke|kid|one|${PERSON_DEEDS.join('|')})(?![\p{L}])`,
  'iu',
);

const THING_THEN_VERB = lazyPattern(
  String.raw`^[ \t]+\p{Ll}{3,}[ \t]+(?:are|is|was|were|have|has|had|keep|pile|piles|come|came|go|went|get|got|need|needs|run|ran|break|broke|stay|stayed|never|always|still|dont|don['’]t|aren['’]t|arent|sold|sell)(?![\p{L}])`,
  'u',
);

function isCapitalsBrand(read: string, word: string, start: number, end: number): boolean {
  if (!/^\p{Lu}{3,}$/u.test(word)) return false;
  const lower = (read.match(/\p{Ll}/gu) ?? []).length;
  const upper = (read.match(/\p{Lu}/gu) ?? []).length;
  if (lower <= upper * 2) return false;
  const after = read.slice(end, end + 40);
  // Blind round 24: opening the text, a brand names the thing the sentence is about ("BECCA testers are always
  // missing", "ZARA returns pile up"); a person so written does something ("BECCA stole my lunch").
  const opening = /^[ \t]*$/u.test(read.slice(0, start)) && THING_THEN_VERB.get().test(after);
  if (!opening && !THING_BEFORE.test(read.slice(Math.max(0, start - 8), start))) return false;
  return /^[ \t]+\p{Ll}/u.test(after) && !PERSON_AFTER.get().test(after);
}

function isPlaceOrVirtue(read: string, word: string, start: number, end: number): boolean {
  const lower = word.toLowerCase();
  const before = read.slice(Math.max(0, start - 12), start);
  const after = read.slice(end, end + 60);
  if (COUNTRIES.has(lower) && INTO_A_PLACE.test(before) && !AT_WORK_AFTER.test(after)) return true;
  if (
    (SAINT_WITHIN.get().test(word) || (SAINT_BEFORE.test(before) && /^\p{L}+$/u.test(word))) &&
    BUILDING_AFTER.get().test(after)
  )
    return true;
  return VIRTUES.has(lower) && VIRTUE_STATE.get().test(after);
}

/** `masked` with the countries, saints' places, virtues and capitals brands it hid as names given back from `read`. */
export function keepPlacesVirtuesAndCapitalBrands(read: string, masked: string, premasked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  let out = masked;
  for (const { kind, start, end } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const word = read.slice(start, end);
    if (isPlaceOrVirtue(read, word, start, end) || isCapitalsBrand(read, word, start, end))
      out = out.slice(0, start) + word + out.slice(end);
  }
  return out;
}
