import { arabic } from './ar';
import { german } from './de';
import { ENGLISH_NEGATION, english } from './en';
import { spanish } from './es';
import { french } from './fr';
import { italian } from './it';
import { polish } from './pl';
import { portuguese } from './pt';
import { tagalog } from './tl';
import type { UrgencyLanguage } from './types';
import { vietnamese } from './vi';
import { chinese } from './zh';

/**
 * Every language the urgency detector reads. To add one, write its file
 * beside these (code, script, rules, negation cues, harmless idioms), list it
 * here, and add its labelled rows as `eval/urgency/<code>.jsonl`: the tests
 * and `npm run eval -- --urgency` then hold it to the same bar as the rest.
 */
// English is mixed into text in every Latin-script language ("no racismo here",
// an English review read by the French rules' "discrimination"), so English
// negations cancel their mentions too.
const withEnglishNegation = (language: UrgencyLanguage): UrgencyLanguage =>
  language.script === 'latin' && language !== english ? { ...language, negation: `${language.negation}|${ENGLISH_NEGATION}` } : language;

export const LANGUAGES: readonly UrgencyLanguage[] = [english, spanish, french, portuguese, german, italian, polish, vietnamese, tagalog, chinese, arabic].map(withEnglishNegation);
