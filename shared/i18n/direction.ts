/**
 * Languages written right to left (ISO 639-1/-3 codes). The page's `dir`
 * comes from this table rather than from each catalogue, so a catalogue
 * added later for Arabic, Hebrew, Persian or Urdu is laid out right to left
 * without anyone having to remember it.
 */
const RIGHT_TO_LEFT = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** `rtl` or `ltr`, for `<html dir>`, from the language's primary subtag. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
}
