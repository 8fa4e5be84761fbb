import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

/*
 * ra37 (blind attacker, 2026-12-06): a surname with no cue word before it, the commonest way a worker names someone,
 * was stored and emailed as written (27 of 61 hidden). Each class holds the attacker's own texts, wordings written to
 * tune the rule, wordings held back (written before the rule, run once after it), then look-alikes that must stay.
 */

describe('a surname opening the text, before where the person works or what they do, is hidden', () => {
  it.each([
    // the attacker's
    ['nowak z utrzymania ruchu pije w pracy', '[NAME] z utrzymania ruchu pije w pracy'],
    ['gonzález el de mantenimiento roba gasolina', '[NAME] el de mantenimiento roba gasolina'],
    ['Schmidt vom Einkauf fälscht Rechnungen', '[NAME] vom Einkauf fälscht Rechnungen'],
    ['Schmidt fälscht Rechnungen', '[NAME] fälscht Rechnungen'],
    ['I think Brennan from the paint shop drinks', 'I think [NAME] from the paint shop drinks'],
    ['Oliveira do RH assedia as meninas', '[NAME] do RH assedia as meninas'],
    ['Шевчук з бухгалтерії краде гроші', '[NAME] з бухгалтерії краде гроші'],
    // tuned
    ['kowalczyk z magazynu kradnie paliwo', '[NAME] z magazynu kradnie paliwo'],
    ['Bernard de la logistique nous insulte', '[NAME] de la logistique nous insulte'],
    ['Costa do RH assedia as meninas', '[NAME] do RH assedia as meninas'],
    ['Fischer fälscht die Stundenzettel', '[NAME] fälscht die Stundenzettel'],
    // held back
    ['wojcik z produkcji pije na zmianie', '[NAME] z produkcji pije na zmianie'],
    ['Moreau du service paie vole dans la caisse', '[NAME] du service paie vole dans la caisse'],
    ['Becker klaut Werkzeug', '[NAME] klaut Werkzeug'],
    ['fernandes grita com todo mundo', '[NAME] grita com todo mundo'],
    ["ковальчук з охорони п'є на зміні", "[NAME] з охорони п'є на зміні"],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });
});

describe('a surname written small after a verb of asking or talking to, in each language, is hidden', () => {
  it.each([
    // the attacker's
    ['hablen con ruiz del almacén', 'hablen con [NAME] del almacén'],
    ['demandez à girard, il a tout vu', 'demandez à [NAME], il a tout vu'],
    ['chiedete a colombo, ha visto tutto', 'chiedete a [NAME], ha visto tutto'],
    ['спитайте в ткаченка, він все бачив', 'спитайте в [NAME], він все бачив'],
    // tuned
    ['demandez à lefebvre, elle était là', 'demandez à [NAME], elle était là'],
    ['chiedete a russo, ha visto tutto', 'chiedete a [NAME], ha visto tutto'],
    // held back
    ['talk to dunn, she knows', 'talk to [NAME], she knows'],
    ['demandez à rousseau, il sait tout', 'demandez à [NAME], il sait tout'],
    ['chiedete a esposito, lo sa', 'chiedete a [NAME], lo sa'],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });
});

describe('a surname written small and said twice is hidden both times', () => {
  it.each([
    ['el jefe es fernández y fernández no escucha', 'el jefe es [NAME] y [NAME] no escucha'],
    ['the boss is novak and novak never listens', 'the boss is [NAME] and [NAME] never listens'],
  ])('%s', (text, redacted) => {
    expect(redact(text)).toBe(redacted);
  });
});

describe('everyday words in the same places stay as written', () => {
  it.each([
    'kowal przyjedzie jutro naprawić bramę',
    'Brown water from the tap in the canteen',
    'brown water from tap 3 again',
    'Rice from the canteen is cold',
    'the rice was cold and rice is always cold',
    'torres de refrigeración rotas otra vez',
    'Costa del Sol trip was nice',
    'Noise from the press is too loud',
    'Wasser vom Dach tropft',
    'Cena z dostawcy wzrosła',
    'Mercado roba clientes a las tiendas pequeñas',
    'ask hr about it, they know',
    'talk to security about the gate',
    'hablen con recursos humanos',
    'demandez à la direction',
    'mande konje a bonè',
    'mande lajan, yo pa peye nou',
    'zapytaj kierownika, on wie',
    'спитайте у керівника, він знає',
    'Українські працівники з агенції скаржаться',
  ])('%s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
