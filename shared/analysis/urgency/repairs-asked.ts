/*
 * A cold room's door that sticks, with a repair asked for and nobody said to be inside: "the freezer door is jammed
 * again, please fix it", "la puerta del congelador está atascada otra vez, arréglenla", "la porte de la chambre froide
 * est encore coincée, merci de la réparer". The frames read a freezer's door as a way out and "jammed" as a way out
 * blocked, so each spent an urgent safety email on the site's owner (blind attack att40, F4): it is a repair, counted
 * under its topic for the digest. Blanked for the safety rules as a hazard reported fixed is (calm-safety.ts).
 *
 * Only with no one at risk in the whole text: someone inside, shut or locked in, trapped, unable to get out, or a
 * person named beside it keeps it urgent ("the freezer door is jammed and Ana is still inside"). A fire exit or an
 * emergency door is no cold room, and a blocked one stays urgent however politely its repair is asked for.
 *
 * Folded (lower case, no accents): English, Spanish, French, German, Portuguese, Italian, Polish.
 */
const COLD_ROOM = String.raw`\b(?:(?:walk[- ]?in )?(?:freezers?|fridges?|coolers?|chillers?)|walk[- ]?ins?|cold ?rooms?|cold stores?|congeladora?s?|camaras? (?:fria|frigorifica)s?|neveras?|refrigeradora?s?|cuartos? frios?|congelateurs?|chambres? froides?|frigos?|frigidaires?|kuhlraum\w*|kuehlraum\w*|kuhlzelle\w*|kuhlhaus\w*|gefrierraum\w*|tiefkuhl\w*|gefrierschrank\w*|kuhlschrank\w*|freezer|geladeiras?|camaras? frias?|celle? frigorifer[ae]|congelatori?|frigorifer[oi]|chlodni\w*|chlodnia|mroz\w*|zamrazar\w*|lodow\w*)\b`;
const STUCK = String.raw`\b(?:jam(?:med|s|ming)?|stuck|sticks?|sticking|stiff|broken|broke|won'?t (?:close|shut|open|latch|seal)|doesn'?t (?:close|shut|latch|seal)|(?:is|keeps?) (?:hard to|difficult to) (?:open|close)|atascad[oa]|trabad[oa]|atorad[oa]|rot[oa]|no cierra|no abre|coince[e]?|bloquee?|cassee?|ferme mal|ne ferme plus|klemmt|klemmen|hakt|kaputt|schliesst nicht|geht nicht zu|emperrad[oa]|presa|travad[oa]|quebrad[oa]|nao fecha|bloccat[ao]|incastrat[ao]|rott[ao]|non (?:si )?chiude|zaci\w*|zepsut\w*|nie (?:zamyka|domyka)\w*)\b`;
const REPAIR = String.raw`\b(?:fix|fixed|fixing|repair|repaired|repairing|look at it|take a look|maintenance|service it|sort it|get it sorted|arregl\w*|repar\w*|mantenimiento|depann\w*|maintenance|reparieren|reparatur|instandhaltung|hausmeister|consert\w*|manutencao|aggiust\w*|manutenzione|napraw\w*|serwis\w*|konserwac\w*)\b`;
// Someone at risk beside it: inside, shut in, trapped, unable to get out, hurt or missing.
const SOMEONE_AT_RISK = String.raw`\b(?:inside|in there|in it|trapped|locked (?:in|inside)|shut in|stuck in(?:side)?|can'?t get out|cannot get out|couldn'?t get out|from the inside|(?:someone|somebody|anyone|anybody|people|workers?|staff) (?:is |are |was |were |got |'s )?(?:still )?(?:in|inside|stuck|trapped|locked)|help|hurt|injur\w*|freez(?:ing|es) to death|hypotherm\w*|dentro|adentro|atrapad\w*|encerrad\w*|alguien (?:esta|se quedo|quedo)|ayuda|a l'interieur|dedans|enferme\w*|coince a l'interieur|quelqu'un (?:est|y est|dedans)|aide|drin|drinnen|eingesperrt|eingeschlossen|jemand (?:ist|steckt|sitzt)|hilfe|preso dentro|alguem (?:esta|ficou)|socorro|qualcuno (?:e|resta|dentro)|aiuto|chiuso dentro|w srodku|uwiezion\w*|zamkni\w* w|ktos (?:jest|zostal|utknal)|pomoc\w*)\b`;

const COLD_ROOM_RE = new RegExp(COLD_ROOM, 'u');
const STUCK_RE = new RegExp(STUCK, 'u');
const REPAIR_RE = new RegExp(REPAIR, 'u');
const AT_RISK_RE = new RegExp(SOMEONE_AT_RISK, 'u');
const MAY_HOLD =
  /frig|freez|fridge|cool|chill|walk|cold|froid|congel|camar|never|cuart|kuhl|kuehl|gefrier|geladeir|cell|chlod|mroz|lodow/;
const SENTENCE = /[^.!?\n]+/gu;

/** The folded text with the sentences asking for a cold room's stuck door to be repaired blanked, or the text itself. */
export function withoutRepairsAsked(folded: string): string {
  if (!MAY_HOLD.test(folded) || !REPAIR_RE.test(folded) || AT_RISK_RE.test(folded)) return folded;
  return folded.replace(SENTENCE, (sentence) =>
    COLD_ROOM_RE.test(sentence) && STUCK_RE.test(sentence) ? ' '.repeat(sentence.length) : sentence,
  );
}
