import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * The classes a second security review found leaking, each with names,
 * numbers and wordings that are not in eval/redaction/adversarial-3.jsonl:
 * the rules must hold for the class, not for the quoted examples.
 */
describe('redaction of the classes from the second review', () => {
  it.each([
    // Digits of other scripts
    ['رقم أبو سامي ٠٧٩٠١٢٣٤٥٦٧', 'رقم [NAME] [PHONE]'],
    ['شماره من ۰۹۳۸ ۷۶۵ ۴۳۲۱ است', 'شماره من [PHONE] است'],
    ['मेरा नंबर ९८७६५४३२१० है', 'मेरा नंबर [PHONE] है'],
    // Arabic and Persian names, whole
    ['المشرف عبد العزيز بن سعيد الغامدي يتحرش', 'المشرف [NAME] يتحرش'],
    ['أم خالد لا تسمح بالاستراحة', '[NAME] لا تسمح بالاستراحة'],
    ['مهندس علی محمدی به ما کمک نکرد', 'مهندس [NAME] به ما کمک نکرد'],
    // German: roles, umlauts and ß, particles, double given names
    ['Die Schichtleiterin Anja Groß droht uns', 'Die Schichtleiterin [NAME] droht uns'],
    ['Beschwerde über van der Linden, Hans-Peter', 'Beschwerde über [NAME]'],
    // Polish: capitals and declensions
    ['kierownik NOWAKOWSKI znowu krzyczy', 'kierownik [NAME] znowu krzyczy'],
    ['rozmawiałem z Tomaszem Wójcikiem', 'rozmawiałem z [NAME]'],
    // Romance particles and a capitalised surname beside a name
    ['la encargada Mª José de los Santos grita', 'la encargada [NAME] grita'],
    ['el supervisor GARCÍA Manolo no paga', 'el supervisor [NAME] no paga'],
    // Emails spelled out in other languages
    ['pisz na piotr.zielinski małpa onet kropka pl', 'pisz na [EMAIL]'],
    ['écrivez à luc.bernard arobase free point fr', 'écrivez à [EMAIL]'],
    ['p a w e l @ o n e t . p l', '[EMAIL]'],
    // Phones said in pairs and hundreds
    ['ruf an: null eins fünf zwei, dreiundvierzig einundsechzig neunzehn', 'ruf an: [PHONE]'],
    ['appelez le zéro sept quatre-vingt-dix-huit soixante-douze onze vingt', 'appelez le [PHONE]'],
    ['ring me on oh seven nine, eighty-one twenty-two, forty-five', 'ring me on [PHONE]'],
    ['zadzwoń siedemset osiemdziesiąt dziewięć, sto dwadzieścia trzy, czterysta pięćdziesiąt sześć', 'zadzwoń [PHONE]'],
    // National ids
    ['mi NIE es Y-1234567-X', 'mi NIE es [ID]'],
    ['BSN 123456782 staat op mijn contract', 'BSN [ID] staat op mijn contract'],
    ['87654321X es el documento', '[ID] es el documento'],
    // Disguises and initials
    ['a.n.n.a from nights', '[NAME] from nights'],
    ['j0hn keeps yelling', '[NAME] keeps yelling'],
    ['ask P. K. Mensah', 'ask [NAME]'],
    ['tran van hung runs the line', '[NAME] runs the line'],
  ])('Should redact %j as %j', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'هل تريد شاي أم قهوة؟',
    'سافرنا إلى أبو ظبي الأسبوع الماضي',
    'المدير يصرخ علي كل يوم',
    'Der Punkt ist, dass die Pause zu kurz ist',
    'Der Zug von Hamburg kommt immer zu spät',
    'la mayoría de la plantilla de la fábrica',
    'Ich weiß nicht, wer das Lager abschließt',
    'we need twelve new gloves, thirty masks and fifty boots',
    'modelo 87654321A agotado',
    'a.k.a. the boss, e.g. the forklift',
    'pracujemy dwanaście godzin, czasem trzynaście',
  ])('Should leave %j as it is', (input) => {
    expect(redact(input)).toBe(input);
  });
});
