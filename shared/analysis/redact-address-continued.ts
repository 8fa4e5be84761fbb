// Blind round 22: "flat 5, 88 Kingsway, Leeds LS1 4AB" read as "[ADDRESS], 88 Kingsway, Leeds [ADDRESS]".
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';

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
const STREET_AFTER = new RegExp(
  String.raw`(?<=${ADDRESS_MARK})[ \t]{0,2},[ \t]{1,2}\d{1,4}[A-Za-z]?[ \t]{1,2}\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,})?(?=[ \t]{0,2},)`,
  'gu',
);
const TOWN_BETWEEN = new RegExp(
  String.raw`(?<=${ADDRESS_MARK})[ \t]{0,2},[ \t]{1,2}\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,})?[ \t]{0,2},?[ \t]{1,2}(?=${ADDRESS_MARK})`,
  'gu',
);

/** Masks the street and town left between the hidden parts of an address (see above). */
export const maskAddressContinued: Rule = (text) => {
  if (!text.includes(ADDRESS_MARK)) return text;
  const hide = (found: string) => mask('ADDRESS', found.length);
  return text.replace(STREET_AFTER, hide).replace(TOWN_BETWEEN, hide);
};
