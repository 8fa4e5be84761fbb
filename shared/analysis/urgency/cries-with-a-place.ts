import { lazyPattern } from '../lazy-pattern';
import { cryForHelp } from './cry-for-help';
import { PLACE } from './one-word-alarms';
import type { UrgencyCategory } from './types';

/*
 * A distress call with only where, or how many (att43, F1b, 2026-12-07), by SMS: "SOS bay 4", "mayday mayday dock 2",
 * "911 911 freezer", "auxilio bodega 3", "saklolo sa bodega". A lone cry or number was read (cry-for-help.ts), and a
 * "help" with a place (one-word-alarms.ts: "help bay3"); an SOS, a mayday or an emergency number with a place, or a
 * cry with a count of people ("sos 3 hurt"), were read by nothing. Someone texting "mayday" cannot write more.
 *
 * Only when it is the whole text, as one-word-alarms.ts reads: "911 was called last week for a drill", "the SOS
 * button on the app works", "mayday parade concert" and "help desk ticket" say something else. Safety.
 */

// The cries: international distress words, emergency numbers, and "help" in the languages read (folded, ASCII).
const CRY = String.raw`(?:sos|s[ .]{0,2}o[ .]{0,2}s\.?|mayday|may day|911|112|999|help|ayuda|auxilio|socorro|au secours|hilfe|aiuto|pomocy|ratunku|tulong|saklolo|sekou)`;
// More places at work than a weapon's name needs beside it: where someone shut in or hurt texts from.
const MORE_PLACES = String.raw`(?:(?:in|at|by|near|en|el|la|au|dans|im|am|na|no|sa|sa may|nan|w|we) )?(?:the |le |la |el |der |die |das |ang )?(?:freezer|cooler|cold ?room|chiller|walk-?in|boiler(?: room)?|basement|roof|rooftop|tank|silo|pit|kitchen|loading dock|dock|stairwell|stairs|elevator|lift|camara fria|bodega|nave|sotano|azotea|congelador|chambre froide|sous-sol|toit|chaufferie|kuhlraum|keller|dach|cella frigorifera|magazzino|cantina|chlodnia|magazyn|piwnica|dach|bodega|planta|cella|(?:bodega|nave|sector|area|zona|bloque|planta|sala|seccion|magazzino|reparto|sektor|strefa|camara|chambre|atelier|halle)s? ?(?:no\.? ?)?\d{1,3}[a-z]?)`;
// Stores, halls and workshops the lists above lack, in es, fr, pt, de, it, pl (u44c: "pomocy magazyn 3").
const EVEN_MORE_PLACES = String.raw`(?:(?:in|at|en|w|we|na|no|na|nel|nella|im|in der|dans l'?|a l'?) )?(?:almacen|deposito|taller|entrepot|atelier|hangar|armazem|galpao|oficina|werkstatt|magazzino|officina|capannone|warsztat|hala|hali|magazynie|rampa|rampie)`;
// How many people: "3 hurt", "2 ppl inside", "dos heridos".
const COUNT = String.raw`(?:\d{1,3}|two|three|dos|tres|deux|trois|zwei|drei|due|tre|dwie|dwoch|trzy|dalawa|tatlo) (?:people|ppl|persons|guys|men|workers|hurt|injured|down|inside|trapped|stuck|personas|heridos|atrapados|gente|personnes|blesses|coinces|leute|verletzte|eingeschlossen|persone|feriti|bloccati|osoby|osob|rannych|ranni|uwiezieni|tao|sugatan|naipit)`;
// A place may be numbered ("magazyn 3", "almacen 2", "armazem 4", "entrepot 1"), whatever its word.
const NUMBERED = String.raw`(?: (?:no\.? ?|nr\.? ?|#)?\d{1,3}[a-z]?)?`;
const WHERE = `(?:(?:${PLACE}|${MORE_PLACES}|${EVEN_MORE_PLACES})${NUMBERED}|${COUNT})`;

const CRY_WITH_A_PLACE = lazyPattern(
  cryForHelp(
    String.raw`(?:please |pls |someone |somebody )?${CRY}(?: ${CRY}){0,3}(?: ${WHERE}){1,2}|${WHERE} ${CRY}(?: ${CRY}){0,3}`,
    'latin',
  ),
);

/** Safety, for a whole folded text that is only a distress cry with where it is, or how many are hurt. */
export function cryWithAPlace(folded: string): UrgencyCategory[] {
  if (folded.length > 60) return [];
  return CRY_WITH_A_PLACE.get().test(folded) ? ['safety'] : [];
}
