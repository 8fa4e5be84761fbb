import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
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
export const WORD_NAMES = new Set(
  `blessing blessed precious patience mercy charity honour honor destiny harmony justice treasure gift comfort favour
  favor goodness godswill godsgift princess memory loveness innocent lucky clever smart prosper wisdom bright fortune
  marvel miracle peace divine praise trust unity victory glory beauty happiness loveday promise prudence constance
  felicity verity serenity trinity providence faith hope grace joy goodluck lovely marvellous marvelous chastity kindness
  purity endurance perseverance testimony success innocence rejoice godspower godstime sunday`.split(/\s+/),
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

// fx35r: where else only a person stands (ra35's blind re-attack):
// - "on", "in", "at" a part of the workplace, a ward or a crew, then a deed ("Patience on ward C is being bullied",
//   "Godswill on the night crew is drunk", "Kindness in accounts was shouted at"); "from" one needs no deed;
// - two names joined, then what people are or do ("Precious and Goodluck were sent home", "Charity and Mercy are
//   scared of him", "Blessing e Precious s\u00e3o maltratadas"); "hope and faith are gone" is written small;
// - first in a sentence, before speech or what is done to a person ("Honour told me", "Praise is being forced to
//   work nights"); "Praise is due" and "Patience is running out" say no such thing;
// - before a surname already hidden, where no "on", "last" or "every" makes it a day ("Sunday [NAME] is the one").
const PLACED_AT = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])(${CAP})[ \t]+(?:on|in|at|from|aus|von|vom|de|del|do|da|du|no|na)[ \t]+(?:(?:the|dem|der|den|la|el|le|o|a)[ \t]+)?(?:(?:night|day|late|early|morning|evening|back|front|b|c|d)[ \t]+)?(\p{L}+)`,
  'giu',
);
const WARDS = new Set(
  `ward wards crew team till tills floor unit line housekeeping accounts laundry cleaning finance sales stock tills
  cashier cashiers checkout desk bar grill deli bakery pharmacy theatre icu shift nights days`.split(/\s+/),
);
const DEED_AFTER = lazyPattern(
  String.raw`^(?:[ \t]+\p{Lu}\b)?[ \t]*,?[ \t]*(?:is|was|keeps|kept|got|gets|told|said|saw|says|texted|called|reported|has|had|hits|grabs|bullies|steals|stole)(?![\p{L}])`,
  'iu',
);
const PAIRED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])(${CAP})[ \t]+(?:and|&|e|y|et|und|i|at)[ \t]+(${CAP}|\uE000+)[ \t]+(?:were|are|both|have|had|told|said|saw|got|get|keep|kept|s\u00e3o|foram|sont|sind|son|fueron|sono|were|ay)(?![\p{L}])((?:[ \t]+\p{L}+)?)`,
  'gu',
);
const NOT_OF_PEOPLE = new Set([
  'gone',
  'what',
  'the',
  'a',
  'all',
  'key',
  'virtues',
  'important',
  'needed',
  'rare',
  'lacking',
  'missing',
]);
const SPOKE_FIRST = lazyPattern(
  String.raw`(?:^|[.!?\n][ \t]*)(${CAP})[ \t]+(?:told|said|says|tells|saw|texted|called|reported|asked|warned|(?:is|was|were)[ \t]+(?:being|getting)[ \t]+(?:forced|bullied|harassed|shouted|yelled|made|threatened|abused|underpaid|overworked|targeted|ignored|punished|followed|touched|groped|mocked|sacked|fired|pressured|blamed|paid|sent))(?![\p{L}])`,
  'gu',
);
const BEFORE_HIDDEN = lazyPattern(String.raw`(?<![\p{L}\p{N}'\u2019.@#-])(${CAP})(?=[ \t]+\uE000)`, 'gu');
// A title or a verb before a name, not a name ("Justice [NAME]", "Praise [NAME]", "Your Grace").
const NOT_BEFORE_NAMES = new Set([
  'justice',
  'praise',
  'honour',
  'honor',
  'glory',
  'grace',
  'providence',
  'trinity',
  'victory',
  'divine',
]);
const DAY_BEFORE = /(?:^|[^\p{L}])(?:on|last|this|next|every|by|until|till|since|from|of|each)[ \t]+$/iu;

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

const isGivenNameWord = (lower: string) => isGivenName(lower);

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
  out = out.replace(PLACED_AT.get(), (whole: string, name: string, part: string, offset: number) => {
    if (!WORD_NAMES.has(name.toLowerCase()) || !WARDS.has(part.toLowerCase())) return whole;
    const rest = out.slice(offset + whole.length);
    return /^[ \t]*[a-z]?\b/u.test(rest) && DEED_AFTER.get().test(rest.replace(/^[ \t]+[A-Z0-9]\b/u, ''))
      ? hide(whole, name)
      : whole;
  });
  out = out.replace(PAIRED.get(), (whole: string, first: string, second: string, next: string) => {
    // A name already hidden beside it counts as a name ("Blessing e [NAME] s\u00e3o maltratadas").
    const words = [first, second].map((w) => w.toLowerCase()).filter((w) => !w.startsWith('\uE000'));
    if (!words.some((w) => WORD_NAMES.has(w)) || !words.every((w) => WORD_NAMES.has(w) || isGivenNameWord(w)))
      return whole;
    if (NOT_OF_PEOPLE.has(next.trim().toLowerCase())) return whole;
    const at = whole.indexOf(second, first.length);
    if (second.startsWith('\uE000')) return mask('NAME', first.length) + whole.slice(first.length);
    return (
      mask('NAME', first.length) +
      whole.slice(first.length, at) +
      mask('NAME', second.length) +
      whole.slice(at + second.length)
    );
  });
  out = out.replace(SPOKE_FIRST.get(), (whole: string, name: string) =>
    WORD_NAMES.has(name.toLowerCase()) ? hide(whole, name) : whole,
  );
  if (out.includes('\uE000'))
    out = out.replace(BEFORE_HIDDEN.get(), (name: string, offset: number) =>
      WORD_NAMES.has(name.toLowerCase()) &&
      !NOT_BEFORE_NAMES.has(name.toLowerCase()) &&
      !DAY_BEFORE.test(out.slice(Math.max(0, offset - 8), offset))
        ? mask('NAME', name.length)
        : name,
    );
  out = out.replace(PAID_TO.get(), (whole: string, name: string) => {
    const lower = name.toLowerCase();
    return /^\p{Lu}/u.test(name) && !ALL_STOPWORDS.has(lower) && !NOT_NAMES.has(lower) ? hide(whole, name) : whole;
  });
  return out;
};
