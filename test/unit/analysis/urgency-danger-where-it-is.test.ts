import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';

// Promise 1, nothing urgent is lost (blind attack att40, F0): a fire, smoke, gas, an explosion or sparks said to BE
// in a place, the place named first ("w magazynie jest pożar, ludzie są w środku", "no armazém tem fogo e gente lá
// dentro", "im Lager ist ein Feuer"), someone under the wheels of a vehicle that moved, and Ukrainian "упав" (the
// same word as "впав", spelt after a consonant) were read calm: `analysed`, nobody emailed. These wordings are fresh
// (the attacker's own are the first of each group); their look-alikes (a fire under a pot, in the oven or for the
// barbecue, a light left on, a drill, the office "on fire" with orders, a laugh after it, the wheels of bureaucracy,
// someone who fell onto a sofa) stay calm.

const PLACE_FIRST = [
  'w magazynie jest pożar, ludzie są w środku',
  'na hali jest pożar!!',
  'w biurze pali się',
  'no armazém tem fogo e gente lá dentro',
  'im Lager ist ein Feuer',
  'w hali produkcyjnej jest pożar',
  'w szatni jest ogień, dym wszędzie',
  'w warsztacie wybuch, ktoś leży',
  'na składzie się pali',
  'w biurze jest dym i nic nie widać',
  'in the loading bay there is a fire',
  'in the storeroom theres flames coming out',
  'the break room has a fire in it',
  'en la oficina hay llamas',
  'en la bodega hay una fuga de gas, huele fuerte',
  "dans l'atelier il y a un incendie",
  'na cozinha tem fogo',
  'no escritório tem fumaça e fogo',
  'in der Werkstatt ist ein Brand',
  'in der Halle ist Feuer, Leute drin',
  'sa bodega ay may apoy, may tao sa loob',
  'sa opisina may sunog, tulong',
  'in het magazijn is brand',
];

const UNDER_THE_WHEELS = [
  "the trailer rolled while Luis was unloading it, he's under the wheels",
  'the forklift rolled back and Tom is under the wheels',
  'the van rolled onto him while he was fixing it',
  'the pallet truck rolled and she is under the wheels',
  'se movió el camión y quedó debajo de las ruedas',
  'o caminhão andou e ele ficou debaixo das rodas',
  'der LKW ist losgerollt, er liegt unter den Rädern',
  'Marco è finito sotto le ruote del camion',
];

const EITHER_SPELLING = [
  'Іван упав з риштування і не рухається',
  'Олена упала з риштування і не рухається',
  'Марія упала з драбини і не рухається',
];

const CALM = [
  'the warehouse is on fire this week with orders',
  'the office is on fire today lol sales are crazy',
  "in the kitchen there's a fire extinguisher by the door",
  'fire drill in the basement tomorrow at 10',
  'w kuchni jest ogień pod garnkiem, gotujemy zupę',
  'w biurze pali się światło całą noc',
  'na magazynie jest dym z papierosa',
  'sa CR may usok ng yosi',
  'w biurze jest gorąco jak w piecu',
  'na cozinha tem fogo no fogão pro almoço',
  'no churrasco tem fogo bom hoje',
  'in cucina c’è fuoco sotto la pentola',
  'im Büro ist Feuer unterm Dach, alle gestresst',
  'es brennt mir unter den Nägeln',
  'the truck has new wheels',
  'under the wheels of bureaucracy again, still no answer on my leave',
  'Олена упала на диван і спить',
  'Марія упала духом після зборів',
];

describe('a danger said to be in a place, the place first', () => {
  it.each(PLACE_FIRST)('reads "%s" as urgent for safety', (text) => {
    expect(detectUrgency(text)).toEqual(expect.objectContaining({ urgent: true }));
    expect(detectUrgency(text).categories).toContain('safety');
  });
});

describe('someone under the wheels of a vehicle that moved', () => {
  it.each(UNDER_THE_WHEELS)('reads "%s" as urgent for safety', (text) => {
    expect(detectUrgency(text).categories).toContain('safety');
  });
});

describe('Ukrainian "fell" spelt either way', () => {
  it.each(EITHER_SPELLING)('reads "%s" as urgent for safety', (text) => {
    expect(detectUrgency(text).categories).toContain('safety');
  });
});

describe('look-alikes stay calm', () => {
  it.each(CALM)('reads "%s" as calm', (text) => {
    expect(detectUrgency(text)).toEqual({ urgent: false, categories: [] });
  });
});
