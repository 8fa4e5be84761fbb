import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSmsIntent } from '../../../shared/domain/sms-message';
import { exampleConfig } from '../../support/fixtures';

const read = (body: string) => readSmsIntent(body, exampleConfig, '+15550100001');

/**
 * The word that asks for escalation is read however it is typed in a hurry: with any punctuation around it,
 * in full-width letters (a Japanese or Chinese phone's keyboard), or mistyped. Before, "*URGENT* coffee cold",
 * "urgnt …" and "ＵＲＧＥＮＴ …" were taken as calm feedback with the marker left in the text.
 */
describe('the SMS urgent marker, in the forms people type it', () => {
  it.each([
    ['*URGENT* coffee cold', 'coffee cold'],
    ['**urgent** the fire exit is locked', 'the fire exit is locked'],
    ['[URGENT] gas smell in bay 3', 'gas smell in bay 3'],
    ['!!URGENT!! gas smell in bay 3', 'gas smell in bay 3'],
    ['urgnt the fire exit is locked', 'the fire exit is locked'],
    ['URGET: forklift leaking oil', 'forklift leaking oil'],
    ['ＵＲＧＥＮＴ　coffee cold', 'coffee cold'],
    ['¡¡URGENTE!! hay una fuga', 'hay una fuga'],
    ['« URGENT » sortie de secours bloquée', 'sortie de secours bloquée'],
    ['URGENT: coffee cold', 'coffee cold'],
  ])('Should read “%s” as asking for escalation, the marker taken off', (body, text) => {
    expect(read(body)).toMatchObject({ kind: 'feedback', escalate: true, text });
  });

  it('Should still read a site tag after a marker in punctuation', () => {
    expect(read('*URGENT* #plant2 spill by press 4')).toMatchObject({
      escalate: true,
      site: 'plant2',
      text: 'spill by press 4',
    });
  });

  it.each([
    'Urgently need more gloves',
    'urgency of the rota change is unclear',
    '** coffee is cold',
    'Urgentemente no',
  ])('Should not read “%s” as the marker', (body) => {
    expect(read(body)).toMatchObject({ kind: 'feedback', escalate: false, text: body });
  });

  it('Should read the marker with any punctuation or symbols around it, and never lose the message', () => {
    const around = fc.stringMatching(/^[*_~!¡?¿.:;,\-[\]()«»"'… ]{0,6}$/);
    fc.assert(
      fc.property(around, around, (before, after) => {
        const intent = read(`${before}URGENT${after} the fire exit is locked`);
        expect(intent).toMatchObject({ kind: 'feedback', escalate: true });
        expect(intent.kind === 'feedback' && intent.text).toContain('the fire exit is locked');
      }),
    );
  });

  it.each([
    ['URRGENTT the fire exit is locked', 'the fire exit is locked'],
    ['Urgentttt!!! gas smell in bay 3', 'gas smell in bay 3'],
    ['URGEN: forklift leaking oil', 'forklift leaking oil'],
    ['u.r.g.e.n.t forklift leaking oil', 'forklift leaking oil'],
    ['U_R_G_E_N_T forklift leaking oil', 'forklift leaking oil'],
    ['Emergency! man down in bay 3', 'man down in bay 3'],
    ['hey urgent forklift leaking oil', 'forklift leaking oil'],
    ['Good morning, URGENT: forklift leaking oil', 'forklift leaking oil'],
    ['Bonjour URGENT fuite de gaz', 'fuite de gaz'],
  ])(
    'Should read “%s”, held, cut short, spelled apart, another word or after a greeting, as the marker',
    (body, text) => {
      expect(read(body)).toMatchObject({ kind: 'feedback', escalate: true, text });
    },
  );

  it.each([
    'Urgent care wait times are long for night shift',
    'not urgent, but the vending machine is empty',
    'Emergency lights in hall C flicker',
    'Hi, the canteen is great',
    'Urge the managers to read this',
  ])('Should leave “%s” as it is: the word names something else, or is no marker', (body) => {
    expect(read(body)).toMatchObject({ kind: 'feedback', escalate: false, text: body });
  });

  it('Should read the marker with its letters held any number of times', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 6, maxLength: 6 }), (times) => {
        const marker = [...'URGENT'].map((letter, i) => letter.repeat(times[i]!)).join('');
        expect(read(`${marker} the fire exit is locked`)).toMatchObject({
          escalate: true,
          text: 'the fire exit is locked',
        });
      }),
    );
  });
});

/**
 * The marker as texted in a hurry by someone in danger: read whatever follows it, mistyped, as another call for
 * help, or at the end. Before, "URGENT room 2 guy not breathing" lost its marker to the rule that keeps "urgent
 * care" calm, and "ugent", "SOS:", "911!", "🚨" and a closing "… please URGENT" were no marker at all.
 */
describe('the SMS urgent marker wherever a report in a hurry puts it', () => {
  it.each([
    ['URGENT room 2 guy not breathing', 'room 2 guy not breathing'],
    ['EMERGENCY room 2 guy down', 'room 2 guy down'],
    ['ugent guy not breathing', 'guy not breathing'],
    ['urgnt gas leak', 'gas leak'],
    ['SOS: guy collapsed at dock 4', 'guy collapsed at dock 4'],
    ['911! fire in the paint shop', 'fire in the paint shop'],
    ['🚨 gas leak bay 3', 'gas leak bay 3'],
    ['🚨🚨 man down line 2', 'man down line 2'],
    ['!!! URGENT gas leak', 'gas leak'],
    ['EMERGENCIA hay fuego en la bodega', 'hay fuego en la bodega'],
    ['urgent forklift tipped over', 'forklift tipped over'],
  ])('Should read “%s” as asking for escalation', (body, text) => {
    expect(read(body)).toMatchObject({ kind: 'feedback', escalate: true, text });
  });

  it.each([
    'gas leak in bay 3 please URGENT',
    'gas smell in bay A, urgent!!',
    'the press guard is missing again. URGENT',
    'boss grabbed me in the storeroom this is URGENT',
    'fire in the loading dock 🚨',
    'guy collapsed by the lockers - SOS',
    'smoke in bay 2 please urgent',
  ])('Should read “%s”, the marker at the end, as asking for escalation, its words kept', (body) => {
    expect(read(body)).toMatchObject({ kind: 'feedback', escalate: true, text: body });
  });

  it.each([
    '911 was a long time ago',
    'urgent care copay is too high',
    'Urgent care wait times are long for night shift',
    'SOS brand pads',
    'the 911 call procedure training',
    'I called 911',
    'it is not urgent',
    'lights out in hall B, not an emergency',
    'what do we do in an emergency',
    'ok. nothing urgent',
    'Emergency lights in hall C flicker',
    'URGENT CARE COPAY IS TOO HIGH',
    'THE ROTA IS URGENT',
  ])('Should leave “%s” calm: the word names something, is denied, or is part of a sentence', (body) => {
    expect(read(body)).toMatchObject({ kind: 'feedback', escalate: false, text: body });
  });

  it('Should read any text, with or without a marker at either end, without throwing', () => {
    const marker = fc.constantFrom('URGENT', 'urgent', 'SOS', '911', '🚨', 'EMERGENCIA', 'ugent', '');
    const words = fc.string({ unit: 'grapheme', maxLength: 80 });
    fc.assert(
      fc.property(marker, words, marker, (a, b, c) => {
        const intent = read(`${a} ${b} ${c}`);
        if (intent.kind === 'feedback') expect(typeof intent.escalate).toBe('boolean');
      }),
    );
  });

  it('Should keep every word of a report that ends with the marker', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('gas', 'leak', 'in', 'bay', 'man', 'down', 'the', 'smoke', 'line', '3', 'fire', 'a'), {
            minLength: 1,
            maxLength: 12,
          })
          .map((w) => w.join(' ')),
        fc.constantFrom(', URGENT', ' please urgent', ' 🚨'),
        (words, end) => {
          expect(read(`${words}${end}`)).toMatchObject({ kind: 'feedback', escalate: true, text: `${words}${end}` });
        },
      ),
    );
  });
});
