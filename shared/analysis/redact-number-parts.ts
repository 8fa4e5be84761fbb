import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * A number given in parts after the word for what it is: "my social ends in 6789", "employee ID ending 8213",
 * "my number ends in 4567 and starts with 555 123", "the last four digits of my SSN are 6789", "last 4 of my phone are 4567". A phone's or an
 * id's last digits, with the site and the shift, single a person out as the whole would: they are hidden, as an
 * id after an id's word and as a phone after a phone's. A part with no such word in its sentence stays ("the
 * shift ends at 1700", "the queue starts with 120 people"), and so do a year and a range ("my contract ends in 2025", "start with 20-50 calls").
 */

// "ends in", "ending", "starts with", "the last four (digits) are", and the same in Spanish, French, Portuguese,
// Italian, German and Dutch ("termina en", "se termine par", "endet mit", "eindigt op").
const PART_SAYS = String.raw`(?:(?:ends?|ending|finish(?:es|ing)?|starts?|starting|begins?|beginning|termina[n]?|terminando|acaba(?:n)?|empieza(?:n)?|comienza(?:n)?|come[cç]a|se termine|finit|commence|finisce|inizia|endet|beginnt|eindigt|begint)(?:\s+(?:in|with|on|en|con|com|em|par|per|mit|op|met|by))?|(?:last|first|[uú]ltimos|primeros|derniers|premiers|letzten|ersten)\s+(?:four|three|two|five|six|\d|cuatro|tres|quatre|trois|vier|drei)(?:\s+(?:digits|numbers|d[ií]gitos|chiffres|ziffern|cijfers))?(?:\s+of\s+(?:my|the|it)(?:\s+\p{L}+)?)?(?:\s+(?:are|is|were|son|sont|sind|zijn))?)\s*[:=]?\s*`;
const PART = lazyPattern(
  String.raw`(?<![\p{L}])${PART_SAYS}(\d{2,4}(?:[ .-]\d{2,4}){0,2})(?![\p{N}]|[.,:]\d|\s*(?:%|percent|per cent|hours?|hrs|minutes?|mins?|days?|weeks?|months?|years?|am|pm|people|employees|\p{Sc}))`,
  'giu',
);
// Words for an id a person carries, and for a phone, as they stand before such a part in its sentence.
const ID_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:social|ssn|sin|id|ids|badge|employee|emp|staff|payroll|personnel|passport|licen[cs]e|account|acct|card|member(?:ship)?|national insurance|ni number|tin|dni|nie|nif|pesel|matricule|matr[ií]cula|matricola|personalnummer|ausweis|bsn|empleado|trabajador|employ[ée]|salari[ée]|mitarbeiter|dipendente|funcion[áa]rio|pracownika|werknemer)(?![\p{L}])`,
  'iu',
);
const PHONE_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:phone|mobile|cell|cellphone|tel|telephone|number|no\.|whatsapp|n[uú]mero|num[ée]ro|tel[ée]fono|t[ée]l[ée]phone|portable|m[óo]vil|celular|handy|telefon|nummer|telefoonnummer)(?![\p{L}])`,
  'iu',
);
const YEAR = /^(?:19|20)\d\d$/;
// "start with 20-50 cold calls": a range, not a number's part.
const RANGE = /^\d{1,3}\s?-\s?\d{1,3}$/;
const figure = (part: string) => YEAR.test(part) || RANGE.test(part);

/** What the part is, by the words before it in its sentence: an id's, a phone's, or nothing's. */
function partOf(m: RegExpExecArray): 'ID' | 'PHONE' | undefined {
  // The words of the find before its digits count too: "last 4 of my phone are 4567".
  const sentence = m.input
    .slice(Math.max(0, m.index - 80), m.index + m[0].lastIndexOf(m[1]!))
    .split(/[.!?\n](?:\s|$)/u)
    .pop()!;
  if (ID_WORD.get().test(sentence)) return 'ID';
  if (PHONE_WORD.get().test(sentence)) return 'PHONE';
  return undefined;
}

const maskIdParts = maskMatches(PART, 'ID', (m) => !figure(m[1]!) && partOf(m) === 'ID', 1);
const maskPhoneParts = maskMatches(PART, 'PHONE', (m) => !figure(m[1]!) && partOf(m) === 'PHONE', 1);

/** Masks the parts of an id or a phone number given after their word (see above). */
export const maskNumberParts: Rule = (text) =>
  /\d/.test(text) &&
  /end|start|begin|finish|last|first|termin|acaba|empieza|comien|come|finit|fini|inizia|beginn|eindig|begint|[uú]ltim|primer|derni|premi|letzt|erst/iu.test(
    text,
  )
    ? maskPhoneParts(maskIdParts(text))
    : text;
