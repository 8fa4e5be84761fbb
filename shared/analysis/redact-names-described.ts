import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import {
  ALL_STOPWORDS,
  DEPARTMENTS,
  DETERMINERS,
  NOT_NAMES,
  PERSON_DEEDS,
  ROLE_CUES,
  TITLES,
} from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { isCommonSurname } from './surnames';
import { commonWordLanguages } from './redact-names-common-words';
import { moreEverydayLanguages } from './redact-names-everyday-words-more';
import { lazyPattern } from './lazy-pattern';
import { afterGermanArticle } from './redact-names-german-article-nouns';

/*
 * Round 31: a name (or a nickname) that is a word, or no list's, where what is said of it fits only a person:
 * - described as a kind of person: "Frank the forklift guy is drunk again", "Dave, the new lad, …";
 * - a bracket between it and a person's habit: "Bill (night shift) keeps staring";
 * - before a habit only a person has: "Tiny keeps grabbing", "Fozzy keeps groping the temps" ("Management keeps
 *   cutting hours" has no such habit, "Stock keeps going missing" neither);
 * - a nickname no list holds, before where it works and what it does: "Fozzy on B shift sells pills", "Sully from
 *   maintenance never locks out the conveyor" (a shop or a town is "in town", never "on B shift" or "from HR");
 * - a given name that is a word written small, before a department and a person's deed: "amber in HR shared my
 *   complaint", "rose from payroll told everyone" ("bill from finance arrived late" is an invoice).
 */

const CAPITAL = String.raw`(\p{Lu}\p{Ll}{2,})`;
const PERSON_KIND = String.raw`(?:guy|man|woman|lady|girl|boy|bloke|lad|fella|fellow|chap|dude|one|kid|new[ \t]+starter)`;
const DESCRIBED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])${CAPITAL}(?=[ \t]*,?[ \t]+the[ \t]+(?:\p{Ll}+[ \t]+){0,2}${PERSON_KIND}(?![\p{L}]))`,
  'gu',
);
// Set off between commas by an article, in the languages the service hears: "Frank, der Staplerfahrer, ist …",
// "Frank, le gars du chariot, est …", "Frank, el de la carretilla, está …", "Rusty, o cara da empilhadeira, …".
const APPOSED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])${CAPITAL}(?=,[ \t]+(?:the|der|die|das|le|la|el|o|a|il|lo|het|de|den)[ \t]+[^,.!?;\n \t]+(?:[ \t]+[^,.!?;\n \t]+){0,3},)`,
  'gu',
);
// Spanish, French, Italian and Portuguese "doesn't stop …ing" before a verb, German's groping, staring or shouting
// "all the time" ("Tiny no para de manosear", "Tiny n'arrête pas de tripoter", "Tiny grapscht ständig").
const OTHER_HABITS = String.raw`(?:no[ \t]+para[ \t]+de|n['\u2019]arr[êe]te[ \t]+pas[ \t]+de|non[ \t]+smette[ \t]+di|n[ãa]o[ \t]+para[ \t]+de)[ \t]+\p{Ll}+|(?:grapscht|begrapscht|betatscht|fasst|glotzt|starrt|schreit|brüllt|beleidigt|schubst|schlägt|klaut|belästigt)[ \t]+(?:\p{L}+[ \t]+){0,2}(?:ständig|dauernd|immer)`;
// Only a person does these, again and again.
const HABITS =
  'grabbing|groping|touching|staring|leering|yelling|screaming|shouting|swearing|bullying|harassing|punching|pushing|shoving|mocking|insulting|slapping|hitting|kicking|spitting|flirting|gossiping|belittling|threatening|stalking|following|cornering|pinching|texting|messaging|drinking|stealing|lying|sleeping';
const HABIT = String.raw`(?:(?:keeps|kept|is[ \t]+always|was[ \t]+always|never[ \t]+stops|won'?t[ \t]+stop)[ \t]+(?:${HABITS})|${OTHER_HABITS})(?![\p{L}])`;
const BRACKETED_THEN_HABIT = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])${CAPITAL}(?=[ \t]*\([^()\n]{1,40}\)[ \t]*(?:${HABIT}|(?:${PERSON_DEEDS.join('|')})(?![\p{L}])))`,
  'gu',
);
// The bracket says where the person works or what they are: "Bill (turno de noche) no para de mirar", "Bill
// (Nachtschicht) starrt", "Tiny (the supervisor, he's 6'5) blocks the fire door".
const BRACKETED_UNIT = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])${CAPITAL}(?=[ \t]*\((?:[^()\n]{0,20}[^\p{L}])?(?:shift|nights|days|line|turno|noche|schicht|nachtschicht|frühschicht|spätschicht|équipe|equipe|nuit|turno|notte|dept|department|depot|bay|agency|security|canteen|payroll|HR|supervisor|manager|foreman|lead|boss|driver|cleaner|guard)(?:[^\p{L}][^()\n]{0,20})?\)[ \t]+\p{Ll})`,
  'giu',
);
const BEFORE_HABIT = lazyPattern(String.raw`(?<![\p{L}\p{N}'\u2019.@#-])${CAPITAL}(?=[ \t]+${HABIT})`, 'gu');
// "HR", "Payroll", "payroll": the unit's case is free, the verb after it must be written small.
// The department list holds "the" and "it" too (for other rules' sake): here only the units themselves, and IT.
const UNITS = [...DEPARTMENTS].filter((d) => d !== 'the' && d !== 'it').concat('IT');
const DEPARTMENT_ANY_CASE = UNITS.flatMap((d) => [d, d.toUpperCase(), d[0]!.toUpperCase() + d.slice(1)]).join('|');
const UNIT = String.raw`(?:on[ \t]+(?:\p{Lu}[ \t]+shift|(?:the[ \t]+)?(?:nights|days|lates|earlies|nightshift|night[ \t]+shift|day[ \t]+shift))|(?:from|in)[ \t]+(?:${DEPARTMENT_ANY_CASE})|(?:del|de[ \t]+la|de[ \t]+l['\u2019]|von[ \t]+der|aus[ \t]+der|della|dalla|do|da)[ \t]*(?:turno|équipe|equipe|squadra|\p{Lu}-Schicht|Nachtschicht|Frühschicht|Spätschicht)(?:[ \t]+\p{Lu}(?![\p{L}]))?)`;
const NICKNAME_AT_WORK = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])${CAPITAL}(?=[ \t]+${UNIT}[ \t]+(?:(?:never|always|still|just|keeps|constantly)[ \t]+)?(?!(?:is|was|are|were|has|had|will|can|goes|went|seems|looks)(?![\p{L}]))\p{Ll}{2,}(?![\p{L}]))`,
  'gu',
);
// A nickname that is an English word ("Bomber from shipping steals fuel"): only before what a person does to
// someone or takes ("Training from HR starts Monday" stays).
const WORD_NICKNAME_AT_WORK = lazyPattern(
  String.raw`(?<![\p{L}\p{N}'\u2019.@#-])${CAPITAL}(?=[ \t]+${UNIT}[ \t]+(?:(?:never|always|still|just|keeps|constantly)[ \t]+)?(?:${PERSON_DEEDS.join('|')})(?![\p{L}])(?![ \t]+out(?![\p{L}])))`,
  'gu',
);
const PERSON_DONE = String.raw`(?:${PERSON_DEEDS.join('|')}|shared|leaked|forwarded|showed|gossiped|reported|screenshotted|posted)`;
const SMALL_AT_DEPARTMENT = lazyPattern(
  String.raw`(?:^|(?<=[.!?\n][ \t]*)|(?<=(?:and|but|then|so|because|cos|coz)[ \t]+))(\p{Ll}{3,})(?=[ \t]+(?:in|from)[ \t]+(?:${UNITS.join('|')})[ \t]+${PERSON_DONE}(?![\p{L}]))`,
  'giu',
);

// The same in Spanish, German, French, Italian, Portuguese: "amber de RRHH compartió", "amber aus der HR hat".
const SMALL_AT_DEPARTMENT_ABROAD = lazyPattern(
  String.raw`(?:^|(?<=[.!?\n][ \t]*))(\p{Ll}{3,})(?=[ \t]+(?:de|del|aus[ \t]+der|von[ \t]+der|vom|des|du|della|dal|da|do)[ \t]+(?:RRHH|RH|HR|recursos[ \t]+humanos|nóminas|nominas|contabilidad|almacén|almacen|personalabteilung|buchhaltung|lohnbuchhaltung|paie|comptabilité|comptabilite|ressources[ \t]+humaines|risorse[ \t]+umane|contabilità|magazzino|recursos[ \t]+humanos)[ \t]+\p{Ll})`,
  'gu',
);
// "Will hat mich geschubst", "Will m'a poussé", "Will me empujó": no English modal comes before these.
const MODAL_NAME_ABROAD = lazyPattern(
  String.raw`(?<![\p{L}])(?:Will|May)(?=[ \t]+(?:hat|ist|war|m['\u2019]a|t['\u2019]a|l['\u2019]a|nous[ \t]+a|(?:me|te|le|nos|les|la|lo)[ \t]+\p{Ll}+(?:ó|ió)(?![\p{L}])))`,
  'gu',
);
const MODALS = new Set(['will', 'may']);
const NOT_WORD_NICKNAMES = new Set(
  'whoever anyone anybody all both each half most some none several many few agency head corporate'.split(' '),
);
const NOT_PEOPLE = new Set(
  `will may can shall must hope faith joy love fate luck summer winter autumn spring fall everyone everybody someone
  somebody nobody people customers management staff stock traffic work life`.split(/\s+/),
);

/** A capitalised word that may be someone: no word of function, role, department, title or season. */
function maySomeone(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_PEOPLE.has(lower) || ALL_STOPWORDS.has(lower) || DETERMINERS.has(lower) || NOT_NAMES.has(lower)) return false;
  return !ROLE_CUES.has(lower) && !DEPARTMENTS.has(lower) && !TITLES.has(lower);
}

/** A name the lists hold, or a word no dictionary knows ("Fozzy"): not a place or a brand the dictionary has. */
function listedOrUnknown(word: string): boolean {
  const lower = word.toLowerCase();
  return isGivenName(lower) || isCommonSurname(lower) || (!isEnglishWord(lower) && !isProperNoun(lower));
}

function hide(text: string, pattern: RegExp, accept: (word: string) => boolean): string {
  return text.replace(pattern, (word: string) => (accept(word) ? mask('NAME', word.length) : word));
}

// A word of three letters or more starts where no letter stands before it: tried inside a long word, "\p{L}{3,}" read
// on to the word's end from each of its letters, the square of its length (150 ms of CPU for one word of 1,600
// letters; docs/performance-log.md, "… no input makes analysis slow … (helper lb43)"). A text has such a word
// followed by a space exactly when it has one at a word's start: it tests the same texts.
const GATE = lazyPattern(String.raw`\p{Lu}\p{Ll}{2,}[ \t]*[,(]|(?<!\p{L})\p{L}{3,}[ \t]+\p{L}`, 'u');

/** Hides a name or nickname where what is said of it fits only a person (see above). */
export const maskDescribedNames: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  const named = (w: string) => maySomeone(w) && (listedOrUnknown(w) || isWordNickname(w));
  let out = hide(text, DESCRIBED.get(), named);
  // Set off by commas, only a name the lists hold or a nickname ("Autism, the world is flat," is no one).
  out = hide(out, APPOSED.get(), (w) => maySomeone(w) && (isGivenName(w) || isWordNickname(w)));
  out = hide(out, BRACKETED_THEN_HABIT.get(), named);
  // A thing may be on a shift too ("Das Licht (Nachtschicht) flackert"): only a name the lists hold, or a nickname.
  out = hide(
    out,
    BRACKETED_UNIT.get(),
    (w) => maySomeone(w) && (isGivenName(w) || isWordNickname(w)) && !afterArticle(out, w),
  );
  // "Will was always touching her": no modal comes before a habit; "Esto no para de fallar" is a word of Spanish.
  // A firm the dictionary knows is no one ("Tesla is always pushing the envelope").
  // red41: "aus der Frühschicht schreit ständig": after a German article, a noun (redact-names-german-article-nouns.ts).
  out = out.replace(BEFORE_HABIT.get(), (w: string, _word: string, at: number) =>
    ((maySomeone(w) && !everydayAbroad(w) && (isGivenName(w) || !isProperNoun(w.toLowerCase()))) ||
      MODALS.has(w.toLowerCase())) &&
    !(afterGermanArticle(out, at) && !isGivenName(w.toLowerCase()))
      ? mask('NAME', w.length)
      : w,
  );
  // German writes every noun with a capital: "Der Fahrer von der B-Schicht" is a driver.
  out = hide(
    out,
    NICKNAME_AT_WORK.get(),
    (w) => maySomeone(w) && listedOrUnknown(w) && !everydayAbroad(w) && !afterArticle(out, w),
  );
  out = hide(
    out,
    WORD_NICKNAME_AT_WORK.get(),
    (w) => maySomeone(w) && !everydayAbroad(w) && !afterArticle(out, w) && !NOT_WORD_NICKNAMES.has(w.toLowerCase()),
  );
  // "will from finance texted me": no modal, season or word of function stands before "from HR" and a deed.
  out = hide(out, SMALL_AT_DEPARTMENT.get(), (w) => isGivenName(w) && !DETERMINERS.has(w.toLowerCase()));
  out = hide(out, SMALL_AT_DEPARTMENT_ABROAD.get(), (w) => isGivenName(w) && maySomeone(w));
  out = hide(out, MODAL_NAME_ABROAD.get(), () => true);
  return out;
};

/** An everyday word of another language the service hears ("Esto", "Nadie"). */
function everydayAbroad(word: string): boolean {
  const lower = word.toLowerCase();
  return commonWordLanguages(lower) !== undefined || Boolean(moreEverydayLanguages(lower));
}

/** Whether the first place `word` stands in `text` comes after an article ("La impresora", "Das Licht"). */
function afterArticle(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return /(?:^|[^\p{L}])(?:the|a|an|la|le|el|il|lo|der|die|das|de|het|o|os|as|les|los|las)[ \t]+$/iu.test(
    text.slice(Math.max(0, at - 12), at),
  );
}

// Words people go by at work: "Tiny", "Rusty", "Chip".
const WORD_NICKNAMES = new Set(
  `tiny rusty chip cliff tanner deacon buddy butch duke ace sparky smokey spike lefty shorty dusty skip tex slim
  stretch bubba frank bill grace rob pat sandy bob`.split(/\s+/),
);

function isWordNickname(word: string): boolean {
  return WORD_NICKNAMES.has(word.toLowerCase());
}
