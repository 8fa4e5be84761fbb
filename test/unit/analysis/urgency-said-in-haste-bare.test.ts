import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Promise 1, nothing urgent is lost (outside attacker, session 26): emergencies typed faster than "fire in bay 3",
// with the preposition and article dropped, were read calm: "fuego almacén", "pożar magazyn", "paint booth smoking",
// "he has a box cutter and is shouting at the new girl", "AYUDA AYUDA linea 2 atrapado". Each is a shape read in
// every language the full rules read (urgency/said-in-haste-bare.ts); Dutch and Japanese, read by a table of phrases,
// take the fire said in haste too. Their look-alikes (a smoking area or break, box cutters ordered, a fire drill, a
// kitchen's "coup de feu", a text that only names a fire door) stay calm.

const URGENT: [string, string][] = [
  // The attacker's texts.
  ['🔥🔥 paint booth smoking pls someone come', 'safety'],
  ['smoke 🔥 warehouse', 'safety'],
  ['paint booth smoking', 'safety'],
  ['comma he has a box cutter and is shouting at the new girl full stop', 'threat'],
  ['he has a box cutter', 'threat'],
  ['box cutter guy in the break room yelling', 'threat'],
  ['INCENDIE entrepôt côté quai 4 !!!', 'safety'],
  ['incendie entrepôt', 'safety'],
  ['fuego almacén', 'safety'],
  ['pożar magazyn', 'safety'],
  ['Feuer Lager', 'safety'],
  ['AYUDA AYUDA linea 2 atrapado', 'safety'],
  ['brand in hal 3, mensen binnen', 'safety'],
  ['火事！倉庫', 'safety'],
  // A machine or place smoking, as its subject.
  ['the charger is smoking', 'safety'],
  ['forklift battery smoking in aisle 4', 'safety'],
  ['fuse box smoking!!', 'safety'],
  // A fire word straight before its place.
  ['fire warehouse!!', 'safety'],
  ['FIRE kitchen get out', 'safety'],
  ['smoke fire loading bay', 'safety'],
  ['INCENDIO nave 3', 'safety'],
  ['humo taller, salgan', 'safety'],
  ['feu atelier !!', 'safety'],
  ['fogo armazém', 'safety'],
  ['incêndio galpão 3', 'safety'],
  ['fuoco magazzino', 'safety'],
  ['INCENDIO capannone 2!!', 'safety'],
  ['Brand Halle 3', 'safety'],
  ['POŻAR hala 2', 'safety'],
  ['brand magazijn', 'safety'],
  // A box cutter in a threatening hand.
  ['she pulled a stanley knife on the supervisor', 'threat'],
  ['a guy with a utility knife is screaming at customers', 'threat'],
  ['the customer has a box cutter and keeps threatening staff', 'threat'],
  // A cry for help and someone trapped, with no "in the".
  ['HELP HELP line 2 trapped', 'safety'],
  ['SOCORRO linha 2 preso', 'safety'],
  ['AIUTO linea 2 intrappolato', 'safety'],
  ['HILFE Linie 2 eingeklemmt', 'safety'],
  ['POMOCY linia 2 uwięziony', 'safety'],
  ['au secours ligne 2 coincé', 'safety'],
  ['linea 2 atrapado', 'safety'],
];

const CALM = [
  'smoking area',
  'the smoking area by the warehouse is dirty',
  'smoking break is too short',
  'no smoking sign fell off the wall',
  'smoking hot deal on the canteen menu',
  'lads in the yard smoking again',
  'the warehouse smoking ban is ignored',
  'we need new box cutters',
  'box cutter training',
  'the box cutter blade is dull',
  'he has a box cutter for opening boxes',
  'can someone order more utility knives',
  'coup de feu cuisine ce soir',
  'fire warehouse sale this weekend',
  'smoke alarm in the kitchen needs a battery',
  'simulacro incendio almacén el lunes',
  'Feuer frei',
  'Brandschutzübung Halle 3',
  'esercitazione incendio magazzino domani',
  'ćwiczenia pożar magazyn w piątek',
  '防火事项通知',
  '火事じゃないです、訓練です',
  // A fire service's own places, and a question.
  'fire hall fundraiser on saturday',
  'fire lift out of service',
  'brand station opening',
  'brand in hal 3 was een oefening',
  'he has a box cutter?',
];

describe('emergencies said in haste without the little words', () => {
  it.each(URGENT)('reads %j as urgent (%s)', (text, category) => {
    const urgency = detectUrgency(text);
    expect(urgency.urgent).toBe(true);
    expect(urgency.categories).toContain(category);
  });

  it.each(CALM)('keeps %j calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
