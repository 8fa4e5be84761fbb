import { describe } from 'vitest';
import { safetyAndCalm } from '../../support/safety-and-calm-lists';

/*
 * A fire said to be there or to have broken out, with no place or no cry beside it (u48a's leftover of att46):
 * French, German and Italian read calm where Spanish "hay un incendio" and English "a fire broke out" paged.
 * The rule: shared/analysis/urgency/gravest/fire-broken-out.ts.
 */

// Tuned on: the leftover and its first neighbours.
const TUNED = [
  "un incendie s'est déclaré dans la cuisine",
  'il y a un incendie',
  'es ist ein Brand ausgebrochen in der Küche',
  'un incendio è divampato in magazzino',
  "le feu vient de se déclarer dans l'atelier",
  "y'a un incendie à l'entrepôt",
];

// Written after the rule, never tuned on.
const HELD_BACK = [
  'Il y a un gros incendie derrière le bâtiment C !!',
  "un départ de feu s'est déclaré près des palettes",
  "l'incendie a démarré dans le local poubelles, on sort",
  'bei uns in der Lackiererei ist gerade ein Feuer ausgebrochen',
  'Großbrand ausgebrochen, alle raus',
  'è scoppiato un incendio al reparto verniciatura',
  'si è sviluppato un incendio vicino ai bancali',
];

// Look-alikes: a past fire, a supposed one, a story, a traffic light, fireworks.
const CALM = [
  "l'an dernier un incendie s'est déclaré dans l'atelier",
  'on a eu un incendie il y a deux ans',
  "un incendie s'est déclaré en 2019 dans l'usine",
  'il y a un feu rouge au carrefour',
  "il y a un feu d'artifice ce soir",
  'falls ein Brand ausbricht, sammeln wir uns am Parkplatz',
  'vor zwei Jahren ist ein Brand in der Halle ausgebrochen',
  'in der Serie ist ein Feuer ausgebrochen',
  "l'anno scorso è scoppiato un incendio in magazzino",
  'è scoppiata una lite tra i due capi reparto',
];

describe('A fire said to have broken out, in French, German and Italian', () => {
  safetyAndCalm([...TUNED, ...HELD_BACK], CALM);
});
