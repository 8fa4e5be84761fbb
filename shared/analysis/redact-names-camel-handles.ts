// Blind round 15: a username made of an initial written small and a capitalised surname ("tFerguson", "jPatel").
import { isEnglishWord } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * Workplace apps make usernames of a first initial and a surname run together ("mgr = tFerguson on the rota app",
 * "ask dMartinez"), which the name rules read as one word no list knows. A small letter or two, then a capital and
 * a name the lists know, is a person; the products made so end in a word of English ("iPhone", "eBay", "iCloud",
 * "eLearning") or start with "i" or "e" ("iMac"), and stay.
 */
const CAMEL_HANDLE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}@#_.-])(\p{Ll}{1,2})(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}_])`,
  'gu',
);

function isNamePart(word: string): boolean {
  const lower = word.toLowerCase();
  // "jSmith": a surname the lists know counts, be it a word too; no product is made of one. Not the dictionary's
  // other proper nouns, firms' names as often ("tMicrosoft", a tab's "\t" read as a letter).
  return isCommonSurname(lower) || (isGivenName(lower) && !isWordlikeName(lower) && !isEnglishWord(lower));
}

/** Masks usernames of an initial and a surname run together (see above). */
export const maskCamelCaseHandles: Rule = (text) =>
  /\p{Ll}\p{Lu}/u.test(text)
    ? text.replace(CAMEL_HANDLE.get(), (found: string, initial: string, name: string) =>
        // "iMac", "eMarkets": "i" and "e" before a capital make products' names, not people's.
        !/^[ie]$/u.test(initial) && isNamePart(name) ? mask('NAME', found.length) : found,
      )
    : text;
