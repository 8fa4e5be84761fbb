import { lazyPattern } from '../lazy-pattern';
import { cryForHelp } from './cry-for-help';

/*
 * Someone down, said as the whole report (att46, u48a): "man down", "worker down", "hombre caído", "hay un compañero
 * tirado", "homem caído no corredor 5", "homme à terre". English read "man down!" (with its "!") or "man down aisle 7"
 * (said-in-haste.ts), not the two words alone: a short stretch of a longer text is read alone too, and "man down" cut
 * from "man down, we lost the match" must stay a game. So this reads the whole text only, beside a weapon's name alone
 * (one-word-alarms.ts): a help, a "pls", a place at work or a number may stand around it, nothing else. "man down the
 * hall", "the guy down the street", "man, down to 2 people on the line", "we're a man down today" say something else
 * and are not the whole text's words. Folded text.
 * Tests: test/unit/analysis/urgency-att46-u48a.test.ts.
 */

// Words said in haste around it: "man down pls", "help man down", "worker down!! now".
const HASTE = String.raw`(?:help|help us|pls|plz|please|now|asap|urgent|hurry|quick|sos|call 911|call 999|call 112|911|999|112|send help|ayuda|auxilio|rapido|urgente|socorro|ajuda|rapido|au secours|vite|aidez ?nous|hilfe|schnell|aiuto|presto)`;
// A place at work said after it: "aisle 4", "en el pasillo 3", "no corredor 5", "by the loading dock".
const WHERE = String.raw`(?:(?:(?:at|in|by|near|on|en el|en la|en|no|na|au|am|im|an der) (?:the )?)?(?:aisle|bay|dock|line|gate|door|zone|area|cell|pasillo|muelle|linea|puerta|quai|ligne|tor|linie|corredor|doca) ?(?:no\.? ?)?\d{1,3}[a-z]?|(?:en el|en la|en|no|na|in the|at the|in|at|by the|near the|near|on the|dans l'|dans le|dans la|a l'|au|im|in der|am) ?(?:\w+ )?(?:loading dock|loading bay|break ?room|parking lot|car park|canteen|kitchen|office|stairs|stairwell|pasillo|corredor|almacen|bodega|linea|nave|taller|muelle|piso|suelo|armazem|galpao|setor|doca|atelier|entrepot|quai|aisle|bay|dock|line|warehouse|yard|freezer|halle|lager|werkstatt|magazzino|reparto|capannone)(?: ?(?:no\.? ?)?\d{1,3}[a-z]?)?)`;
const WHO_DOWN = [
  // English: "man down", "worker down", "we have a man down", "guy down".
  String.raw`(?:(?:we have|we got|we've got|theres|there's|there is) )?(?:a )?(?:man|men|worker|guy|person|colleague|coworker|co-worker|employee|operator|driver|picker|lady|woman|someone|somebody) down`,
  // Spanish: "hombre caído", "hay un compañero tirado", "tenemos un trabajador en el suelo".
  String.raw`(?:(?:hay|tenemos|tengo) )?(?:un |una )?(?:hombre|compa|companero|companera|trabajador|trabajadora|persona|senor|senora|operario|operaria|empleado|empleada|chavo|chico) (?:caid[oa]|tirad[oa]|desmayad[oa]|en el suelo|en el piso)`,
  // Portuguese: "homem caído", "tem um colega caído no chão".
  String.raw`(?:(?:tem|temos|ha) )?(?:um |uma )?(?:homem|colega|trabalhador|trabalhadora|pessoa|funcionario|funcionaria|operario|operaria|rapaz|moca) (?:caid[oa]|desmaiad[oa]|no chao)`,
  // French, German, Italian: "homme à terre", "Mann am Boden", "uomo a terra".
  String.raw`(?:(?:il y a|on a) )?(?:un )?(?:homme|collegue|ouvrier|gars|mec|quelqu'un) (?:a terre|au sol|par terre)|(?:ein )?(?:mann|kollege|arbeiter|jemand) (?:am boden|liegt am boden)|(?:un )?(?:uomo|collega|operaio) (?:a terra)`,
];

const SOMEONE_DOWN_ALONE = lazyPattern(
  cryForHelp(String.raw`(?:${HASTE} )*(?:${WHO_DOWN.join('|')})(?: ${WHERE})?(?: ${HASTE})*`, 'latin'),
  'u',
);

/** Whether the whole folded text is someone down, said alone or with a place and a help. */
export function isSomeoneDownAlone(folded: string): boolean {
  return folded.length <= 80 && SOMEONE_DOWN_ALONE.get().test(folded);
}
