import { isEnglishWord, isProperNoun } from './english-dictionary';
import { lazyPattern } from './lazy-pattern';
import { commonWordLanguages } from './redact-names-common-words';
import { ALL_STOPWORDS, DEPARTMENTS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';

/*
 * Round 34 (r34a): given names that are words ("Blessing", "Precious", "Patience", "Mercy", "Godswill": names given
 * for a virtue or a wish, common in West and Southern Africa and the Caribbean) and names no list knows ("Idris",
 * "Jannik", "Teodulo"), where only a person stands:
 * - before "was/is/wasnt" and what a person is doing ("Blessing was clocking people out", "Precious was crying in the
 *   freezer", "Idris wasnt wearing gloves"; "Hope was fading", "Patience is running out" stay: no person does those);
 * - before "from" a part of the workplace or a shift ("Blessing from 2nd shift", "Jannik aus dem Wareneingang
 *   bedroht mich");
 * - after a name already hidden and "&" or "+" ("Rhys&Blessing keep stealing tips"), or after a word for a friend
 *   ("my buddy Blessing from nights saw him");
 * - after a payment app and "to" ("envía por bizum a Teodulo", "send it on venmo to Mercy").
 */

// Names given for a virtue or a wish, which a dictionary knows as words.
const WORD_NAMES = new Set(
  `blessing blessed precious patience mercy charity honour honor destiny harmony justice treasure gift comfort favour
  favor goodness godswill godsgift princess memory loveness innocent lucky clever smart prosper wisdom bright fortune
  marvel miracle peace divine praise trust unity victory glory beauty happiness loveday promise prudence constance
  felicity verity serenity trinity providence faith hope grace joy`.split(/\s+/),
);
// What a person is doing, not a feeling or a thing ("Hope was fading", "Patience is running out", "Grace was ending").
const PERSON_DOING = new Set(
  `clocking crying wearing yelling screaming shouting stealing sleeping smoking drinking laughing talking texting
  fighting lying hiding eating standing sitting walking driving working helping bullying harassing touching grabbing
  pushing hitting following watching filming recording selling dealing vaping napping gossiping flirting cursing
  swearing threatening mocking singing dancing playing chatting calling kissing groping pinching spitting skipping
  sneaking cheating stalking picking packing loading`.split(/\s+/),
);

const CAP = String.raw`\p{Lu}\p{Ll}{2,}`;
const DOING = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])(${CAP})[ \t]+(?:was|is|wasnt|wasn['\u2019]t|isnt|isn['\u2019]t|keeps|kept|(?:has|had)[ \t]+been)[ \t]+(?:not[ \t]+)?(\p{Ll}+ing)(?![\p{L}])`,
  'gu',
);
const FROM_PART = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])(${CAP})[ \t]+(?:from|aus|von|vom|de|del|du)[ \t]+(?:(?:the|dem|der|den|la|el|le)[ \t]+)?(\d(?:st|nd|rd|th)[ \t]+shift|nights|days|lates|\p{L}+)((?:[ \t]+\p{L}+)?)`,
  'gu',
);
const AFTER_HIDDEN = lazyPattern(String.raw`(?<=\uE000[ \t]*[&+][ \t]*)(${CAP})(?![\p{L}])`, 'gu');
const FRIEND = lazyPattern(
  String.raw`(?<![\p{L}])(?:my|his|her|our|their|your)[ \t]+(?:buddy|mate|pal|bro|homie|friend|bestie|girl)[ \t]+(${CAP})(?![\p{L}])`,
  'giu',
);
const PAID_TO = lazyPattern(
  String.raw`(?<![\p{L}])(?:bizum|venmo|paypal|cash[ \t]?app|zelle|revolut|blik|wise|lydia|satispay|mbway)[ \t]+(?:a|to|para|an|\u00e0|al|per)[ \t]+(${CAP})(?![\p{L}])`,
  'giu',
);
const PARTS = new Set(
  `shift nights days lates receiving shipping dispatch packing picking goods warehouse canteen kitchen office stores
  returns maintenance security yard dock docks line admin payroll reception wareneingang warenausgang lager versand
  kantine halle werkstatt almac\u00e9n cocina recepci\u00f3n cantine entrep\u00f4t quai magazzino mensa`.split(/\s+/),
);

const PLURAL_VERBS =
  /^[ \t]+(?:were|are|have|arrive|arrived|come|came|need|go|sind|waren|son|eran|sont|\u00e9taient)$/iu;

/** A name no list knows: no word of the languages read, no function word, role or department. */
function unlisted(lower: string): boolean {
  // "Pallets from shipping", "Boxes from returns", "Totes from goods in": a plural, which the dictionary may not know
  // ("pallet"). A name in "-s" after a vowel or a double s stays a name ("Idris", "Carlos", "Lukas", "Jess").
  if (/(?:[^aiousy]s|es)$/u.test(lower)) return false;
  return (
    !isEnglishWord(lower) &&
    !isProperNoun(lower) &&
    !commonWordLanguages(lower) &&
    !ALL_STOPWORDS.has(lower) &&
    !NOT_NAMES.has(lower) &&
    !ROLE_CUES.has(lower) &&
    !DEPARTMENTS.has(lower)
  );
}

const hide = (whole: string, name: string) => {
  const at = whole.indexOf(name);
  return whole.slice(0, at) + mask('NAME', name.length) + whole.slice(at + name.length);
};

// What each form cannot match without.
const GATE = lazyPattern(String.raw`\p{Lu}\p{Ll}{2,}`, 'u');

/** Hides a name that is a word, or that no list knows, where only a person stands (see above). */
export const maskWordNamesPlaced: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  let out = text.replace(DOING.get(), (whole: string, name: string, doing: string) => {
    const lower = name.toLowerCase();
    return (WORD_NAMES.has(lower) || unlisted(lower)) && PERSON_DOING.has(doing) ? hide(whole, name) : whole;
  });
  out = out.replace(FROM_PART.get(), (whole: string, name: string, part: string, next: string) => {
    const lower = name.toLowerCase();
    // Things come from a department in the plural ("Pallets from shipping were late"): one person "was", "is".
    if (PLURAL_VERBS.test(next)) return whole;
    const isPart = /shift$/u.test(part) || PARTS.has(part.toLowerCase());
    return isPart && (WORD_NAMES.has(lower) || unlisted(lower)) ? hide(whole, name) : whole;
  });
  if (out.includes('\uE000'))
    out = out.replace(AFTER_HIDDEN.get(), (name: string) =>
      WORD_NAMES.has(name.toLowerCase()) || unlisted(name.toLowerCase()) ? mask('NAME', name.length) : name,
    );
  out = out.replace(FRIEND.get(), (whole: string, name: string) =>
    /^\p{Lu}/u.test(name) && WORD_NAMES.has(name.toLowerCase()) ? hide(whole, name) : whole,
  );
  out = out.replace(PAID_TO.get(), (whole: string, name: string) => {
    const lower = name.toLowerCase();
    return /^\p{Lu}/u.test(name) && !ALL_STOPWORDS.has(lower) && !NOT_NAMES.has(lower) ? hide(whole, name) : whole;
  });
  return out;
};
