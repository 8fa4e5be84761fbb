import { isGivenName } from './given-names';
import { unknownWord } from './redact-names-small-deeds';
import { ALL_STOPWORDS, DEPARTMENTS, ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 25: two names written small and joined ("amber and rose from packing are bullying the new girl", "ruby
 * n pearl always leave early", "dean and mark were smoking", "ask will or jack about the keys"). Each is also a word,
 * so no rule read either as a name, and redact-names-listed-beside.ts needs one of the pair hidden first. Both a
 * given name (or one a name and the other a word no language knows), joined by "and", "n", "&" or "or", then the
 * unit they work in or what they did, or asked after: the pair are people. Seasons, months and virtues listed so
 * ("summer and autumn are busy", "hope and faith are gone") are no one.
 */
// The first may be hidden already ("[NAME] and jade were …"): the second is then read alone.
const NAME_MARK = mask('NAME', 1);
const PAIR = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'’])(\p{Ll}{2,12}|${NAME_MARK}+)[ \t]{1,3}(?:and|n|&|\+|or)[ \t]{1,3}(\p{Ll}{2,12})(?=[ \t]{1,3}(\p{Ll}+))`,
  'gu',
);
const ASKED_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:ask|asked|tell|told|it\s+was|its|it['’]s|me\s+and|me\s+n|with|blame)[ \t]+$`,
  'iu',
);
// What the pair do, or where they work, after them.
const PAIR_NEXT = new Set(
  `from frm on in are r were was always never keep keeps kept got get did didnt both took left keep stole said told
  yelled shouted smoke smoked smoking were skived skive about abt who`.split(/\s+/),
);
const NO_ONE = new Set(
  `summer autumn winter spring fall may june april august march hope faith grace joy patience charity mercy honor
  honour chance dawn dusk sky river rain snow`.split(/\s+/),
);

function nameOrNickname(word: string): 'name' | 'nickname' | undefined {
  if (ALL_STOPWORDS.has(word) || DEPARTMENTS.has(word) || ROLE_CUES.has(word) || NO_ONE.has(word)) return undefined;
  if (isGivenName(word)) return 'name';
  return unknownWord(word) ? 'nickname' : undefined;
}

/** Masks two names written small joined by "and", "n", "&" or "or", before what people do or after "ask". */
export const maskPairedSmallNames: Rule = (text) => {
  if (!/[ \t](?:and|n|&|\+|or)[ \t]/u.test(text)) return text;
  let out = text;
  for (const m of text.matchAll(PAIR.get())) {
    const [, first, second, next] = m as unknown as [string, string, string, string];
    const hiddenFirst = first.startsWith(NAME_MARK);
    const a = hiddenFirst ? 'name' : nameOrNickname(first);
    const b = nameOrNickname(second);
    // "miles and miles" is no pair; after a hidden name only a listed one ("[NAME] and rightists are" stays).
    if (!a || !b || (a === 'nickname' && b === 'nickname') || first === second || (hiddenFirst && b !== 'name'))
      continue;
    if (!PAIR_NEXT.has(next) && !ASKED_BEFORE.get().test(text.slice(0, m.index))) continue;
    const secondAt = m.index + m[0].length - second.length;
    out =
      out.slice(0, m.index) +
      mask('NAME', first.length) +
      out.slice(m.index + first.length, secondAt) +
      mask('NAME', second.length) +
      out.slice(secondAt + second.length);
  }
  return out;
};
