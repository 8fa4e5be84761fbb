import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { redactionBlindRoundChecks } from '../../support/redaction-blind-round';
import { readBlindSet } from '../../support/still-readable';

/*
 * Blind round 25: a set written before reading the redactor (redact-blind-round-25.json), 240 texts naming someone
 * and 105 naming no one, in over 40 languages and in styles the earlier rounds lack: dictated (spoken punctuation,
 * emails and phone numbers spelled out in seven languages), names with their accents stripped, letters doubled or
 * misspelt, code-switching, names after prepositions and in case endings, national ids of twenty countries,
 * addresses, plates and handles, names that are words elsewhere ("dolores", "massimo", "ernst"); and clean texts
 * full of things named after people (lifts, forklifts, car models, illnesses, tools, feasts, brands). Each
 * identifying detail must be unreadable in what is stored and the words around it must stay; a text naming no one
 * is stored as written.
 */

const set = readBlindSet('redact-blind-round-25.json');

// Still shown after this round, each with why (see docs/anonymity-log.md, the twenty-fifth blind round).
const KNOWN_MISSES = new Map<string, string>([
  [
    'you can reach me at j underscore patel 88 at outlook dot com',
    "an email spoken aloud with 'underscore' in it: the part before the spoken symbol stays",
  ],
  [
    'phillipp in der frühschicht schreit uns an',
    "a given name misspelt or spelt as another language does ('micheal', 'jonh', 'stehpen', 'phillipp'): no list holds the spelling",
  ],
  [
    'micheal on forklifts is always on his phone',
    "a given name misspelt or spelt as another language does ('micheal', 'jonh', 'stehpen', 'phillipp'): no list holds the spelling",
  ],
  [
    'jonh from the office took my chair',
    "a given name misspelt or spelt as another language does ('micheal', 'jonh', 'stehpen', 'phillipp'): no list holds the spelling",
  ],
  [
    'stehpen in goods in nicks the good gloves',
    "a given name misspelt or spelt as another language does ('micheal', 'jonh', 'stehpen', 'phillipp'): no list holds the spelling",
  ],
  ['ik werk liever niet met pieter-jan', "a double given name written small after Dutch 'met', ending the text"],
  [
    'Ewy nie było cały tydzień a nikt nie wie',
    "a Polish name's case ending on a three-letter name ('Ewy'): too short to read as declined",
  ],
  [
    'скажи вите пусть вернет ключи',
    'a name written small in a script whose names the lists read only capitalised or not at all (Cyrillic, Greek, Hebrew, Bengali, Tamil, Amharic)',
  ],
  [
    'שירה מהמשמרת לילה לא עושה כלום',
    'a name written small in a script whose names the lists read only capitalised or not at all (Cyrillic, Greek, Hebrew, Bengali, Tamil, Amharic)',
  ],
  [
    'תגיד לרוני שהמלגזה שבורה',
    'a name written small in a script whose names the lists read only capitalised or not at all (Cyrillic, Greek, Hebrew, Bengali, Tamil, Amharic)',
  ],
  [
    'রহিম ভাই প্রতিদিন দেরি করে',
    'a name written small in a script whose names the lists read only capitalised or not at all (Cyrillic, Greek, Hebrew, Bengali, Tamil, Amharic)',
  ],
  [
    'செல்வம் அண்ணா எப்போதும் தாமதமாக வருகிறார்',
    'a name written small in a script whose names the lists read only capitalised or not at all (Cyrillic, Greek, Hebrew, Bengali, Tamil, Amharic)',
  ],
  [
    'ሰላም እኔ ሄኖክ ነኝ ከመጋዘን',
    'a name written small in a script whose names the lists read only capitalised or not at all (Cyrillic, Greek, Hebrew, Bengali, Tamil, Amharic)',
  ],
  [
    'u-sipho wasemgodini uhlala efika sekwephuzile',
    "a Swahili or Zulu name written small before a verb of that language ('juma' is also 'week'; 'u-sipho' has Zulu's prefix)",
  ],
  [
    'tanaka kun ni mata shift torareta',
    "a Japanese or Korean name in Latin letters before its honorific ('tanaka kun', 'ji-hoon oppa')",
  ],
  [
    'ji-hoon oppa always takes the good shift lol',
    "a Japanese or Korean name in Latin letters before its honorific ('tanaka kun', 'ji-hoon oppa')",
  ],
  // 'anh tuan ca dem ngu gat' is hidden since op48b (a Vietnamese name without tones after its mark, before its shift).
  ['DALLAS on forklifts is dangerous', "a name in capitals that is also a town ('DALLAS', round 24's 'JORDAN')"],
  [
    'ask will or jack about the keys',
    "two names joined where one is a word English uses every day ('will', 'mo') or both are nicknames no list holds ('smithy n jonesy', 'kez')",
  ],
  [
    'smithy n jonesy skived off again',
    "two names joined where one is a word English uses every day ('will', 'mo') or both are nicknames no list holds ('smithy n jonesy', 'kez')",
  ],
  [
    'hi its kit. kit from the bakery. ovens are dead',
    "the same name said a second time, written small ('kit. kit from', 'Ash, ash from', 'yes rob again'): each mention is read alone",
  ],
  [
    'my name is Ash, ash from dispatch, nobody fixed the door',
    "the same name said a second time, written small ('kit. kit from', 'Ash, ash from', 'yes rob again'): each mention is read alone",
  ],
  [
    'the boss, big al, shouts at us',
    "a nickname that is a word ('pip', 'big al') before where the person works or after 'big'",
  ],
  [
    'wohne in der Hauptstr 5a, 3. OG',
    "a street with its number and no street word, or the house and flat after a street written small ('Hauptstr 5a', 'mickiewicza 3/12', 'H.No. 12-3-456', 'ленина 15', 'Шевченка 10', a Paris postcode after a street named for a person)",
  ],
  [
    'mieszkam na mickiewicza 3/12 i autobus nie jeździ',
    "a street with its number and no street word, or the house and flat after a street written small ('Hauptstr 5a', 'mickiewicza 3/12', 'H.No. 12-3-456', 'ленина 15', 'Шевченка 10', a Paris postcode after a street named for a person)",
  ],
  [
    'H.No. 12-3-456, Banjara Hills pe rehta hu',
    "a street with its number and no street word, or the house and flat after a street written small ('Hauptstr 5a', 'mickiewicza 3/12', 'H.No. 12-3-456', 'ленина 15', 'Шевченка 10', a Paris postcode after a street named for a person)",
  ],
  [
    'ул ленина 15 кв 8 живу там',
    "a street with its number and no street word, or the house and flat after a street written small ('Hauptstr 5a', 'mickiewicza 3/12', 'H.No. 12-3-456', 'ленина 15', 'Шевченка 10', a Paris postcode after a street named for a person)",
  ],
  [
    "j'habite 12 bis rue victor hugo 75016",
    "a street with its number and no street word, or the house and flat after a street written small ('Hauptstr 5a', 'mickiewicza 3/12', 'H.No. 12-3-456', 'ленина 15', 'Шевченка 10', a Paris postcode after a street named for a person)",
  ],
  // 'адреса: вул. Шевченка 10, кв. 5' is hidden since round 30 (a street and house after a street word in any case).
  // 'машина а123вс 77 всегда стоит у ворот' is hidden since op48b (a plate typed in Cyrillic letters).
  ['ca plate 8xyz123 keeps parking in the ambulance bay', 'a plate in Cyrillic letters or a US plate written small'],
  [
    'im the only night pharmacist at store 4471 and they never send cover',
    "a unique role at a numbered store: the store's number is kept, as a place the firm has",
  ],
  [
    "n'golo from the yard is always first in",
    "a surname written small with an apostrophe or Gaelic prefix, or after German 'von' opening the text ('n'golo', 'macleod', 'von Bülow')",
  ],
  // 'macleod never signs off the checks' is hidden since names39 (a word no list knows, opening a text before a habit).
  [
    'von Bülow aus dem Einkauf ignoriert uns',
    "a surname written small with an apostrophe or Gaelic prefix, or after German 'von' opening the text ('n'golo', 'macleod', 'von Bülow')",
  ],
  ['marta i ola ciągle plotkują', "a Polish short name that is a greeting elsewhere ('ola') after 'i'"],
  ['amparo la encargada nos humilla', "a name that is a word, written small before its role ('amparo la encargada')"],
  [
    'ernst von der spätschicht ist ein tyrann',
    "a German name that is a word ('ernst': serious) whose only deed is 'ist'",
  ],
]);
const KNOWN_LOST_WORDS = new Map<string, string>([
  [
    'مدیر شیفت، آقای رضایی، همیشه داد میزنه',
    "a Persian role's second word ('شیفت', shift) is read as the name after 'مدیر' (manager), hidden with it",
  ],
]);

describe('redaction, blind round 25', () => {
  redactionBlindRoundChecks(set, KNOWN_MISSES, KNOWN_LOST_WORDS);

  // What the round's new rules must not take: a word a name is made of, in its own sense; a review's typo or slang;
  // the same word twice; a season or a virtue listed; a place after 'zip'.
  it.each([
    'It was a greta interview!',
    'make a lotta money on overtime',
    'durham livin was an amazing experience',
    'as soon as they beeen trained they leave',
    'for miles and miles in a given small town',
    'summer and autumn are the busiest',
    'hope and faith are gone in this place',
    'we lenen geen gereedschap meer uit',
    'the zip on my jacket is broken',
    'no quiero trabajar con ganas otra vez',
    'el pilar de la nave 3 tiene grietas',
    'a graça é que ninguém responde',
    'massimo rispetto per chi fa i turni di notte',
    'tengo dolores de espalda por levantar cajas',
  ])('Should store %j as written (no one is named)', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('Should hold at least 200 texts naming someone and 80 naming no one, every listed miss among them', () => {
    expect(set.leaks.length).toBeGreaterThanOrEqual(200);
    expect(set.unchanged.length).toBeGreaterThanOrEqual(80);
    for (const text of [...KNOWN_MISSES.keys(), ...KNOWN_LOST_WORDS.keys()])
      expect(set.leaks.some((l) => l.text === text)).toBe(true);
  });
});
