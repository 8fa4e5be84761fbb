import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { redactionBlindRoundChecks } from '../../support/redaction-blind-round';
import { readBlindSet } from '../../support/still-readable';

/*
 * Blind round 28: a set written before reading the redactor's rules (redact-blind-round-28.json), 246 texts naming
 * someone and 116 naming no one, in over 25 languages and in styles the earlier rounds lack: names in file names
 * joined by underscores, spaces or dots, hashtags built on a name, ticket fields, @mentions, email signatures,
 * "surname, firstname", "firstname surname" all lower case (first names that are words: lee, sam, will, grace, mark,
 * rose, bill), a surname after a label in ten languages, names in case forms, Japanese honorifics in hiragana, Korean
 * and Chinese titles, national ids of sixteen countries, streets written small, kin and respect titles,
 * self-introductions, phones, styled names. Its clean texts: place names with a person's name in them, brands in
 * other scripts, products, teams, stations, tools, numbers that are no phone, hashtags and ticket fields naming no one.
 * Each identifying detail must be unreadable in what is stored and the words around it must stay; a text naming no
 * one is stored as written. Before this round's rules: 62 still named someone, 11 clean texts lost a word; after: 29
 * still name someone, 1 loses a word beside a name, 2 clean texts lose a word.
 */

const set = readBlindSet('redact-blind-round-28.json');

const CASE_FORMS =
  "a given name in a case form of Polish, Czech, Russian, Finnish, Hungarian or Lithuanian ('Jadwidze', 'Zdeňkovi', 'Аркадию', 'Hannelelta', 'Zsoltnak', 'Vytauto'): the lists hold the names, not their cases, and a stem read off a word alone takes words ('Mardi', 'Tomo', round 27)";
const STREETS_SMALL =
  "a street written small ('hauptstr. 5', 'via roma 12', '14 elm grove', 'ул. ленина 14'): its words are everyday words without their capitals (round 27's class)";
const KANA_AND_HANGUL =
  "a name in hiragana before an honorific the rules do not read ('りーくんが', 'やまもとせんぱい'), or in Hangul or Han before a kin word ('영호 형이', '小芳姐')";

// Still shown after this round, each with why (see docs/anonymity-log.md, the twenty-eighth blind round). Round 30 hid
// ten more: case forms of Polish, Czech, Hungarian and Lithuanian, kana and Hangul before a kin word, a Russian street
// written small, and a name in Cyrillic look-alikes.
const KNOWN_MISSES = new Map<string, string>([
  [
    "screenshot from fiona.macleod's outlook calendar, she moved the audit",
    "a login 'first.last' owning something ('fiona.macleod's'): the given name is hidden, the surname after the dot left",
  ],
  [
    'guido ferrarotti ci obbliga a restare dopo il turno',
    "a given name that is an Italian word ('guido', I drive) and a surname written small in an Italian text: the small surname is read only where English goes on",
  ],
  ['Аркадию всё сходит с рук', CASE_FORMS],
  ['りーくんがまたどなってる', KANA_AND_HANGUL],
  ['meet me at 14 elm grove, flat 2, after the shift', STREETS_SMALL],
  ['พี่ต้อยที่คลังสินค้าชอบตะคอกน้อง', 'a Thai nickname after พี่ (elder sibling) run into the words after it'],
  ['בן-דוד מהמשמרת של הלילה גונב', "a Hebrew name of two words joined by a hyphen ('בן-דוד'), each an everyday word"],
  [
    'mbak sari di kasir dipecat tanpa alasan',
    "a name that is a word ('sari') after an Indonesian kin title written small ('mbak')",
  ],
  ['نوید بھائی ہمیں دھمکاتے ہیں', "an Urdu name before 'بھائی' (brother), the title after the name"],
  ['anh tuấn bảo vệ ngủ gật', "a Vietnamese name with its tone marks after 'anh', before a role ('bảo vệ')"],
  ['msimamizi juma hamisi anatutukana', "a given name that is a Swahili word ('juma', week) before a hidden surname"],
  [
    'lol guess who got drunk again... rhymes with ben, starts with g. glen obviously',
    "a name that is a word ('glen') after a riddle's clues",
  ],
  ['გიორგი ბერიძე გვიყვირის', 'a Georgian full name with no role before it'],
]);
const KNOWN_LOST_WORDS = new Map<string, string>([]);
// Clean texts still losing a word, each with why.
const KNOWN_OVER_HIDDEN = new Map<string, string>([
  [
    'Santiago y Valparaíso tienen el mismo problema',
    "a town named like a person opening the text, joined to another town: a first version gave back a name paired with any word the dictionary capitalises, which freed people ('Theo and Jed', 'Sanders and Stein')",
  ],
]);

describe('redaction, blind round 28', () => {
  redactionBlindRoundChecks(set, KNOWN_MISSES, KNOWN_LOST_WORDS, KNOWN_OVER_HIDDEN);

  // What the round's new rules must take: a labelled surname, a ticket's person, a surname before its given name,
  // a surname written small, a name after a role of another script, a Korean resident number.
  it.each([
    ['surname: Pettigrew, he hits people', 'surname: [NAME], he hits people'],
    ['apellido: Zubizarreta, es el encargado', 'apellido: [NAME], es el encargado'],
    ['accused: leopold fairweather | status: open', 'accused: [NAME] [NAME] | status: open'],
    ['owner=thaddeus.brightwell priority=low', 'owner=[NAME] priority=low'],
    ['cc: Winifred Ashdown (HR)', 'cc: [NAME] [NAME] (HR)'],
    ['kowalewski, dana is the one', '[NAME], [NAME] is the one'],
    ['hey, Dave', 'hey, [NAME]'],
    ['lee chang from packing grabs the girls', '[NAME] [NAME] from packing grabs the girls'],
    ['grace okonjo took the cash box home', '[NAME] [NAME] took the cash box home'],
    ['ჩვენი ოსტატი გიორგი ბერიძე ყვირის', 'ჩვენი ოსტატი [NAME] [NAME] ყვირის'],
    ['ተቆጣጣሪው ዳዊት ይሰድበናል', 'ተቆጣጣሪው [NAME] ይሰድበናል'],
    ['주민등록번호 920315-2345678 이 게시판에', '주민등록번호 [ID] 이 게시판에'],
  ])('Should store %j as %j', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });

  // What the round's new rules must leave: words in the new rules' places that name no one.
  it.each([
    'assigned to: night team | due: Friday',
    'reporter: anon | subject: harassment',
    'witness = me',
    'surname: unknown',
    'grace period for clocking in was removed',
    'will the new rota be out by Friday?',
    'the Mrs Robinson ringtone on the boss phone',
    'massimo rispetto per chi fa i turni di notte',
    'Victoria station is shut',
    'the Ronaldo poster fell down',
    '@channel the fire exit is locked',
    'Кофемашина Nespresso снова сломалась',
    'serial SN 8834-2211-0093 on the forklift',
    'Hace falta más luz en el pasillo del almacén 3',
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
