import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * A phone number given in pieces, so that no one run of digits looks like one: "555 123 and then 4567", "555 123,
 * then 4567", "555 123 ... 4567", "mi número es 555 123 y luego 4567", "06 12 puis 34 56 78", or a digit at a time
 * with wider gaps between its groups ("0 7 7 0 0  9 0 0  1 2 3"). The groups are read as one number when a word for
 * a phone comes before them ("call", "my number is", "mi número") and they hold seven to fifteen digits together;
 * the number is hidden whole, from its first digit to its last, the words between with it. Without a cue, only a
 * digit at a time parted by spaces, as long as a whole number, is one ("5 5 5  1 2 3  4 5 6 7"): figures in a
 * sentence ("we had 555 123 and then 4567 units") stay.
 */

// A group: digits, or digits a space, dot or dash apart ("555 123", "0 7 7 0 0", "06 12").
const GROUP = String.raw`\d{1,8}(?:[ .-]\d{1,8})*`;
// What parts the pieces: a comma, dots or a semicolon, two spaces or more, or a word that says "and then" in the
// languages the service hears.
const THEN = String.raw`(?:and(?:\s+then)?|then|followed\s+by|after\s+that|plus|y(?:\s+luego|\s+despu[eé]s)?|luego|despu[eé]s|e(?:\s+depois|\s+poi)?|depois|ent[aã]o|et(?:\s+puis|\s+ensuite)?|puis|ensuite|und(?:\s+dann)?|dann|poi|i(?:\s+potem)?|a\s+potem|potem|en(?:\s+dan)?|dan)`;
const PARTING = String.raw`(?:\s*(?:,|;|\.{2,}|\u2026)\s*(?:${THEN}(?![\p{L}])\s*[,:]?\s*)?|\s+${THEN}(?![\p{L}])\s*[,:]?\s*|[ \t]{2,})`;
const PIECES = lazyPattern(
  String.raw`(?<![\p{L}\p{N}.,-])${GROUP}(?:${PARTING}${GROUP})+(?![\p{L}\p{N}]|[.,-]\d)`,
  'giu',
);
// Whether the text could hold such pieces at all: digits, then a parting, then a digit.
const SCREEN = lazyPattern(String.raw`\d${PARTING}\d`, 'iu');

// The word for a phone, whole ("during 2015 and 2016" holds "ring", and is no call), up to three words before.
const CUE = lazyPattern(
  String.raw`(?<![\p{L}])(?:phone|mobile|cell|cellphone|tel|telephone|call|ring|text|sms|whatsapp|signal|number|reach|contact|n[úu]mero|num[ée]ro|numero|nummer|numer|telefon|telefonnummer|handynummer|handy|tel[ée]fono|t[ée]l[ée]phone|telefone|portable|m[óo]vil|celular|cellulare|kom[óo]rk\p{L}*|llama(?:me)?|ll[aá]mame|appelle(?:-moi)?|liga|chiama(?:mi)?|zadzwo[ńn])(?![\p{L}])\W*(?:\p{L}+\W+){0,3}$`,
  'iu',
);
// Years and round figures side by side ("2015 and 2016", "1500, 2000") are a span or a list, not a number in pieces.
const FIGURE = /^(?:(?:19|20)\d\d|[1-9]\d*0{2,})$/;

function piecesArePhone(text: string, m: RegExpExecArray): boolean {
  const digits = m[0].replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  const groups = m[0].match(/\d+/g)!;
  if (groups.filter((g) => FIGURE.test(g)).length >= 2) return false;
  if (CUE.get().test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  return digits >= 10 && /^\d(?:\s+\d)+$/.test(m[0]);
}

/** Masks phone numbers given in pieces (see above). */
export const maskPhonePieces: Rule = (text) => {
  if (!/\d/.test(text) || !SCREEN.get().test(text)) return text;
  let out = text;
  PIECES.get().lastIndex = 0;
  for (let m = PIECES.get().exec(text); m; m = PIECES.get().exec(text)) {
    // Only a parting makes pieces: one group alone is the other number rules' ("555 123 4567").
    if (piecesArePhone(text, m))
      out = out.slice(0, m.index) + mask('PHONE', m[0].length) + out.slice(m.index + m[0].length);
  }
  return out;
};
