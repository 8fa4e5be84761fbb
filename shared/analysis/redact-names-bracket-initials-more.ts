import { afterAPerson, isAbbreviation, JOB_LETTERS, NOT_INITIALS } from './redact-names-bracket-initials';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 34 (r34a): initials in brackets the round 32 and 33 rules (redact-names-bracket-initials.ts, -spaced.ts) left
 * readable: square or curly brackets ("my lead [TM] yells at us", "the guy {ok} on nights"), dotted with a space
 * ("someone (R. O.) is stealing") or dotted as chat shorthand is never written ("the supervisor (J.K.) grabbed me"),
 * two people's at once ("two leads (JK and TM) clocked us out", "(J.K. & T.M.)"), and capitals with a vowel before what
 * a person did ("the driver (AB) yelled", "the supervisor (JK) grabbed me": in capitals, before a deed, no joke).
 * Still kept: what people bracket after a role that is no one's initials ("the manager (HR)", "(PPE)", "(OSHA)"), a
 * job's or a qualification's letters ("the nurse (RN)", "(R.N.)", "(MD)", "(PhD)"), and a role's own abbreviation
 * ("the Team Manager [TM]", or used alone elsewhere in the text).
 */

const CHAT_SHORTHAND = new Set('jk tbh lol smh imo fyi idk lmk btw omg wtf ffs'.split(' '));
const PEOPLE = new Set(
  'someone somebody one leads supervisors managers bosses drivers guys girls people workers colleagues coworkers two both they'.split(
    ' ',
  ),
);

// One person's initials: two or three letters, dotted or not, a space allowed after a dot ("R. O.").
const ONE = String.raw`(?:\p{L}\.[ \t]?\p{L}\.?(?:[ \t]?\p{L}\.?)?|\p{L}{2,3})`;
const AND = String.raw`(?:[ \t]*[&,+/][ \t]*|[ \t]+(?:and|y|et|und|e|i|og|en)[ \t]+)`;
const BRACKETED = lazyPattern(
  String.raw`(\p{L}+)((?:[ \t]+\p{L}+){0,3})[ \t]*([(\[{])(${ONE}(?:${AND}${ONE})?)([)\]}])([ \t]+\p{L}+)?`,
  'gu',
);
// Cheap first look: a bracket opened on a letter.
const OPENS = lazyPattern(String.raw`[([{]\p{L}`, 'u');
const AND_SPLIT = lazyPattern(AND, 'u');
const CLOSES: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };
// A deed after the brackets: a verb in the past or the third person, or a word that opens one.
const DEED_AFTER = lazyPattern(
  String.raw`^[ \t]+(?:\p{Ll}+ed|\p{Ll}+s|is|was|has|had|keeps|kept|stole|hit|spat|took|told|said|always|never|me|nos|mi|mich|m)$`,
  'u',
);

function initialsHere(inside: string, bracket: string, after: string | undefined, pair: boolean): boolean {
  const letters = inside.replace(/[^\p{L}]/gu, '');
  const lower = letters.toLowerCase();
  if (NOT_INITIALS.has(lower) && !CHAT_SHORTHAND.has(lower) && lower !== 'ok') return false;
  // Square and curly brackets are how people add who is meant ("my lead [TM] yells"), never how they bracket a joke,
  // an aside or a job's letters ("the nurse (RN)", kept: JOB_LETTERS, shared with the round-bracket rule).
  if (bracket !== '(' || pair) return true;
  if (JOB_LETTERS.has(lower)) return false;
  // Dotted with a space between ("R. O."), or dotted letters of chat shorthand ("J.K."): nobody writes a joke so.
  if (/\.[ \t]\p{L}/u.test(inside) || (inside.includes('.') && CHAT_SHORTHAND.has(lower))) return true;
  // In capitals before a deed ("(AB) yelled", "(JK) grabbed me"): a person's letters, vowels and all.
  return letters === letters.toUpperCase() && !!after && DEED_AFTER.get().test(after);
}

/** Hides initials in brackets of the forms the round 32 and 33 rules leave (see above). */
export const maskMoreBracketInitials: Rule = (text) => {
  if (!OPENS.get().test(text)) return text;
  return text.replace(
    BRACKETED.get(),
    (whole: string, first: string, rest: string, open: string, inside: string, close: string, after?: string) => {
      if (CLOSES[open] !== close) return whole;
      const people = inside.split(AND_SPLIT.get());
      const pair = people.length === 2;
      const byPerson =
        afterAPerson(first, rest) || [first, ...rest.trim().split(/[ \t]+/u)].some((w) => PEOPLE.has(w.toLowerCase()));
      if (!byPerson) return whole;
      // The role's own abbreviation is read as the round 32 rule reads it, in the text without these brackets.
      const elsewhere = text.replace(`${open}${inside}${close}`, ' ');
      if (!people.every((one) => initialsHere(one, open, after, pair) && !isAbbreviation(elsewhere, first, rest, one)))
        return whole;
      const at = whole.lastIndexOf(`${open}${inside}${close}`) + 1;
      let hidden = inside;
      for (const one of people) hidden = hidden.replace(one, mask('NAME', one.length));
      return whole.slice(0, at) + hidden + whole.slice(at + inside.length);
    },
  );
};
