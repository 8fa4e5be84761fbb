/*
 * The parts an address has around its street in the languages employees
 * write (es, fr, pt, it, de, nl): the floor and door ("3º B", "2ª izda",
 * "4e étage", "apto 12"), the neighbourhood ("Col. Roma Norte"), the postcode
 * and town in either order (", 28014 Madrid", ", C.P. 06700", ", H3G 1L5"),
 * and the town alone (", Lisboa", ", CDMX"). A street find is widened over
 * each part that follows it, and nothing else: the word after the address
 * stays ("…, 28014 Madrid, y grita" keeps ", y grita").
 */

/**
 * A pattern's letters in either case ("calle" → "[cC][aA]…"; inside a class,
 * "[ée]" → "[éÉeE]"), escapes kept, so patterns need no `i` flag and `\p{Lu}`
 * keeps its meaning.
 */
export function anyCase(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const code = c.charCodeAt(0);
    if (c === '\\') {
      const escaped = propertyEscapeAt(pattern, i) ?? pattern.slice(i, i + 2);
      out += escaped;
      i += escaped.length - 1;
      continue;
    }
    if (c === '[') inClass = true;
    if (c === ']') inClass = false;
    // ASCII without asking the case tables (a cold start makes these patterns at import): letters in both cases,
    // every other ASCII character as it is, as toLowerCase/toUpperCase would give them.
    if (code < 0x80) {
      const lower = code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : c;
      const upper = code >= 0x61 && code <= 0x7a ? String.fromCharCode(code - 32) : c;
      if (lower === upper) out += c;
      else out += inClass ? `${lower}${upper}` : `[${lower}${upper}]`;
      continue;
    }
    const lower = c.toLowerCase();
    const upper = c.toUpperCase();
    if (lower === upper || upper.length > 1) out += c;
    else out += inClass ? `${lower}${upper}` : `[${lower}${upper}]`;
  }
  return out;
}

/** `\p{…}` starting at `at`, whole, or undefined: read in place, where a pattern on the rest of the text was made for each escape. */
function propertyEscapeAt(pattern: string, at: number): string | undefined {
  if (pattern[at + 1] !== 'p' || pattern[at + 2] !== '{') return undefined;
  const close = pattern.indexOf('}', at + 3);
  return close === -1 ? undefined : pattern.slice(at, close + 1);
}

/** Small words inside street and town names: "Calle de la Paz", "Rua das Flores", "Via dei Mille". */
export const PARTICLE = String.raw`(?:de|del|de la|de las|de los|la|las|los|el|da|do|dos|das|di|della|dello|delle|dei|degli|du|des|le|les|am|an|der|zum|zur|von|van|den|het|sur|sous|en)`;

// A capitalised word of a name ("Alcalá", "Saint-Denis", "O'Donnell"), or an all-capitals short one ("CDMX", "SP").
const CAPITAL_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*)`;
/** A town or neighbourhood: capitalised words, small words only between them ("Ciudad de México", "Saint-Ouen-sur-Seine"). */
export const PLACE = String.raw`${CAPITAL_WORD}(?:[ -](?:${PARTICLE}[ -])*${CAPITAL_WORD}){0,3}`;

/** Postcodes: ES/FR/DE/IT/MX 5 digits, PT 4+3, BR 5+3, NL 1234 AB, CA A1A 1A1, UK. */
export const POSTCODE = String.raw`(?:\d{5}(?:-\d{3})?|\d{4}-\d{3}|[1-9]\d{3}\s?[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?![\p{L}\p{N}])`;
/** Poland's "00-590": read only after a street, as alone it is any range ("10-100"). */
const POLISH_POSTCODE = String.raw`\d{2}-\d{3}(?![\p{L}\p{N}])`;
/** What announces a postcode: "C.P.", "CP", "código postal", "code postal", "PLZ", "CAP", "CEP"; then "es", "est", ":" … */
export const POSTCODE_CUE = String.raw`(?:C\.\s?P\.|CP|${anyCase('código postal')}|${anyCase('codigo postal')}|${anyCase('code postal')}|PLZ|${anyCase('postleitzahl')}|CAP|CEP|${anyCase('postcode')})\.?\s*(?:(?:${anyCase('es|est|ist|è|é|is|era|était|war')})(?![\p{L}\p{N}])\s*|:\s*)?`;

const UNIT_WORD = anyCase(
  'piso|planta|puerta|pta.|esc.|escalera|portal|bloque|blq.|depto.|depto|dpto.|dpto|departamento|int.|interior|apto.|apto|apartamento|apt.|apt|appartement|app.|bât.|bâtiment|escalier|étage|piano|interno|scala|andar|bloco|sala|lote|mz.|manzana|stock|whg.|wohnung|etage|bus|local|oficina|of.|lok.|lokal|mieszk.|mieszkanie|m.|m',
).replace(/\./g, '\\.');
// "3º B", "1º izda", "2ª", "4º-2ª", "3er étage", "2. OG", "piso 3", "puerta B", "apto 45", "bajo"; Polish flats "m. 4", "lok. 12".
// Redaction reads NFKC text, where "º" and "ª" are "o" and "a"; "3º andar" is a floor before "3º" is a door.
const UNIT = String.raw`(?:\d{1,2}(?:er|e|ème|o|a|º|ª|\.)?\s?(?:${anyCase('étage|piso|planta|andar|piano|stock|etage')}|OG|EG)(?![\p{L}])|\d{1,2}\s?[º°ªᵒoa]\.?(?:\s?-?\s?(?:\d{1,2}\s?[º°ªoa]|[A-H](?![\p{L}\p{N}])|${anyCase('izq(?:da|uierda)?|izda|izqda|dcha|drcha|der(?:echa)?|dto|dta|esq|esquerdo|dir|direito|centro|ctro')}\.?(?![\p{L}]))){0,2}|(?:${UNIT_WORD})\s*(?:${anyCase('n')}[º°o]\.?\s*)?#?(?:\d[\p{N}\p{L}]{0,3}|[A-Z](?![\p{L}\p{N}]))|${anyCase('bajo|ático|entresuelo|rdc|rez-de-chaussée')}(?![\p{L}]))`;

const TAILS = [
  // floor, door
  new RegExp(String.raw`\s*[,-]?\s*${UNIT}`, 'uy'),
  // postcode, then the town: ", 28014 Madrid", ", 75011 Paris (France)", " - SP, 01310-100"
  new RegExp(
    String.raw`\s*[,-]?\s*(?:${POSTCODE_CUE})?(?:[A-Z]-)?(?:${POSTCODE}|${POLISH_POSTCODE})(?:\s+${PLACE})?(?:\s*\(${PLACE}\))?`,
    'uy',
  ),
  // neighbourhood: ", Col. Crédito Constructor", ", Barrio Salamanca", ", Bairro Alto"
  new RegExp(
    String.raw`,?\s*(?:Col\.|Colonia|Col|Bairro|Barrio|Fracc\.|Fraccionamiento|Quartier|Ortsteil|Brgy\.|Brgy|Barangay|Purok|Sitio|Phường|P\.|Quận|Q\.)\s+${PLACE}`,
    'uy',
  ),
  // the town after a comma or a dash, and its region: ", Madrid", ", CDMX", " - SP", ", Montréal (Québec)"
  new RegExp(String.raw`(?:,\s*|\s+[-–]\s+)${PLACE}(?:\s*\(${PLACE}\))?`, 'uy'),
];

/** Where an address found up to `end` really ends: past each floor, door, postcode and town that follows. */
export function addressEnd(text: string, end: number): number {
  let at = end;
  for (let round = 0; round < 8; round++) {
    const before = at;
    for (const tail of TAILS) {
      tail.lastIndex = at;
      const m = tail.exec(text);
      if (m && m[0].length > 0 && !/[\uE000-\uE006]/u.test(m[0])) at = tail.lastIndex;
    }
    if (at === before) break;
  }
  return at;
}
