import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * sp37 (after ra37's blind attack): the number of a spot a person is posted at — a lane, counter, window, wicket,
 * route, round, beat, zone or district, in the nine languages and in Taglish — is hidden, and so is the writer's own
 * locker in Ukrainian and Haitian Creole. Each class holds the attacker's texts, wordings written to tune the rules,
 * and wordings held back (written before the rules, run once after them); then the things that keep their number.
 */

describe('the number of a spot a person is posted at is hidden', () => {
  it.each([
    // the attacker's
    [
      'the lady at checkout lane 7 on mornings is being bullied',
      'the lady at checkout lane [ID] on mornings is being bullied',
    ],
    [
      'el de la caja 4 de la mañana, el nuevo, está sufriendo acoso',
      'el de la caja [ID] de la mañana, el nuevo, está sufriendo acoso',
    ],
    ['yung cashier sa counter 8 palaging minumura', 'yung cashier sa counter [ID] palaging minumura'],
    ['yung teller sa window 5 inaapi', 'yung teller sa window [ID] inaapi'],
    ['yung driver ng ruta 4 pinagbabantaan', 'yung driver ng ruta [ID] pinagbabantaan'],
    ["l'autista del giro 9 viene minacciato", "l'autista del giro [ID] viene minacciato"],
    ['kurier z rejonu 11 dostaje groźby', 'kurier z rejonu [ID] dostaje groźby'],
    ['pani z okienka 3 jest poniżana', 'pani z okienka [ID] jest poniżana'],
    ['жінка з віконця 2 плаче щодня', 'жінка з віконця [ID] плаче щодня'],
    ['chofè wout 6 la ap resevwa menas', 'chofè wout [ID] la ap resevwa menas'],
    ['dam nan gichè 2 a ap sibi imilyasyon', 'dam nan gichè [ID] a ap sibi imilyasyon'],
    // tuned
    ['el repartidor de la ruta 9 me amenazó', 'el repartidor de la ruta [ID] me amenazó'],
    ['la de la caja 2 siempre llora en el baño', 'la de la caja [ID] siempre llora en el baño'],
    ['le facteur du secteur 5 est harcelé', 'le facteur du secteur [ID] est harcelé'],
    ["l'homme du guichet 3 me menace", "l'homme du guichet [ID] me menace"],
    ['il postino della zona 3 viene picchiato', 'il postino della zona [ID] viene picchiato'],
    ['der Zusteller aus Bezirk 7 wird bedroht', 'der Zusteller aus Bezirk [ID] wird bedroht'],
    ['listonosz z rejonu 8 jest bity', 'listonosz z rejonu [ID] jest bity'],
    ['листоноша з дільниці 4 отримує погрози', 'листоноша з дільниці [ID] отримує погрози'],
    ['chofè wout 12 la menase m', 'chofè wout [ID] la menase m'],
    ['yung kahera sa kaha 3 inaapi', 'yung kahera sa kaha [ID] inaapi'],
    ['yung nasa window 2 lagi sinisigawan', 'yung nasa window [ID] lagi sinisigawan'],
    // held back
    ['the teller at wicket 3 gets yelled at every shift', 'the teller at wicket [ID] gets yelled at every shift'],
    [
      'the officer on beat 9 keeps harassing the homeless guys',
      'the officer on beat [ID] keeps harassing the homeless guys',
    ],
    ['the picker in zone 14 is being bullied by her lead', 'the picker in zone [ID] is being bullied by her lead'],
    ['the courier on route 22 was threatened with a knife', 'the courier on route [ID] was threatened with a knife'],
    ['o carteiro da rota 15 foi ameaçado', 'o carteiro da rota [ID] foi ameaçado'],
    ['kurierka z rejonu 3 dostaje wiadomości z groźbami', 'kurierka z rejonu [ID] dostaje wiadomości z groźbami'],
    ['pan z okienka 7 pije w pracy', 'pan z okienka [ID] pije w pracy'],
    ["кур'єр з району 9 краде посилки", "кур'єр з району [ID] краде посилки"],
    ['касирка з віконця 1 плаче', 'касирка з віконця [ID] плаче'],
    ['mesye nan fenèt 2 a joure nou', 'mesye nan fenèt [ID] a joure nou'],
    ['yung gwardya sa pwesto 7 nanghihipo', 'yung gwardya sa pwesto [ID] nanghihipo'],
    ['yung teller sa counter 4 ninanakawan', 'yung teller sa counter [ID] ninanakawan'],
    // "the one at" said with an article alone
    ['Die an Kasse 3 beleidigt uns jeden Tag', 'Die an Kasse [ID] beleidigt uns jeden Tag'],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });

  it.each([
    // the attacker's
    'route 14 bus is late',
    'window 5 is broken',
    'lane 7 is closed for cleaning',
    'counter 8 has no card reader',
    'okienko 3 nieczynne',
    // tuned
    'the lane 4 is closed for cleaning',
    'round 2 of layoffs is coming',
    'zone 3 has a leak in the roof',
    'la caja 2 no funciona',
    'le guichet 4 est fermé',
    'wout 12 la bloke',
    // held back
    "window 3 won't close",
    'checkout lane 2 is closed',
    'the bus on route 22 was late again',
    'counter 5 is sticky',
    'okienko 7 zamknięte',
    'віконце 1 не працює',
    'gichè 5 fèmen jodi a',
    'the fire in zone 14 was put out',
    // words that place no one at a spot
    'the guy who beat 2 guys at pool',
    'the one in round 2 of interviews was rude',
    'Kunden, die an Kasse 3 warten, sind sauer',
    'la mayoría de la zona 3 está contenta',
  ])('a thing keeps its number: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});

describe("the writer's own locker in Ukrainian and Haitian Creole is hidden", () => {
  it.each([
    // the attacker's
    ['шафка 118 моя', 'шафка [ID] моя'],
    ['kazye 42 a se pa m', 'kazye [ID] a se pa m'],
    // tuned
    ['моя шафка 57', 'моя шафка [ID]'],
    ['kazye m 19 la', 'kazye m [ID] la'],
    // held back
    ['шафка 203 моя, її зламали', 'шафка [ID] моя, її зламали'],
    ['kazye mwen 88 la', 'kazye mwen [ID] la'],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });

  it.each(['шафка 57 зламана', 'шафка 14 замок зламаний'])('a locker said of no one keeps its number: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
