import { afterAPerson, isAbbreviation, NOT_INITIALS } from './redact-names-bracket-initials';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 33: initials in brackets with a space between the letters ("the driver (J B) was drunk", "my supervisor
 * (j b k) keeps shouting", "mi jefe (J B) me grita", "mein Chef (J B) schreit", "il capo (G B) urla"). Round 32's
 * rule (redact-names-bracket-initials.ts) reads them run together or dotted; letters written one at a time are no
 * word, so a vowel among them says nothing here. The same words before the brackets must say a person is meant, and
 * the letters must not be the initials of those words (a role's abbreviation: "the Shift Manager (S M)").
 */

// Chat shorthand the other rule refuses ("(jk)", "(tbh)") is typed run together: written apart, it is initials.
const RUN_TOGETHER_ONLY = new Set('jk tbh lol smh imo fyi idk lmk btw omg wtf ffs'.split(' '));
const SPACED = lazyPattern(String.raw`(\p{L}+)((?:[ \t]+\p{L}+){0,3})[ \t]*\((\p{L}(?:[ \t]+\p{L}){1,2})\)`, 'gu');

/** Hides initials written apart in brackets after a word for a person (see above). */
export const maskSpacedBracketInitials: Rule = (text) => {
  if (!/\(\p{L}[ \t]/u.test(text)) return text;
  return text.replace(SPACED.get(), (whole: string, first: string, rest: string, inside: string) => {
    const letters = inside.replace(/[^\p{L}]/gu, '');
    const lower = letters.toLowerCase();
    if ((NOT_INITIALS.has(lower) && !RUN_TOGETHER_ONLY.has(lower)) || !afterAPerson(first, rest)) return whole;
    if (isAbbreviation(text, first, rest, letters)) return whole;
    const at = whole.lastIndexOf(`(${inside})`) + 1;
    return whole.slice(0, at) + mask('NAME', inside.length) + whole.slice(at + inside.length);
  });
};
