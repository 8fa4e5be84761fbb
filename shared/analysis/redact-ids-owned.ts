import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * Attack round 32 (atp32 F2): short numbers that point at one person, after words the other rules did not know.
 * Each is one employee as surely as a badge or a locker number ("my badge 44817" and "locker 221" were hidden):
 *
 * - the number on a timecard or for clocking in ("the code on my timecard is 5521", "my clock-in number is 5521");
 * - a phone extension a digit at a time after "x" or "ext" ("call my desk on x 4 4 7 1", "ext 4 4 7 1");
 * - a staff or worker code with slashes ("my worker code is W/2231/B");
 * - a parking place someone holds ("Parking spot 37 is mine", "my parking space 112"): a bay, line or room stays,
 *   as hazards are there;
 * - the part of a number plate someone gives ("my car's plate ends in 4JX", "plate starts with KXY", and after the
 *   car itself: "the manager's car, the one ending in 4KX");
 * - (rx32) a clocking number ("clocking number 0042"), and a held spot with a comma ("my spot, P47, was taken").
 *
 * Extensions in number words ("extension forty four seventy one") are read by the spoken-number rule, whose id
 * words include them (redact-spoken-numbers.ts).
 */

const TIMECARD = lazyPattern(
  String.raw`\b(?:time\s?card|clock[-\s]?in|clocking|clock\s?card|punch[-\s]?in|time\s?clock|stempel(?:karte)?|fichaje|pointage)(?:\s+(?:code|number|nummer|nr\.?|no\.?|num|id|pin|#)(?:\s+(?:is|was|ist))?|\s+(?:is|was|ist))\s*[:=#]?\s*([a-z]{0,2}\d(?:[\s-]?\d){2,9})(?![\p{L}\p{N}])`,
  'giu',
);

const EXTENSION_SPACED = lazyPattern(
  String.raw`(?:\bext(?:ension)?\.?|(?<=\b(?:on|at|dial|call|desk)\s+)x)\s*[:#]?\s*(\d(?:[ \t]+\d){2,5})(?![\p{L}\p{N}])`,
  'giu',
);

const SLASHED_CODE = lazyPattern(
  String.raw`\b(?:worker|staff|employee|payroll|badge|clock|personnel)\s+(?:code|number|no\.?|id|ref(?:erence)?)\s*(?:is|was|:|=)?\s*([a-z0-9]{1,4}(?:\/[a-z0-9]{1,6}){1,3})(?![\p{L}\p{N}/])`,
  'giu',
);
const hasFigure = (m: RegExpExecArray) => /\d/.test(m[1] ?? '');

const PARKING_OWNED = lazyPattern(
  String.raw`\b(?:(?:my|our|his|her|their)\s+(?:parking\s+)?(?:spot|space|stall)|parking\s+(?:spot|space|stall)|(?:mi|su)\s+(?:plaza|aparcamiento)|(?:mein|meinen|sein|seinen)\s+(?:parkplatz|stellplatz)|(?:ma|sa)\s+place)\s*[,:(]?\s*(?:is\s+)?(?:no\.?\s*|number\s+|#\s*)?([a-z]?\d{1,4}[a-z]?)(?![\p{L}\p{N}])`,
  'giu',
);
// "parking spot 37 is mine" names its holder; "my parking spot 37" too; "parking spot 37 is flooded" is a place.
const parkingHeld = (m: RegExpExecArray) =>
  /^(?:my|our|his|her|their|mi|su|mein|meinen|sein|seinen|ma|sa)\b/iu.test(m[0]) ||
  /^\s*(?:is|was)\s+(?:mine|his|hers|theirs|ours|my)\b/iu.test(
    m.input.slice(m.index + m[0].length, m.index + m[0].length + 20),
  );

const PLATE_PART = lazyPattern(
  String.raw`\b(?:plates?|reg(?:istration)?|car|van|vehicle|motor|truck|coche|voiture|auto|wagen|kenteken|matr[\u00edi]cula|kennzeichen|immatriculation)\b[^.!?\n]{0,20}?\b(?:ends?|ending|starts?|starting|begins?|beginning)\s+(?:in|with)?\s*([a-z0-9]{2,4})(?![\p{L}\p{N}])`,
  'giu',
);
const platePart = (m: RegExpExecArray) => /\d/.test(m[1] ?? '') || /^\p{Lu}+$/u.test(m[1] ?? '');

/** Masks the short numbers above. */
export const maskOwnedNumbers: Rule[] = [
  maskMatches(TIMECARD, 'ID', () => true, 1),
  maskMatches(EXTENSION_SPACED, 'PHONE', () => true, 1),
  maskMatches(SLASHED_CODE, 'ID', hasFigure, 1),
  maskMatches(PARKING_OWNED, 'ID', parkingHeld, 1),
  maskMatches(PLATE_PART, 'PLATE', platePart, 1),
];
