import type { Context, Word } from './redact-names-reading';
import { commonWordLanguages } from './redact-names-common-words';
import { isCommonSurname } from './surnames';
import { lazyPattern } from './lazy-pattern';

/*
 * A lower-case word after a lower-case given name is read as its surname when no list knows it ("anna kowalt").
 * In German, Dutch and Swedish, which the language guess tells apart badly, that place is a verb's as often: "peter
 * werkt hier", "ich habe mit dana gesprochen", "ik heb met sanne gepraat", "erik jobbar natt". Such a word is no
 * surname: a frequent verb of any of the three, or a past participle's shape ("ge…en", "ge…t"), unless it is a
 * surname the lists know ("peter schmidt").
 */

const GERMANIC = new Set(['de', 'nl', 'sv', 'da', 'no', 'und']);
const GERMANIC_WORDS = ['de', 'nl', 'sv'];
const PARTICIPLE = lazyPattern(String.raw`^ge\p{Ll}{3,}(?:en|t|d)$`, 'u');
const ROMANIAN_PRESENT = lazyPattern(String.raw`\p{Ll}{2}(?:ează|ează|ește|eşte|ăște|ăşte)$`, 'u');

/** Whether `word`, after a given name in a German, Dutch or Swedish text, is a verb the person did rather than a surname. */
export function isGermanicVerbAfterName(context: Context, word: Word): boolean {
  if (isCommonSurname(word.lower)) return false;
  if (ROMANIAN_PRESENT.get().test(word.lower)) return true;
  const languages = commonWordLanguages(word.lower);
  const frequent = languages !== undefined && GERMANIC_WORDS.some((language) => languages.has(language));
  if (!frequent && !PARTICIPLE.get().test(word.lower)) return false;
  return GERMANIC.has(context.language);
}
