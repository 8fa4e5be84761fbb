import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { redactionBlindRoundChecks } from '../../support/redaction-blind-round';
import { readBlindSet } from '../../support/still-readable';

/*
 * Blind round 27: a set written before reading the redactor (redact-blind-round-27.json), 270 texts naming someone
 * and 118 naming no one, in over 40 languages and in styles the earlier rounds lack: attachment and folder names,
 * chat-app mention markup, calendar invites, ticket fields, CSV rows, incident forms, voicemail transcripts, hashtags
 * built on a name, profile links, names masked with "*", "@", digits, underscores or slashes, autocorrect fixes,
 * numbered threads, surnames first in capitals, kin and respect titles of many cultures, names in possessive and case
 * forms, a name beside itself in Thai, Georgian, Armenian, Tamil, Gurmukhi, Ethiopic and Bengali, a role before a
 * name written small in 40 languages, phones of 25 countries, emails masked with "(at)" and "[dot]", ids, IBANs,
 * plates and addresses. Its clean texts: counts with spaced thousands, prices, order numbers, barcodes, versions,
 * dates and times, brands and car models named like people, songs and films, clubs, parties, towns named like
 * people, days, virtues, eponymous and CamelCase tools, and the names' words in their own sense. Each identifying
 * detail must be unreadable in what is stored and the words around it must stay; a text naming no one is stored as
 * written.
 */

const set = readBlindSet('redact-blind-round-27.json');

const CASE_FORMS =
  "a given name with a case ending of Finnish, Hungarian, Lithuanian or Estonian ('Mikan', 'Péternek', 'Tomo', 'Mardi'): 'Mardi' is French Tuesday, 'Tomo' Spanish 'I take', so no stem is read off a word alone";
const ADDRESSES_SMALL =
  "a street written small in German ('hauptstr. 12a') or Italian ('via garibaldi 8'), India's 'house no 45', a Singapore unit ('#05-456') after its block";

// Still shown after this round, each with why (see docs/anonymity-log.md, the twenty-seventh blind round).
const KNOWN_MISSES = new Map<string, string>([
  [
    'pics in the drive, folder darren-drunk-on-shift, look at the dates',
    "a name inside a file or folder name joined by hyphens ('darren-drunk-on-shift', 'Vorfall-Meier-Juli.docx')",
  ],
  [
    'file Vorfall-Meier-Juli.docx liegt im Ordner, keiner hat es gelesen',
    "a name inside a file or folder name joined by hyphens ('darren-drunk-on-shift', 'Vorfall-Meier-Juli.docx')",
  ],
  [
    'Teams: Olusegun Adeyemi (External) was in the call when he said it',
    "a chat app's display name after 'Teams:': the given name is read as a login, the surname left",
  ],
  // 'Invitation: 1:1 Priyanka / Callum …' is hidden since names39 ("Priyanka" joined the lists).
  ['#GavinOut the site manager hides accident reports', "a name inside a hashtag of words run together ('#GavinOut')"],
  ['Mikan takia kaikki lähtevät täältä', CASE_FORMS],
  ['Péternek szóltam, de kinevetett', CASE_FORMS],
  ['Tomo mašina stovi ant evakuacinio kelio', CASE_FORMS],
  ['Mardi pärast lahkusid kõik ära', CASE_FORMS],
  [
    'ate joy sa cashier nagnanakaw ng sukli',
    "a name that is a word ('joy') after a Tagalog kin title written small ('ate')",
  ],
  ['baz and del from nights sleep in the cab', "'del' as a nickname: Spanish and Italian 'of the'"],
  [
    'an bainisteoir máire ní bhriain ag béiceadh arís',
    "an Irish surname after 'ní' or 'ó' (round 26's 'ó briain'): the given name before it is hidden, the surname read as a word",
  ],
  ['wohne hauptstr. 12a in 80331 münchen', ADDRESSES_SMALL],
  ['house no 45 sector 21 noida, come there', ADDRESSES_SMALL],
  ['blk 123 ang mo kio ave 3 #05-456 is where he stays', ADDRESSES_SMALL],
  [
    'the only baker at store 3318 so they know its me',
    "a unique role at a numbered branch (round 26's 'branch 0217'): the number is kept, as a place the firm has",
  ],
  [
    '~ luz 🌸 (dont tell marisol i wrote this)',
    "a name that is a word ('luz', light) signing after '~' and before an emoji",
  ],
  ['Wáng Fāng zǒngshì chídào', 'pinyin with its tone marks, in a text all of pinyin'],
  [
    'Ng Wai Kit from procurement takes kickbacks',
    "a Cantonese name of three short syllables ('Ng', and 'Kit', a word)",
  ],
  ['a culpa é do rodrigão, sempre ele', "a Portuguese augmentative of a name ('rodrigão') after 'do'"],
  ['maigida musa yana zagin mu', "Hausa's 'maigida' (boss) before a name that is a word elsewhere ('musa', muse)"],
]);
const LOST_VERB =
  "a verb after a name written small after a role, in a language whose verbs no list holds, read as the surname ('megalázza', 'kliedz', 'rėkia', 'kjefter', 'lže'), or a Catalan or Basque word after it ('ens', 'beti')";
const KNOWN_LOST_WORDS = new Map<string, string>([
  ['a csoportvezető nagy lászló megalázza a nőket', LOST_VERB],
  ['az osztályvezető szabó anna soha nem válaszol', LOST_VERB],
  ['vedoucí jarmila lže', LOST_VERB],
  ['meistars jānis kliedz uz mums', LOST_VERB],
  ['meistras darius rėkia', LOST_VERB],
  ['encarregat jordi ens crida', LOST_VERB],
  ['skiftleder ragnhild kjefter', LOST_VERB],
]);
// Clean texts still losing a word, each with why.
const KNOWN_OVER_HIDDEN = new Map<string, string>([
  ['Albert Heijn betaalt beter dan dit magazijn', "Dutch 'dan' (than) read as the name Dan in a Dutch sentence"],
  [
    'sono felice del nuovo turno ma non della paga',
    "an Italian adjective that is a given name ('felice', happy) in a text too short for its language to be read",
  ],
]);

describe('redaction, blind round 27', () => {
  redactionBlindRoundChecks(set, KNOWN_MISSES, KNOWN_LOST_WORDS, KNOWN_OVER_HIDDEN);

  // What the round's new rules must still take: a phone after its cue whatever its groups, a person on a walkie's
  // radio, a person's team one moves to, a person named as a shop is, a handle-shaped time.
  it.each([
    ['dzwoń 512 345 678 po 16', 'dzwoń [PHONE] po 16'],
    ['my number is 512 345 678', 'my number is [PHONE]'],
    ['Dave on the radio told us to leave', '[NAME] on the radio told us to leave'],
    ["moving to Kevin's team", "moving to [NAME]'s team"],
    ['Zara said she would cover', '[NAME] said she would cover'],
    ['the manager (j*mes) grabbed my arm', 'the manager ([NAME]) grabbed my arm'],
    ['rose on line 3 is a bully', '[NAME] on line 3 is a bully'],
    ['PRESTON ON NIGHTS BULLIES THE AGENCY STAFF', '[NAME] ON NIGHTS BULLIES THE AGENCY STAFF'],
    ['the new girl, Priya, cries', 'the new girl, [NAME], cries'],
    // A known miss until op51a (2026-12-07): a Vietnamese name written small after a role of two syllables.
    ['quản lý hùng chửi chúng tôi', 'quản lý [NAME] chửi chúng tôi'],
  ])('Should store %j as %j', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });

  // What the round's new rules must leave: words in the new rules' places that name no one.
  it.each([
    'snap me at lunch',
    'dm me at 5.30',
    'f*ck this place',
    'what the h*ll',
    'the sig. figs are wrong',
    'шеф опять кричит',
    'Tokyo 東京 office is closed',
    'marks car is red',
    'my mums car got towed',
    'OVERTIME ON NIGHTS IS A JOKE',
    'tell Everyone on nights to leave',
    'kazi wa ghala haina mwisho',
    'summer in the warehouse is awful',
    'add me on insta its private',
    'in 2024 we had 1 000 000 units',
  ])('Should store %j as written (no one is named)', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('Should hold at least 200 texts naming someone and 100 naming no one, every listed miss among them', () => {
    expect(set.leaks.length).toBeGreaterThanOrEqual(200);
    expect(set.unchanged.length).toBeGreaterThanOrEqual(100);
    for (const text of [...KNOWN_MISSES.keys(), ...KNOWN_LOST_WORDS.keys()])
      expect(set.leaks.some((l) => l.text === text)).toBe(true);
    for (const text of KNOWN_OVER_HIDDEN.keys()) expect(set.unchanged).toContain(text);
  });
});
