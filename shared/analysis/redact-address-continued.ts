// Blind round 22: "flat 5, 88 Kingsway, Leeds LS1 4AB" read as "[ADDRESS], 88 Kingsway, Leeds [ADDRESS]".
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
    });
};
