import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { maskMatches, onlyWith, type Rule } from './redact-rule';
import { ALL_STOPWORDS, PARTICLES } from './redact-names-words';
import { lazyPattern } from './lazy-pattern';

/*
 * A double given name written small: "jo-anne", "kayleigh-ann", "lee-ann", "mary-beth". One half is a given name of
 * three letters or more, the other a given name too or a short half that is no word of English nor of the
 * languages the service hears: "follow-up",
 * "rose-gold", "mark-ups" and "self-anne" are words, "al-qaeda" (no given half) stays. A capitalised one is the
 * names rules'.
 */
const SMALL_DOUBLE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’-])(\p{Ll}{2,})-(\p{Ll}{2,})(?![\p{L}\p{N}'’]|-\p{L})`,
  'gu',
);

// A given name that is no English word ("cash-rich", "ex-pat" are words); the other half short, as a pet form is
// ("jo", "dee"): "willia-sonoma" is a firm's name misspelled.
const isNamedHalf = (half: string) => half.length >= 3 && isGivenName(half) && !isEnglishWord(half);
const isOtherHalf = (half: string) =>
  half.length <= 4 && !isEnglishWord(half) && !isProperNoun(half) && !ALL_STOPWORDS.has(half) && !PARTICLES.has(half);

function isDoubleName(first: string, second: string): boolean {
  return (
    (isNamedHalf(first) && (isNamedHalf(second) || isOtherHalf(second))) || (isNamedHalf(second) && isOtherHalf(first))
  );
}

/** Masks double given names written in lower case (see above). */
export const maskSmallDoubleNames: Rule = onlyWith(
  lazyPattern(String.raw`\p{Ll}-\p{Ll}`, 'u'),
  maskMatches(SMALL_DOUBLE, 'NAME', (m) => isDoubleName(m[1]!, m[2]!)),
);
