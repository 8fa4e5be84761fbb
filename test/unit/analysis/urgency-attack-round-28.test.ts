import { describe, expect, it } from 'vitest';
import { detectUrgency, type UrgencyCategory } from '../../../shared/analysis/urgency';

// Promise 1, nothing urgent is lost or left waiting (outside attacker, session 28): emergencies said in haste that
// read calm — a fire named by what burns or told spreading, someone inside a crushing machine, someone stranded up
// high, pinned under a load with no "who", a leak burning people, anaphylaxis, smoke at a place with no verb (nl, tr,
// vi), a bare cable in water (it), a threat told as what the boss said (nl, ro) — and false alarms: a past fire
// handled well, a song on the radio, a dish that "nearly killed me", a party "pegando fogo", Korean 대박 불났어요, a
// sealed gas smell, an "any safety issues?" question answered "no". Each is a class: the attacker's texts, then
// variants of ours in the same and neighbouring languages, then calm look-alikes that must stay calm.

const URGENT: [UrgencyCategory, string][] = [
  // The attacker's texts.
  ['safety', '🔥🔥 bin fire behind line 6 spreading to pallets'],
  ['safety', 'bin fire in bay 3'],
  ['safety', 'a bin fire'],
  ['safety', 'fire spreading to pallets'],
  ['safety', 'fire spreading'],
  ['safety', 'electrical fire, panel B, nobody with extinguisher'],
  ['safety', 'electrical fire in panel B'],
  ['safety', 'there is an electrical fire in panel B'],
  ['safety', 'RE: RE: lockout tagout — NOBODY locked out press 9 and Dave is inside it right now'],
  ['safety', 'Dave is inside press 9 right now'],
  ['safety', 'um theres a kid i mean a new guy hes stuck up on the silo ladder and cant get down and hes shaking'],
  ['safety', 'stuck on the silo ladder, cant get down'],
  ['safety', "cavo scoperto nell'acqua corridoio 4, gente che passa"],
  ['threat', 'mijn baas dreigde me te slaan als ik iets zeg'],
  ['threat', 'mijn baas dreigt me te slaan'],
  ['threat', 'sefu mi-a zis ca ma omoara daca spun ceva'],
  ['threat', 'şeful mi-a zis că mă omoară'],
  ['safety', 'pinned under the rack'],
  ['safety', 'pinned under pallets'],
  ['safety', 'trapped under the rack'],
  ['safety', 'a leak is burning people'],
  ['safety', 'steam leak burned Joe'],
  ['safety', 'hydraulic leak, oil spraying in eyes'],
  ['safety', 'guy in the baler'],
  ['safety', 'rook in hal 3'],
  ['safety', 'veel rook in hal 3'],
  ['safety', 'khói ở kho 2'],
  ['safety', 'kho 2 có khói'],
  ['safety', 'duman depoda'],
  ['safety', 'anaphylaxis bee sting'],
  ['safety', 'compactor running with a guy inside it'],
  ['safety', 'a guy is inside the compactor and its running'],
  ['safety', 'END of shift and Mike is still stuck in the freezer'],
  ['safety', 'Mike is still stuck in the freezer'],
  ['safety', "Mike's stuck in the freezer"],
  ['safety', 'CANCEL the drill, real fire in warehouse B'],
  ['safety', 'not a drill, real fire in warehouse B'],
  ['safety', 'real fire in warehouse B'],
  // A name shut in a place that traps, a machine with someone in it, a fire said to be real.
  ['safety', 'Priya is trapped in the walk-in cooler'],
  ['safety', "Tomasz's locked inside the cold room"],
  ['safety', 'baler started with the new lad still in there'],
  ['safety', 'shredder running and someone in it'],
  ['safety', 'actual fire at the loading dock, not the drill'],
  ['safety', 'this is real, real fire in the paint shop'],
  // A fire named by what burns, or told spreading, in each language.
  ['safety', 'battery fire on the charging station'],
  ['safety', 'skip fire behind unit 4'],
  ['safety', 'pallet fire, spreading'],
  ['safety', 'incendio eléctrico en el tablero B'],
  ['safety', 'el fuego se está extendiendo a los palés'],
  ['safety', 'feu de poubelle derrière la ligne 6'],
  ['safety', 'le feu se propage aux palettes'],
  ['safety', 'Kabelbrand im Schaltschrank'],
  ['safety', 'das Feuer breitet sich aus'],
  ['safety', 'incêndio elétrico no quadro B'],
  ['safety', 'o fogo está se espalhando para os paletes'],
  ['safety', 'incendio elettrico nel quadro B'],
  ['safety', 'il fuoco si sta propagando ai bancali'],
  ['safety', 'pożar elektryczny w rozdzielni'],
  // Someone inside a machine that crushes, or one nobody locked out.
  ['safety', "someone is inside the compactor and it's running"],
  ['safety', 'the new guy is inside the baler right now'],
  ['safety', 'worker inside the shredder, nobody locked it out'],
  ['safety', 'nobody locked out the mixer and Tom is inside it'],
  ['safety', 'man in the compactor'],
  ['safety', 'alguien está dentro de la compactadora'],
  // Stranded up high.
  ['safety', "stuck on the roof and can't get down"],
  ['safety', "he's stuck at the top of the ladder shaking"],
  ['safety', 'the apprentice is stranded on the scaffold and cant get down'],
  ['safety', 'no puede bajar del andamio, está temblando'],
  ['safety', "il ne peut pas descendre de l'échelle"],
  ['safety', 'não consegue descer do telhado'],
  ['safety', 'kommt nicht mehr vom Gerüst runter'],
  // Pinned under a load, no "who".
  ['safety', 'pinned under a pallet'],
  ['safety', 'trapped beneath the racking'],
  ['safety', 'crushed under the shelving'],
  // A leak burning or spraying people.
  ['safety', 'hot water leak is burning people'],
  ['safety', 'oil spraying in his face'],
  ['safety', 'coolant squirting in everyone’s eyes at line 2'],
  // Anaphylaxis.
  ['safety', 'anaphylactic shock after a wasp sting'],
  ['safety', "she's going into anaphylaxis"],
  ['safety', 'choque anafiláctico, picadura de abeja'],
  // Smoke at a place with no verb (nl, tr, vi).
  ['safety', 'dikke rook in het magazijn'],
  ['safety', 'zwarte rook bij dok 4'],
  ['safety', 'yoğun duman depoda'],
  ['safety', 'khoi o kho 2'],
  ['safety', 'nhieu khoi trong xuong'],
  // A bare cable in water (it).
  ['safety', "filo scoperto nell'acqua vicino al bagno"],
  ['safety', 'cavi scoperti in acqua nel magazzino'],
  // A threat told as what the boss said (nl, ro).
  ['threat', 'hij dreigde me in elkaar te slaan'],
  ['threat', 'mijn chef heeft gedreigd me te slaan'],
  ['threat', 'maistrul a zis ca ma omoara daca mai intarzii'],
  // Real reports with the same words as the false alarms below.
  ['safety', 'the bin fire was put out but it is burning again in bay 3'],
  ['safety', 'the grease fire was not put out properly, flames again in the kitchen'],
  ['safety', 'fire in the warehouse and nobody can put it out'],
  ['safety', 'the forklift nearly killed me in aisle 4'],
  ['safety', 'a máquina de solda está pegando fogo'],
  ['safety', '창고에 불났어요'],
  ['safety', '> any safety issues this week?\nyes, the fire exit in bay 2 is chained shut'],
  ['safety', 'Any safety issues this week? No, but the fire exit in bay 2 is chained shut.'],
];

const CALM: string[] = [
  // The attacker's false alarms.
  'the small fire in the canteen last spring was handled well, thanks to the crew',
  'someone keeps playing "disco inferno" on the break room radio, burn baby burn, please change the station',
  'the chili at the canteen is so hot it nearly killed me, love it',
  'a nova máquina de café é um arraso, tá pegando fogo de tão boa',
  'aquele cheiro de gás de outubro era do esgoto, a manutenção já vedou, tudo certo',
  '오늘 점심 메뉴 완전 대박 불났어요 🔥',
  '> any safety issues this week?\nno, all quiet, the spill kit was restocked',
  // The same classes, in our words.
  'the bin fire in march was put out in seconds, great job team',
  'bin fire by dock 2, handled it with the extinguisher, all fine now',
  'these wings are so spicy they nearly killed me lol',
  'that vindaloo almost killed me, 10/10',
  'este chile casi me mata, buenísimo',
  'ce curry a failli me tuer tellement il est épicé',
  'a festa da firma tá pegando fogo',
  'o grupo do whatsapp tá pegando fogo hoje',
  'they were blasting "highway to hell" all shift on the radio',
  '주문이 불났어요 대박',
  '> any near misses to report?\nnope, all good',
  '¿algún problema de seguridad esta semana?\nno, todo tranquilo',
  // Look-alikes of the new shapes.
  'the electrical fire training is on tuesday',
  'the fire drill went fine, no real fire in years',
  'Mike is stuck in the freezer section all week, can we rotate',
  'Mike was stuck in the lift yesterday lol',
  'my lunch is stuck in the freezer',
  'the compactor is broken and the guy in charge is in there now fixing it',
  'this song is real fire',
  'where is the electrical fire extinguisher for panel B?',
  'this project is a dumpster fire',
  'what do we do in case of a grease fire?',
  'battery fire risk assessment is due',
  'how to stop fire spreading: keep doors shut (poster)',
  'an electrical fire could start if they keep overloading that socket',
  'the press shop is inside building 2',
  'Dave is inside the press room doing paperwork',
  'the tech is inside the mixer cleaning it, lockout applied',
  'the manual is inside the press 9 cabinet',
  'put the cardboard in the baler please',
  'the guy in the baler room is nice',
  'el nuevo en la prensa es rápido',
  'I feel stuck on the career ladder',
  'my cat got stuck on the roof and cant get down lol',
  'the kite is stuck on the roof',
  'el gato no puede bajar del techo jaja',
  'steam leak in the boiler room, nobody hurt',
  'the oil leak is burning off on the exhaust',
  'my son has anaphylaxis to peanuts, can the canteen label allergens',
  'anaphylaxis training next week',
  'the first aid course covers anaphylaxis',
  'khói thuốc ở phòng nghỉ khó chịu quá',
  'kho 2 có khởi sắc trong quý này',
];

describe('emergencies said in haste, attack round 28 (promise 1)', () => {
  it.each(URGENT)('reads as %s: %j', (category, text) => {
    const result = detectUrgency(text);
    expect(result.urgent).toBe(true);
    expect(result.categories).toContain(category);
  });

  it.each(CALM)('keeps %j calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
