import { describe, expect, it } from 'vitest';
import { asksForUrgency } from '../../../shared/analysis/asks-for-urgency';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Attacker's report (round 29): by the JSON API, "URGENT come to the north gate" and "es urgente, vengan a la
// puerta norte" were escalated as asked for, while "срочно подойдите к северным воротам" (the same request in
// Russian) ended an ordinary report: the urgent word was read in six languages only. It now counts opening a report
// in the languages the detector reads by a table, as it does at the start of a text by SMS.

describe('the urgent word opening a report in the detector’s table languages', () => {
  it.each([
    'срочно подойдите к северным воротам',
    'СРОЧНО! подойдите к северным воротам',
    'ТЕРМІНОВО підійдіть до північних воріт',
    'ACİL kuzey kapısına biri gelsin',
    'acil: kuzey kapısına biri gelsin',
    '긴급 북문으로 누가 좀 와주세요',
    '【至急】北門に誰か来てください',
    // Attack round 29, F4: written as Japanese is, with no space or comma after the word.
    '至急北門に来てください',
    '大至急北門に誰か来てください',
    'SPOED iemand naar de noordpoort',
    'Mendesak, tolong ke gerbang utara',
    'فوری یکی بیاد در شمالی',
    'Brådskande: någon till norra porten',
  ])('Should read "%s" as asking for urgency', (text) => {
    expect(asksForUrgency(text)).toBe(true);
  });

  it.each([
    'срочной работы слишком много',
    'мне не срочно, но кофе холодный',
    'the acil sauce in the canteen is too hot',
    'spoedcursus EHBO was goed',
    '北門の照明が至急直るといいです',
  ])('Should not read "%s" as asking', (text) => {
    expect(asksForUrgency(text)).toBe(false);
  });

  it('Should leave what the detector reads of the report as it was', () => {
    // The word stays in the text the model reads: "срочно! … не дышит" is as urgent as before.
    expect(detectUrgency('срочно! человек упал с лесов и не дышит').urgent).toBe(true);
    expect(detectUrgency('срочно подойдите к северным воротам').urgent).toBe(false);
  });
});
