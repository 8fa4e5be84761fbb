import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Blind round 18: Arabic written in Latin letters and digits ("arabizi": 3 for ع, 7 for ح, 2 for ء, 5 for خ), as
 * texts and chats write it: "el modeer 3amr beyza3a2 3aleina kol yom" showed the manager's name. After a role or a
 * title said the arabizi way ("el modeer", "el mudir", "el ra2ees", "el mushrif", "ostaz", "3am", "abu", "ya"), the
 * word is the name ("3amr", "7assan", "5aled", "sa3eed", "mo7amed"), and a second word that is a name too ("el modeer
 * 7assan 3ali"); a word of arabizi after a role names no one ("el modeer 2al", "el modeer mesh mawgood"), nor "3ala"
 * (on), "3ashan" (because).
 */
const ROLES = String.raw`(?:el|al|l)[ -]?(?:modeer|mudeer|modir|mudir|moder|ra2ees|ra2is|raees|rayes|rayyes|mushrif|moshref|mosharef|supervisor|manager|mohandes|m3allem|me3allem|ma3lem|osta|hag|7ag|bash[ -]?mohandes)|ostaz|ustaz|ostaza|ustaza|3am|3amo|abu|abou|om|omm|ya|dr|doktor|mohandes|m3alem|m3allem|sheikh|shei5|7ag|hag|hagga|7agga|madam|mesyo|monsieur`;
// Arabizi words that follow a role and are no name: what a manager did, or what the writer says of them.
const NOT_NAMES = new Set(
  `2al 2alli 2alet 3ayez 3ayza 3ala 3ashan 3and 3an 2awi 5alas 7aga 7agat mesh mish msh mafeesh beyzo3 beyza3a2 by2ol
  bey2ol byesh5a byeshtem bi2ol be2ol 3amal 3amel kan kanet howa heya da di dah deh el bta3 beta3 bta3na beta3na
  gedid gdeed ged3an 7elw wa7ed we kaman bardo lessa 5ales mawgood mawgoda`.split(/\s+/),
);
const NAME = String.raw`[a-z2-9]*[2357][a-z2-9]*|[a-z]{3,}`;
const ROLE_THEN_NAME = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:${ROLES})[ \t]+(${NAME})(?:[ \t]+([a-z]*[2357][a-z2-9]*))?(?![\p{L}\p{N}])`,
  'dgiu',
);

/** Whether a text is written in arabizi: a word mixing Latin letters and the digits that stand for Arabic sounds. */
const ARABIZI = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])[a-z]*[a-z][2357][a-z]+|(?<![\p{L}\p{N}])[2357][a-z]{2,}`,
  'iu',
);

const ARABIC_SOUND_DIGIT = /[2357]/;

/** Hides a name after an arabizi role or title: "el modeer 3amr", "ya 7assan". */
export const maskArabiziNames: Rule = (text) => {
  // Every find of ARABIZI holds a 2, 3, 5 or 7: a text without one is not read by its look-behinds at every position.
  if (!ARABIC_SOUND_DIGIT.test(text) || !ARABIZI.get().test(text)) return text;
  let out = text;
  for (const m of text.matchAll(ROLE_THEN_NAME.get())) {
    const [first, second] = [m[1]!, m[2]];
    // A plain word after "ya" or "el" is mostly arabizi or English ("ya3ni", "ya man"): only one with a digit's sound.
    if (NOT_NAMES.has(first.toLowerCase()) || !/[2357]/.test(first)) continue;
    const [start, firstEnd] = m.indices![1]!;
    const end = second && !NOT_NAMES.has(second.toLowerCase()) ? m.indices![2]![1] : firstEnd;
    out = out.slice(0, start) + mask('NAME', end - start) + out.slice(end);
  }
  return out;
};
