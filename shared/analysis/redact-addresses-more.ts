// Blind round 12: home addresses as Arabic, Indian and Turkish writers give them, part after part.
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * The street rules read a street type and a house number in the Latin-script
 * languages. Three other ways of writing one's address went by:
 * - Arabic: the street, then building, flat and floor with their numbers, then
 *   the city, parted by commas ("شارع الملك فهد، عمارة 12، شقة 4، الرياض");
 * - India: a flat or house number, the building or society's name, the sector,
 *   block or phase, then the town ("Flat 302, Shanti Apartments, Sector 15, Noida");
 * - Turkey: neighbourhood, street, door and flat ("Atatürk Mah. Gül Sok. No: 7
 *   Daire 3 Kadıköy").
 * Each needs two parts at least, one of them numbered: "شارع الملك فهد" alone,
 * "Sector 15" alone or "Atatürk Mah." alone name a place, not a home.
 */

// Arabic.
const AR = String.raw`[\u0621-\u064A\u0660-\u0669\u066E-\u06D3]`;
const AR_DIGITS = String.raw`[\d\u0660-\u0669\u06F0-\u06F9]+`;
const AR_NUMBERED = String.raw`(?:عمارة|مبنى|بناية|بناء|برج|شقة|طابق|الطابق|دور|الدور|فيلا|منزل|بيت|رقم|مجمع)\s*(?:رقم\s*)?${AR_DIGITS}`;
const AR_STREET = String.raw`(?:شارع|طريق|حي|زقاق|جادة|ش\.)\s*${AR}+(?:\s+${AR}+){0,3}?`;
const AR_COMMA = String.raw`\s*[،,]\s*|\s+`;
const AR_CITY = String.raw`(?:[،,]\s*${AR}{3,}(?=\s*(?:[.!?؟،,]|$)))?`;
const ARABIC_ADDRESS = lazyPattern(
  String.raw`(?:${AR_STREET}(?:${AR_COMMA})(?:${AR_NUMBERED})|${AR_NUMBERED}(?:${AR_COMMA})(?:${AR_NUMBERED}|${AR_STREET}))(?:(?:${AR_COMMA})(?:${AR_NUMBERED}))*\s*${AR_CITY}`,
  'gu',
);

// India.
const IN_HOME = String.raw`(?:Flat|Flat\s+No\.?|House\s+No\.?|H\.\s?No\.?|Plot\s+No\.?|Plot|Door\s+No\.?|Apt\.?|Room\s+No\.?)\s*[#:-]?\s*[A-Z]?-?\d+[A-Z]?`;
const IN_BUILDING = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Apartments?|Apts?\.?|Society|Residency|Residences?|Towers?|Heights|Enclave|Complex|Nagar|Colony|Vihar|Bagh|Homes|CHS|Building|Bldg\.?|Mansion|Chawl|Niwas|Sadan|Kunj|Park|Gardens?)`;
const IN_AREA = String.raw`(?:Sector|Sec\.?|Block|Phase|Gali|Lane|Road|Street|Main)\s*[-–]?\s*[A-Z]?\d+[A-Z]?`;
// The town: capitalised, then the sentence goes on ("mein rehta hoon", "में", "se", a mark or the end).
const IN_TOWN = String.raw`(?:\s*,\s*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?=\s*(?:[,.!?]|$)|\s+(?:mein|me|main|mai|se|ke|ki|ka|near|में|से)(?![\p{L}])))?`;
const INDIAN_ADDRESS = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:${IN_HOME}(?:\s*,\s*(?:${IN_BUILDING}|${IN_AREA}))+|${IN_BUILDING}(?:\s*,\s*${IN_AREA})+)${IN_TOWN}`,
  'gu',
);

// Turkey.
const TR_NAME = String.raw`\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+){0,2}`;
const TR_PLACE = String.raw`${TR_NAME}\s+(?:Mah\.?|Mahallesi|Mh\.|Sok\.?|Sokak|Sokağı|Sk\.|Cad\.?|Caddesi|Cd\.|Bulvarı|Blv\.|Bulv\.)`;
const TR_NUMBERED = String.raw`(?:No|Kat|Daire|D|Blok|Apt\.?|Apartmanı)\s*[.:]?\s*\d+[A-Z]?(?:\/\d+)?`;
// The district after it: "Kadıköy", "Kadıköy/İstanbul", "Beşiktaş'ta" (the ending stays).
const TR_DISTRICT = String.raw`(?:\s*,?\s*\p{Lu}\p{Ll}+(?:\s*\/\s*\p{Lu}\p{Ll}+)?(?=['’]|\s+adres|\s*[,.!?]|\s*$))?`;
const TURKISH_ADDRESS = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?=[^\n]{0,80}?(?:No|Daire|Kat)\s*[.:]?\s*\d)${TR_PLACE}(?:[\s,]+(?:${TR_PLACE}|${TR_NUMBERED}))+${TR_DISTRICT}`,
  'gu',
);

const maskAll = (pattern: RegExp, text: string) =>
  text.replace(
    pattern,
    (found) =>
      mask('ADDRESS', found.replace(/[\s,،]+$/u, '').length) + found.slice(found.replace(/[\s,،]+$/u, '').length),
  );

/** Masks Arabic, Indian and Turkish home addresses (see above). */
export const maskAddressesWrittenInParts: Rule = (text) => {
  let out = text;
  if (/[\u0600-\u06FF]/u.test(out) && /[\d\u0660-\u0669\u06F0-\u06F9]/u.test(out))
    out = maskAll(ARABIC_ADDRESS.get(), out);
  if (/\d/.test(out)) {
    out = maskAll(INDIAN_ADDRESS.get(), out);
    out = maskAll(TURKISH_ADDRESS.get(), out);
  }
  return out;
};
