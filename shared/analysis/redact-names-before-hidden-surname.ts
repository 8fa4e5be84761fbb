// Attack round 26: "Brayden Kowalczyk from shipping" read as "Brayden [NAME]": the given name before a hidden surname.
import { isEnglishWord, isNearEnglishWord, isProperNoun } from './english-dictionary';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { lookupForm } from './word-forms';
import { POSSESSIVES_BY_LANGUAGE } from './redact-names-relatives';
import { isGermanNameShapedNoun } from './redact-names-german-nouns';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES, TITLES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * A capitalised word right before a name already hidden, with one space between, is that person's given name when no
 * language the service reads has it as a word: "Brayden [NAME] from shipping", "Jaxon [NAME] keeps yelling". A word
 * of any language opening the sentence stays ("Ask [NAME]", "Tell [NAME]", "Thanks [NAME]", "Monday [NAME]", "Hola
 * [NAME]"), and so do titles (shown as "Mr [NAME]"), teams, roles and places ("Paris [NAME]").
 */

const NAME_MARK = mask('NAME', 1);
// Chat's interjections, which open a line before a name as "Ask" does: "Lol [NAME]", "Congrats [NAME]".
const INTERJECTIONS = new Set(
  'lol lmao lmfao omg omfg omgoodness wtf smh yeah yea yep nope alright congrats congratz ugh yay hmm ooh aww fuck fck damn shit bruh habla'.split(
    ' ',
  ),
);
// Titles as German declines them and Polish and Russian write them in a case, which no list of titles holds.
const DECLINED_TITLES = new Set(['herrn', 'hrn', 'pana', 'panu', 'panią', 'pani', 'pan', 'frau', 'herr']);
// Possessives only: spoken German puts an article before a name ("die Svenja [NAME] aus der Logistik").
const POSSESSIVES = [
  ...Object.values(POSSESSIVES_BY_LANGUAGE).flatMap((list) => list.split(/\s+/)),
  ...'sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer dein deine deinem deinen euer eure'.split(' '),
].join('|');
const BEFORE_HIDDEN = lazyPattern(String.raw`(?<![\p{L}\p{N}'’@#.-])(\p{Lu}\p{Ll}{2,})(?=[ \t]${NAME_MARK})`, 'gu');

/** Whether a word is two English words run together ("Rollercoaster", "Outworks"), not a name ("Grayson"). */
function isCompoundOfWords(lower: string): boolean {
  for (let i = 3; i <= lower.length - 4; i++) {
    const head = lower.slice(0, i);
    const tail = lower.slice(i);
    if (!isEnglishWord(tail)) continue;
    if (head.length >= 4 ? isEnglishWord(head) : /^(?:out|up|re|un)$/u.test(head)) return true;
  }
  return false;
}

// Round 34: "mein Kumpel [NAME]", "unser Azubi [NAME]", "meine beste Freundin [NAME]": after a possessive (an
// adjective between or not) a capitalised word is the noun saying who the person is to the writer, as German writes
// every noun; a given name takes no "my" before it.
const DETERMINED = lazyPattern(String.raw`(?<![\p{L}])(?:${POSSESSIVES})[ \t]+(?:\p{Ll}{3,}[ \t]+)?$`, 'iu');

/** Masks an unlisted capitalised given name right before a hidden surname (see above). */
export const maskGivenNamesBeforeHiddenSurnames: Rule = (text) => {
  if (!text.includes(` ${NAME_MARK}`)) return text;
  return text.replace(BEFORE_HIDDEN.get(), (word: string, _w: string, at: number) => {
    if (DETERMINED.get().test(text.slice(Math.max(0, at - 40), at))) return word;
    const lower = word.toLowerCase();
    // A given name the lists know goes with its surname unless it is a word too ("Charlie", "Will").
    const listed = isGivenName(lower) && !isEnglishWord(lower) && !ALL_STOPWORDS.has(lower) && !NOT_NAMES.has(lower);
    if (
      !listed &&
      (ALL_STOPWORDS.has(lower) ||
        NOT_NAMES.has(lower) ||
        ROLE_CUES.has(lower) ||
        DEPARTMENTS.has(lower) ||
        TITLES.has(lower) ||
        DECLINED_TITLES.has(lower) ||
        INTERJECTIONS.has(lower) ||
        // A stretched word ("Nooo", "Omggggg") is said, not a name.
        /(\p{L})\1\1/u.test(lower) ||
        // A Slavic verb opening the sentence ("Zadzwoniła [NAME]", "Позвонила [NAME]"): its past or infinitive ending.
        /(?:ł[aoy]?|li|[aiyeę]ć|ują?|л[аои]?|ли|ть)$/u.test(lower) ||
        isEnglishWord(lower) ||
        isNearEnglishWord(lower) ||
        isCompoundOfWords(lower) ||
        lookupForm(lower) !== undefined ||
        moreEverydayLanguages(lower) !== undefined ||
        isProperNoun(lower) ||
        commonWordLanguages(lower) !== undefined ||
        // Round 34: "der Azubi [NAME]": German's everyday nouns shaped as names (redact-names-german-nouns.ts).
        isGermanNameShapedNoun(lower))
    )
      return word;
    return NAME_MARK.repeat(word.length);
  });
};
