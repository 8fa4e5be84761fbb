import { isEnglishWord } from './english-dictionary';
import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { ALL_STOPWORDS, DETERMINERS } from './redact-names-words';
import { MASKED, mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { recentPattern } from './recent-patterns';

/*
 * Round 34 (ra34 R22): a given name written small, then a verb's "n't" written without its apostrophe: "i asked
 * jasmine but jasmine wont help", "rosa isnt paid for overtime", "jessica cant take her lunch". Only a person (or a
 * thing a person owns: "my bill isnt paid") is said not to do something, so a known given name there is someone,
 * and so is the same word elsewhere in the text ("i asked jasmine"). A name that is a word stays after an article
 * or a possessive ("the bill isnt paid", "my mark wasnt fair"), and an idea that is a name too stays always ("hope
 * isnt lost", "grace wont come easy"): that is the word.
 */
const NEGATED = String.raw`(?:didnt|doesnt|dont|wont|cant|isnt|wasnt|hasnt|havent|hadnt|aint|shouldnt|wouldnt|couldnt|werent|arent)`;
const BEFORE_NEGATION = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019@_.-])(\p{Ll}{2,12})[ \t]+(?:(?:just|still|really|even|also|def|prob|literally)[ \t]+)?${NEGATED}(?![\p{L}'\u2019])`,
  'gu',
);
// Names that are ideas or the time of year more often than someone: never taken by this rule.
const IDEAS = new Set(
  `hope faith grace joy will patience charity honor honour mercy justice liberty chance bliss destiny trinity harmony
  unity glory happy sunny summer autumn winter spring may june april august christmas noel serenity victory`.split(
    /\s+/,
  ),
);
const NAME_MARK = mask('NAME', 1);
const NEGATED_GATE =
  /(?:didnt|doesnt|dont|wont|cant|isnt|wasnt|hasnt|havent|hadnt|aint|shouldnt|wouldnt|couldnt|werent|arent)\b/;

function isSomeone(name: string, before: string): boolean {
  if (ALL_STOPWORDS.has(name) || IDEAS.has(name) || !isGivenName(name)) return false;
  if (!isEnglishWord(name)) return true;
  const previous = /(\p{L}+)[ \t]+$/u.exec(before)?.[1]?.toLowerCase() ?? '';
  return !DETERMINERS.has(previous) && !POSSESSIVES.has(previous);
}
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'our', 'their', 'its', 'this', 'that', 'no', 'every']);

/** Masks a small given name before a negated verb, and its other mentions (see above). */
export const maskSmallNamesBeforeNegation: Rule = (text) => {
  // Most texts hold none of the verbs: one cheap look before the pattern.
  if (!NEGATED_GATE.test(text)) return text;
  const names = new Set<string>();
  for (const m of text.matchAll(BEFORE_NEGATION.get())) {
    const name = m[1]!;
    if (!MASKED.test(name) && isSomeone(name, text.slice(Math.max(0, m.index - 20), m.index))) names.add(name);
  }
  let out = text;
  for (const name of names) {
    const again = recentPattern(String.raw`(?<![\p{L}\p{N}'\u2019@_.-])${name}(?![\p{L}\p{N}'\u2019@_-])`, 'gu');
    for (const m of out.matchAll(again))
      out = out.slice(0, m.index) + NAME_MARK.repeat(name.length) + out.slice(m.index + name.length);
  }
  return out;
};
