import { beforeAll, describe, expect, it } from 'vitest';
import { previewRedaction } from '../../../shared/use-cases/preview-redaction';

/*
 * op46a (2026-12-07), from the blind operator attack op45 (its classes 1–3 and the "nació" of class 7). HR's incident
 * log, workers' comp, the sick note and the personnel file each hold one person's day: the day the writer got hurt,
 * the first and last day of a sick or family leave, the day their child was born, the day they were hired. What is
 * stored: the injury's and the leave's days are hidden (the month stays, as for other records), a child's birth day is
 * hidden as a birthday is, a hire date loses its day and month and keeps its year; the preview names the injury, the
 * leave and the birth (a hire year alone is a tenure many share, and is named nowhere, as in en es fr it). What stays:
 * a drill's, a meeting's, a delivery's, a closure's or a team's days, and the dates of anything no one got hurt or sick
 * in.
 *
 * Each case: the text, words that must not be stored, words that must be, and whether the preview names it.
 */
const preview = (text: string) => previewRedaction(text);

beforeAll(() => preview('I hurt my back on October 12'), 120_000);

type Case = [text: string, hidden: string[], kept: string[], warned: boolean];

// Tuned on (op45's wordings and a few of mine).
const TUNED: Case[] = [
  ['I hurt my back on October 12 lifting boxes in aisle 4', ['October 12'], ['October', 'aisle 4'], true],
  ['I slipped on the wet floor on 11/14 and filed a report but nothing happened', ['11/14'], ['wet floor'], true],
  ['me lastimé la espalda el 12 de octubre cargando cajas', ['12 de'], ['octubre'], true],
  ['me corté la mano el 18/11 en la línea 2', ['18/11'], ['línea 2'], true],
  ['Ich habe mich am 14. Oktober an der Presse verletzt', ['14.'], ['Oktober'], true],
  ['am 5.11. bin ich von der Leiter gefallen', ['5.11'], ['Leiter'], true],
  ['skręciłem kostkę 7 listopada', ['7 listopada'], ['listopada'], true],
  ['tôi bị thương ở tay ngày 20 tháng 10', ['ngày 20'], ['tháng 10'], true],
  ['я травмував руку 12 жовтня', ['12 жовтня'], ['жовтня'], true],
  ['dnia 14.11 spadłem z drabiny', ['14.11'], ['drabiny'], true],
  ['je me suis coupé le doigt le 3 novembre sur la machine', ['3 novembre'], ['novembre'], true],
  ['mi sono fatto male alla schiena il 9 ottobre', ['9 ottobre'], ['ottobre'], true],
  ['me machuquei no dia 15 de outubro no depósito', ['dia 15'], ['outubro'], true],
  ['nadulas ako sa bodega noong Oktubre 14', ['Oktubre 14'], ['Oktubre'], true],
  ['I got hurt on the 12th when the pallet fell', ['12th'], ['pallet'], true],
  ['congé maladie du 4 au 20 octobre', ['du 4 ', 'au 20'], ['octobre'], true],
  ['incapacidad del 3 al 17 de noviembre', ['del 3 ', 'al 17'], ['noviembre'], true],
  ['in malattia dal 2 al 9 ottobre', ['dal 2 ', 'al 9'], ['ottobre'], true],
  ['na L4 od 5 do 12', ['od 5 ', 'do 12'], ['L4'], true],
  ['estuve de baja del 2 de mayo al 30 de junio', ['del 2 ', 'al 30'], ['mayo', 'junio'], true],
  ['fiquei afastada de 1 a 20 de setembro pela cirurgia', ['de 1 ', 'a 20'], ['setembro'], true],
  ['na-ospital ako noong Nobyembre 2 hanggang 9', ['Nobyembre 2', 'hanggang 9'], ['Nobyembre'], true],
  ['nghỉ thai sản từ 1/3 đến 1/9', ['1/3', '1/9'], ['nghỉ thai sản'], true],
  ['на лікарняному з 3 по 17 листопада', ['з 3 ', 'по 17'], ['листопада'], true],
  ['mi hija nació el 3 de agosto y no me dieron la licencia', ['3 de agosto'], ['nació', 'licencia'], true],
  ['comecei aqui dia 4 de fevereiro de 2021', ['4 de fevereiro'], ['2021'], false],
  ['zatrudniono mnie 12 stycznia 2017', ['12 stycznia'], ['2017'], false],
  ['nagsimula ako noong Marso 3, 2019', ['Marso 3'], ['2019'], false],
  ['tôi vào làm ngày 5/6/2018', ['5/6'], ['2018'], false],
  ['я працюю тут з 1 березня 2019', ['1 березня'], ['2019'], false],
];

// Held back: written before any rule was changed, in other words and languages, never tuned on (the first run's
// misses are in docs/anonymity-log.md).
const HELD_BACK: Case[] = [
  ['Twisted my ankle on Nov 3rd on the loading dock stairs, still limping', ['3rd'], ['Nov'], true],
  ['I fell off the ladder in bay 6 on 10/28 and nobody called an ambulance', ['10/28'], ['bay 6'], true],
  ['On September 30 I burned my arm on the fryer', ['September 30'], ['September', 'fryer'], true],
  ['el 5 de noviembre me caí de la escalera del almacén', ['5 de'], ['noviembre'], true],
  ['tuve un accidente con el montacargas el día 22', ['día 22'], ['montacargas'], true],
  ["je suis tombée dans l'escalier le 8 octobre et personne n'a rien fait", ['8 octobre'], ['octobre'], true],
  ['le 12/11 je me suis brûlé la main au four', ['12/11'], ['four'], true],
  ['Ich bin am 3. November auf dem nassen Boden ausgerutscht', ['3.'], ['November'], true],
  ['Am 21.10. habe ich mir an der Maschine den Finger gebrochen', ['21.10'], ['Maschine'], true],
  ['caí da escada no dia 7 de novembro e ninguém me ajudou', ['dia 7'], ['novembro'], true],
  ['torci o tornozelo em 12/10 no armazém', ['12/10'], ['armazém'], true],
  ['sono caduta dalla scala il 4 novembre', ['4 novembre'], ['novembre'], true],
  ['il 15/10 mi sono tagliato con il cutter', ['15/10'], ['cutter'], true],
  ['złamałam rękę 3 października przy maszynie', ['3 października'], ['października'], true],
  ['poślizgnąłem się na mokrej podłodze 12.11.', ['12.11'], ['podłodze'], true],
  ['я впала на складі 5 листопада', ['5 листопада'], ['листопада'], true],
  ['20 жовтня я порізав руку на пилці', ['20 жовтня'], ['пилці'], true],
  ['em bị ngã ở kho ngày 3/11', ['3/11'], ['kho'], true],
  ['ngày 15 tháng 11 tôi bị tai nạn ở xưởng', ['ngày 15'], ['tháng 11'], true],
  ['nasugatan ako sa kamay noong ika-5 ng Nobyembre', ['ika-5'], ['Nobyembre'], true],
  ['I was out on sick leave from Oct 4 to Oct 18', ['Oct 4', 'Oct 18'], ['sick leave'], true],
  ['me dieron incapacidad del 10 al 24 de octubre', ['del 10 ', 'al 24'], ['octubre'], true],
  ['en arrêt maladie du 2 novembre au 16 novembre', ['du 2 ', 'au 16'], ['novembre'], true],
  ['Ich war vom 4. bis zum 18. Oktober krankgeschrieben', ['vom 4.', 'zum 18.'], ['Oktober'], true],
  ['estive de licença médica de 3 a 17 de outubro', ['de 3 ', 'a 17'], ['outubro'], true],
  ['sono stata in congedo di maternità dal 1 marzo al 30 agosto', ['1 marzo', '30 agosto'], ['maternità'], true],
  ['byłam na zwolnieniu lekarskim od 2 do 16 listopada', ['od 2 ', 'do 16'], ['listopada'], true],
  ['я був на лікарняному з 5 по 19 жовтня', ['з 5 ', 'по 19'], ['жовтня'], true],
  ['tôi nghỉ ốm từ ngày 2 đến ngày 9 tháng 11', ['ngày 2', 'ngày 9'], ['tháng 11'], true],
  ['naka-sick leave ako mula Oktubre 3 hanggang 10', ['Oktubre 3', 'hanggang 10'], ['Oktubre'], true],
  ['meu filho nasceu em 3 de setembro e a licença foi negada', ['3 de setembro'], ['nasceu', 'licença'], true],
  ['mi bebé nació el 14/09 y me negaron el permiso', ['14/09'], ['nació', 'permiso'], true],
  ['fui contratada em 10 de março de 2020', ['10 de março'], ['2020'], false],
  ['trabalho aqui desde 2 de maio de 2018', ['2 de maio'], ['2018'], false],
  ['przyjęli mnie do pracy 3 lutego 2019', ['3 lutego'], ['2019'], false],
  ['od 1 marca 2016 pracuję w tym magazynie', ['1 marca'], ['2016'], false],
  ['na-hire ako noong Hunyo 15, 2020', ['Hunyo 15'], ['2020'], false],
  ['pumasok ako dito noong Enero 8, 2018', ['Enero 8'], ['2018'], false],
  ['tôi bắt đầu làm việc ở đây từ ngày 1/4/2019', ['1/4'], ['2019'], false],
  ['em vào công ty ngày 12 tháng 3 năm 2020', ['12 tháng 3'], ['2020'], false],
  ['мене прийняли на роботу 15 травня 2018', ['15 травня'], ['2018'], false],
  ['я почала працювати тут 3 вересня 2020', ['3 вересня'], ['2020'], false],
];

// Held back, a second set: written once the first version passed every list above, run once, then fixed in general
// ways (the first run is in docs/anonymity-log.md).
const HELD_BACK_2: Case[] = [
  ['My wrist got crushed in the press on 9/30 and HR never followed up', ['9/30'], ['press'], true],
  ['I sliced my thumb open on the box cutter Nov 19', ['Nov 19'], ['box cutter'], true],
  ['I was injured at work on the 4th of November', ['4th'], ['November'], true],
  ['el pasado 2 de octubre sufrí una caída en el almacén', ['2 de'], ['octubre'], true],
  ['me quemé el brazo con aceite el 7/10', ['7/10'], ['aceite'], true],
  ['je me suis fait une entorse le 14 septembre en déchargeant', ['14 septembre'], ['septembre'], true],
  ['Ich habe mir am 2. Dezember die Hand eingeklemmt', ['2.'], ['Dezember'], true],
  ['no dia 3 de outubro eu me queimei na fritadeira', ['dia 3'], ['outubro'], true],
  ['mi sono slogato la caviglia il 6 dicembre', ['6 dicembre'], ['dicembre'], true],
  ['Uderzyłem się w głowę 8 grudnia na magazynie', ['8 grudnia'], ['grudnia'], true],
  ['я зламала палець 3 грудня на лінії', ['3 грудня'], ['грудня'], true],
  ['hôm 5/12 tôi bị bỏng tay ở bếp', ['5/12'], ['bếp'], true],
  ['natapilok ako sa hagdan noong Disyembre 1', ['Disyembre 1'], ['Disyembre'], true],
  [
    'I was in the hospital from November 2 to November 6 after the fall',
    ['November 2', 'November 6'],
    ['hospital'],
    true,
  ],
  ['my doctor put me off work from the 3rd to the 17th', ['3rd', '17th'], ['doctor'], true],
  ['estuve hospitalizada del 8 al 15 de septiembre', ['del 8 ', 'al 15'], ['septiembre'], true],
  ["j'ai été hospitalisé du 1er au 9 décembre", ['1er', 'au 9'], ['décembre'], true],
  ['Ich war vom 2. bis 9. Dezember im Krankenhaus', ['vom 2.', 'bis 9.'], ['Dezember'], true],
  ['estive internada de 5 a 12 de novembro', ['de 5 ', 'a 12'], ['novembro'], true],
  ['sono stato ricoverato dal 3 al 10 novembre', ['dal 3 ', 'al 10'], ['novembre'], true],
  ['byłem w szpitalu od 4 do 11 października', ['od 4 ', 'do 11'], ['października'], true],
  ['я лежала в лікарні з 1 по 8 грудня', ['з 1 ', 'по 8'], ['грудня'], true],
  ['tôi nằm viện từ 10/11 đến 20/11', ['10/11', '20/11'], ['nằm viện'], true],
  ['our baby girl was born on December 1 and they still denied my leave', ['December 1'], ['born'], true],
  ["ma fille est née le 3 mars et on m'a refusé mon congé", ['3 mars'], ['née'], true],
  ['entrei na empresa em 15 de janeiro de 2019', ['15 de janeiro'], ['2019'], false],
  ['pracuję tu od 5 czerwca 2015', ['5 czerwca'], ['2015'], false],
  ['мене взяли на роботу 2 лютого 2021', ['2 лютого'], ['2021'], false],
  ['mình được tuyển ngày 3/3/2022', ['3/3'], ['2022'], false],
  ['natanggap ako sa trabaho noong Agosto 10, 2017', ['Agosto 10'], ['2017'], false],
];

// Calm look-alikes: as written, named by nothing.
const CALM: Case[] = [
  ['the fire drill is on October 12 at 10am', [], ['October 12'], false],
  ['the meeting on 11/14 was cancelled', [], ['11/14'], false],
  ['la entrega del 18/11 llegó tarde', [], ['18/11'], false],
  ['am 5.11. ist Betriebsversammlung', [], ['5.11.'], false],
  ['the plant is closed from Dec 24 to Jan 2', [], ['Dec 24 to Jan 2'], false],
  ['la planta cierra del 24 al 31 de diciembre', [], ['del 24 al 31'], false],
  ['la formation aura lieu du 4 au 20 octobre', [], ['du 4 au 20'], false],
  ['the forklift broke down on October 12', [], ['October 12'], false],
  ['we had zero accidents from March 1 to June 30', [], ['March 1 to June 30'], false],
  ['there was an accident on the highway on Nov 3 so the bus was late', [], ['Nov 3'], false],
  ['il magazzino è chiuso dal 2 al 9 agosto per ferie', [], ['dal 2 al 9'], false],
  ['Urlaubssperre vom 1. bis 20. Dezember', [], ['vom 1. bis 20.'], false],
  ['o inventário será de 1 a 20 de setembro', [], ['de 1 a 20'], false],
  ['inwentaryzacja od 5 do 12 grudnia', [], ['od 5 do 12'], false],
  ['kho nghỉ Tết từ 1/2 đến 9/2', [], ['1/2', '9/2'], false],
  ['склад зачинено з 3 по 17 листопада на ремонт', [], ['з 3 по 17'], false],
  ['sarado ang opisina mula Disyembre 24 hanggang 26', [], ['Disyembre 24 hanggang 26'], false],
  ['our team won the safety award on October 12', [], ['October 12'], false],
  ['ngày 20 tháng 10 là ngày Phụ nữ Việt Nam', [], ['ngày 20 tháng 10'], false],
  ['12 жовтня у нас збори', [], ['12 жовтня'], false],
  ['skończyłem raport 7 listopada', [], ['7 listopada'], false],
  ['I hurt my back lifting boxes. The safety training is on October 12.', [], ['October 12'], false],
  ['la licencia de conducir vence el 3 de agosto', [], ['3 de agosto'], false],
  ['the hospital blood drive is from Oct 4 to Oct 18', [], ['Oct 4 to Oct 18'], false],
  ['the heat wave from July 2 to July 9 made everyone sick', [], ['July 2 to July 9'], false],
  ['la nueva línea nació en 2019 y funciona bien', [], ['nació en 2019'], false],
  ['die Schulung am 14. Oktober war gut', [], ['14. Oktober'], false],
  ['a reunião é no dia 15 de outubro', [], ['dia 15'], false],
  ['la consegna del 9 ottobre è arrivata rotta', [], ['9 ottobre'], false],
  ['the store opened on March 3, 2019', [], ['March 3, 2019'], false],
  // Written with the second held-back set.
  ['the ladder in aisle 3 fell over on Nov 2, nobody was near it', [], ['Nov 2'], false],
  ['el simulacro de incendio es el 14 de noviembre', [], ['14 de noviembre'], false],
  ['la visite médicale annuelle aura lieu le 3 décembre', [], ['3 décembre'], false],
  ['Die Weihnachtsfeier ist am 19. Dezember', [], ['19. Dezember'], false],
  ['a fábrica fecha de 24 a 31 de dezembro', [], ['de 24 a 31'], false],
  ['la mensa è chiusa dal 20 al 27 dicembre', [], ['dal 20 al 27'], false],
  ['szkolenie BHP od 3 do 5 grudnia', [], ['od 3 do 5'], false],
  ['nghỉ lễ từ 30/4 đến 1/5', [], ['30/4', '1/5'], false],
  ['I hurt my back years ago and the chairs from 2015 are still the same', [], ['2015'], false],
  ['the new hire training runs from Jan 6 to Jan 10', [], ['Jan 6 to Jan 10'], false],
  ['я почав писати звіт 3 грудня', [], ['3 грудня'], false],
  ['comecei o treinamento no dia 4 de fevereiro', [], ['dia 4'], false],
];

async function check([text, hidden, kept, warned]: Case): Promise<void> {
  const { redactedText, singledOut } = await preview(text);
  for (const part of hidden) expect(redactedText, text).not.toContain(part);
  for (const part of kept) expect(redactedText, text).toContain(part);
  expect(singledOut.length > 0, `${text}: ${JSON.stringify(singledOut)}`).toBe(warned);
}

describe("op46a: the day of the writer's own injury, leave, child's birth and hire is not stored, and the preview names the first three", () => {
  it.each(TUNED)('tuned: %j', (...c) => check(c as Case));
  it.each(HELD_BACK)('held back: %j', (...c) => check(c as Case));
  it.each(HELD_BACK_2)('held back, second set: %j', (...c) => check(c as Case));
  it.each(CALM)('calm: %j', (...c) => check(c as Case));
});
