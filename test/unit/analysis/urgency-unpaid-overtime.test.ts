import { describe, expect, it } from 'vitest';
import { detectRuleUrgency, detectUrgency } from '../../../shared/analysis/urgency';

// Being made to work overtime without pay is wage theft, and the project has always
// counted wages withheld as fraud that escalates (eval/urgency/: "no nos pagan las horas
// extras desde hace tres meses"; docs/performance-log.md, ninth round: "late pay is a delay,
// unpaid pay is still fraud"). The sponsor needs it the same day: it is going on now, it
// touches everyone on the shift, timesheets are what gets changed next, and the writer
// risks most by saying it. So it escalates in every language the rules read, by the
// phrase rules alone (before this, only German and Chinese did; the learned model caught
// some others and missed English, Portuguese and Polish). A question about when or how
// overtime is paid, or late pay that came, stays calm.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency: made to work overtime without pay', { timeout: 60_000 }, () => {
  it.each([
    'They make us work overtime without paying it',
    'we are forced to do unpaid overtime every weekend',
    'the supervisor makes us stay late for free',
    'Nos obligan a hacer horas extra sin pagarlas',
    'nos hacen quedarnos dos horas extra sin cobrar',
    'On nous oblige à faire des heures supplémentaires sans les payer',
    'on nous force à faire des heures sup gratuitement',
    'Wir müssen Überstunden machen, die nicht bezahlt werden',
    'der Chef zwingt uns zu unbezahlten Überstunden',
    'Ci obbligano a fare straordinari senza pagarli',
    'ci fanno fare ore extra gratis ogni sabato',
    'Obrigam-nos a fazer horas extras sem pagar',
    'o gerente obriga a gente a fazer hora extra sem receber',
    'Każą nam robić nadgodziny bez zapłaty',
    'kierownik zmusza nas do nadgodzin za darmo',
    'Pinipilit kaming mag-overtime nang walang bayad',
    'pinag-o-overtime kami ng supervisor pero walang bayad',
    'Họ bắt chúng tôi làm thêm giờ mà không trả tiền',
    'quản lý ép công nhân tăng ca không lương',
    '他们逼我们加班却不给加班费',
    '老板强迫我们无偿加班',
    'يجبروننا على العمل ساعات إضافية دون أجر',
    'المدير يجبرنا على الدوام الإضافي بدون مقابل',
  ])('escalates, by the rules alone: %s', (text) => {
    expect(detectRuleUrgency(text)).toMatchObject({ urgent: true, categories: ['fraud'] });
  });

  it.each([
    'when is overtime paid?',
    'how is holiday overtime calculated on the payslip?',
    'my overtime was paid a week late but it came',
    '¿cuándo pagan las horas extra?',
    'Wann werden die Überstunden ausgezahlt?',
    'Quando vengono pagati gli straordinari?',
    'Kiedy będą wypłacone nadgodziny?',
    'Kailan ibibigay ang bayad sa overtime?',
    '加班费什么时候发？',
    'متى يتم دفع الساعات الإضافية؟',
  ])('stays calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });

  // Questions the shipped learned model still flags as fraud (the rules leave them calm): in its
  // training rows "pagan", "payées", "pagar", "trả tiền" beside overtime come almost only in reports
  // of pay withheld. Calm rows of the kind wait in eval/urgency/train-pending/ (a refit with them
  // raised false alarms elsewhere, docs/performance-log.md, twelfth round). Each test passes only while
  // the model errs, so a refit that learns them says so.
  it.fails.each([
    'alguien sabe cuando pagan las horas extra?',
    'Quand est-ce que les heures sup sont payées ?',
    'Quando vão pagar as horas extras?',
    'Khi nào công ty trả tiền làm thêm giờ?',
  ])('is still flagged by the learned model, not yet calm: %s', (text) => {
    expect(detectUrgency(text).urgent).toBe(false);
  });
});
