import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { commonWordLanguages } from './redact-names-common-words';
import { WORD_NAMES } from './redact-names-word-names-placed';
import { ALL_STOPWORDS, NOT_NAMES, ROLE_CUES } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { verbFollows } from './verb-after-subject';

/*
 * ra35 (blind re-attack), given names that are words (redact-names-word-names-placed.ts has the list: Blessing,
 * Precious, Mercy, Gift, Comfort …) and days people are named for ("Sunday Adeyemi", "Friday Okon", "Monday Etim"):
 * - before a surname, read before the names rules hide it, when the surname is no given name (listed as a surname or
 *   no word of any language read): "Friday Okon stole from the till", "Monday Etim drinks on shift". A day needs a
 *   surname no list knows, a verb after the pair and no "on", "last", "every" before it: "on Friday Okon said",
 *   "Friday John said he'd come" (a given name after a day), "Monday Kowalczyk was late" (a listed surname),
 *   "Monday Standup", "Sunday Roast" stay; a word-name needs a verb after or a listed surname ("Smart Coworkers");
 * - as the subject of what only a person does or has done to them: "Precious cried after the meeting", "Mercy
 *   reported it and got fired", "Gift was forced to work unpaid", "Charity works nights", "Comfort said the boss
 *   touched her". What a virtue or a thing does stays: "Patience is running out", "Trust was broken", "Peace was
 *   restored", "Gift cards", "Charity events", "the Charity said" (an organisation), "Mercy is not something".
 */
const DAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));
// Word-names that are an organisation or a thing as often as a person, when they open a clause ("Trust told staff"),
// and the feelings English prose has push and keep people ("Hope pushed me to finish the course", "Faith kept me going").
const NOT_SUBJECTS = new Set(
  'trust unity victory success providence trinity divine fortune glory promise treasure miracle lucky clever smart bright hope faith joy grace'.split(
    ' ',
  ),
);
const CAP = String.raw`\p{Lu}\p{Ll}{2,}`;
const BEFORE_SURNAME = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])(${CAP})[ \t]+(${CAP})(?![\p{L}\p{N}'\u2019@#-])`,
  'gu',
);
const DAY_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:on|last|this|next|every|by|until|till|since|from|of|each|before|after|and|or|to)[ \t]+$`,
  'iu',
);

// "Monday Etim drinks on shift": a verb in the third person, which verbFollows reads only among the deeds it knows.
const THIRD_PERSON = lazyPattern(String.raw`^[ \t]+\p{Ll}{2,}s(?![\p{L}])`, 'u');

function surnameOnly(lower: string): boolean {
  if (isGivenName(lower) || ALL_STOPWORDS.has(lower) || NOT_NAMES.has(lower) || ROLE_CUES.has(lower)) return false;
  if (isCommonSurname(lower)) return !isEnglishWord(lower);
  // "Smart Coworkers", "Trust Issues": a plural the dictionary may not know is no surname.
  if (/(?:[^aiousy]s|es)$/u.test(lower)) return false;
  return !isEnglishWord(lower) && !isProperNoun(lower) && !commonWordLanguages(lower);
}

/** Hides a word-name or a day's name with the surname after it (see above); runs before the names rules. */
export const maskWordNamesBeforeSurnames: Rule = (text) => {
  if (!/\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}/u.test(text)) return text;
  return text.replace(BEFORE_SURNAME.get(), (whole: string, first: string, second: string, at: number, all: string) => {
    const lower = first.toLowerCase();
    // A day that is no word-name ("Sunday" is one) only before a surname no list knows: "Monday Kowalczyk was late"
    // is a day and a surname the lists know; "Friday Okon stole", "Monday Etim drinks" are the names West Africa gives.
    const day = DAYS.has(lower) && !WORD_NAMES.has(lower);
    if (day && isCommonSurname(second.toLowerCase())) return whole;
    if (!day && !WORD_NAMES.has(lower)) return whole;
    if (!surnameOnly(second.toLowerCase())) return whole;
    const after = all.slice(at + whole.length);
    // A verb after the pair, or for a word-name a listed surname ("Smart Coworkers" is an item of a list).
    const acts = verbFollows(after) || THIRD_PERSON.get().test(after);
    if (
      day
        ? DAY_BEFORE.get().test(all.slice(Math.max(0, at - 10), at)) || !acts
        : !acts && !isCommonSurname(second.toLowerCase())
    )
      return whole;
    return (
      mask('NAME', first.length) + whole.slice(first.length, whole.length - second.length) + mask('NAME', second.length)
    );
  });
};

// What only a person does, said or done to them, after the word as its subject.
const PERSON_ACTS = String.raw`(?:said|says|told|tells|asked|asks|cried|cries|sobbed|wept|screamed|screams|shouted|shouts|yelled|yells|laughed|laughs|texted|texts|called|emailed|wrote|reported|reports|complained|complains|quit|quits|resigned|resigns|refused|refuses|lied|stole|steals|grabbed|grabs|pushed|pushes|shoved|shoves|slapped|slaps|punched|punches|kicked|kicks|touched|touches|groped|gropes|threatened|threatens|bullied|bullies|harassed|harasses|insulted|insults|mocked|mocks|swore|swears|spat|spits|drinks|drank|smokes|smoked|fainted|(?:works|worked|does|did)[ \t]+(?:nights|days|weekends|lates|earlies|doubles|mornings|evenings|(?:\p{Ll}+[ \t]+)?shifts?)|(?:got|gets|was|is|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:being[ \t]+)?(?:fired|sacked|forced|bullied|harassed|shouted|yelled|screamed|threatened|sent[ \t]+home|slapped|touched|groped|suspended|attacked|punched|underpaid|abused|insulted|demoted|written[ \t]+up|docked|followed|cornered|humiliated|mocked|hurt|injured|hit))(?![\p{L}])`;
const SUBJECT = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])(${CAP})[ \t]+(?:(?:just|also|then|always|never|finally|even|still)[ \t]+)?${PERSON_ACTS}`,
  'gu',
);
// An article, a possessive or a preposition before it makes it a thing ("the Charity said", "of Mercy").
const THING_BEFORE = lazyPattern(
  String.raw`(?:^|[^\p{L}])(?:the|a|an|our|my|his|her|their|its|this|that|of|for|with|no|some|any|your)[ \t]+$`,
  'iu',
);

/** Hides a word-name as the subject of what only a person does or has done to them (see above). */
export const maskWordNamesActing: Rule = (text) => {
  if (!/\p{Lu}\p{Ll}{2,}[ \t]/u.test(text)) return text;
  return text.replace(SUBJECT.get(), (whole: string, name: string, at: number, all: string) => {
    const lower = name.toLowerCase();
    if (!WORD_NAMES.has(lower) || NOT_SUBJECTS.has(lower)) return whole;
    if (THING_BEFORE.get().test(all.slice(Math.max(0, at - 8), at))) return whole;
    return mask('NAME', name.length) + whole.slice(name.length);
  });
};
