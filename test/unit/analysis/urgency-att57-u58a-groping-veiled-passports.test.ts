import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

/*
 * Harassment the att57 attack found calm or sent to fraud alone (u58a, 2026-12-08): groping told about others, sex for
 * shifts in veiled words, and passports taken with pay withheld (forced labour: harassment, the owner of papers held).
 * Tuned lists hold the attacker's texts; held-back lists were written before the rules, in other words and languages,
 * and never tuned on; the calm look-alikes must stay calm (shared/analysis/urgency/att57-u58a-groping-veiled-passports.ts).
 */

const TUNED = [
  'the owner gropes the girls in the kitchen',
  'the sous chef gropes the new servers every weekend',
  'our supervisor fondles the temp girls in the cooler',
  'the owner feels up the cashiers when he counts the till',
  'the manager keeps grabbing the girls on line 4',
  'he keeps touching the new girls',
  'he puts his hands on the young girls at the packing table',
  'il titolare palpa le ragazze in cucina',
  'el encargado manosea a las chicas en la cocina',
  'le chef tripote les filles en cuisine',
  'o gerente passa a mão nas meninas do caixa',
  "the only way i'm getting off nights is on my knees",
  'he said if i want full time i know what i have to do and winked',
  'the manager told her to wear a shorter skirt if she wants to keep her hours',
  'you know what I have to do to keep my hours',
  'o patrão pegou nossos passaportes e não paga há 3 meses',
  'أخذوا جوازات سفرنا وما دفعوا الرواتب من ٤ شهور',
  '老板收了我们的护照，三个月没发工资了',
  'yo pran paspò nou epi yo pa peye nou depi 3 mwa',
  'the boss took our passports and hasnt paid us in 3 months',
  'el patrón nos quitó los pasaportes y no nos paga',
  'забрали паспорти і не платять вже пів року',
];
const HELD_BACK = [
  'the night manager paws at the young waitresses in the back',
  'le contremaître pelote les intérimaires dans le vestiaire',
  'der Chef begrapscht die Azubis im Lager',
  'o encarregado apalpa as meninas da limpeza',
  'il capo tocca il sedere alle cameriere',
  'el supervisor le agarra las nalgas a las muchachas de limpieza',
  'he told me the weekend shifts go to whoever gets on her knees for him',
  'she said i know what i gotta do if i want my hours back, and laughed',
  'el jefe dice que si quiero más horas tengo que acostarme con él',
  "le patron m'a dit que pour garder mes heures je dois coucher avec lui",
  'o gerente disse que se eu quiser mais turnos tenho que dormir com ele',
  "the agency took our passports and we haven't seen a paycheck since march",
  'la empresa se quedó con nuestros pasaportes y no nos pagan hace dos meses',
  'le patron garde nos passeports et ne nous paie plus',
  'o dono ficou com os nossos passaportes e não recebemos salário',
  'صاحب الشغل ماسك جوازاتنا وما يعطينا رواتب',
  '老板扣了我们的护照，不给工资',
  'patwon an kenbe paspò nou e li pa peye nou',
];
const CALM = [
  'HR keeps my passport copy on file',
  'he touched on the topic',
  'get the girls in the kitchen a raise',
  'on my knees scrubbing floors all day',
  'I have to do overtime to keep my hours',
  'he keeps touching base with the new girls about training',
  'i know what i have to do to keep my hours: show up on time',
  'I lost my passport and my paycheck is late',
  'the girls in the kitchen keep touching up the menu board',
  'on my knees all night stocking the bottom shelves to keep my hours',
  'HR took a copy of our passports and payday is next friday',
  "I have my passport ready and they haven't paid me yet",
  'he keeps grabbing the girls a coffee',
  "the manager keeps touching the girls' phones",
];

describe('Harassment att57 found calm: groping of others, veiled sex for shifts, passports taken unpaid', () => {
  it.each([...TUNED, ...HELD_BACK])('Should send %j to the owner of harassment, urgent', (text) => {
    const reading = detectUrgency(text);
    expect(reading.urgent).toBe(true);
    expect(reading.categories).toContain('harassment');
  });

  it.each(CALM)('Should keep %j calm', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });

  it('Should keep the fraud read beside passports taken and pay withheld', () => {
    expect(detectUrgency('o patrão pegou nossos passaportes e não paga há 3 meses').categories).toEqual([
      'harassment',
      'fraud',
    ]);
  });
});
