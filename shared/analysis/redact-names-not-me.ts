import { isEnglishWord } from './english-dictionary';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 30: the one a writer points at instead of themself, where no list knows the name ("the one stealing
 * is Leopold, not me", "not me, it was Ruairí"): the contrast with "me" says a person is meant. A word of English
 * stays ("it was Friday, not Monday" names no one, and "not me" does not follow it).
 */

const PERSON_NOT_ME = lazyPattern(
  String.raw`(?<=(?<![\p{L}])(?:is|was|it's|its|it’s)[ \t]+)(\p{Lu}[\p{Ll}\p{M}'’-]+)(?=,?[ \t]+not[ \t]+(?:me|him|her|us|them|I)(?![\p{L}]))`,
  'gu',
);
const NOT_ME_PERSON = lazyPattern(
  String.raw`(?<=(?<![\p{L}])not[ \t]+(?:me|him|her|us),?[ \t]+(?:it[ \t]+was|it's|it’s|but)[ \t]+)(\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}])`,
  'gu',
);

/** Hides a capitalised name the writer sets against "me". */
export const maskNamesSetAgainstMe: Rule = (text) => {
  if (!/not[ \t]+(?:me|him|her|us|them|I)(?![\p{L}])/u.test(text)) return text;
  let out = text;
  for (const pattern of [PERSON_NOT_ME.get(), NOT_ME_PERSON.get()])
    for (const m of text.matchAll(pattern)) {
      if (isEnglishWord(m[1]!.toLowerCase())) continue;
      out = out.slice(0, m.index) + mask('NAME', m[1]!.length) + out.slice(m.index + m[1]!.length);
    }
  return out;
};
