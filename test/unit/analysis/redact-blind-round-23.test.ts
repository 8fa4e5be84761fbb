import { describe, expect, it } from 'vitest';
import { redactionBlindRoundChecks } from '../../support/redaction-blind-round';
import { readBlindSet } from '../../support/still-readable';

/*
 * Blind round 23: a set written before reading the redactor (redact-blind-round-23.json), in 26 languages and
 * scripts, its expected results decided up front. Each identifying detail must be unreadable in what is stored and
 * the words around it must stay; a text naming no one is stored as written.
 */

const set = readBlindSet('redact-blind-round-23.json');

// Still shown after this round, each with why (see the report of round 23).
const KNOWN_MISSES = new Map<string, string>([
  [
    'honey from the canteen overcharges the night staff',
    "a name no given-name list holds ('honey', 'patience'), written small, opening the text",
  ],
  [
    'patience in payroll never answers emails',
    "a name no given-name list holds ('honey', 'patience'), written small, opening the text",
  ],
  ['mo from the warehouse took the petty cash tin', 'a two-letter nickname written small'],
  [
    'd.o.m on the loading dock smokes by the gas tanks',
    'a name spelled with dots, written small: read as an abbreviation',
  ],
  ['🙄Trev🙄 did it again with the keys', 'a name glued to emoji with no other cue'],
  ['Deshawn👏 finally fixed the fridge', 'a name glued to emoji with no other cue'],
  [
    'the new guy, al-Rashid, keeps getting all the overtime',
    'a surname with an Arabic particle between commas, no list holds it',
  ],
  [
    'the lockers are broken again — tash',
    'a name written small between commas or after a dash, no cue that a person is meant',
  ],
  [
    'collins, stop taking my yoghurt from the fridge',
    'a name written small between commas or after a dash, no cue that a person is meant',
  ],
  [
    'the cleaner, precious, gets shouted at daily',
    'a name written small between commas or after a dash, no cue that a person is meant',
  ],
  [
    'la encargada, rosa, nos trata fatal',
    'a name written small between commas or after a dash, no cue that a person is meant',
  ],
  ['NAT FROM TILL 4 SHORTCHANGES CUSTOMERS', 'a name in capitals in a text all in capitals'],
  [
    'summer on reception is lovely but completely overworked',
    "an everyday word written small opening the text, its verb one a season has too ('is'): no deed says a person",
  ],
  [
    'ich bin am 14.02.1985 geboren und bekomme keine Schonarbeit',
    "a German date of birth whose cue ('geboren') comes after the date",
  ],
  [
    'tu ania z magazynu, wózek nie hamuje',
    'a Polish or Finnish name with its case ending, no list holds the inflected form',
  ],
  ['Kasi grafik jest zawsze lepszy', 'a Polish or Finnish name with its case ending, no list holds the inflected form'],
  ['张伟的排班总是最好', 'a Chinese, Japanese or Korean name with no title or role beside it'],
  [
    'こちら佐藤です、フォークリフトが壊れています',
    'a Chinese, Japanese or Korean name with no title or role beside it',
  ],
  ['저는 야간조 지영이에요', 'a Chinese, Japanese or Korean name with no title or role beside it'],
  ['saya Sari dari shift malam', "a name that is also a word ('sari', 'ion') after 'saya' or a role"],
  ['șeful Ion Popescu ne înjură', "a name that is also a word ('sari', 'ion') after 'saya' or a role"],
]);

describe('redaction, blind round 23', () => {
  redactionBlindRoundChecks(set, KNOWN_MISSES);

  it('Should hold at least 180 texts naming someone and 80 naming no one, every listed miss among them', () => {
    expect(set.leaks.length).toBeGreaterThanOrEqual(180);
    expect(set.unchanged.length).toBeGreaterThanOrEqual(80);
    for (const text of KNOWN_MISSES.keys()) expect(set.leaks.some((l) => l.text === text)).toBe(true);
  });
});
