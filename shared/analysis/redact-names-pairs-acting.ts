import { onFirstUse } from './built-on-first-use';
import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { commonWordLanguages } from './redact-names-common-words';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import { mask } from './redaction-kinds';
import type { Rule } from './redact-rule';
import { isCommonSurname } from './surnames';

/*
 * Attack round 33 (atp33 F1): two people named together before what they did to someone, one of them already
 * hidden, are both people: "Haley and [NAME] are bullying me", "Quinton & [NAME] laughed at me", "[NAME] and Vince
 * were drinking on the night shift", "Haley et [NAME] nous ont insultés". The rule beside it
 * (`redact-names-beside-hidden.ts`) takes only a partner the name lists know, or one no dictionary knows, before a
 * deed in the present; a given name that is also a famous person's or a place's (a dictionary proper noun: Haley,
 * Quinton, Vince, Bettye) and the past or the "-ing" of a deed ("laughed", "are bullying", "have been harassing")
 * stayed readable. Here the partner may be such a proper noun, because what follows is something a person does to
 * someone (yell, laugh at, steal, harass, drink on shift …), which a brand or a place does not; a word of any
 * language, a department, a role or a month is never taken ("HR and [NAME] were laughing", "Security and [NAME]
 * were fighting the fire"), nor a pair that does nothing to anyone ("Haley and [NAME] were great this week").
 */

const NAME_MARK = mask('NAME', 1);
const HIDDEN = `${NAME_MARK}+`;
// A name as people write it: capitalised, or small ("quinton and [NAME]"), hyphenated too ("Jo-Ann").
const WORD = String.raw`\p{L}[\p{Ll}'\u2019]{2,}(?:-\p{L}[\p{Ll}'\u2019]+)?`;
const AND = String.raw`(?:and|&|or|y|e|et|und|en|i|oraz)`;
// What may stand between the pair and the deed: an auxiliary, an adverb, an object pronoun, French "ont".
export const BETWEEN = String.raw`(?:are|were|is|was|keep|keeps|kept|have|has|had|been|always|both|constantly|still|just|often|also|then|all|did|do|again|me|us|him|her|them|nos|me|se|les|nous|m[\u2019']|ont|m[\u2019']ont|nous[ \t]+ont|han|me[ \t]+han|nos[ \t]+han)`;
// Deeds of a person to a person, in the present, past and "-ing" of English, and the past of Spanish and French.
export const DEEDS = String.raw`(?:laugh(?:s|ed|ing)?|yell(?:s|ed|ing)?|shout(?:s|ed|ing)?|scream(?:s|ed|ing)?|harass(?:es|ed|ing)?|bull(?:y|ies|ied|ying)|threaten(?:s|ed|ing)?|grab(?:s|bed|bing)?|push(?:es|ed|ing)?|shov(?:e|es|ed|ing)|hit(?:s|ting)?|st(?:eal|eals|ole|ealing)|lie(?:d|s)?|lying|touch(?:es|ed|ing)?|insult(?:s|ed|ing)?|mock(?:s|ed|ing)?|ignor(?:e|es|ed|ing)|curs(?:e|es|ed|ing)|sw(?:ear|ears|ore|earing)|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|follow(?:s|ed|ing)?|corner(?:s|ed|ing)?|f(?:ight|ights|ought|ighting)|dr(?:ink|inks|ank|inking)|gossip(?:s|ed|ing)?|spread(?:s|ing)?|told|tell(?:s|ing)?|pick(?:s|ed|ing)?[ \t]+on|gang(?:s|ed|ing)?[ \t]+up|beat(?:s|ing)?|attack(?:s|ed|ing)?|hurt(?:s|ing)?|thr(?:ew|ow|ows|owing)|sp(?:it|its|at|itting)|stalk(?:s|ed|ing)?|grop(?:e|es|ed|ing)|ma(?:de|ke|kes|king)[ \t]+fun|sabotag(?:e|es|ed|ing)|exclud(?:e|es|ed|ing)|discriminat(?:e|es|ed|ing)|gritaron|insultaron|amenazaron|acosaron|robaron|golpearon|pegaron|empujaron|burlaron|humillaron|cri[\u00e9e]|insult[\u00e9e]s?|menac[\u00e9e]s?|harcel[\u00e9e]s?|vol[\u00e9e]|frapp[\u00e9e]s?|pouss[\u00e9e]s?|humili[\u00e9e]s?|moqu[\u00e9e]s?)`;

const PAIR = onFirstUse(
  () =>
    new RegExp(
      String.raw`(?<![\p{L}\p{N}])(${WORD}|${HIDDEN})[ \t]{1,3}${AND}[ \t]{1,3}(${WORD}|${HIDDEN})((?:[ \t]{1,3}${BETWEEN}){0,3}[ \t]{1,3}${DEEDS})(?![\p{L}])`,
      'giu',
    ),
);
const GATE = onFirstUse(() => new RegExp(String.raw`${NAME_MARK}[ \t]{0,3}\S{0,3}[ \t]{1,3}|[ \t]${NAME_MARK}`, 'u'));

/** Whether a word beside a hidden name, the pair acting on someone, is a person's name (see above). */
function isPartner(word: string): boolean {
  const lower = word.toLowerCase();
  if (ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || ROLE_CUES.has(lower) || DEPARTMENTS.has(lower)) return false;
  if (isEnglishWord(lower) || commonWordLanguages(lower) !== undefined) return false;
  if (/^\p{Lu}\p{Ll}/u.test(word)) return true;
  // Written small, only a name some list knows: "quinton and [NAME]", never any unknown small word.
  return isProperNoun(lower) || isGivenName(lower) || isCommonSurname(lower);
}

/** Masks the name paired with a hidden one before a deed to someone (see above). */
export const maskNamesPairedActing: Rule = (text) => {
  if (!text.includes(NAME_MARK) || !GATE().test(text)) return text;
  return text.replace(PAIR(), (whole: string, first: string, second: string, deed: string) => {
    const firstHidden = first.startsWith(NAME_MARK);
    const secondHidden = second.startsWith(NAME_MARK);
    if (firstHidden === secondHidden) return whole;
    const other = firstHidden ? second : first;
    if (!isPartner(other)) return whole;
    const middle = whole.slice(first.length, whole.length - deed.length - second.length);
    const hide = (w: string) => (w.startsWith(NAME_MARK) ? w : NAME_MARK.repeat(w.length));
    return hide(first) + middle + hide(second) + deed;
  });
};
