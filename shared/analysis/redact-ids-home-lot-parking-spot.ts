import { maskMatches, type Rule } from './redact-rule';
import { lazyPattern } from './lazy-pattern';

/*
 * The number of a lot the writer lives on, or of the parking space they take every day (red43b, from op42): "I live
 * in the Lakeview trailer park, lot 12", "my trailer is on lot 47", "I park in spot 14 every day", "estaciono siempre
 * en el cajón 23", "je me gare toujours à la place 52", "ich parke immer auf Stellplatz 31". A lot in a trailer park
 * is one household; a space someone parks in every day is one car, and the rota or the permit list says whose. The
 * number becomes [ID], the word stays ("lot [ID]"), as "my parking spot 27" already did (redact-personal-places.ts).
 * - A lot, space, site or pad after a word for living there, in the same clause ("I live in …, lot 12"), or after the
 *   writer's trailer, mobile home or caravan.
 * - A spot, space, stall or bay after the writer parks, in en es fr pt de it pl tl ("I park", "estaciono", "je me
 *   gare", "ich parke", "parcheggio", "parkuję", "nagpa-park ako"); not a lot ("I park in lot 3": a car park many use). The car may stand between ("Estaciono mi carro en el espacio 14", op44).
 * Not "our cars get scratched in lot B", "the parking lot has no lights", "bay 4 is flooded" (no one parks or lives).
 *
 * Letters outside ASCII are \u escapes: redaction reaches entries a cold start reads (test/infra/bundles.test.ts).
 */

// The number, not a count after it ("lot 5 houses down").
const NUMBER = String.raw`(?:#|no\.?|nr\.?|n[\u00ba\u00b0]\.?|number|n\u00famero|num\u00e9ro|nummer|numer)?[ \t]*(\d{1,4}[A-Za-z]?)(?![\p{L}\p{N}]|[.,:]\d|[ \t]+(?:houses|homes|trailers|doors|blocks|miles|km|minutes|mins?|hours|years|days|cars|spaces|spots|lots)(?![\p{L}]))`;
// Words that may stand between the cue and the lot, none that opens another clause ("and", "but", "y", "et").
const WORD = String.raw`(?!(?:and|but|so|because|y|pero|porque|et|mais|und|aber|e|ma|ale|i)(?![\p{L}]))[\p{L}\p{M}'\u2019.-]+`;

const LIVE = String.raw`(?:i|we|he|she|they)[ \t]+(?:live|lives|lived|stay|stays)|(?:my|our)[ \t]+(?:trailer|mobile[ \t]+home|caravan|camper|rv|manufactured[ \t]+home)(?:[ \t]+(?:is|was|sits))?|(?:vivo|vivimos|vive|mi[ \t]+tr\u00e1iler|mi[ \t]+traila|j['\u2019]habite|je[ \t]+vis|ma[ \t]+caravane|mon[ \t]+mobil-home|moro|meu[ \t]+trailer|ich[ \t]+wohne|wir[ \t]+wohnen|mein[ \t]+wohnwagen|abito|mieszkam|moja[ \t]+przyczepa|nakatira[ \t]+ako)`;
const LOT = String.raw`lot|space|site|pad|plot|lote|parcela|espacio|emplacement|parcelle|lote|stellplatz|parzelle|piazzola|lotto|dzia\u0142k\p{L}*|miejsc\p{L}*`;
const HOME_LOT = lazyPattern(
  String.raw`(?<![\p{L}])(?:${LIVE})(?![\p{L}])(?:[ \t]*,?[ \t]+${WORD}){0,8}?[ \t]*,?[ \t]+(?:${LOT})[ \t]*${NUMBER}`,
  'giu',
);

const PARK = String.raw`(?:i|we)(?:[ \t]+(?:always|usually|normally|still|only))?[ \t]+park|i['\u2019]m[ \t]+parked|(?:me[ \t]+)?(?:estaciono|aparco|parqueo|estacionamos)|je[ \t]+(?:me[ \t]+)?(?:gare|stationne)|(?:ich[ \t]+)?parke|(?:eu[ \t]+)?(?:estaciono|estaciono|paro)|parcheggio|parkuj\u0119|nagpa-?park[ \t]+ako|nagpapark[ \t]+ako`;
const SPOT = String.raw`spot|space|stall|bay|slot|lugar|caj\u00f3n|cajon|plaza|espacio|place|emplacement|stellplatz|parkplatz|platz|vaga|posto|stallo|miejsc\p{L}*|slot`;
const PARKED_SPOT = lazyPattern(
  String.raw`(?<![\p{L}])(?:${PARK})(?![\p{L}])(?:[ \t]+(?:in|on|at|en|el|la|na|no|\u00e0|auf|am|im|al|nel|sul|w|sa|always|every|usually|siempre|toujours|immer|sempre|zawsze|lagi|the|my|mi|ma|mon|meine|mein|minha|mia|m\u00f3j|moje|car|truck|van|carro|coche|auto|camioneta|troca|voiture|wagen|macchina|samoch\u00f3d|moto)(?![\p{L}])){0,4}[ \t]+(?:${SPOT})[ \t]*${NUMBER}`,
  'giu',
);

const homeLots = maskMatches(HOME_LOT, 'ID', () => true, 1);
const parkedSpots = maskMatches(PARKED_SPOT, 'ID', () => true, 1);

/** Hides the number of the lot the writer lives on and of the space they park in (see above). */
export const maskHomeLotsAndParkingSpots: Rule = (text) => (/\d/.test(text) ? parkedSpots(homeLots(text)) : text);
