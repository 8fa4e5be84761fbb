import { rule, type UrgencyRule } from '../types';

/*
 * A fire said to be there, or to have broken out, with no place or no cry beside it (u48a's leftover of att46): French
 * "il y a un incendie", "un incendie s'est déclaré dans la cuisine", German "es ist ein Brand ausgebrochen in der
 * Küche", Italian "un incendio è divampato in magazzino" were calm, while Spanish "hay un incendio", Italian "c'è un
 * incendio" and English "a fire broke out" paged. Not read: a drill, a film or a game, a fire of the past ("il y a eu
 * un incendie l'an dernier", "vor zwei Jahren"), one only supposed ("s'il y a un incendie", "falls ein Brand
 * ausbricht"), a traffic light or fireworks ("un feu rouge", "feu d'artifice"). Patterns run on folded text.
 * Tests: test/unit/analysis/urgency-fire-broken-out.test.ts.
 */

const safety = (...sources: string[]): UrgencyRule[] => sources.map((source) => rule('safety', source));

// A drill, a story or a past in the same clause (either side of the fire).
const FR_NOT_NOW = String.raw`(?![^.!?\n]{0,80}\b(?:exercices?|simulation|entrainement|formation|film|serie|jeu|reve|l'an dernier|l'annee derniere|l'an passe|en (?:19|20)\d\d|il y a (?:\d+|deux|trois|quelques) (?:ans|mois|semaines)|autrefois|jadis|mdr|lol|ptdr|haha\w*)\b)(?<!\b(?:exercices?|simulation|film|serie|jeu|reve|si|s'il|quand|lorsqu'|au cas ou|en cas d'|imaginons|imagine|suppose)\b[^.!?\n]{0,60})`;
const DE_NOT_NOW = String.raw`(?![^.!?\n]{0,80}\b(?:ubung|uebung|probealarm|training|schulung|film|serie|spiel|traum|letztes jahr|letzten (?:monat|sommer|winter)|vor (?:\d+|zwei|drei|ein paar|einigen) (?:jahren|monaten|wochen)|im jahr (?:19|20)\d\d|haha\w*|lol)\b)(?<!\b(?:ubung|uebung|film|serie|spiel|traum|falls|wenn|sollte|im fall|im falle|bei einem|angenommen)\b[^.!?\n]{0,60})`;
const IT_NOT_NOW = String.raw`(?![^.!?\n]{0,80}\b(?:prova|esercitazione|simulazione|corso|formazione|film|serie|gioco|sogno|l'anno scorso|anni fa|mesi fa|nel (?:19|20)\d\d|haha\w*|lol)\b)(?<!\b(?:prova|esercitazione|simulazione|film|serie|gioco|sogno|se|quando|in caso di|nel caso|immagina|supponiamo)\b[^.!?\n]{0,60})`;

const FR_FIRE = String.raw`(?:incendie|debut d'incendie|depart de feu|depart d'incendie)`;
const FR = [
  // "il y a un incendie", "y a un début d'incendie" (not "il y a eu", which is a past).
  String.raw`\b(?:il y a|y a|y'a|ya) (?:un |une |le )?(?:gros |grand |petit |vrai )?${FR_FIRE}\b(?! (?:dans (?:le|un|ce) (?:film|jeu|livre|reve)))${FR_NOT_NOW}`,
  // "un incendie s'est déclaré", "le feu vient d'éclater", "l'incendie a démarré".
  String.raw`\b(?:un |l'|le |du )?(?:incendie|feu)s? (?:s'est|se sont|vient de se|viennent de se) declarer?s?\b${FR_NOT_NOW}|\b(?:un |l')incendie (?:a|vient d') ?(?:eclate|demarre|pris)\b${FR_NOT_NOW}|\ble feu (?:a|vient d') ?eclate\b${FR_NOT_NOW}`,
];
const DE = [
  // "es ist ein Brand ausgebrochen", "ein Feuer ist in der Halle ausgebrochen", "Großbrand ausgebrochen".
  String.raw`\b(?:ein |der |das )?(?:gross|klein)?(?:brand|feuer)\b(?: (?:ist|hat|sind))?[^.!?\n]{0,40}?\bausgebrochen\b${DE_NOT_NOW}`,
];
const IT = [
  // "un incendio è divampato", "è scoppiato un incendio", "si è sviluppato un incendio".
  String.raw`\b(?:un |l'|il )?(?:incendio|fuoco) (?:e |si e |ha )?(?:divampato|scoppiato|partito|sviluppato|preso)\b${IT_NOT_NOW}|\b(?:e|si e) (?:divampato|scoppiato|sviluppato|partito) (?:un )?(?:incendio|fuoco)\b${IT_NOT_NOW}`,
];

/** The rules by language, read after each language's own (gravest/index.ts). */
export const FIRE_BROKEN_OUT: Record<string, UrgencyRule[]> = {
  fr: safety(...FR),
  de: safety(...DE),
  it: safety(...IT),
};
