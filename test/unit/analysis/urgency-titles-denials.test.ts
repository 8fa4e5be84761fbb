import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Titles, denials and idioms that carry a danger word, beside reports that
// look like them. Read by the whole detector (rules and learned model), as
// the pipeline reads them. None of these sentences is in an eval set.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency on course titles, denials and idioms', { timeout: 60_000 }, () => {
  it.each([
    "Don't forget the 'Stop Workplace Bullying' webinar at 2pm",
    'El taller "Violencia de género en el trabajo" se cambió al jueves',
    'La session « Harcèlement sexuel : réagir » est complète',
    'Das Modul „Gewalt und Drohungen im Dienst“ ist Pflicht bis Ende Mai',
    "O programa 'Assédio Moral Nunca Mais' começa em junho",
    'Kampania „Stop molestowaniu” rusza od poniedziałku',
    '下周的《职场暴力与骚扰应对》讲座改到三楼',
    "ورشة 'مكافحة التحرش والعنف' تبدأ الساعة عشرة",
  ])('Should not escalate a course or campaign named by its title: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    "After the 'Zero Harm' training the supervisor still hit a picker with the pallet jack",
    "Tras el curso 'Respeto en el trabajo' mi jefe me volvió a tocar el trasero",
    "the 'Safe Lifting' module is a joke, the hoist chain snapped today and nearly crushed Ana",
  ])('Should still escalate a report that names a course: %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    'no one in my department has ever harassed anybody as far as I know',
    'Nadie me ha amenazado nunca en este almacén',
    "Personne ne m'a jamais harcelée dans ce service",
    'Nenhum supervisor jamais me ameaçou aqui',
    'Niemand hat mich hier jemals bedroht',
    'Nessuno mi ha mai molestata in questo magazzino',
    'Nikt mi tu nigdy nie groził',
    'Chưa có ai từng quấy rối em ở công ty này',
  ])('Should not escalate a denial by a negative subject: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'nobody did a thing when he shoved me off the loading dock',
    'Nadie hizo nada cuando me amenazó con el cúter',
    'No one believes me that the manager grabbed me in the freezer',
  ])('Should still escalate a report that opens with "nobody": %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });

  it.each([
    'muoio dalla voglia di rivedere i miei nipoti',
    'em nhớ mẹ muốn chết luôn á',
    'تأخر صرف الرواتب بسبب العطلة الرسمية',
  ])('Should not escalate an idiom or a late payment: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    ['ما يصرفون الإضافي أبدا من ثلاث شهور', 'fraud'],
    ['I keep cutting my thighs with a razor blade in the locker room to cope', 'self-harm'],
    ['我下班后总是用美工刀划自己', 'self-harm'],
    ['dạo này em hay rạch cổ tay trong phòng thay đồ', 'self-harm'],
    ['组长说外地人在这里别想转正', 'discrimination'],
    [
      'anyway the rota is a mess and the vending machine ate my coins again, also the night lead keeps calling the Polish lads vermin in front of everyone, whatever',
      'discrimination',
    ],
  ] as const)('Should escalate what the idioms and titles must not hide: %j', (text, category) => {
    expect(detectUrgency(text).categories).toContain(category);
  });
});
