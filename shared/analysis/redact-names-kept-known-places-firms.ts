import { isGivenName } from './given-names';
import { TITLES } from './redact-names-words';
import { lazyPattern } from './lazy-pattern';
import { MASKED, maskedSpans } from './redaction-kinds';
import { WELL_KNOWN_CITIES_LATIN, WELL_KNOWN_CITY_CYRILLIC, WELL_KNOWN_FIRMS } from './well-known-places-firms';

/*
 * Round 34: a city or a firm everyone knows, hidden alone as a name ("Сьогодні Київ без світла", "Ayer Sevilla
 * estaba cerrada", "Amazon keeps stealing our data", "Deloitte keeps calling my manager"), is given back: it points
 * at no one, and the report reads wrong without it. Only a mask that holds that one word, so "Amazon Smith" or a
 * name beside it stays hidden; never a word the name lists hold ("Paris", "Austin"), nor what was hidden before
 * the rules (a sponsor's name). Eval (round 34): "Dr. Boston and his family", "I'm Kia and …": after a title, or
 * where the writer gives a name, the word is a person's and stays hidden.
 */
const WORD_BEFORE = lazyPattern(String.raw`([\p{L}'\u2019]+)\.?[ \t]*,?[ \t]*$`, 'u');
const NAMING = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:i['\u2019]?m|i[ \t]+am|name[ \t]+is|name['\u2019]s|call[ \t]+me|called|named|dear|hi|hey|hello|thanks|cc|ask|tell)[ \t]*,?[ \t]*$`,
  'iu',
);

/** Whether the words just before `start` say a person is named there (a title, "I'm", "named"). */
function personNamedAt(read: string, start: number): boolean {
  const before = read.slice(Math.max(0, start - 16), start);
  const word = WORD_BEFORE.get().exec(before)?.[1]?.toLowerCase();
  return (word !== undefined && TITLES.has(word)) || NAMING.get().test(before);
}
export function keepWellKnownPlacesAndFirms(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const word = read.slice(start, end);
    const lower = word.toLowerCase();
    const known =
      WELL_KNOWN_FIRMS.has(lower) || WELL_KNOWN_CITIES_LATIN.has(lower) || WELL_KNOWN_CITY_CYRILLIC.get().test(lower);
    // Written small, the word was found where only a person stands ("my manager bari"): it stays hidden. A firm
    // known by two or three letters is written in capitals ("VW", "HP", "IBM"); "the supervisor is Vw" names a person.
    const capital = word.length <= 3 ? word === word.toUpperCase() : word[0] !== lower[0];
    if (known && capital && !isGivenName(lower) && !personNamedAt(read, start))
      out = out.slice(0, start) + word + out.slice(end);
  }
  return out;
}
