import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { stillReadable } from '../../support/still-readable';

/*
 * Round 34 (helper r34b): ordinary words the rules replaced, which made a report unreadable, and two places that point
 * at a person. Each class written out first in other wordings and languages; the second half of each list (after the
 * blank line) was written before the rule and never tuned on (docs/anonymity-log.md, "Round 34: over-hiding, towns after
 * a home, numbers in letters").
 */

interface Case {
  text: string;
  keep: readonly string[];
  hide: readonly string[];
}
const c = (text: string, keep: string | readonly string[], hide: string | readonly string[] = []): Case => ({
  text,
  keep: typeof keep === 'string' ? [keep] : keep,
  hide: typeof hide === 'string' ? [hide] : hide,
});

const CASES: Record<string, readonly Case[]> = {
  'a word for a friend, a workmate or a relative before a name (German writes it with a capital)': [
    c('mein Kumpel Jannik hat es gesehen', 'Kumpel', 'Jannik'),
    c('Mein Kollege Torben schreit mich jeden Tag an', 'Kollege', 'Torben'),
    c('meine Kollegin Svenja hat das auch gehört', 'Kollegin', 'Svenja'),
    c('ich und mein Kumpel Finnley waren dabei', 'Kumpel', 'Finnley'),
    c('Mein Kumpel Jannik und ich haben es gesehen', 'Kumpel', 'Jannik'),
    c('mein Schwager Marvin arbeitet hier auch', 'Schwager', 'Marvin'),
    c('unser Azubi Leon wurde angeschrien', 'Azubi', 'Leon'),
    c('mein Arbeitskollege Dennis lacht nur', 'Arbeitskollege', 'Dennis'),
    c('mein Lieblingskollege Dennis lacht nur', 'Lieblingskollege', 'Dennis'),
    c('mein Schulfreund Dennis lacht nur', 'Schulfreund', 'Dennis'),
    c('my pal Jaxon saw the whole thing', 'pal', 'Jaxon'),
    c('my coworker Brayden got hurt', 'coworker', 'Brayden'),
    c('mi compañero Yeferson lo vio todo', 'compañero', 'Yeferson'),
    c('mon pote Kylian a tout vu', 'pote', 'Kylian'),
    c('mój kumpel Bartek to widział', 'kumpel', 'Bartek'),
    c('mijn collega Joris zag het ook', 'collega', 'Joris'),
  ],
  'a word for a person written small before where they work': [
    c('a guy from receiving yelled at me', 'a guy from receiving'),
    c('guy from receiving yelled at me again', 'guy from receiving'),
    c('a guy on nights said we skip the checks', 'a guy on nights'),
    c('some lady from HR called me', 'some lady from HR'),
    c('the new girl on nights cried all shift', 'the new girl'),
    c('this bloke from the agency shouted at us', 'this bloke'),

    c('that guy from maintenance grabbed my arm', 'that guy'),
    c('a woman from payroll shouted at me', 'a woman from payroll'),
    c('a fella in the yard threatened me', 'a fella in the yard'),
    c('some kid from the warehouse stole my lunch', 'some kid'),
    c('this chick from packing keeps lying about me', 'this chick'),
    c('a temp from the agency was crying', 'a temp'),
  ],
  "a job's or a qualification's letters in brackets": [
    c('the nurse (RN) said I am fine', '(RN)'),
    c('the nurse (LPN) was rude to me', '(LPN)'),
    c('my supervisor (HR) told me to leave', '(HR)'),
    c('the driver (CDL) was drunk', '(CDL)'),

    c('the pharmacist (RPh) ignored me', '(RPh)'),
    c('my sergeant (Sgt) screams at us', '(Sgt)'),
    c('the therapist (DPT) said rest', '(DPT)'),
    c('the doctor (PhD) never came', '(PhD)'),
  ],
  'a payment service, its handle hidden': [
    c('paga su PayPal: ottavio88', 'PayPal', 'ottavio88'),
    c('send it on Venmo: @jake-r', 'Venmo', 'jake-r'),
    c('he asked me to pay him on CashApp $kevbucks', 'CashApp', 'kevbucks'),
    c('mandame por Nequi al 3001234567', 'Nequi', '3001234567'),
    c('he wants money through Zelle: tomas55', 'Zelle', 'tomas55'),

    c('pay me on PayPal: marco_77', 'PayPal', 'marco_77'),
    c('mandalo su Satispay a giulia93', 'Satispay', 'giulia93'),
    c('paga con Bizum al 612345678', 'Bizum', '612345678'),
    c('he collects on Venmo: @sarah-k', 'Venmo', 'sarah-k'),
    c('wyślij na Revolut: kuba_88', 'Revolut', 'kuba_88'),
  ],
  'a city everyone knows': [
    c('Сьогодні Київ без світла', 'Київ'),
    c('Вчора Харків знову бомбили', 'Харків'),
    c('Сегодня Новосибирск без отопления', 'Новосибирск'),
    c('Ayer Sevilla estaba cerrada', 'Sevilla'),

    c('Сьогодні Дніпро без світла', 'Дніпро'),
    c('Вчера Петербург стоял в пробках', 'Петербург'),
    c('Dnes Praha bez proudu', 'Praha'),
  ],
  'a firm everyone knows': [
    c('Amazon keeps stealing our data', 'Amazon'),
    c('Uber keeps stealing our tips', 'Uber'),
    c('Nestle keeps lying about the pay', 'Nestle'),
    c('Deloitte keeps calling my manager', 'Deloitte'),

    c('Accenture keeps sending contractors', 'Accenture'),
    c('Facebook keeps selling our data', 'Facebook'),
  ],
  "a home's town after its street, with no comma": [
    c('I live at 42 Wallaby Way Sydney', 'I live at', ['Wallaby', 'Sydney']),
    c('she lives at 9 Mill Lane Bristol now', 'now', 'Bristol'),
    c('he lives at 221 Baker Street London and drives a van', 'and drives a van', 'London'),
    c('lives at 3 Church Lane Leeds LS1 4AB', 'lives at', ['Leeds', 'LS1']),
    c('wohnt in der Hauptstraße 5 Berlin', 'wohnt in der', 'Berlin'),

    c('my home is 8 Rosewood Close Swindon', 'my home is', 'Swindon'),
    c('lives at 41 Kingfisher Drive Basingstoke with his mum', 'with his mum', 'Basingstoke'),
    c('she moved to 3 Harbour Road Dunedin last year', 'last year', 'Dunedin'),
    c('his place is 60 Willow Street Wagga Wagga', 'his place is', 'Wagga'),
  ],
  "a person's number with letters for digits": [
    c('my cell is 555-CALL-JEN', 'my cell is', ['CALL-JEN', 'JEN']),
    c('text me at 555-JEN-SMTH', 'text me at', 'JEN-SMTH'),
    c('my number: 917-JOE-BLOW', 'my number', 'JOE-BLOW'),

    c('his cell is 312-BIG-MIKE', 'his cell is', 'BIG-MIKE'),
    c('call her on 555-ANNA-B', 'call her on', 'ANNA-B'),
    c('text my mobile 0412 JOHNNO', 'text my mobile', 'JOHNNO'),
  ],
};

// What the give-backs and the town must not take with them.
const KEPT: Record<string, readonly string[]> = {
  "a business's number in letters": [
    'call 1-800-FLOWERS for the order',
    'the number is 1-800-GOT-JUNK',
    'ring 0800-DELIVER',
    'call 1-888-PET-MEDS to order',
    'ring 1-877-KARS-4-KIDS',
  ],
};

const STILL_HIDDEN: readonly Case[] = [
  c('Brayden keeps stealing our tips', 'keeps stealing', 'Brayden'),
  c('Tamika in shipping told me to lie', 'in shipping', 'Tamika'),
  c('the forklift driver (jb) was drunk', 'was drunk', 'jb'),
  c('venmo me at Tiana-Wells', 'venmo me at', 'Tiana-Wells'),
  c('my cousin Kimberley works here', 'my cousin', 'Kimberley'),
  c('Guy in shipping yelled at me', 'in shipping', 'Guy'),
  c('Frau Hartmann Dennis', 'Frau', ['Hartmann', 'Dennis']),
  // Found in the eval's tweets: a firm's or a city's word after a title or "I'm" is a person's.
  c('Dr. Boston and his family spent the day at the beach', 'and his family', 'Boston'),
  c("Okay I'm Kia and my middle name is trouble", "Okay I'm", 'Kia'),
  c('Mr Houston yelled at me', 'yelled at me', 'Houston'),
  c('die Jolanda Kowalczyk aus der Logistik schreit', 'aus der Logistik', ['Jolanda', 'Kowalczyk']),
  c('my colleague (S T) keeps touching me', 'keeps touching me', 'S T'),
];

const AFTER_ADDRESS: readonly Case[] = [
  c('we are at 14 Elm Street Monday to Friday', 'Monday to Friday', 'Elm'),
  c('meet at 14 Elm Street Tomorrow we start early', 'Tomorrow we start early', 'Elm'),
  c('I live at 12 High Street. Sydney is where I grew up', 'Sydney is where I grew up', 'High'),
  c('office is at 2 King Street. Leeds is cold today', 'Leeds is cold today', 'King'),
];

function check({ text, keep, hide }: Case): void {
  const out = redact(text);
  for (const word of keep) expect(out, out).toContain(word);
  for (const secret of hide) expect(stillReadable(secret, out), `${secret} in ${out}`).toBe(false);
}

describe('round 34: ordinary words kept, what points at a person hidden', () => {
  for (const [cls, cases] of Object.entries(CASES)) {
    describe(cls, () => {
      for (const one of cases) it(one.text, () => check(one));
    });
  }
  describe('a person beside the give-backs is still hidden', () => {
    for (const one of STILL_HIDDEN) it(one.text, () => check(one));
  });
  describe('a sentence after an address keeps its words', () => {
    for (const one of AFTER_ADDRESS) it(one.text, () => check(one));
  });
  for (const [cls, texts] of Object.entries(KEPT)) {
    describe(cls, () => {
      for (const text of texts) it(text, () => expect(redact(text)).toBe(text));
    });
  }
});
