import { isGivenName } from './given-names';
import type { Context, Word } from './redact-names-reading';

/*
 * Capitalised words of a place, not a person: "Col. Crédito Constructor",
 * "C.P. 06700", "Ciudad de México", "Nuevo León", "St. Louis", "Ste. Foy",
 * "Bd. Haussmann". The name rules read a capital after a title-like
 * abbreviation ("Col." as Colonel) or a given name ("León") as a person; in a
 * place they are neither. Whether the place itself is personal data (an
 * address) is the address rules' question, not this one.
 */

/** Words that open a place's name: the capitalised words after them (particles aside) are the place. */
const PLACE_HEADS = new Set([
  'st',
  'ste',
  'ciudad',
  'cd',
  'nuevo',
  'nueva',
  'colonia',
  'col',
  'puerto',
  'av',
  'avda',
  'avenida',
  'calle',
  'c',
  'bd',
  'bld',
  'blvd',
  'boulevard',
  'calz',
  'calzada',
  'paseo',
  'rue',
  'fracc',
  'fraccionamiento',
  'municipio',
  'delegacion',
  'delegación',
  'alcaldia',
  'alcaldía',
  'estado',
  'provincia',
  'fort',
  'mount',
  'mt',
  'lake',
  'port',
  // The Philippines' and Vietnam's divisions: "Brgy. San Isidro", "Purok Maligaya", "Phường Bến Nghé", "Quận Ba Đình".
  'brgy',
  'barangay',
  'purok',
  'sitio',
  'phường',
  'quận',
]);

/** Heads that are abbreviations: a head only with their dot ("Col. Roma"), since "Col" or "C" alone is anything. */
const NEED_DOT = new Set(['st', 'ste', 'cd', 'col', 'av', 'avda', 'c', 'bd', 'bld', 'blvd', 'calz', 'fracc', 'mt']);

/** Between a head and the place: "Ciudad de México", "Avda. de la Constitución". */
const LINKS = new Set(['de', 'del', 'la', 'las', 'los', 'el', 'da', 'do', 'dos', 'das', 'du', 'des', 'of', 'the']);

/** Whether word `k` was written with its dot: the reader keeps it on "St.", and tells the next word of any other. */
const hasDot = (words: readonly Word[], k: number) =>
  words[k]!.text.endsWith('.') || words[k]!.initial || (words[k + 1]?.afterFullStop ?? false);

/**
 * Whether "Col." at `k` is a colonia rather than Colonel: in Spanish, after "la",
 * or in an address (a number shortly before: "1602, Col. …").
 */
function colonia(context: Context, k: number): boolean {
  const before = context.words[k - 1];
  if (before?.lower === 'la' || before?.lower === 'en') return true;
  // Between words lies what is no word: "1602, " before "Col.".
  if (/\d[^\p{L}\d]{0,3}$/u.test(context.words[k]!.gap)) return true;
  return context.language === 'es';
}

/** Whether word `k` opens a place ("Col." in an address, "Ciudad", "St.") rather than a person's name. */
function isHead(context: Context, k: number): boolean {
  const w = context.words[k]!;
  if (!PLACE_HEADS.has(w.lower)) return false;
  if (NEED_DOT.has(w.lower) && !hasDot(context.words, k)) return false;
  // "C.P." is a postcode's label; a "C." alone is an initial.
  if (w.lower === 'c') return context.words[k + 1]?.lower === 'p';
  if (w.lower === 'col') return colonia(context, k);
  return true;
}

/**
 * Whether word `k` is a place's label or part of a place's name: the head
 * itself, or a capitalised word after one, with links and other capitalised
 * words of the same place between ("Col. Crédito Constructor").
 */
export function isPlacePart(context: Context, k: number): boolean {
  const { words } = context;
  if (isHead(context, k)) return true;
  if (isTownBeforeState(words, k) || isTownOfASite(words, k)) return true;
  // "C.P.": the P of the label.
  if (words[k]!.lower === 'p' && k > 0 && words[k - 1]!.lower === 'c' && isHead(context, k - 1)) return true;
  if (!words[k]!.capitalised) return false;
  for (let n = k - 1, seen = 0; n >= 0 && seen < 4; n--, seen++) {
    const w = words[n]!;
    const gap = words[n + 1]!.gap;
    if (!/^\.?[ \t]+$/.test(gap)) return false;
    if (isHead(context, n)) return true;
    if (!LINKS.has(w.lower) && !w.capitalised) return false;
  }
  return false;
}

/*
 * The town a site is in, or named after: "the warehouse in Madison", "our store at Lafayette", "the Madison
 * store", "el almacén de Monterrey", "l'entrepôt de Lyon", "das Lager in Essen". A building is where no one is
 * named; which town the site is in is no more than the site the report names. Given names too ("Madison",
 * "Florence", "Austin"): a person is not "the warehouse in" anyone.
 */
const SITES = new Set(
  `warehouse warehouses store stores shop plant site branch location office factory facility depot hub dc center
  centre mall campus hospital clinic restaurant hotel yard terminal distribution mill lab kitchen
  almacén almacen tienda planta sucursal oficina fábrica fabrica bodega sede
  entrepôt entrepot magasin usine agence bureau site
  lager filiale werk fabrik büro buro standort
  armazém armazem loja fábrica filial escritório escritorio
  magazzino negozio stabilimento filiale ufficio sede
  magazyn sklep oddział oddzial zakład zaklad`.split(/\s+/),
);
const SITE_LINKS = new Set(['in', 'at', 'near', 'outside', 'de', 'en', 'em', 'di', 'a', 'à', 'in', 'bei', 'w', 'we']);
const SITE_DETERMINERS = new Set(['the', 'our', 'this', 'that', 'their', 'your', 'my']);

function isTownOfASite(words: readonly Word[], k: number): boolean {
  const [link, site] = [words[k - 1], words[k - 2]];
  if (!words[k]!.capitalised || !/^[ \t]+$/u.test(words[k]!.gap)) return false;
  if (link && site && SITE_LINKS.has(link.lower) && SITES.has(site.lower) && /^[ \t]+$/u.test(link.gap)) return true;
  // "the Madison store", "our Lafayette location": between a determiner and a site's word.
  const [before, after] = [words[k - 1], words[k + 1]];
  return (
    !!before && !!after && SITE_DETERMINERS.has(before.lower) && SITES.has(after.lower) && /^[ \t]+$/u.test(after.gap)
  );
}

/*
 * A town before its state, as Americans and Canadians write one ("Tupelo, MS", "Hattiesburg, Mississippi", "New
 * Albany, MS 38652"): the state's code (in capitals) or its name, after a comma. A town is no one's name, and
 * which town a store is in is no more than the site the report names.
 */
// Not those that are a word or a name as well ("Kevin, OK let me", "Dana, OR me", "ask Sam, AL knows"): after them
// the word before the comma is read as any other.
const STATE_CODES = new Set(
  `AK AZ AR CA CT FL GA IL IA KS KY MD MI MN MS MO MT NE NV NH NJ NM NY NC ND OH RI SC SD TN TX UT VT VA WA WV WI WY
  DC BC QC`.split(/\s+/),
);
const STATE_NAMES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
  indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
  nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming
  ontario quebec alberta manitoba saskatchewan`.split(/\s+/),
);

const PLACE_BEFORE = new Set(
  'in from near at to outside around of by into through toward towards between store plant site warehouse branch location office'.split(
    ' ',
  ),
);

/** Whether word `k` is (part of) a town's name that a comma and its state follow, within three words. */
function isTownBeforeState(words: readonly Word[], k: number): boolean {
  if (!words[k]!.capitalised || isGivenName(words[k]!.lower)) return false;
  for (let n = k + 1; n <= k + 3 && n < words.length; n++) {
    const w = words[n]!;
    if (/^[ \t]*,[ \t]*$/.test(w.gap)) {
      // In capitals a code is a word of the shouting ("SMITH, OK THEN"): only where what follows is not shouted too.
      const after = words[n + 1];
      const code = STATE_CODES.has(w.text) && !(after && /^\p{Lu}{2,}$/u.test(after.text) && after.text !== 'I');
      if (!code && !(w.capitalised && STATE_NAMES.has(w.lower))) return false;
      // "Tell Okonkwo, NY is far" is a person told: a town is where something is ("in", "from", "near" before it), or
      // what an address or a list ends with.
      let first = k;
      while (first > k - 2 && first > 0 && words[first - 1]!.capitalised && /^[ \t]+$/.test(words[first]!.gap)) first--;
      return (
        PLACE_BEFORE.has(words[first - 1]?.lower ?? '') ||
        !after ||
        /^[ \t]*(?:[.,;:!?)\n]|\d)/u.test(after.gap + after.text)
      );
    }
    if (!/^[ \t]+$/.test(w.gap) || !w.capitalised) return false;
  }
  return false;
}
