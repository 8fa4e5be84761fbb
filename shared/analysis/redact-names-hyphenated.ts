import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { maskMatches, onlyWith, type Rule } from './redact-rule';
import { ALL_STOPWORDS, PARTICLES } from './redact-names-words';

/*
 * A double given name written small: "jo-anne", "kayleigh-ann", "lee-ann", "mary-beth". One half is a given name of
 * three letters or more, the other no word of English nor of the languages the service hears: "follow-up",
 * "rose-gold", "mark-ups" and "self-anne" are words, "al-qaeda" (no given half) stays. A capitalised one is the
 * names rules'.
 */
const SMALL_DOUBLE = /(?<![\p{L}\p{N}'’-])(\p{Ll}{2,})-(\p{Ll}{2,})(?![\p{L}\p{N}'’]|-\p{L})/gu;

const isNamedHalf = (half: string) => half.length >= 3 && isGivenName(half);
const isOtherHalf = (half: string) =>
  !isEnglishWord(half) && !isProperNoun(half) && !ALL_STOPWORDS.has(half) && !PARTICLES.has(half);

function isDoubleName(first: string, second: string): boolean {
  return (
    (isNamedHalf(first) && (isNamedHalf(second) || isOtherHalf(second))) || (isNamedHalf(second) && isOtherHalf(first))
  );
}

/** Masks double given names written in lower case (see above). */
export const maskSmallDoubleNames: Rule = onlyWith(
  /\p{Ll}-\p{Ll}/u,
  maskMatches(SMALL_DOUBLE, 'NAME', (m) => isDoubleName(m[1]!, m[2]!)),
);
