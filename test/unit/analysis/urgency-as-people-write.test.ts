import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRuleUrgency, detectUrgency } from '../../../shared/analysis/urgency';
import { spelledOut } from '../../../shared/analysis/urgency/shorthand';

// Urgent reports an attacker wrote the way people text from a shop floor, each analysed and never escalated: a
// weapon told at a distance or in street words, a fire in three words, self-harm in slang, lockout/tagout skipped,
// and text-message short forms ("w a gun", "ds sa voiture", "tmrw", "jvé"). Each class is written here in other
// sentences and other languages; the phrase rules alone must read them, so the reading does not hang on the model.
// Beside them, sentences with the same words that report nothing stay calm.
// The first text compiles the detector's expressions, which takes seconds on a loaded machine.
describe('urgency: reports written the way people write', { timeout: 60_000 }, () => {
  const urgent = (category: string) => (text: string) => {
    expect(detectRuleUrgency(text).categories).toContain(category);
    expect(detectUrgency(text).categories).toContain(category);
  };

  it.each([
    'theres a guy in the parking lot w a gun',
    'there is a man in the car park near gate 2 with a gun',
    'man with gun in building',
    'some dude by the loading dock w/ a knife',
    'hes got a piece in his locker',
    'dude has a strap in his car says hes gonna use it',
    'he said hes bringing his AR tmrw',
    'my coworker keeps a glock in his glove box',
    'mon collègue a un flingue ds sa voiture',
    'il a un calibre dans son casier',
    'ese wey trae cuete en la troca',
    'el vato trae una fusca en la mochila',
    'o cara tá com um berro na cintura',
    'il collega ha un ferro in macchina',
    'quello gira col ferro in tasca',
  ])('Should read a weapon on site as a threat: %j', (text) => urgent('threat')(text));

  it.each([
    'bay 3 on fire',
    'FIRE bay 3 evacuate',
    '911 bay 3 fire',
    'smoke in bay 3 cant breathe',
    'the dock 4 is on fire!!',
    'fumes everywhere in the paint shop, we cant breathe',
    "feu dans l'atelier",
    "le feu a pris dans l'entrepôt, évacuez",
    'fogo no galpão, evacuem',
    'fuoco in reparto, evacuate',
  ])('Should read a fire reported in few words as safety: %j', (text) => urgent('safety')(text));

  it.each([
    'gonna off myself tonight',
    'i overdosed on purpose last night',
    'i took a bunch of pills',
    'took a whole bottle of sleeping pills',
    'i bought a rope',
    "jvé me foutre en l'air",
    'je vais me flinguer ce soir',
    'compré una soga',
    'ich hab mir nen Strick gekauft',
  ])('Should read self-harm said in slang or done already: %j', (text) => urgent('self-harm')(text));

  it.each([
    'lockout tagout not done, they told us to work on live machine',
    'LOTO was never done on the press, we clean it while its running',
    'they make us unjam the running conveyor without lockout',
    'sent into the confined space without a permit',
    'they do hot work in the tank without a permit',
    'consignation pas faite, on nous fait travailler sur la machine sous tension',
  ])('Should read a machine worked on without being made safe as safety: %j', (text) => urgent('safety')(text));

  it.each([
    'he is a real piece of work',
    'the strap on the pallet broke again',
    'I need to iron my uniform before my shift',
    'the iron fence by the gate needs paint',
    'I bought a strap for my bag',
    'this piece of equipment is old',
    'she was on fire today in the sales meeting',
    'he got fired last week',
    'fire drill on friday, we evacuate at 10',
    'ceasefire',
    'they should fire the manager',
    'rope access team needs more people',
    'i bought a rope for the tent on the camping trip',
    'took my pills this morning',
    'i took a bunch of pills for my back pain',
    'the man with the gun licence teaches the course',
    'il est en feu aujourd’hui',
    'au feu rouge tournez à gauche',
    'anda bien cuete el jefe en la fiesta',
    'devo usare il ferro da stiro',
    'il ferro è arrugginito in magazzino',
    'ele deu um berro comigo',
    'simulado de incêndio na sexta',
    'lockout tagout training is on tuesday',
    'Szef pobił mnie w szachy w przerwie',
    'in case of fire call 911',
    'if there is a fire call 911 and evacuate by the stairs',
    'se puso bien cuete y trajo pastel',
    'the guy with the knife skills in the kitchen',
    'the RN on ward 3 took my pills away',
  ])('Should leave the same words calm where they report nothing: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it('Should spell out any text, short forms or not, without throwing, and read it without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        const full = spelledOut(text.toLowerCase());
        expect(full === undefined || typeof full === 'string').toBe(true);
        expect(typeof detectUrgency(text).urgent).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });

  // A newcomer's answer to "which door, since when?" was emailed at once as urgent: the model read a place named
  // alone (nine words, four that say anything) as a safety report. Articles and prepositions do not make a text long.
  it.each([
    'Sí, la puerta junto a la cabina de pintura. Desde el lunes.',
    'Sí, en la cabina de pintura.',
    'En el almacén, junto a la cámara frigorífica. Desde ayer.',
    'Pontualidade nos pagamentos e estabilidade no emprego',
  ])('Should leave an answer that only names a place and a day calm: %j', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });

  it.each([
    'Sí, la puerta junto a la cabina de pintura está bloqueada con palets desde el lunes.',
    'the guy in the warehouse keeps touching me',
  ])('Should still read a report that says what is wrong with that place: %j', (text) => {
    expect(detectUrgency(text).urgent).toBe(true);
  });
});
