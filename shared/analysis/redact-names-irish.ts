import { isEnglishWord } from './english-dictionary';
import { maskMatches, onlyWith, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * "o'hara", "o'neill", "O'Neill": Irish surnames, written small as people type in a hurry, or as they are. The capitals the names
 * rules read are gone, and no list holds every such name; but "o'" before a word no dictionary knows is nothing
 * else English writes ("o'clock", "o'er", "an o'right place", "the good o'boys club" stay).
 */
const IRISH_SURNAME = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’-])(?:o['’](?!clock|er(?![\p{L}]))\p{Ll}{3,}|O['’](?!Clock)\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}]|['’]\p{L}{2})`,
  'gu',
);

/** Masks Irish surnames (see above). */
export const maskIrishSurnames: Rule = onlyWith(
  lazyPattern(String.raw`[oO]['’]\p{L}`, 'u'),
  maskMatches(IRISH_SURNAME, 'NAME', ([found]) => /^O['’]\p{Lu}/u.test(found) || !isEnglishWord(found.slice(2))),
);
