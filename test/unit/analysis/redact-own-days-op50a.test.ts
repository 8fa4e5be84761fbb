import { beforeAll, describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';
import { holds, type RedactionCase } from '../../support/redaction-holds';

/*
 * op50a (2026-12-07 evening), from the blind operator attack op49 (its classes 4 to 7 and the birth verbs taken for
 * names). Days that one person's file holds were still stored as written: an Italian hire told by its paper ("Data di
 * assunzione 03/03/2019", "In servizio dal 15.09.2017"), a sick leave's range said compactly or in words ("Na L4 byłam
 * 3-14.11", "du trois au quatorze novembre", one end kept in "od trzeciego do [ID]"), a child's birth told with other
 * verbs ("Unser Baby kam am 30/10", "teve o bebê", "народився син", "delivered our son", vi without its marks), birth
 * verbs hidden as names ("[NAME] mi hija el 30/10"), and the writer's injury day in pl tl vi ("Uraziłem się 14.11").
 * What a user now gets: the operator reads none of these days; the preview names the writer's own sentence. A shift
 * pattern, a code, a price, a day everyone shares keep every word.
 *
 * Each case: the text, words that must not be stored, words that must be, and whether the preview names it.
 */
const preview = (text: string) => previewRedaction(text);

beforeAll(() => preview('I hurt my back on October 12'), 120_000);

type Case = RedactionCase;

// Tuned on: op49's wordings.
const TUNED: Case[] = [
  // Italian hire dates.
  ['In servizio dal 15.09.2017, ancora contratto a termine.', ['15.09'], ['2017', 'contratto'], null],
  ['Data di assunzione 03/03/2019, nessuno scatto.', ['03/03'], ['2019', 'scatto'], null],
  ['Assunzione: 1 febbraio 2020.', ['1 febbraio'], ['2020'], null],
  ["Dal giorno dell'assunzione (12.4.2021) lavoro sempre di notte.", ['12.4'], ['2021', 'notte'], null],
  ['Sono entrato in azienda il 2/5/2018.', ['2/5'], ['2018'], null],
  ['Sono stata assunta a marzo 2019 come unica donna in magazzino.', [], ['marzo 2019', 'magazzino'], true],
  // Leave ranges said compactly or in words.
  ['Na L4 byłam 3-14.11.', ['3-', '14.11'], ['L4'], true],
  ['Byłem chory od 3 do 14 listopada.', ['3 ', '14'], ['chory'], true],
  ['I was signed off from Nov 3rd through Nov 14th.', ['3rd', '14th'], ['signed off'], true],
  ['Sick from 3rd-14th Nov, still got a warning.', ['3rd', '14th'], ['warning'], true],
  ['Я була на лікарняному з третього по чотирнадцяте листопада.', ['третього', 'чотирнадцяте'], ['лікарняному'], true],
  ["J'étais en arrêt maladie du trois au quatorze novembre.", ['trois', 'quatorze'], ['arrêt maladie'], true],
  ['Fiquei de atestado do dia três ao dia quatorze de novembro.', ['três', 'quatorze'], ['atestado'], true],
  ['Byłem na zwolnieniu od trzeciego do czternastego listopada.', ['trzeciego', 'czternastego'], ['zwolnieniu'], true],
  ['Ich war vom dritten bis vierzehnten November krank.', ['dritten', 'vierzehnten'], ['krank'], true],
  ['Estuve de baja desde el tres hasta el catorce de noviembre.', ['tres', 'catorce'], ['baja'], true],
  // A child's birth with other verbs.
  ['Meine Frau hat unser Kind am 30.10. bekommen.', ['30.10'], ['Kind'], true],
  ['Unser Baby kam am 30/10.', ['30/10'], ['Baby'], true],
  ['Minha mulher teve o bebê em 30.10', ['30.10'], ['bebê'], true],
  ['O bebê nasceu dia 30.10', ['30.10'], ['nasceu'], true],
  ['Il mio compagno ha partorito il 30.10.', ['30.10'], ['partorito'], true],
  ['У мене народився син 30.10, а начальник не відпустив.', ['30.10'], ['народився син'], true],
  ['Vo toi sinh em be ngay 30.10', ['30.10'], ['sinh'], true],
  ['Con toi ra doi ngay 30.10', ['30.10'], ['ra doi'], true],
  ['My girlfriend delivered our son on 30.10', ['30.10'], ['delivered'], true],
  ['My wife went into labour 10/30', ['10/30'], ['labour'], true],
  ['Nació mi hija el 30/10', ['30/10'], ['Nació', 'hija'], true],
  ['Minha esposa ganhou neném 30/10', ['30/10'], ['ganhou'], true],
  ['A minha mulher pariu dia 30.10', ['30.10'], ['pariu'], true],
  ['Dziecko urodziło się 30.10', ['30.10'], ['urodziło'], true],
  // The writer's injury day.
  ['Uraziłem się 14.11 przy prasie.', ['14.11'], ['prasie'], true],
  ['Nasaktan ako noong 14.11 sa linya 2.', ['14.11'], ['linya 2'], true],
  ['Toi bi thuong ngay 14.11 o day chuyen 2.', ['14.11'], ['day chuyen 2'], true],
  ['Ich hatte am vierzehnten November einen Arbeitsunfall.', ['vierzehnten'], ['Arbeitsunfall'], true],
];

// Held back: written before any change, never tuned on; other words and languages.
const HELD_BACK: Case[] = [
  ['Data assunzione: 7.01.2016 e ancora nessun aumento.', ['7.01'], ['2016', 'aumento'], null],
  ['Sono in servizio dal 21/06/2012 come magazziniere.', ['21/06'], ['2012', 'magazziniere'], null],
  ['Sono entrata in ditta il 9.3.2020.', ['9.3'], ['2020'], null],
  ['Byłam na L4 5-19.10 i szef robi problemy.', ['5-', '19.10'], ['szef'], true],
  ['Chorowałem od 5 do 19 października.', ['5 ', '19'], ['października'], true],
  ['I was signed off Oct 5th through Oct 19th.', ['5th', '19th'], ['signed off'], true],
  [
    'Byłam na zwolnieniu od piątego do dziewiętnastego października.',
    ['piątego', 'dziewiętnastego'],
    ['zwolnieniu'],
    true,
  ],
  [
    'Estuve incapacitado desde el cinco hasta el diecinueve de octubre.',
    ['cinco', 'diecinueve'],
    ['incapacitado'],
    true,
  ],
  ["J'étais en arrêt maladie du cinq au dix-neuf octobre.", ['cinq', 'dix-neuf'], ['arrêt'], true],
  ['Fiquei de atestado do dia cinco ao dia dezenove de outubro.', ['cinco', 'dezenove'], ['atestado'], true],
  ['Wir haben unseren Sohn am 2.11. bekommen.', ['2.11'], ['Sohn'], true],
  ['Mein Baby kam am 2/11, Urlaub gab es nicht.', ['2/11'], ['Urlaub'], true],
  ['A minha companheira teve a bebé no dia 2.11.', ['2.11'], ['companheira'], true],
  ['Народилася донька 2.11, а мені не дали вихідний.', ['2.11'], ['донька'], true],
  ['Vo em de ngay 2/11 ma khong duoc nghi.', ['2/11'], ['khong duoc nghi'], true],
  ['My partner went into labor on 11/2 and I was on shift.', ['11/2'], ['labor'], true],
  ['Nació mi hijo el 2/11 y no me dieron permiso.', ['2/11'], ['Nació', 'permiso'], true],
  ['Minha mulher pariu em 2/11 e o chefe não deixou.', ['2/11'], ['pariu', 'chefe'], true],
  ['Urodziła mi się córka 2.11, a szef nie dał wolnego.', ['2.11'], ['córka'], true],
  ['Uraziłam się 8.10 na magazynie.', ['8.10'], ['magazynie'], true],
  ['Naipit ang kamay ko noong 8/10 sa makina.', ['8/10'], ['makina'], true],
  ['Em bi tai nan ngay 8/10 o xuong.', ['8/10'], ['xuong'], true],
  ['Ich habe mich am 8.10. an der Presse verletzt.', ['8.10'], ['Presse'], true],
];

// Calm look-alikes: a shift pattern, codes, prices, a deadline everyone shares.
const CALM = [
  'Il turno 3-14 è il peggiore della settimana.',
  'Il codice 15.09.17 è sbagliato sul cartellino.',
  'La pausa costa 3.10 euro al distributore.',
  "L'inventario è dal 3 al 14 novembre per tutti.",
  'Inwentaryzacja 3-14.11 dla całego magazynu.',
  'Do 14 listopada wszyscy muszą oddać formularze.',
  'Nov 3rd through Nov 14th is the audit window for everyone.',
  'The baby shower for the team is on 10/30.',
  'Part 3-14.11 is missing from the shelf.',
  'Assunzioni aperte per tutti i reparti.',
  'Ich habe am 14.11. frei, alle anderen auch.',
  'Nas férias de 2/11 a 9/11 a fábrica fecha.',
  // Found by reading a first version: a sign-off that is no leave, "chory" said of a thing.
  'The manager signed off the rota on 14.11.',
  'Chory system od 3 do 14 listopada nie działał.',
];

describe("days that single out the writer (op50a, from op49's classes 4-7)", () => {
  it.each(TUNED)('Should hide the day of %j (tuned)', async (...c) => {
    expect(await holds(c)).toEqual([]);
  });

  it.each(HELD_BACK)('Should hide the day of %j (held back)', async (...c) => {
    expect(await holds(c)).toEqual([]);
  });

  it.each(CALM)('Should keep every word of %j and name nothing', async (text) => {
    expect(await preview(text)).toMatchObject({ redactedText: text, singledOut: [] });
  });
});
