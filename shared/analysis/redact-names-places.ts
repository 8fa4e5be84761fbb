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
