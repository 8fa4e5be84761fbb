import { lazyPattern } from './lazy-pattern';
import { someoneDoing, UNIT_CODE } from './redact-names-nicknames-by-units';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';

/*
 * ra35 (blind re-attack), nicknames pointed out by their unit the ways round 34 (redact-names-nicknames-by-units.ts:
 * commas, a hyphen) did not read:
 * - set off by dashes, as an aside ("Pitbull \u2014 maintenance team \u2014 threatens everyone", "Moose - loading dock -
 *   grabbed my arm", "Shorty -- dispatch -- threatens the drivers", "el Gordo \u2014 turno de noche \u2014 nos amenaza");
 * - before "from", "on", "in" or "at" and a unit's code ("Rocky from station 4 steals tips", "Smiley from pod 3 spat
 *   at me", "Tiger from line 6 grabs the new girls").
 * The word is then read as round 34 reads it (someoneDoing): a given name or a nickname people go by before any
 * deed, an everyday word only before what only a person does or a deed done to a person: "Safety \u2014 night shift \u2014
 * is a joke", "Training \u2014 all staff \u2014 starts Monday", "Coffee from unit 7 tastes awful", "Heating from bay 4 is
 * broken" stay.
 */

const DASH = String.raw`(?:[ \t]+(?:-{1,2}|\u2013|\u2014)[ \t]+|[ \t]*(?:\u2013|\u2014)[ \t]*)`;
// The word, a dash, an aside of one to four words (no sentence's end, no comma), a dash, what follows.
const DASHED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_@#.'\u2019-])(\p{Lu}\p{Ll}+)${DASH}(?:[\p{L}\p{N}#'\u2019]+[ \t]+){0,3}[\p{L}\p{N}#]+${DASH}([^.!?;\n]{0,40})`,
  'gu',
);
const FROM_CODE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_@#.'\u2019-])(\p{Lu}\p{Ll}+)[ \t]+(?:from|on|in|at|off)[ \t]+(?:the[ \t]+)?${UNIT_CODE}(?![\p{L}\p{N}])[ \t]*,?[ \t]+([^.!?;\n]{0,40})`,
  'giu',
);
const DASH_GATE = lazyPattern(String.raw`\p{Lu}\p{Ll}+[ \t]*(?:-|\u2013|\u2014)`, 'u');
const CODE_GATE = lazyPattern(String.raw`\p{Lu}\p{Ll}+[ \t]+(?:from|on|in|at|off)[ \t]`, 'u');

const hideWord = (pattern: RegExp, text: string) =>
  text.replace(pattern, (whole: string, word: string, after: string) =>
    someoneDoing(word, after) ? mask('NAME', word.length) + whole.slice(word.length) : whole,
  );

/** Hides a nickname set off by dashes around its unit, or before its unit's code (see above). */
export const maskNicknamesDashedOrCoded: Rule = (text) => {
  let out = text;
  if (DASH_GATE.get().test(out)) out = hideWord(DASHED.get(), out);
  if (/\d/.test(out) && CODE_GATE.get().test(out)) out = hideWord(FROM_CODE.get(), out);
  return out;
};
