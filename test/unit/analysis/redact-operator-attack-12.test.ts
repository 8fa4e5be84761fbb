import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { describeLeaks, type LeakRow } from '../../support/stored-by-analysis';

/*
 * What an operator reading every stored byte (report text, key phrases) still found of who wrote a report in the
 * twelfth attack round: fresh texts as employees write them, in English, Spanish, German, Romanian, Vietnamese, Turkish,
 * Hindi and Chinese, none taken from the other tests or the eval sets. Each class is checked through the analysis as the intake
 * runs it, beside look-alikes that must stay as written; every leak row fails on the code before this round.
 */

// [what the employee wrote, what is stored, the words that must be nowhere in what is stored]
const LEAKS: LeakRow[] = [
  // A capital no list knows opening a sentence, then a unit of the workplace, then what a person did.
  ['Latrice at the front end laughed at me', '[NAME] at the front end laughed at me', ['Latrice']],
  ['Odalys de limpieza nos grita todos los días', '[NAME] de limpieza nos grita todos los días', ['Odalys']],
  ['Krystal in payroll lied about my hours', '[NAME] in payroll lied about my hours', ['Krystal']],
  // A name joined to a hidden name by "and", "y", "und", or listed with hidden names.
  ['Hunter and Kaylee keep laughing at the new girl', '[NAME] and [NAME] keep laughing at the new girl', ['Hunter']],
  ['Faith and Deshawn told me to lie on the log', '[NAME] and [NAME] told me to lie on the log', ['Faith']],
  ['Destiny, Hunter and Tavion left early again', '[NAME], [NAME] and [NAME] left early again', ['Destiny']],
  ['Treyvon y Jacinta nos gritan', '[NAME] y [NAME] nos gritan', ['Treyvon']],
  // Two surnames alone as the subject, one of them known, before what they do.
  ['Nowak und Seidel schreien uns jeden Tag an', '[NAME] und [NAME] schreien uns jeden Tag an', ['Nowak', 'Seidel']],
  // A nickname beside the name it stands for.
  ['Papi aka Rolando Venegas sells pills in the lot', '[NAME] aka [NAME] sells pills in the lot', ['Papi']],
  [
    'our trainer Moose (real name Gerald Fitzhugh) skips the safety talk',
    'our trainer [NAME] (real name [NAME]) skips the safety talk',
    ['Moose'],
  ],
  ['Tank a.k.a. Marcus Bellweather threatened me', '[NAME] a.k.a. [NAME] threatened me', ['Tank']],
  // Initials before a hidden surname.
  ['JP Castellanos signs off on fake reports', '[NAME] [NAME] signs off on fake reports', ['JP']],
  ['RJ Whitcombe from nights is drunk every shift', '[NAME] [NAME] from nights is drunk every shift', ['RJ']],
  // Spanish "don" and Spanish nicknames; "lil" before a name written small.
  ['don chuy nos grita cuando llegamos tarde', 'don [NAME] nos grita cuando llegamos tarde', ['chuy']],
  ['el Güero de almacén nos grita', 'el [NAME] de almacén nos grita', ['Güero']],
  ['lil jay took my phone from the locker room', 'lil [NAME] took my phone from the locker room', ['jay']],
  ['lil tre keeps selling weed in the parking lot', 'lil [NAME] keeps selling weed in the parking lot', ['tre']],
  // Vietnamese: a name after "là" that a relative or "tên" leads to.
  ['em gái tôi là thảo cũng làm ở đây', 'em gái tôi là [NAME] cũng làm ở đây', ['thảo']],
  ['tên nó là hùng, nó hay chửi chúng tôi', 'tên nó là [NAME], nó hay chửi chúng tôi', ['hùng']],
  // Romanian: a name with no cue before what the person did to the writer.
  ['ionuț ne-a amenințat ieri la schimb', '[NAME] ne-a amenințat ieri la schimb', ['ionuț']],
  ['gheorghe mi-a furat telefonul din vestiar', '[NAME] mi-a furat telefonul din vestiar', ['gheorghe']],
  // Hindi in Latin letters: the writer's name, and a relative's, that no list knows.
  ['mera naam ankit hai aur main packing mein hoon', 'mera naam [NAME] hai aur main packing mein hoon', ['ankit']],
  ['main ritu hoon, night shift', 'main [NAME] hoon, night shift', ['ritu']],
  ['mera bhai rakesh yahan kaam karta hai', 'mera bhai [NAME] yahan kaam karta hai', ['rakesh']],
  // Chinese: a relative or a colleague "is called" a name.
  ['我妹妹叫小红也在这里上班', '我妹妹叫[NAME]也在这里上班', ['小红']],
];

describeLeaks('the twelfth operator-attacker round: who wrote it', LEAKS);

describe('what was hidden too much', () => {
  it.each([
    // A town a site is in, or named after, is no one's name.
    'the warehouse in Madison is freezing',
    'the Austin plant skips safety checks',
    'the Virginia site has mold',
    // Spanish bodies and a store's name after the article.
    'el Gobierno no ayuda a nadie',
    'el Sindicato no hace nada',
    'la Dirección nos ignora',
    'compré las botas en el Corte Inglés',
  ])('Should keep %j', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('Should keep the Turkish word after a hidden name', () => {
    expect(redact('kuzenim emre burada çalışıyor ve çok korkuyor')).toBe(
      'kuzenim [NAME] burada çalışıyor ve çok korkuyor',
    );
  });
});

describe('look-alikes of the classes, which stay as written', () => {
  it.each([
    'Everyone in shipping said the same',
    'Management in HR told us to wait',
    'Overtime on nights is brutal',
    'Someone on nights said the fire door is blocked',
    'Monday and Tuesday are the worst',
    'Safety and HR ignore us',
    'Lager und Versand machen Pause um zehn',
    'Costco and Target pay more',
    'a lil bit of respect please',
    'big deal, they cut our break again',
    'I don know what to do',
    'em gái tôi là sinh viên',
    'el Mercado de abastos cierra temprano',
    'the QA and QC teams disagree',
    'the Golden Corral on Main is busy',
    'we drove from St. Louis and Kansas City',
    'main bahut pareshan hoon',
    'mera bhai yahan kaam karta hai',
    '我朋友叫外卖',
  ])('Should keep %j', (text) => {
    expect(redact(text)).toBe(text);
  });

  it.each([
    // A retweet's or a copy's mark before a hidden name is no initials.
    ['RT @jdoe Tell me again', 'RT [NAME] Tell me again'],
    // A brand listed with a brand the names rules took is not made a name by it.
    ['we need more hope and faith in management', 'we need more hope and faith in management'],
  ])('Should store %j as %j', (text, stored) => {
    expect(redact(text)).toBe(stored);
  });
});
