import { rule, type UrgencyRule } from './types';

/*
 * Violence or a crushing told plainly as it happens (miss42, att42 F1), each read calm or as a threat alone:
 *  - a fight with an object in hand: "the two guys from line 3 are beating each other with a pipe", "FIGHT locker room
 *    pipe!!!", "ils se battent avec une barre", "zwei Kollegen prügeln sich mit einer Eisenstange". A fight with a
 *    bar or a pipe can kill whoever is in it or near it: a threat of violence and safety both (the safety owner);
 *  - a person pinned, crushed or run over by a vehicle: "Der LKW hat beim Rangieren einen Kollegen eingeklemmt",
 *    "el monta cargas le paso por ensima al chavo" (typed in haste: "monta cargas", "ensima"). Safety;
 *  - a small child alone near machines: "Un enfant de 5 ans se promène seul près de la presse". Safety
 *    (child-alone.ts reads English, Spanish, German and Polish).
 *
 * Calm beside them: "we had a pipe burst in the locker room", "they fight about the radio station every night",
 * "Der LKW ist an die Rampe gestoßen, kleiner Blechschaden", "my kid's school trip to the factory was fun".
 */

const both = (source: string): UrgencyRule[] => [rule('threat', source), rule('safety', source)];

// Objects swung in a fight, in English.
const EN_OBJECT = String.raw`(?:metal |steel |iron |lead |broken )?(?:pipes?|crowbars?|bars?|bats?|baseball bats?|hammers?|sledge ?hammers?|chains?|wrenches?|spanners?|poles?|planks?|shovels?|knives|knife|machetes?|bottles?|box ?cutters?|tire irons?|tyre irons?)`;
export const ENGLISH_FIGHTS_AND_RUN_OVER: UrgencyRule[] = [
  ...both(
    String.raw`\b(?:beating|hitting|smashing|whacking|bashing|battering|attacking|going at|laying into) each other with (?:a |an |the |some |their )?(?:\w+ )?${EN_OBJECT}\b|\bfight(?:ing|s)?\b(?! (?:about|over|for|with (?:hr|the manager|management|corporate))\b)[^.?\n]{0,50}?\b${EN_OBJECT}\b|\b(?:swinging|waving) ${EN_OBJECT} at each other\b`,
  ),
];

export const SPANISH_FIGHTS_AND_RUN_OVER: UrgencyRule[] = [
  ...both(
    String.raw`\bse (?:estan |andan |estaban |siguen )?(?:dando|pegando|agarrando(?: a golpes| a madrazos| a putazos)?|golpeando|madreando|partiendo la madre|peleando|matando)\b[^.?\n]{0,30}?\bcon (?:un |una |el |la |unos |unas )?(?:tubo|tubos|fierro|fierros|barra|barras|bate|bates|palo|palos|martillo|cadena|llave|cuchillo|navaja|machete|botella|varilla)s?\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:montacargas|monta ?cargas|trailer|troca|camion|camioneta|grua|tractor|carretilla|maquina|patin)\b[^.?\n]{0,30}?\b(?:le|lo|la|les) (?:paso|pasaron|cayo) (?:por )?(?:encima|ensima|enzima|arriba)\b|\b(?:atropell\w*|aplast\w*|prens\w*|machuc\w*) (?:a )?(?:un |una |el |la |al )?(?:\w+ )?(?:compa|companero|chavo|muchacho|senor|trabajador|operador|chofer|hombre|vato|morro|colega)\b`,
  ),
];

export const FRENCH_FIGHTS_AND_RUN_OVER: UrgencyRule[] = [
  ...both(
    String.raw`\bse (?:battent|tapent(?: dessus)?|frappent|cognent|bagarrent|tabassent)\b[^.?\n]{0,30}?\bavec (?:une |un |des |la |le |leurs )?(?:barres?(?: de fer)?|tuyaux?|battes?|marteaux?|chaines?|cles?|couteaux?|bouteilles?|batons?|pied de biche|tubes?)\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:enfant|gamin|gosse|petit|bebe|fillette|garcon)\b[^.?\n]{0,40}?\b(?:seul|tout seul|toute seule|sans surveillance)\b[^.?\n]{0,40}?\b(?:presse|machines?|ligne|convoyeur|chariots?|quai|four|scie|atelier)\b`,
  ),
];

export const GERMAN_FIGHTS_AND_RUN_OVER: UrgencyRule[] = [
  ...both(
    String.raw`\b(?:prugeln|schlagen|hauen|kloppen|boxen) sich\b[^.?\n]{0,30}?\bmit (?:einer |einem |einen |der |dem |den )?\w*(?:stange|rohr|schlager|hammer|kette|messer|flasche|knuppel|latte)n?\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:lkw|stapler|gabelstapler|laster|truck|bagger|radlader|zugmaschine|wagen)\b[^.?\n]{0,40}?\b(?:einen|eine|den|die) (?:\w+ )?(?:kollegen|kollegin|mann|frau|arbeiter|mitarbeiter\w*|fahrer|jungen|azubi)\b[^.?\n]{0,20}?\b(?:eingeklemmt|eingequetscht|uberfahren|erfasst|zerquetscht|eingekeilt)\b`,
  ),
];

export const ITALIAN_FIGHTS_AND_RUN_OVER: UrgencyRule[] = [
  ...both(
    String.raw`\bsi (?:stanno |sono |stavano )?(?:picchiando|picchiano|menando|menano|colpendo|colpiscono|massacrando|pestando)\b[^.?\n]{0,30}?\bcon (?:un |una |il |la |lo |delle |dei )?(?:tub[oi]|spranghe|spranga|sbarr[ae]|mazz[ae]|martell[oi]|caten[ae]|chiav[ei]|coltell[oi]|bottigli[ae]|baston[ei])\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:bambin\w*|bimb[oa]|ragazzin[oa])\b[^.?\n]{0,40}?\b(?:da solo|da sola|solo|sola|senza nessuno)\b[^.?\n]{0,40}?\b(?:pressa|macchin\w*|nastro|muletto|linea|sega|forno|reparto)\b`,
  ),
];

export const PORTUGUESE_FIGHTS_AND_RUN_OVER: UrgencyRule[] = [
  ...both(
    String.raw`\b(?:se )?(?:batendo|brigando|agredindo|espancando|pegando|se matando)\b[^.?\n]{0,30}?\bcom (?:um |uma |o |a |uns )?(?:canos?|barras?|tacos?|martelos?|correntes?|chaves?|facas?|garrafas?|paus?|porretes?|vergalh(?:ao|oes))\b`,
  ),
  rule(
    'safety',
    String.raw`\bcrianca\b[^.?\n]{0,40}?\b(?:sozinh[oa]|sem ninguem)\b[^.?\n]{0,40}?\b(?:prensa|maquinas?|esteira|empilhadeira|linha|serra|forno)\b`,
  ),
];

export const POLISH_FIGHTS_AND_RUN_OVER: UrgencyRule[] = [
  ...both(
    String.raw`\b(?:leja|bija|tluka|naparzaja|okladaja|bili|lali) sie\b[^.?\n]{0,30}?\b(?:\w+ )?(?:rura|rurami|pretem|pretami|lomem|mlotkiem|kijem|kijami|lancuchem|nozem|nozami|butelka|kluczem|palka)\b`,
  ),
];

// Haitian Creole (folded: "revolvè" is "revolve"): a man with a gun or a knife at the door, in the car park.
export const HAITIAN_ARMED_HERE = String.raw`\b(?:gen|genyen|yon)\b (?:\S+ ){0,2}?(?:nonm|neg|moun|gason|fanm|mesye|msye|jenn gason)\b (?:\S+ ){0,2}?(?:ak|avek|ki gen|kenbe) (?:yon |de |li )?(?:revolve|zam|pistole|kouto|manchet|machet|fizi|kalachnikov)\b`;
