import { addressEnd, PLACE, POSTCODE, POSTCODE_CUE } from './address-parts';
import { isEnglishWord } from './english-dictionary';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Postcodes without a street before them: announced ("C.P. 06700", "code
 * postal 75011", "PLZ 10115"), shaped like no other number (Canada's
 * "H3G 1L5"), or standing where a postcode stands, before a town at the start
 * of a line or after a comma or an address ("…, 28014 Madrid", "1100-048
 * Lisboa"). A bare "28014" is a number like any other and stays.
 */

const CUED = lazyPattern(String.raw`(?<![\p{L}\p{N}])(${POSTCODE_CUE})(?:[A-Z]-)?${POSTCODE}`, 'gu');
// Blind round 25: written small or as Ireland writes it, after its English name ("postal code m5v 2t6", "my eircode
// is D02 X285", "zip 94107").
const CUED_ANY_CASE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])((?:postal\s+code|post\s+code|postcode|zip\s+code|zip|eircode)\s*(?:is\s+|:\s*)?)(?:[a-z]\d[a-z]\s?\d[a-z]\d|[a-z]\d{2}\s?[a-z\d]{4}|[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}|\d{5}(?:-\d{4})?)(?![\p{L}\p{N}])`,
  'giu',
);
const CANADIAN = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\s?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\p{N}])`,
  'gu',
);
// Numbers followed by capitalised words that are not places: "50000 Euro", "12000 Mitarbeiter".
const NOT_A_TOWN =
  /^(?:Euro|Euros|EUR|Dollar|Dollars|Pesos|Reais|Francs|Mitarbeiter|Menschen|Personen|Stunden|Jahre|Tage|Stück|Kunden|Leute|Beschäftigte|Arbeiter|Angestellte|Punkte|Seiten|Km|Kilometer|Meter)$/u;
const BEFORE_TOWN = lazyPattern(
  String.raw`(?:^|(?<=[\n,;(]\s*)|(?<=[\uE003]\s*))(?:[A-Z]-)?(${POSTCODE})\s+(${PLACE})`,
  'gmu',
);

// A street without a type word, known by the postcode after it: "Lange Reihe 9a, 20099 Hamburg".
const STREET_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]*(?: (?:\p{Ll}{1,3} )?\p{Lu}[\p{L}'’.-]*){0,3} \d{1,4}[a-z]?,\s*$`,
  'u',
);

/** A street before the postcode: its number no year ("In 2019, …"), a word of its name no English word. */
function streetBefore(text: string): RegExpExecArray | null {
  const street = STREET_BEFORE.get().exec(text);
  if (!street || /\b(?:19|20)\d\d,/.test(street[0])) return null;
  return street[0].match(/\p{L}+/gu)!.some((w) => !isEnglishWord(w.toLowerCase())) ? street : null;
}

function maskFrom(out: string, from: number, end: number): string {
  const street = streetBefore(out.slice(Math.max(0, from - 60), from));
  const start = street ? from - street[0].length : from;
  const to = addressEnd(out, end);
  return out.slice(0, start) + mask('ADDRESS', to - start) + out.slice(to);
}

/** Postcodes announced, Canadian, or before a town; each widened over the town after it. */
export const maskPostcodes: Rule = (text) => {
  if (!/\d{3}|\d[A-Za-z]\d/.test(text)) return text;
  let out = text;
  for (const m of [...out.matchAll(CUED_ANY_CASE.get())])
    if (!/[\uE000-\uE006]/u.test(m[0])) out = maskFrom(out, m.index + m[1]!.length, m.index + m[0].length);
  // The cue stays: "código postal es [ADDRESS]".
  for (const m of [...out.matchAll(CUED.get())]) out = maskFrom(out, m.index + m[1]!.length, m.index + m[0].length);
  for (const m of [...out.matchAll(CANADIAN.get())]) out = maskFrom(out, m.index, m.index + m[0].length);
  for (const m of [...out.matchAll(BEFORE_TOWN.get())]) {
    if (/[\uE000-\uE006]/u.test(out.slice(m.index, m.index + m[0].length))) continue;
    // "…, 12000 Employees" in English title case is a count.
    const town = m[2]!.split(/[ -]/)[0]!;
    if (NOT_A_TOWN.test(town) || isEnglishWord(town.toLowerCase())) continue;
    out = maskFrom(out, m.index, m.index + m[0].length);
  }
  return out;
};
