import { lazyPattern } from '../lazy-pattern';
import { cryForHelp } from './cry-for-help';
import { isSomeoneDownAlone } from './someone-down-said-alone';
import type { UrgencyCategory } from './types';

/*
 * The shortest report someone hiding or hurt may send (miss42, att42 F2): a weapon's name alone or with a place
 * ("gun", "knife!!", "🔪", "🔫 parking lot", "pistola", "messer!!"), or a call for help with only where ("help bay3",
 * "ayuda muelle 3"). A lone "help", "fire" or "sos" was read already (cry-for-help.ts); a weapon's name or a help
 * with a place were not. Only when it is the whole text: "gun it", "gun it to finish the order", "knife skills
 * class", "help desk" say something else. An emoji is read as its word (emoji-words.ts), so "🔪" is "knife".
 * A weapon is a threat and safety; a call for help with a place, safety. Read on the whole text only (urgency.ts,
 * beside an emergency number alone), never on the short stretches a cry for help is also read in: "yo hoe will get
 * slayed . 🔪🔪" (a Davidson tweet) is no knife said alone.
 */

// A weapon's name in the languages read (folded): a text that is only this names what someone has in their hand.
const WEAPON = String.raw`(?:gun|guns|gunman|shooter|shooting|shots fired|knife|knives|machete|pistol|rifle|revolver|armed man|pistola|arma|armas|cuchillo|navaja|fusil|escopeta|couteau|arme|flingue|messer|waffe|pistole|coltello|faca|revolver|bron|noz|pistolet|baril|kutsilyo|zam|kouto)`;
// Where: a place at work, or a place's number ("bay3", "dock 4").
export const PLACE = String.raw`(?:(?:in|at|by|near|en|el|la|au|dans|im|am|na|no|sa|nan) )?(?:the |le |la |el |der |die |das )?(?:parking(?: lot| garage)?|car ?park|lot|lobby|break ?room|canteen|cafeteria|office|yard|warehouse|locker ?rooms?|toilets?|bathrooms?|restrooms?|entrance|front door|back door|reception|estacionamiento|comedor|bano|banos|oficina|patio|almacen|entrada|parking|cantine|vestiaire|entrepot|bureau|parkplatz|kantine|halle|lager|eingang|(?:bay|dock|line|aisle|gate|hall|room|floor|zone|area|cell|door|muelle|linea|puerta|pasillo|quai|ligne|porte|rampe|tor|linie|baia|doca|rampa|hala)s? ?(?:no\.? ?)?\d{1,3}[a-z]?)`;

const WEAPON_ALONE = lazyPattern(cryForHelp(String.raw`${WEAPON}(?: ${PLACE})?|${PLACE} ${WEAPON}`, 'latin'));
const HELP_WITH_A_PLACE = lazyPattern(
  cryForHelp(
    String.raw`(?:please |pls |someone |somebody )?(?:help|ayuda|auxilio|socorro|au secours|aidez ?moi|hilfe|aiuto|pomocy|tulong|sekou)(?: me| us| now| ya| vite)? ${PLACE}|${PLACE} (?:help|ayuda|auxilio|socorro|au secours|hilfe|aiuto|pomocy|tulong|sekou)`,
    'latin',
  ),
);

/** The kinds of a whole folded text that is only a weapon's name (with a place), or help with only a place. */
export function weaponOrHelpAlone(folded: string): UrgencyCategory[] {
  if (folded.length > 60) return [];
  if (WEAPON_ALONE.get().test(folded)) return ['safety', 'threat'];
  if (HELP_WITH_A_PLACE.get().test(folded)) return ['safety'];
  // Someone down, said alone ("man down", "hombre caído", "worker down aisle 4"): someone-down-said-alone.ts (att46).
  if (isSomeoneDownAlone(folded)) return ['safety'];
  return [];
}
