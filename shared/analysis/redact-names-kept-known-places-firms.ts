import { isGivenName } from './given-names';
import { MASKED, maskedSpans } from './redaction-kinds';
import { WELL_KNOWN_CITIES_LATIN, WELL_KNOWN_CITY_CYRILLIC, WELL_KNOWN_FIRMS } from './well-known-places-firms';

/*
 * Round 34: a city or a firm everyone knows, hidden alone as a name ("Сьогодні Київ без світла", "Ayer Sevilla
 * estaba cerrada", "Amazon keeps stealing our data", "Deloitte keeps calling my manager"), is given back: it points
 * at no one, and the report reads wrong without it. Only a mask that holds that one word, so "Amazon Smith" or a
 * name beside it stays hidden; never a word the name lists hold ("Paris", "Austin"), nor what was hidden before
 * the rules (a sponsor's name).
 */
export function keepWellKnownPlacesAndFirms(read: string, masked: string, premasked: string): string {
  if (!masked.includes('\uE000')) return masked;
  let out = masked;
  for (const { start, end, kind } of maskedSpans(masked)) {
    if (kind !== 'NAME' || MASKED.test(premasked.slice(start, end))) continue;
    const word = read.slice(start, end);
    const lower = word.toLowerCase();
    const known =
      WELL_KNOWN_FIRMS.has(lower) || WELL_KNOWN_CITIES_LATIN.has(lower) || WELL_KNOWN_CITY_CYRILLIC.test(lower);
    if (known && !isGivenName(lower)) out = out.slice(0, start) + word + out.slice(end);
  }
  return out;
}
