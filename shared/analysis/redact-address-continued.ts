// Blind round 22: "flat 5, 88 Kingsway, Leeds LS1 4AB" read as "[ADDRESS], 88 Kingsway, Leeds [ADDRESS]".
import { isEnglishWord } from './english-dictionary';
import { ALL_STOPWORDS } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * A British or Irish street may have no street word ("Kingsway", "Broadway", "The Parade"), so the address rules,
 * which read a street by its word, hid the flat before it and the postcode after it and left the street and the town
 * between them. Between parts of an address already hidden, what an address holds is the address too:
 * - right after a hidden part and a comma, a house number and one or two capitalised words before another comma
 *   ("[ADDRESS], 88 Kingsway, …");
 * - a town of one or two capitalised words between two hidden parts ("[ADDRESS], Leeds [ADDRESS]").
 * The commas between are taken too, so that the address reads as one "[ADDRESS]". A number and words elsewhere are left alone ("we need 3 More Pallets, please" has no hidden part before it).
 */

const ADDRESS_MARK = mask('ADDRESS', 1);
const STREET_AFTER = lazyPattern(
  String.raw`(?<=${ADDRESS_MARK})[ \t]{0,2},[ \t]{1,2}\d{1,4}[A-Za-z]?[ \t]{1,2}\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,})?(?=[ \t]{0,2},)`,
  'gu',
);
const TOWN_BETWEEN = lazyPattern(
  String.raw`(?<=${ADDRESS_MARK})[ \t]{0,2},[ \t]{1,2}\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,})?[ \t]{0,2},?[ \t]{1,2}(?=${ADDRESS_MARK})`,
  'gu',
);

/*
 * Blind round 23: the town written last, after the flat ("221 Baker Street, 2B, London", "9 Mill Lane, flat 4,
 * Bristol"): one or two capitalised words after a hidden address and its comma, before the end, a stop or a word
 * written small. A word that opens a sentence or closes a message stays ("…, Thanks", "…, But the bus…").
 */
const TOWN_AFTER = lazyPattern(
  String.raw`(?<=${ADDRESS_MARK})([ 	]{0,2},[ 	]{1,2})(\p{Lu}\p{Ll}{2,}(?:[ 	]\p{Lu}\p{Ll}{2,})?)(?=[ 	]*(?:[.,;:!?)
]|$|[ 	]\p{Ll}))`,
  'gu',
);
const NO_TOWN = new Set(['thanks', 'thank', 'cheers', 'regards', 'please', 'sorry', 'thx', 'ta', 'love', 'best']);
/*
 * Round 34: the town with no comma before it ("I live at 42 Wallaby Way Sydney", "she lives at 9 Mill Lane Bristol
 * now", "wohnt in der Hauptstraße 5 Berlin"): a home's town after its street narrows the address down as much, and
 * goes into the same "[ADDRESS]". No word of any everyday list, day or month ("…Elm Street Monday", "…Elm Street
 * Tomorrow we …"): only a capitalised word that is no word of English and opens no sentence.
 */
// A verb after the word says it opened the next sentence ("…12 High Street. Sydney is where I grew up": the street's
// mask took the full stop, which this rule cannot see).
const CLAUSE_VERB = String.raw`(?:is|was|has|had|will|would|can|could|does|did|said|says|told|gets|got|looks|seems|isn['\u2019]t|wasn['\u2019]t)(?![\p{L}])`;
const TOWN_RIGHT_AFTER = lazyPattern(
  String.raw`(?<=${ADDRESS_MARK})([ \t]{1,2})(\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,})?)(?=[ \t]*(?:[.,;:!?)\n]|$|${ADDRESS_MARK})|[ \t]+(?!${CLAUSE_VERB})\p{Ll}|[ \t]\p{Lu}{2,3}(?![\p{L}]))`,
  'gu',
);
const CALENDAR = new Set(
  `monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december`.split(/\s+/),
);
const townWord = (word: string) => {
  const lower = word.toLowerCase();
  return !ALL_STOPWORDS.has(lower) && !NO_TOWN.has(lower) && !CALENDAR.has(lower) && !isEnglishWord(lower);
};

/** Masks the street and town left between or after the hidden parts of an address (see above). */
export const maskAddressContinued: Rule = (text) => {
  if (!text.includes(ADDRESS_MARK)) return text;
  const hide = (found: string) => mask('ADDRESS', found.length);
  return text
    .replace(STREET_AFTER.get(), hide)
    .replace(TOWN_BETWEEN.get(), hide)
    .replace(TOWN_AFTER.get(), (found: string, comma: string, town: string) => {
      const first = town.split(/[ \t]/)[0]!.toLowerCase();
      return ALL_STOPWORDS.has(first) || NO_TOWN.has(first) ? found : comma + mask('ADDRESS', town.length);
    })
    .replace(TOWN_RIGHT_AFTER.get(), (found: string, space: string, town: string) =>
      town.split(/[ \t]/).every(townWord) ? mask('ADDRESS', space.length + town.length) : found,
    );
};
