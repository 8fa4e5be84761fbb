import { isEnglishWord, isProperNoun } from './english-dictionary';
import { isGivenName } from './given-names';
import { lazyPattern } from './lazy-pattern';
import { commonWordLanguages } from './redact-names-common-words';
import { notAWordForWho, WORD_NICKNAMES } from './redact-names-word-nicknames';
import { DEPARTMENTS, PERSON_DEEDS } from './redact-names-words';
import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';

/*
 * Round 34 (r34a): a nickname pointed out by the unit it works in, the way people write "the one from that line":
 * set off by commas around the unit ("Shorty, line 4, grabbed me", "Tiny, 2nd shift, punched a guy", "Boomer, Bay 3,
 * sleeps drunk", "Pollo, Receiving, keeps the exit blocked", "Flaco, turno de noche, nos grita"), or joined to the
 * unit's code by a hyphen ("Moose-Line2 groped her", "Red-Dock7 is the one stealing", "Gordo-Line 3 threatens us",
 * "Le Gros-Quai 2 nous insulte"). Round 33 (redact-names-set-off-units.ts) read the unit only after "from"/"in"/"on".
 *
 * The word must then do something: a word no language read knows, a given name or a nickname people go by before any
 * deed; an English everyday word ("Tiny", "Boomer", "Red") only before what only a person does ("groped", "is the one
 * stealing"): "Forklift, bay 3, keeps stalling", "Red-Line 3 stopped", "Yesterday, line 4, broke down", "Overall,
 * nights, are quiet" stay.
 */

// A unit of the workplace: a line, bay or dock and its number; a shift; a department; nights; abroad likewise.
const UNIT_WORDS = String.raw`(?:line|bay|dock|door|aisle|zone|cell|station|lane|gate|belt|area|pod|bench|team|crew|unit|linie|halle|tor|gang|quai|ligne|porte|all[\u00e9e]e|l[\u00ed]nea|muelle|nave|puerta|pasillo|linea|banchina|corsia|reparto|doca|corredor|rampa)`;
export const UNIT_CODE = String.raw`${UNIT_WORDS}[ \t]?[#]?\d{1,3}[A-Za-z]?`;
const SHIFT = String.raw`(?:(?:\d(?:st|nd|rd|th)|first|second|third|night|day|late|early|back|swing|graveyard|weekend|[A-D])[ \t]+shift|nights|days|lates|earlies|weekends|turno[ \t]+(?:de[ \t]+)?(?:noche|d[\u00ed]a|tarde|ma\u00f1ana)|nocturno|Nachtschicht|Sp\u00e4tschicht|Fr\u00fchschicht|(?:\u00e9quipe[ \t]+de[ \t]+)?nuits?|turno[ \t]+(?:di[ \t]+)?notte)`;
const DEPARTMENT = String.raw`(?:${[...DEPARTMENTS].filter((d) => d !== 'the' && d !== 'it').join('|')}|goods[ \t]+in|goods[ \t]+out|warehouse|canteen|kitchen|yard|stores|returns|picking|loading|almac\u00e9n|recepci\u00f3n|Wareneingang|Versand|Lager|exp\u00e9dition|r\u00e9ception|magazzino)`;
const UNIT = String.raw`(?:(?:the|el|la|le|die|der|il)[ \t]+)?(?:${UNIT_CODE}|${SHIFT}|${DEPARTMENT})`;

// "Shorty, line 4, grabbed me": capitalised, a comma, the unit, a comma (or a dash), then what follows.
const COMMA_SET_OFF = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_@#.'\u2019-])(\p{Lu}\p{Ll}+)[ \t]*,[ \t]*${UNIT}[ \t]*[,\u2013\u2014][ \t]*([^.!?;\n]{0,40})`,
  'giu',
);
// "Moose-Line2 groped her", "Gordo-Line 3 threatens us": the word joined to the unit's code by a hyphen.
const HYPHEN_JOINED = lazyPattern(
  String.raw`(?<![\p{L}\p{N}_@#.'\u2019-])(\p{Lu}\p{Ll}+)-${UNIT_CODE}(?![\p{L}\p{N}-])[ \t]*,?[ \t]*([^.!?;\n]{0,40})`,
  'giu',
);

// What a person does, in the languages read: a verb in the past or third person, or a deed abroad.
const ANY_DEED = lazyPattern(
  String.raw`^(?:(?:he|she|they|always|never|just|also|still|then|once|siempre|toujours|immer|sempre)[ \t]+)?(?:\p{Ll}+(?:ed|s)|is|was|has|had|keeps|kept|stole|hit|spat|threw|took|told|said|made|broke|sold|(?:me|te|nos|le|les|lo|la|mi|ti|ci|gli|m|t|l|nous|vous|mich|uns|ihn|sie)(?:[ \t]+|['\u2019])\p{Ll}+|hat[ \t]+\p{Ll}+|a[ \t]+\p{Ll}+\u00e9|\p{Ll}+t)(?![\p{L}])`,
  'u',
);
// What only a person does: no thing gropes, punches, steals or sleeps drunk.
const PERSON_ONLY = new Set([
  ...PERSON_DEEDS.filter((deed) => deed !== 'keeps' && deed !== 'kept'),
  ...`slapped kicked shoved spat spits sleeps slept drinks drank smokes stares stared stalks stalked follows followed
  cornered pinched insults insulted bullies curses cursed spits gossips flirts assaulted assaults molests molested
  abuses abused humiliates humiliated`.split(/\s+/),
]);
const PERSON_ONLY_PHRASE = lazyPattern(
  String.raw`^(?:is|was)[ \t]+the[ \t]+one\b|^(?:me|te|nos|le|les|mi|ci|m|nous|mich|uns)(?:[ \t]+|['\u2019])\p{Ll}+|^hat[ \t]+(?:mich|uns|ihn|sie)\b|^a[ \t]+\p{Ll}+\u00e9(?![\p{L}])`,
  'u',
);
// Done to a person: "keeps calling me fat", "punched a guy", "spat at the new girl".
const TO_A_PERSON = lazyPattern(
  String.raw`(?:^|[ \t])(?:me|us|her|him|them|people|everyone|someone|anyone|girls|guys|temps|(?:a|the|our|my)[ \t]+(?:new[ \t]+)?(?:guy|girl|girls|lad|lads|temp|temps|woman|women|man|men|worker|workers|driver|drivers|kid|kids|boss))(?![\p{L}])`,
  'u',
);
// Words that open a sentence before a comma and are no one: greetings, fillers, times.
const NOT_SOMEONE = new Set(
  `hi hey hello yes no ok okay lol omg ugh well so also anyway again today yesterday tonight tomorrow overall honestly
  seriously basically sadly luckily meanwhile monday tuesday wednesday thursday friday saturday sunday hola bueno pues
  ayer hoy hallo gestern heute bonjour hier aujourd ciao ieri oggi`.split(/\s+/),
);

export function someoneDoing(word: string, after: string): boolean {
  const lower = word.toLowerCase();
  // The patterns read units in any case ("Bay 3", "bay 3"): the word itself must be written with a capital.
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  if (NOT_SOMEONE.has(lower) || !notAWordForWho(lower)) return false;
  const deed = ANY_DEED.get().exec(after);
  if (!deed) return false;
  // A nickname that is also an English word ("Red", "Tank") is read as the other words are ("Red-Line 3 stopped").
  if (isGivenName(lower) || (WORD_NICKNAMES.has(lower) && !isEnglishWord(lower))) return true;
  // Any other word only before what only a person does, or a deed done to a person: "Forklift, bay 3, keeps
  // stalling", "Compressor, bay 2, leaks oil" are things (a dictionary knows neither word).
  const verb = deed[0]
    .trim()
    .split(/[ \t]+/u)
    .pop()!;
  if (PERSON_ONLY.has(verb) || PERSON_ONLY_PHRASE.get().test(after) || TO_A_PERSON.get().test(after)) return true;
  // A word no language read knows may keep something as someone does ("Pollo, Receiving, keeps the exit blocked").
  const unknown = !isEnglishWord(lower) && !isProperNoun(lower) && !commonWordLanguages(lower);
  return unknown && /^(?:keeps|kept)[ \t]+(?!\p{Ll}+ing(?![\p{L}]))/u.test(after);
}

const hideWord = (pattern: RegExp, text: string) =>
  text.replace(pattern, (whole: string, word: string, after: string) =>
    someoneDoing(word, after) ? mask('NAME', word.length) + whole.slice(word.length) : whole,
  );

// What each form cannot match without: a comma after a capitalised word, or a capitalised word hyphened to a code.
const COMMA_GATE = lazyPattern(String.raw`\p{Lu}\p{Ll}+[ \t]*,[ \t]*\S[^,]{0,30}[,\u2013\u2014]`, 'u');
const HYPHEN_GATE = lazyPattern(String.raw`\p{Lu}\p{Ll}+-\p{L}+[ \t]?#?\d`, 'u');

/** Hides a nickname set off by commas around its unit, or hyphened to its unit's code (see above). */
export const maskNicknamesByUnits: Rule = (text) => {
  let out = text;
  if (HYPHEN_GATE.get().test(out)) out = hideWord(HYPHEN_JOINED.get(), out);
  if (COMMA_GATE.get().test(out)) out = hideWord(COMMA_SET_OFF.get(), out);
  return out;
};
