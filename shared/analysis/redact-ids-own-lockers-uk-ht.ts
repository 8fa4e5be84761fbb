import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * sp37: the writer's own locker in Ukrainian and Haitian Creole, said with "my" or "mine" on either side of its
 * number: "моя шафка 118", "шафка 118 моя", "у моїй шафці №7", "kazye m 42", "kazye mwen 42", "kazye 42 a se pa m".
 * One locker is one person's: whoever reads the locker list knows the writer, so the number is hidden as [ID] (as
 * redact-personal-places.ts does for "my locker 31", "la mía es la 31"). Without "my" a locker is a thing and keeps
 * its number ("шафка 14 замок зламаний", "kazye 12 a kase").
 */

// A locker: Ukrainian "шафка" (and "шафочка", a cubicle "кабінка") in its cases, Kreyòl "kazye".
const UK_LOCKER = String.raw`(?:\u0448\u0430\u0444(?:\u043a|\u043e\u0447\u043a)(?:\u0430|\u0438|\u0443|\u0456|\u043e\u044e)|\u0448\u0430\u0444(?:\u043e\u0447)?\u0446\u0456|\u043a\u0430\u0431\u0456\u043d(?:\u043a(?:\u0430|\u0438|\u0443|\u043e\u044e)|\u0446\u0456))`;
// "my" in the same cases: моя, мою, моєї, моїй, моєю.
const UK_MY = String.raw`(?:\u043c\u043e\u044f|\u043c\u043e\u044e|\u043c\u043e\u0454\u0457|\u043c\u043e\u0457\u0439|\u043c\u043e\u0454\u044e)`;
const MARKER = String.raw`(?:(?:\u2116|#|no\.?|\u043d\u043e\u043c\u0435\u0440|nimewo|nimero)[ \t]*)?`;
const NUMBER = String.raw`(\d{1,5}[A-Za-z\u0410-\u044f]?)(?![\p{L}\p{N}%]|[.,:]\d)`;

const UK_MY_LOCKER = lazyPattern(String.raw`(?<![\p{L}])${UK_MY}[ \t]+${UK_LOCKER}[ \t]*${MARKER}${NUMBER}`, 'giu');
// "шафка 118 моя", "шафка №118 — моя", "шафка 118, це моя".
const UK_LOCKER_MINE = lazyPattern(
  String.raw`(?<![\p{L}])${UK_LOCKER}[ \t]*${MARKER}${NUMBER}(?=[ \t]*[,\u2014\u2013:-]?[ \t]*(?:\u0446\u0435[ \t]+)?${UK_MY}(?![\p{L}]))`,
  'giu',
);
// Kreyòl: "my" is "m", "mwen", "pa m", "pa mwen" after the noun.
const HT_MY = String.raw`(?:pa[ \t]+)?(?:m|mwen)(?![\p{L}'\u2019])`;
const HT_MY_LOCKER = lazyPattern(
  String.raw`(?<![\p{L}])kazye[ \t]+${HT_MY}[ \t]+(?:(?:la|a|nan|an)[ \t]+)?(?:se[ \t]+)?${MARKER}${NUMBER}`,
  'giu',
);
// "kazye 42 a se pa m", "kazye #42 la se pa mwen", "kazye 42 la pa m".
const HT_LOCKER_MINE = lazyPattern(
  String.raw`(?<![\p{L}])kazye[ \t]*${MARKER}${NUMBER}(?=[ \t]+(?:(?:la|a|nan|an)[ \t]+)?(?:se[ \t]+)?(?:pa|pou)[ \t]+(?:m|mwen)(?![\p{L}'\u2019]))`,
  'giu',
);

const ANY_LOCKER = lazyPattern(String.raw`${UK_LOCKER}|kazye`, 'iu');
const rules = [UK_MY_LOCKER, UK_LOCKER_MINE, HT_MY_LOCKER, HT_LOCKER_MINE].map((pattern) =>
  maskMatches(pattern, 'ID', () => true, 1),
);

/** Masks the number of the writer's own locker in Ukrainian or Haitian Creole (see above). */
export const maskOwnLockersUkrainianKreyol: Rule = (text) => {
  if (!/\d/.test(text) || !ANY_LOCKER.get().test(text)) return text;
  return rules.reduce((out, rule) => rule(out), text);
};
