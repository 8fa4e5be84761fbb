import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName, isWordlikeName } from './given-names';
import { maskMatches, onlyWith, type Rule } from './redact-rule';
import { isCommonSurname, isWordlikeSurname } from './surnames';

/*
 * Indian English puts the respect after the name: "Sharma ji", "Patil sir", "Kulkarni madam", "Ravi bhai", "Lakshmi
 * garu". There the word before is a person, written in capitals or not; the honorific stays. The word must be a
 * known given name or surname, or a capitalised word no dictionary knows: "yes sir", "thank you madam", "Dear Sir"
 * and "pandit ji" (a priest) are left as written.
 */
const HONORIFIC = String.raw`(?:ji|jee|sir|madam|ma'am|ma’am|maam|saab|sahab|saheb|sahib|bhai|bhaiya|didi|garu|anna|akka)`;
const BEFORE_HONORIFIC = new RegExp(
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

/** Masks the name before an honorific that follows it (see above). */
export const maskHonorificNames: Rule = onlyWith(
  new RegExp(String.raw`\s${HONORIFIC}(?![\p{L}\p{N}])`, 'iu'),
  maskMatches(BEFORE_HONORIFIC, 'NAME', (m) => namesSomeone(m[1]!), 1),
);
