// Attack round 26: "Brayden Kowalczyk from shipping" read as "Brayden [NAME]": the given name before a hidden surname.
import { isEnglishWord, isProperNoun } from './english-dictionary';
import { commonWordLanguages } from './redact-names-common-words';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES, TITLES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';

/*
 * A capitalised word right before a name already hidden, with one space between, is that person's given name when no
 * language the service reads has it as a word: "Brayden [NAME] from shipping", "Jaxon [NAME] keeps yelling". A word
 * of any language opening the sentence stays ("Ask [NAME]", "Tell [NAME]", "Thanks [NAME]", "Monday [NAME]", "Hola
 * [NAME]"), and so do titles (shown as "Mr [NAME]"), teams, roles and places ("Paris [NAME]").
 */

const NAME_MARK = mask('NAME', 1);
// Titles as German declines them and Polish and Russian write them in a case, which no list of titles holds.
const DECLINED_TITLES = new Set(['herrn', 'hrn', 'pana', 'panu', 'panią', 'pani', 'pan', 'frau', 'herr']);
const BEFORE_HIDDEN = new RegExp(String.raw`(?<![\p{L}\p{N}'’@#.-])(\p{Lu}\p{Ll}{2,})(?=[ \t]${NAME_MARK})`, 'gu');

/** Masks an unlisted capitalised given name right before a hidden surname (see above). */
export const maskGivenNamesBeforeHiddenSurnames: Rule = (text) => {
  if (!text.includes(` ${NAME_MARK}`)) return text;
  return text.replace(BEFORE_HIDDEN, (word: string) => {
    const lower = word.toLowerCase();
    if (
      ALL_STOPWORDS.has(lower) ||
      NOT_NAMES.has(lower) ||
      ROLE_CUES.has(lower) ||
      DEPARTMENTS.has(lower) ||
      TITLES.has(lower) ||
      DECLINED_TITLES.has(lower) ||
      isEnglishWord(lower) ||
      isProperNoun(lower) ||
      commonWordLanguages(lower) !== undefined
    )
      return word;
    return NAME_MARK.repeat(word.length);
  });
};
