import { rule, type UrgencyRule } from './types';

/*
 * Emergencies said in haste that the rules of said-in-haste*.ts still read calm (an outside attacker's round,
 * session 28, test/unit/analysis/urgency-attack-round-28.test.ts). Each shape is read in every language the full
 * rules read where people say it that way:
 *  - a fire named by what burns ("bin fire behind line 6", "electrical fire, panel B", "Kabelbrand im
 *    Schaltschrank", "incendio eléctrico en el tablero") or told spreading ("fire spreading to pallets", "le feu se
 *    propage");
 *  - someone inside a machine that crushes ("Dave is inside press 9 right now", "guy in the baler"), or a machine
 *    nobody locked out with someone in it;
 *  - someone stuck up high who cannot get down ("stuck up on the silo ladder and cant get down", "no puede bajar del
 *    andamio");
 *  - pinned or trapped under something heavy with no "who" ("pinned under pallets");
 *  - a leak burning or spraying people ("steam leak burned Joe", "oil spraying in eyes");
 *  - anaphylaxis ("anaphylaxis bee sting", "choque anafiláctico");
 *  - smoke at a place without a verb, in Vietnamese ("khói ở kho 2", "kho 2 có khói").
 * Calm look-alikes are kept out by what they say around it: a drill, a course or a poster, a fire last year or put
 * out, how to fight one, a fire door or extinguisher, a dumpster fire of a project, the career ladder, a cat on the
 * roof, the press shop, an allergy to nuts on the menu.
 */

// The start of the text or of a clause, with any emoji or punctuation before the words.
const CLAUSE_START = String.raw`(?<=^[^a-z0-9]*|[.!?,;:\n\-–—][^a-z0-9]*)`;
// Words said before the report, with nothing between: a cry for help, "there is".
const lead = (cries: string): string => String.raw`(?:(?:${cries})!*[^a-z0-9]* )*`;
// A report told of a past day, laughed at, rehearsed, or put right, not of a danger now.
const notAfter = (words: string): string => String.raw`(?![^.!?\n]{0,80}\b(?:${words}))`;
// The same words anywhere in the text around the match, either side.
const notAround = (words: string): string => String.raw`(?![^\n]{0,120}\b(?:${words}))(?<!\b(?:${words})[^\n]{0,120})`;

// --- English ---------------------------------------------------------------------------------------------------

// What burns, named before "fire".
const EN_FIRE_KIND = String.raw`bin|skip|electrical|electric|grease|chemical|battery|lithium|pallet|wire|wiring|cable|motor|oil|fuel|cardboard|paper|trash|rubbish|waste|forklift|vehicle|car|truck|van|machine|panel|fryer|fat|engine|plastic|dumpster|compactor|baler|conveyor|dust|transformer|switchboard|charger`;
// Nouns "fire" qualifies when it is no fire: a fire door, a fire drill.
const EN_FIRE_THING = String.raw`extinguishers?|blankets?|safety|training|drills?|risks?|hazards?|doors?|exits?|alarms?|marshals?|wardens?|course|class|prevention|code|inspections?|certificate|suppression|rating|cabinet|point|assembly|sale|fighting|fighters?|proof|resistant|retardant|plans?|procedures?|policy|tests?|brigade|department|station|engines?|trucks?|hose|hydrants?|escapes?|watch|starters?|pits?|walls?|damage|season|insurance|kit|sign|signs|awareness|precautions?|load`;
const EN_FIRE_CALM = String.raw`drill|practice|exercise|training|course|video|poster|film|movie|game|yesterday|last (?:year|month|week|night|spring|summer|autumn|fall|winter|time)|years ago|months ago|weeks ago|all clear|lol|lmao|haha\w*|in case|what to do|how to|what do we do|what should|meme|risk|sky|sunset|sunrise|could start|might start|may start|would start|could break out|could happen|waiting to happen|could cause`;
// Said before a fire that is only a subject: how to fight one, the risk of one.
const EN_FIRE_SUBJECT = String.raw`(?<!\b(?:case of|event of|prevent(?:ing|s)?|avoid(?:ing)?|risk of|risks of|how to (?:\w+ )?|fight(?:ing)?|extinguish(?:ing)?|for|type of|kind of|class|about|if there'?s|if there is|if we have|if|a total|total|an absolute|absolute|a complete|complete|such a|what a|is a|was a|its a|it's a|like a|cause of|causes of|of) (?:an? |the )?)`;
const EN_HEAVY = String.raw`(?:the |a |an |his |her |their |that |this |some )?(?:\w+ )?(?:forklifts?|trucks?|pallets?|racks?|racking|shel(?:f|ves)|shelving|machines?|press|walls?|dock|ramp|loads?|beams?|doors?|trailers?|vans?|cars?|vehicles?|conveyors?|rollers?|crates?|containers?|steel|pipes?|boxes|stock|stillages?|cages?|coils?|reels?|drums?|sheets?|slabs?|bricks|rubble|debris|it|them)`;
const EN_PAST = String.raw`yesterday|last (?:week|night|month|time|year)|earlier|this morning|ago|lol|lmao|rofl|haha\w*|hehe|twice|every|always|times|got out|got free|fixed|drill|training|practice|exercise`;
// Machines that crush whoever is inside.
const EN_CRUSHER = String.raw`press|presses|baler|compactor|shredder|mixer|auger|chipper|grinder|crusher|hopper|tumbler|granulator|mincer|macerator|pulper|extruder|kneader`;
// A person, said as people say it in haste.
const EN_PERSON = String.raw`someone|somebody|some1|some guy|some1s|a (?:guy|man|woman|worker|lad|kid|person|colleague|temp|picker|operator|cleaner|fitter|driver)|the (?:new )?(?:guy|man|woman|worker|lad|kid|temp|apprentice|operator|cleaner|fitter|driver|agency guy|new starter)|new (?:guy|girl|lad|starter)|guy|man|worker|(?:he|she|they)`;
// Or a name, said with "is": "Dave is inside press 9" (not "the manual is inside the press cabinet").
const EN_NAMED = String.raw`(?<!\b(?:the|a|an|my|his|her|our|their|its|your|this|that) )[a-z]+(?<!\b(?:it|is|are|was|were|this|that|which|what|everything|something|nothing|water|dust|oil|paper|cardboard|stock|waste|rubbish|trash|material|product|plastic|metal|scrap|manual|key|tool|part|phone|box|glove|bag|label|sensor|blade|belt|motor))(?:'s| is)`;
// Places high up where someone can be stranded.
const EN_HIGH = String.raw`ladders?|roofs?|rooftop|scaffold\w*|towers?|cranes?|masts?|silos?|catwalks?|gantry|gantries|cherry ?pickers?|boom lifts?|scissor lifts?|mewps?|racking|racks?|platforms?|poles?|chimneys?|tanks?|top shelf|mezzanine edge|ledges?`;
const EN_HIGH_CALM = String.raw`career|corporate|pay|salary|promotion|social|property|housing|game|level|cat|kitten|bird|birds|pigeons?|drone|ball|frisbee|kite|balloon|lol|lmao|haha\w*|yesterday|last (?:week|time|year)|ago|for (?:\d+|a few|five|ten) min\w*|drill|training|practice|rescue plan|procedure|what do we do|how do`;
// Leaks and sprays that burn or blind.
const EN_LEAK = String.raw`leak\w*|steam|acid|caustic|hot water|hot oil|oil|chemicals?|fluid|coolant|ammonia|chlorine|bleach|lye|hydraulic\w*`;
const ANAPHYLAXIS_CALM = String.raw`training|course|trained|plan|policy|awareness|poster|labels?|labell?ing|menu|allergens?|allergic to|allergy to|protocol|certificate|module|video|how to|what to do|procedure|kit|risk|history of|has anaphylaxis|have anaphylaxis|expired|order|stock|first aid box|first aid course`;

/** English. */
export const ENGLISH_SAID_28: UrgencyRule[] = [
  // "bin fire behind line 6", "🔥🔥 a battery fire", "there is an electrical fire in panel B": said first in a clause.
  rule(
    'safety',
    String.raw`${CLAUSE_START}${lead("help|sos|omg|guys|urgent|quick|emergency|there'?s|theres|there is|we have|we'?ve got|we got|got")}(?:(?:an?|the|big|small|huge|massive) )?(?:${EN_FIRE_KIND})[- ]fires?\b(?! (?:${EN_FIRE_THING})\b)${notAfter(EN_FIRE_CALM)}`,
  ),
  // The same fire in the middle of a sentence, with where it is: "Mike says a battery fire on the charging station".
  rule(
    'safety',
    String.raw`${EN_FIRE_SUBJECT}\b(?:${EN_FIRE_KIND.replace('|dumpster', '')})[- ]fires? (?:in|at|on|behind|near|by|inside|under|next to|beside|in front of|outside) (?:the |a |our |bay |line |unit |dock |panel |aisle )?\w+${notAfter(EN_FIRE_CALM)}`,
  ),
  // A fire said to be real, at a place: "CANCEL the drill, real fire in warehouse B" (a drill named before it is the
  // drill called off, not this fire).
  rule(
    'safety',
    String.raw`${CLAUSE_START}${lead("help|sos|omg|guys|urgent|quick|emergency|there'?s|theres|there is|we have|we'?ve got|we got|got|this is|its|it'?s")}(?:an? )?(?:real|actual|genuine|proper|serious) fires? (?:in|at|on|near|behind|inside|by|next to|outside) (?:the |a |our )?\w+${notAfter(EN_FIRE_CALM.replace('drill|practice|exercise|training|', ''))}`,
  ),
  // A machine with someone in it: "compactor running with a guy inside it".
  rule(
    'safety',
    String.raw`\b(?:${EN_CRUSHER})\b[^.!?\n]{0,40}?\b(?:with|and) (?:${EN_PERSON}|[a-z]+)(?:'s| is| still)? (?:still )?(?:inside|in) (?:it|there)\b${notAfter(EN_PAST)}`,
  ),
  // A name shut in a place that traps: "Mike is still stuck in the freezer", "Mike's stuck in the freezer".
  rule(
    'safety',
    String.raw`\b(?:${EN_NAMED}|(?:${EN_PERSON})(?:'s| is| s))(?: still| now| currently)? (?:stuck|trapped|locked|shut) (?:in|inside) (?:the |a |this |our )?(?:walk-?in |big |main |blast |back )?(?:freezer|cooler|cold ?room|cold ?store|chiller|walk-?in|elevator|lift|tank|silo|shipping container|container|vessel|trailer|reefer|compactor|baler|crawl ?space|vault|pit|trench|shaft|hopper|manhole)s?\b(?! (?:section|aisle|department|dept|area|team|shift|rota|job|role))${notAfter(`${EN_PAST}|all (?:week|day|month|shift)|rotate`)}`,
  ),
  // A fire told spreading: "fire spreading to pallets", "the fire's spreading".
  rule(
    'safety',
    String.raw`(?<!\b(?:stop|stops|stopping|prevent\w*|slow\w*|avoid\w*|keep\w*|limit\w*|contain\w*|against|how|risk of|like|from) (?:the |a )?)\b(?:fire|flames|blaze|fires)(?: is| are|'s|s)? (?:now |still |already |quickly |fast )?(?:spreading|spread(?:s|ing)? (?:to|into|onto|across)|getting bigger|growing|out of control|reach(?:ed|ing) the)\b${notAfter(EN_FIRE_CALM)}`,
  ),
  // Someone inside a machine that crushes: "Dave is inside press 9 right now", "worker inside the shredder".
  rule(
    'safety',
    String.raw`\b(?:(?:${EN_PERSON})(?:'s| is| are|'re| s)?|${EN_NAMED}) (?:still |now |currently |right )?inside (?:of )?(?:the |a |that |this |our )?(?:\w+ )?(?:${EN_CRUSHER})(?: \d{1,3}[a-z]?)?\b(?! (?:shop|room|area|hall|section|department|dept|bay|zone|line|operator|team|office|cabin))(?![^.!?\n]{0,60}\b(?:(?<!(?:nobody|no one|noone|not|never|didn'?t|hasn'?t|wasn'?t|without) )locked out|isolated|lockout (?:is |was )?(?:on|applied|done)|all locked|yesterday|last (?:week|time)|lol))`,
  ),
  // "guy in the baler", "someone's in the compactor": a person in a machine nobody works in.
  rule(
    'safety',
    String.raw`\b(?:someone|somebody|some1|a (?:guy|man|woman|worker|person|kid|lad)|(?:the )?(?:new )?(?:guy|man|woman|worker|person|kid|lad))(?:'s| is| s)? (?:still |stuck |caught |trapped |fell |got pulled |pulled )?in(?:to)? (?:the|a) (?:baler|compactor|shredder|crusher|chipper|grinder|auger|mixer|hopper|granulator|macerator)\b(?! (?:room|area|shop|section|bay|zone|team|line|operator|yard|cage))${notAfter(EN_PAST)}`,
  ),
  // A machine nobody locked out with someone in it: "NOBODY locked out press 9 and Dave is inside it".
  rule(
    'safety',
    String.raw`\b(?:nobody|no one|noone|never|not|didn'?t|did not|hasn'?t|has not|wasn'?t|was not|isn'?t|is not|without)(?: been| being| even)? (?:locked|lock|tagged|isolated)(?:[- ]?out)?\b[^.!?\n]{0,80}?\b(?:inside|in it|in there|under it|(?:his|her|their) (?:hands?|arms?|head) in|reaching in|climbed in|crawled in|is in the|are in the)\b`,
  ),
  // Someone stranded up high: "stuck up on the silo ladder", "stranded on the scaffold".
  rule(
    'safety',
    String.raw`\b(?:stuck|stranded|frozen|trapped|marooned)(?: up| halfway up)? (?:on|at|up|atop|at the top of|on top of|on the top of|halfway up)(?: the| a| top of the| top of a| that)? (?:(?!(?:${EN_HIGH_CALM})\b)[a-z0-9]+ ){0,2}(?:${EN_HIGH})\b${notAround(EN_HIGH_CALM)}`,
  ),
  // "cant get down" beside a high place, either first.
  rule(
    'safety',
    String.raw`(?:\b(?:${EN_HIGH})\b[^.!?\n]{0,80}?\b(?:can'?t|cant|cannot|can not|unable to|not able to|won'?t be able to) (?:get|climb|come) (?:back )?down\b|\b(?:can'?t|cant|cannot|can not|unable to|not able to) (?:get|climb|come) (?:back )?down (?:from |off )?(?:the |a )?(?:${EN_HIGH})\b)${notAround(EN_HIGH_CALM)}`,
  ),
  // Pinned under something heavy, said with no "who": "pinned under the rack", "trapped beneath the racking".
  rule(
    'safety',
    String.raw`${CLAUSE_START}${lead('help|sos|emergency|please|pls|omg|urgent|guy|man|someone|somebody|worker')}(?:pinned|trapped|crushed|wedged|stuck|squashed|caught) (?:under|underneath|beneath|between) ${EN_HEAVY}\b${notAfter(EN_PAST)}`,
  ),
  // A leak burning people: "steam leak burned Joe", "a leak is burning people".
  rule(
    'safety',
    String.raw`\b(?:${EN_LEAK})\b[^.!?\n]{0,40}?\b(?:is |are |s |just |has |have |had )?(?:burn(?:ing|ed|t|s)|scald(?:ing|ed|s)?)(?: (?:through|into))? (?:people|someone|somebody|everyone|everybody|him|her|them|us|me|my|his|our|their|workers?|guys?|people'?s|a (?:guy|man|woman|worker|lad|colleague)|two|three|several|(?!(?:a|an|the|it|its|out|off|up|down|through|holes?|everything|paper|rubber|money|smell|hot|away|fast|slowly|quickly|in|on|at|and|but|so|like|when|while|for|since|bright|badly|all)\b)(?![a-z]+ly\b)[a-z]+(?=$|[.,!?\n:;]| [-\u2013\u2014]| and | who | he | she |'s | (?:pls|plz|please|help|asap|now|quick|urgent|omg|sos|hurry)\b))`,
  ),
  // A leak spraying into eyes or faces: "hydraulic leak, oil spraying in eyes".
  rule(
    'safety',
    String.raw`\b(?:${EN_LEAK})\b[^.!?\n]{0,30}?\b(?:spray\w*|squirt\w*|splash\w*|spurt\w*|shoot\w*|blew|blowing|went|got) (?:in|into|on|onto|over|all over|straight in|right in) (?:his |her |my |their |the |someone'?s |somebody'?s |people'?s |our |a guy'?s |everyone'?s )?(?:eyes?|faces?)\b${notAfter(EN_PAST)}`,
  ),
  // Anaphylaxis happening: "anaphylaxis bee sting", "anaphylactic shock after a wasp sting".
  rule('safety', String.raw`\b(?:anaphyla\w*|anafila\w*|anaphylakt\w*)\b${notAround(ANAPHYLAXIS_CALM)}`),
];

// --- Other languages of the full rules ----------------------------------------------------------------------------

// A fire that spreads, or one named by what burns, in each language; then stranded up high; then anaphylaxis.
const ES_CALM = String.raw`simulacro\w*|practica|ejercicio|prueba|capacitacion|curso|ayer|el ano pasado|hace \w+ (?:anos|meses|semanas)|ya (?:se )?apag\w*|jaja\w*|en caso de|que hacer|como (?:apagar|actuar)|riesgo|gato|precio\w*|sueldo|nivel`;
const FR_CALM = String.raw`exercice|simulation|formation|entrainement|test|essai|hier|l'an dernier|l'annee derniere|il y a \w+ (?:ans|mois)|eteint|maitrise|mdr|lol|en cas d|que faire|comment|risque|chat|prix`;
const PT_CALM = String.raw`simulado|simulacao|treinamento|treino|exercicio|teste|ontem|ano passado|ha \w+ (?:anos|meses)|apagad\w*|apagaram|kkk\w*|rsrs|em caso de|o que fazer|como (?:apagar|agir)|risco|gato|preco\w*|salario|nivel`;
const DE_CALM = String.raw`ubung|uebung|probealarm|training|schulung|test|gestern|letztes jahr|vor \w+ (?:jahren|monaten)|geloscht|geloescht|haha\w*|im (?:brand|not)fall|was tun|wie (?:loscht|loescht|verhalte)|risiko|gefahr von|katze|preis\w*|gehalt`;
const IT_CALM = String.raw`esercitazione|prova|simulazione|formazione|corso|test|ieri|l'anno scorso|anni fa|spent[oa]|domat[oa]|ahah\w*|in caso di|cosa fare|come (?:spegnere|comportarsi)|rischio|gatto|prezz\w*|stipendio|livello`;
const PL_CALM = String.raw`cwiczeni\w*|probn\w*|szkoleni\w*|test\w*|wczoraj|w zeszlym roku|rok temu|lat temu|ugaszon\w*|haha\w*|w razie|co robic|jak (?:gasic|ugasic|postepowac)|ryzyk\w*|kot\w*|cen\w*|pensj\w*`;
const anaphylaxis = (calm: string): UrgencyRule =>
  rule(
    'safety',
    String.raw`\b(?:anaphyla\w*|anafila\w*|anaphylakt\w*|anafilakt\w*)\b${notAround(`${ANAPHYLAXIS_CALM}|${calm}`)}`,
  );

/** Spanish. */
export const SPANISH_SAID_28: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:incendio|fuego)s? (?:electrico|quimico|de (?:contenedor|basura|bateria|baterias|cables|aceite|grasa|palets?|pales|carton|motor|montacargas)|en (?:el|la|los|las) (?:tablero|cuadro|contenedor|panel|motor|bateria|baterias|cargador|freidora|basura|cables?|palets?|pales|transformador))\b${notAround(ES_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:fuego|incendio|llamas?) (?:ya )?(?:se )?(?:esta |estan )?(?:extendiendo|propagando|expandiendo|extiende|propaga)\b${notAround(ES_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:techo|tejado|andamio|escalera|torre|grua|silo|rack|estanteria|plataforma|poste|tanque)\b[^.!?\n]{0,60}?\bno (?:puede|pueden|puedo|podemos|logra|consigue) bajar\b|\bno (?:puede|pueden|puedo|podemos|logra|consigue) bajar (?:del|de la) (?:techo|tejado|andamio|escalera|torre|grua|silo|rack|estanteria|plataforma|poste|tanque)\b${notAround(ES_CALM)}`,
  ),
  // Someone inside a machine that crushes: "alguien está dentro de la compactadora".
  rule(
    'safety',
    String.raw`\b(?:alguien|un (?:companero|trabajador|operario|chavo|chico|hombre)|el (?:nuevo|chavo|chico|operario))(?: (?:esta|sigue|quedo))? (?:metido )?(?:dentro de|adentro de|metido en) (?:la|el) (?:compactadora|prensa|trituradora|mezcladora|empacadora|enfardadora|picadora|tolva|moledora)\b(?! (?:de al lado|nueva))${notAfter(ES_CALM)}`,
  ),
  anaphylaxis(ES_CALM),
];

/** French. */
export const FRENCH_SAID_28: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:feu|incendie)s? (?:electrique|chimique|de (?:poubelle|benne|batterie|cables?|palettes?|carton|friteuse|moteur|graisse|chariot)|d'(?:armoire|huile)|(?:dans|sur) (?:le|la|l'|les) ?(?:armoire|tableau|poubelle|benne|batterie|friteuse|moteur|transformateur))${notAround(FR_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:le )?(?:feu|incendie|flammes) (?:se )?(?:propage\w*|etend\w*|gagne)\b${notAround(FR_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?:\b(?:toit|echafaudage|echelle|tour|grue|silo|rack|plateforme|nacelle|poteau|cuve)\b[^.!?\n]{0,60}?\b(?:ne )?(?:peut|peux|peuvent|arrive|arrivent) (?:pas|plus) (?:a )?descendre\b|\b(?:ne )?(?:peut|peux|peuvent|arrive|arrivent) (?:pas|plus) (?:a )?descendre (?:de|du|de la|de l') ?(?:toit|echafaudage|echelle|tour|grue|silo|rack|plateforme|nacelle|poteau|cuve)\b)${notAround(FR_CALM)}`,
  ),
  anaphylaxis(FR_CALM),
];

/** Portuguese. */
export const PORTUGUESE_SAID_28: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:incendio|fogo)s? (?:eletrico|quimico|na (?:lixeira|cacamba|bateria|fritadeira|caixa de forca|empilhadeira)|no (?:quadro|painel|motor|lixo|container|carregador|transformador))\b${notAround(PT_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:fogo|incendio|chamas) (?:ja )?(?:esta |estao |ta )?(?:se )?(?:espalhando|alastrando|propagando|espalha|alastra)\b${notAround(PT_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?:\b(?:telhado|andaime|escada|torre|guindaste|silo|plataforma|poste|tanque|prateleira)\b[^.!?\n]{0,60}?\bnao (?:consegue|conseguem|consigo|pode|da pra) descer\b|\bnao (?:consegue|conseguem|consigo|pode|da pra) descer (?:do|da) (?:telhado|andaime|escada|torre|guindaste|silo|plataforma|poste|tanque|prateleira)\b)${notAround(PT_CALM)}`,
  ),
  anaphylaxis(PT_CALM),
];

/** German. */
export const GERMAN_SAID_28: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:kabelbrand|schwelbrand|mullbrand|muellbrand|containerbrand|akkubrand|batteriebrand|fahrzeugbrand|elektrobrand|fettbrand|palettenbrand|maschinenbrand|staplerbrand|motorbrand)\b(?!\w)${notAfter(DE_CALM)}|\b(?:feuer|brand) (?:im|in der|am|an der) (?:schaltschrank|verteiler\w*|container|mulleimer|muelleimer|mullcontainer|akku\w*|motor|fritteuse|trafo|stapler|ladestation)\b${notAround(DE_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:feuer|brand|flammen) (?:\w+ ){0,2}(?:breitet|breiten) sich (?:\w+ ){0,2}aus\b|\b(?:feuer|brand|flammen) (?:\w+ )?(?:greift|greifen) (?:\w+ ){0,2}uber\b${notAround(DE_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?:\b(?:dach|geruest|gerust|leiter|turm|kran|silo|regal|buehne|buhne|plattform|mast|hubsteiger|tank)\w*\b[^.!?\n]{0,60}?\b(?:kommt|komme|kommen|kann|konnen|koennen) (?:\w+ ){0,3}nicht (?:mehr )?(?:\w+ ){0,2}(?:runter|herunter|hinunter|herab)\b|\b(?:kommt|komme|kommen|kann) (?:\w+ ){0,2}nicht (?:mehr )?(?:vom|von der|von dem) (?:dach|geruest|gerust|leiter|turm|kran|silo|regal|buehne|buhne|plattform|mast|hubsteiger|tank)\w* (?:runter|herunter|hinunter|herab)\b)${notAround(DE_CALM)}`,
  ),
  anaphylaxis(DE_CALM),
];

/** Italian. */
export const ITALIAN_SAID_28: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:incendio|fuoco) (?:elettrico|chimico|nel (?:quadro|cassonetto|motore|trasformatore|caricatore)|nella (?:batteria|friggitrice|cabina elettrica))\b${notAround(IT_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:fuoco|incendio|fiamme) (?:si )?(?:sta |stanno )?(?:propagando|allargando|estendendo|propaga|estende|allarga)\b${notAround(IT_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?:\b(?:tetto|impalcatura|ponteggio|scala|torre|gru|silo|piattaforma|palo|cisterna|scaffale)\b[^.!?\n]{0,60}?\bnon (?:riesce|riescono|riesco|puo|possono) (?:a )?scendere\b|\bnon (?:riesce|riescono|riesco|puo|possono) (?:a )?scendere (?:dal|dalla|dallo|dall') ?(?:tetto|impalcatura|ponteggio|scala|torre|gru|silo|piattaforma|palo|cisterna|scaffale)\b)${notAround(IT_CALM)}`,
  ),
  // A bare cable in water, with an elided article: "cavo scoperto nell'acqua".
  rule(
    'safety',
    String.raw`\b(?:cav[oi]|fil[oi]) (?:elettric[oi] )?(?:scopert[oi]|spellat[oi]|sotto tensione|in tensione|danneggiat[oi])\b[^.!?\n]{0,30}?\b(?:nell'acqua|in acqua|nell'?acqua|dentro l'acqua|sull'acqua|pozzanghera|bagnat[oi])|\b(?:acqua|pozzanghera|allagat[oa])\b[^.!?\n]{0,30}?\b(?:cav[oi]|fil[oi]) (?:elettric[oi] )?(?:scopert[oi]|spellat[oi]|sotto tensione)\b${notAround(IT_CALM)}`,
  ),
  anaphylaxis(IT_CALM),
];

/** Polish. */
export const POLISH_SAID_28: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\bpozar (?:elektryczny|instalacji|baterii|akumulatora|w (?:rozdzielni\w*|szafie|kontenerze|smietniku|silniku))\b${notAround(PL_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:ogien|pozar|plomienie) (?:sie )?(?:juz )?(?:rozprzestrzenia|przenosi|rozszerza)\w*${notAround(PL_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?:\b(?:dach\w*|rusztowani\w*|drabin\w*|wiez\w*|dzwig\w*|silos\w*|regal\w*|podest\w*|slup\w*|zbiornik\w*)\b[^.!?\n]{0,60}?\bnie (?:moze|moga|moge|da rady) zejsc\b|\bnie (?:moze|moga|moge|da rady) zejsc z (?:dach\w*|rusztowani\w*|drabin\w*|wiez\w*|dzwig\w*|silos\w*|regal\w*|podest\w*|slup\w*|zbiornik\w*))${notAround(PL_CALM)}`,
  ),
  anaphylaxis(PL_CALM),
];

/** Vietnamese: smoke at a place with no verb ("khói ở kho 2", "kho 2 có khói", "nhiều khói trong xưởng"). */
const VI_PLACE = String.raw`kho|xuong|nha (?:may|kho|an|xuong)|bep|phong|hanh lang|tang|khu|day chuyen|cau thang|van phong|bai|toa nha|ham|may|tu dien`;
const VI_CALM = String.raw`thuoc|hut|dien tap|tap huan|dao tao|hom qua|nam ngoai|thang truoc|da dap|dap tat|haha|sac`;
export const VIETNAMESE_SAID_28: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:nhieu |rat nhieu |qua nhieu )?khoi(?: den| trang| day dac| mu mit| nhieu)? (?:o|trong|tai|tu|ngoai) (?:${VI_PLACE})\b${notAfter(VI_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:${VI_PLACE})(?: \S+)?(?: dang)? (?:co|day|toan|bi|ngap|nhieu) khoi\b(?! (?:sac|dong|cong|nghiep|to|xuong|thuoc|bep))${notAfter(VI_CALM)}`,
  ),
];
