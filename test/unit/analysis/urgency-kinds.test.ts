import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { eachLabelledText } from '../../support/urgency-table';
import examples from './urgency-examples.json';

// Kinds of report the seventh round covers in every language, each in
// wording that is in no eval or training file: a method of ending one's life
// (with Polish endings and word order, Vietnamese without tones, Chinese
// without spaces, Arabic with vowel marks and tatweel), hours booked for
// people who were not there, and a whole group kept out of work; and the
// harmless look-alikes: a course or video about harassment, "dangerously
// good", a "threat" to bring cake, a bargain "跳楼价".
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency: kinds of report in any language', { timeout: 60_000 }, () => {
  it.each([
    ['en', 'some days i think about throwing myself under the train at the depot'],
    ['es', 'me quiero ahorcar en el galpon cuando se vayan todos'],
    ['pt', 'semana passada quase me joguei da ponte perto da fabrica'],
    ['it', 'stanotte pensavo di impiccarmi in garage'],
    ['de', 'nach der Nachtschicht will ich mich nur noch aufhängen'],
    ['pl', 'chyba się powieszę w garażu po nocce'],
    ['pl', 'jutro skoczę z wiaduktu koło zakładu'],
    ['vi', 'chac toi se nhay cau sau ca dem nay'],
    ['tl', 'baka magbigti na lang ako pag-uwi'],
    ['zh', '下了夜班就想去卧轨'],
    ['ar', 'أفـكـر أشـنـق نـفـسـي في المستودع'],
  ])('Should escalate a method of self-harm (%s): %j', (_code, text) => {
    expect(detectUrgency(text)).toEqual({ urgent: true, categories: ['self-harm'] });
  });

  eachLabelledText(
    'Should escalate hours booked for people who were not there (%s): %j',
    examples.hoursBooked.cases,
    detectUrgency,
    { urgent: true },
  );

  it.each([
    ['en', 'the area manager says they dont promote muslims to supervisor here'],
    ['es', 'en esta empresa no ascienden a inmigrantes, lo dijo el gerente'],
    ['de', 'Frauen bekommen hier keine Schichtleitung, sagt der Werksleiter'],
  ])('Should escalate a whole group kept out of work (%s): %j', (_code, text) => {
    expect(detectUrgency(text).categories).toContain('discrimination');
  });

  it.each([
    ['en', 'the workshop video on bullying was dull but fine'],
    ['en', 'this lasagne is dangerously good'],
    ['en', 'our manager threatened to bring more cake if we hit target'],
    ['es', 'la presentacion sobre acoso laboral fue clarisima'],
    ['es', 'las empanadas de la cafeteria son peligrosamente ricas'],
    ['pt', 'a gerente ameacou trazer bolo de cenoura toda sexta'],
    ['it', 'questa pizza è pericolosamente buona'],
    ['fr', 'le cafe du distributeur est dangereusement bon'],
    ['de', 'die Präsentation zu Mobbing war gut'],
    ['pl', 'te pierogi są niebezpiecznie dobre'],
    ['zh', '楼下超市在搞跳楼价大甩卖'],
  ])('Should not escalate a harmless look-alike (%s): %j', (_code, text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
