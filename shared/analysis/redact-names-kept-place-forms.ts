// Blind round 30: towns in the case forms of the languages that decline them, and places named after a person by
// the place word after the name, given back.
import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { isCommonSurname } from './surnames';
import { MASKED, mask, maskedSpans } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * A blind round (30) found these hidden as people:
 * - a town after Czech, Slovak or Polish "in" ("v Brně", "v Plzni a v Praze", "ve Zlíně", "w Gdyni"): a person is
 *   not "in" anyone in those languages (other rules give back Russian's "в Казани" already);
 * - a town in a case that says "in" or "at" ("Tampereella ja Oulussa", "Debrecenben és Szegeden", "Kaune ir
 *   Klaipėdoje"): Finnish "-ssa", Hungarian "-ban", "-on", Lithuanian "-oje" are where things are, not whom;
 * - a place named after someone by its place word ("Jackson Heights", "Alice Springs", "the Morgan Hill route",
 *   "Chelsea Bridge road closure", "from Wood Green to"): the place word is plural, or a road, route or site follows,
 *   or the first word is a word and no one's given name.
 * What a list knows as a given name stays hidden in the first two ("v Janě" is "in Jana", figuratively), and a person
 * named "Morgan Hill" who shouts stays hidden: no site follows.
 */

const NAME_MARK = mask('NAME', 1);
// Dutch chat writes "v" for "van" (of) before a person ("maar v Aicha opeens wel"): only in a text with letters of
// Czech, Slovak or Polish.
const CZECH_POLISH = /[ěščřžýáíéůúťďňąęłńśźż]/iu;
const IN_BEFORE = lazyPattern(String.raw`(?:^|[^\p{L}])(?:v|ve|w)[ \t]+$`, 'iu');
// English's "v" is "versus" between two names or teams ("Smith v Jones", "Leeds v Chelsea"): a capital before it.
const VERSUS = lazyPattern(String.raw`(?:\p{Lu}[\p{L}\p{M}]*|[\uE000-\uE006]+)[ \t]+v[ \t]+$`, 'u');
const HUNGARIAN = lazyPattern(String.raw`[őű]|(?<![\p{L}])(?:és|nincs|sincs|nem|hogy|egy)(?![\p{L}])`, 'iu');
const FINNISH = lazyPattern(String.raw`[äö]|(?<![\p{L}])(?:ei|ole|sama|että|kanssa)(?![\p{L}])`, 'iu');
const LITHUANIAN = lazyPattern(String.raw`[ąęėįųū]|(?<![\p{L}])(?:ir|nėra|kad|yra)(?![\p{L}])`, 'iu');
const FINNISH_IN = lazyPattern(String.raw`\p{Ll}{2}(?:ssa|ssä)$`, 'u');
const HUNGARIAN_IN = lazyPattern(String.raw`\p{Ll}{2}(?:ban|ben)$`, 'u');
// "-on", "-en", "-ön" end surnames too ("Kelemen"): a town only beside a town "in" ("Debrecenben és Szegeden").
const HUNGARIAN_ON = lazyPattern(String.raw`\p{Ll}{2}(?:on|en|ön)$`, 'u');
const HUNGARIAN_TOWN_BEFORE = lazyPattern(String.raw`\p{Lu}\p{Ll}+(?:ban|ben)[ \t]+és[ \t]+$`, 'u');
const HUNGARIAN_TOWN_AFTER = lazyPattern(String.raw`^[ \t]+és[ \t]+\p{Lu}\p{Ll}+(?:ban|ben)(?![\p{L}])`, 'u');
const LITHUANIAN_IN = lazyPattern(String.raw`\p{Ll}{2}(?:oje|uje|yje|ėje)$`, 'u');

// Place words after a name that make it a place; the plural ones say it alone ("Heights", "Springs").
const PLACE_WORDS = /^(?:Green|Hill|Bridge|Park|Cross|Common|Heath|Vale|Wood|Gate|End|Heights|Springs|Falls|Gardens)$/u;
const PLURAL_PLACE_AFTER = lazyPattern(String.raw`^[ \t]+(?:Heights|Springs|Falls|Gardens)(?![\p{L}])`, 'u');
// What follows a place and no person: its road, route, site or what shut it.
const SITE_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:road|rd|route|run|site|depot|store|branch|office|station|line|closure|closures|warehouse|hub|yard|plant|estate|campus|stop|bus|junction|roundabout|services)(?![\p{L}])`,
  'iu',
);

/*
 * Round 31: a place named like a person by where things stand or move ("the bus stops at Lee Green", "the forklift at
 * Lee Green", "moved from Wood Green to Mount Pleasant"): a vehicle, a site or a move is at or from a place, not a
 * person. "shouted at Lee Green", "a text from Lee Green", "Lee Green from payroll" stay a person.
 */
const PLACE_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:(?:stops?|stopped|stopping|based|located|depot|site|store|shop|branch|warehouse|forklifts?|vans?|lorry|truck|bus|buses|trains?|tram|shuttle|route|office|yard|plant|works|worked)[ \t]+(?:at|in|near|past|via|through)|(?:stops?|stopped|bus|buses|trains?|tram|shuttle|route|moved|moving|relocated|commute|commuting|drive|drove|driving)[ \t]+(?:to|from))[ \t]+$`,
  'iu',
);
// A move's end named after its start: "from Wood Green to Mount Pleasant".
const TO_PLACE_AFTER = lazyPattern(String.raw`^[ \t]+to[ \t]+\p{Lu}\p{Ll}+`, 'u');
const FROM_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:moved|moving|transferred|relocated|sent|came|driving|drove|commute|bus|buses|train|trains)[ \t]+from[ \t]+$`,
  'iu',
);

/** `masked` with the towns and places above given back from `read` (`premasked`'s finds stay). */
export function keepPlaceForms(read: string, masked: string, premasked: string): string {
  if (!masked.includes(NAME_MARK)) return masked;
  let out = masked;
  for (const { kind, start, end } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const text = read.slice(start, end);
    if (isPlace(read, text, start, end)) out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

function isPlace(read: string, text: string, start: number, end: number): boolean {
  const words = text.split(/[ \t]+/u);
  if (!words.every((w) => /^\p{Lu}[\p{L}\p{M}]*$/u.test(w))) return false;
  const after = read.slice(end, end + 24);
  if (words.length === 1) {
    const lower = text.toLowerCase();
    if (PLURAL_PLACE_AFTER.get().test(after)) return true;
    if (isGivenName(lower) || isCommonSurname(lower)) return false;
    const inBefore = IN_BEFORE.get().test(read.slice(Math.max(0, start - 4), start));
    if (inBefore && CZECH_POLISH.test(read) && !VERSUS.get().test(read.slice(Math.max(0, start - 30), start)))
      return true;
    return (
      (FINNISH_IN.get().test(text) && FINNISH.get().test(read)) ||
      (HUNGARIAN_IN.get().test(text) && HUNGARIAN.get().test(read)) ||
      (HUNGARIAN_ON.get().test(text) &&
        (HUNGARIAN_TOWN_BEFORE.get().test(read.slice(Math.max(0, start - 30), start)) ||
          HUNGARIAN_TOWN_AFTER.get().test(after))) ||
      (LITHUANIAN_IN.get().test(text) && LITHUANIAN.get().test(read))
    );
  }
  if (words.length !== 2 || !PLACE_WORDS.test(words[1]!)) return false;
  const first = words[0]!.toLowerCase();
  // "Wood Green": a word of English and no one's given name ("Lee Green" stays: Lee is a person as often).
  const wordFirst = isEnglishWord(first) && !isGivenName(first);
  const before = read.slice(Math.max(0, start - 30), start);
  const placedThere =
    !/^['’]/u.test(after) &&
    (PLACE_BEFORE.get().test(before) || (FROM_BEFORE.get().test(before) && TO_PLACE_AFTER.get().test(after)));
  return (
    SITE_AFTER.get().test(after) || /^(?:Heights|Springs|Falls|Gardens)$/u.test(words[1]!) || wordFirst || placedThere
  );
}
