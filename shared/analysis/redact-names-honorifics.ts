import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { ALL_STOPWORDS } from './redact-names-words';
import { maskMatches, onlyWith, type Rule } from './redact-rule';
import { isCommonSurname, isWordlikeSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * Indian English puts the respect after the name: "Sharma ji", "Patil sir", "Kulkarni madam", "Ravi bhai", "Lakshmi
 * garu". There the word before is a person, written in capitals or not; the honorific stays. The word must be a
 * known given name or surname, or a capitalised word no dictionary knows: "yes sir", "thank you madam", "Dear Sir"
 * and "pandit ji" (a priest) are left as written.
 */
const HONORIFIC = String.raw`(?:ji|jee|sir|madam|ma'am|ma’am|maam|saab|sahab|saheb|sahib|bhai|bhaiya|didi|garu|anna|akka)`;
const BEFORE_HONORIFIC = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’\-])(\p{L}[\p{L}'’]*)(?=[ \t]+${HONORIFIC}(?![\p{L}\p{N}]))`,
  'giu',
);
const NOT_NAMES = new Set(['pandit', 'guru', 'baba', 'mata', 'bapu', 'mahatma', 'netaji', 'swami', 'sant', 'boss']);

function namesSomeone(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower) || lower.length < 3) return false;
  if ((isCommonSurname(lower) && !isWordlikeSurname(lower)) || (isGivenName(lower) && !isWordlikeName(lower)))
    return true;
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !isEnglishWord(lower) && !isProperNoun(lower);
}

// Written small, a word no list knows is a name before the honorifics only a name takes ("rakesh bhai", "sunita
// didi"), unless it is Hindi's own word for whose brother or sister ("mera bhai", "bade bhai", "apni didi").
const NAME_ONLY_HONORIFIC = lazyPattern(String.raw`^[ \t]+(?:bhai|bhaiya|didi|garu)(?![\p{L}])`, 'iu');
const HINDI_BEFORE_RELATIVE = new Set(
  `mera meri mere tera teri tere apna apni apne hamara hamari hamare humara tumhara tumhari unka unki unke uska uski
  uske iska iski bada bade badi chota chote choti sab sabka sabki sabhi aap hum yeh woh koi kya bhai didi`.split(/\s+/),
);

function namesSomeoneWrittenSmall(word: string, after: string): boolean {
  const lower = word.toLowerCase();
  return (
    word === lower &&
    lower.length >= 3 &&
    NAME_ONLY_HONORIFIC.get().test(after) &&
    !HINDI_BEFORE_RELATIVE.has(lower) &&
    !NOT_NAMES.has(lower) &&
    !isEnglishWord(lower) &&
    !commonWordLanguages(lower) &&
    !ALL_STOPWORDS.has(lower)
  );
}

/** Masks the name before an honorific that follows it (see above). */
export const maskHonorificNames: Rule = onlyWith(
  lazyPattern(String.raw`\s${HONORIFIC}(?![\p{L}\p{N}])`, 'iu'),
  maskMatches(
    BEFORE_HONORIFIC,
    'NAME',
    (m) => namesSomeone(m[1]!) || namesSomeoneWrittenSmall(m[1]!, m.input.slice(m.index + m[0].length)),
    1,
  ),
);
