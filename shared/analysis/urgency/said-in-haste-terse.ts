import { rule, type UrgencyRule } from './types';

/*
 * Emergencies said in haste that the rules of said-in-haste.ts and said-in-haste-bare.ts still read calm (an outside
 * attacker's round, session 27, test/unit/analysis/urgency-said-in-haste-terse.test.ts). Five shapes, each read in
 * every language the full rules read where people say it that way:
 *  - smoke at a place, with a word of how thick or black it is between ("fumée épaisse au quai 2", "starker Rauch
 *    Halle 3", "fumo nerissimo esce dalla centralina") or with only a preposition ("humo en la bodega", "dym w
 *    magazynie");
 *  - the writer shut in a place that traps, with no "I" ("stuck in the freezer", "HELP locked in the cooler");
 *  - someone's hand or arm caught, with no "in what" ("someones hand is caught");
 *  - someone pinned against, under or between something heavy ("quedó prensado contra la rampa", "está preso debaixo
 *    dela"), or lying under what collapsed ("the rack collapsed, someone under it");
 *  - eyes or throat burning, or everyone coughing, beside an alarm, a leak or a named gas ("is beeping nonstop and my
 *    eyes are burning"); a smell or a cleaning spray and stinging eyes is a complaint ("can we open a window").
 * Calm look-alikes are kept out by what they say beside it: a smoking area, break or cigarette, passive smoking, a
 * drill, a lift stuck yesterday "lol", stuck in traffic or a meeting, eyes burning from a screen or an onion.
 */

// The start of the text or of a clause, with any emoji or punctuation before the words.
const CLAUSE_START = String.raw`(?<=^[^a-z0-9]*|[.!?,;:\n\-–—][^a-z0-9]*)`;
// Words said before the report, with nothing between: a cry for help, "there is".
const lead = (cries: string): string => String.raw`(?:(?:${cries})!*[^a-z0-9]* )*`;
// A report told of a past day, laughed at, or said of smoking (the habit), not of a fire now.
const notAfter = (words: string): string => String.raw`(?![^.!?\n]{0,80}\b(?:${words}))`;

/**
 * Smoke at a place: an optional word of how thick before and after the smoke word, then a preposition and article
 * (or none) and the place. Without a word of how thick, the preposition is required (a bare "smoke warehouse" is
 * said-in-haste-bare.ts's).
 */
const smokeAtPlace = (
  cries: string,
  thick: string,
  smoke: string,
  preposition: string,
  place: string,
  calm: string,
): string =>
  String.raw`${CLAUSE_START}${lead(cries)}(?:(?:(?:${thick}) ){1,2}(?:${smoke})(?: (?:${thick})){0,2}!* (?:(?:${preposition}) )?|(?:${smoke})(?: (?:${thick})){1,2}!* (?:(?:${preposition}) )?|(?:${smoke})!* (?:${preposition}) )(?:${place})\b${notAfter(calm)}`;

/** Smoke with a word of how thick, coming out of something: "fumo nerissimo esce dalla centralina". */
const thickSmokeOut = (thick: string, smoke: string, out: string, calm: string): string =>
  String.raw`\b(?:${smoke})(?: (?:${thick})){1,2} (?:${out})\b${notAfter(calm)}`;

/** The writer (or "we") shut in a place that traps, said at the start of a clause, with no "I". */
const shutIn = (cries: string, who: string, shut: string, place: string, calm: string): string =>
  String.raw`${CLAUSE_START}${lead(cries)}(?:(?:${who}) )?(?:${shut}) (?:${place})\b${notAfter(calm)}`;

/** A leak or alarm and burning eyes or coughing in the same stretch, either first. */
const hurtByLeak = (leak: string, hurt: string, calm: string): string =>
  String.raw`(?![^\n]{0,160}\b(?:${calm}))(?<!\b(?:${calm})[^\n]{0,160})(?:\b(?:${leak})\b[^\n]{0,120}?\b(?:${hurt})\b|\b(?:${hurt})\b[^\n]{0,120}?\b(?:${leak})\b)`;

/** Something fell or collapsed, and someone is under it. */
const underCollapse = (fell: string, someone: string): string =>
  String.raw`\b(?:${fell})\b[^.!?\n]{0,60}?\b(?:${someone})\b`;

// --- English ---------------------------------------------------------------------------------------------------

const EN_THICK = String.raw`thick|black|heavy|dense|grey|gray|white|toxic|acrid|billowing|so much|lots of|loads of|a lot of`;
const EN_PLACE = String.raw`(?:warehouse|kitchen|canteen|office|factory|stockroom|storeroom|basement|cellar|car ?park|loading (?:bay|dock)|server room|boiler ?room|plant ?room|workshop|aisle|attic|loft|roof|substation|paint shop|spray booth|paint booth|battery room|bin store|mezzanine|bay|dock|line|unit|ward|hall|stairwell|corridor|lift|elevator|plant|building|shop floor|production)s?`;
const EN_CALM = String.raw`drill|practice|exercise|test|testing|training|cigarettes?|cigs?|vap\w*|smokers?|smoking|weed|bbq|barbecue|toast|popcorn|yesterday|last (?:year|month|week|night)|years ago|always|every day|all clear|put out|lol|lmao|haha\w*|detectors?|alarm needs`;
// Places that trap whoever is shut in them.
const EN_TRAP = String.raw`(?:walk-?in |big |main |blast |back )?(?:freezer|cooler|cold ?room|cold ?store|chiller|walk-?in|elevator|lift|tank|silo|shipping container|container|vessel|trailer|reefer|compactor|baler|crawl ?space|vault|pit|trench|shaft|hopper|manhole)s?`;
const EN_PAST = String.raw`yesterday|last (?:week|night|month|time|year)|earlier|this morning|ago|lol|lmao|rofl|haha\w*|hehe|for (?:\d+|a few|five|ten|twenty|thirty|an?) (?:min\w*|secs?|seconds|hours?)|twice|again|every|always|times|got out|fixed|be fixed|needs? (?:fixing|servic\w*|repair\w*)`;
const EN_HEAVY = String.raw`(?:the |a |his |her |their |that |this )?(?:forklift|truck|pallet|rack|racking|shelf|shelving|machine|press|wall|dock|ramp|load|beam|door|trailer|van|car|vehicle|conveyor|roller|crate|container|steel|pipe|it|them)`;

/** English. */
export const ENGLISH_SAID_TERSE: UrgencyRule[] = [
  rule(
    'safety',
    smokeAtPlace(
      "help|omg|guys|urgent|quick|emergency|there'?s|theres|there is|we have|we got",
      EN_THICK,
      'smoke',
      'in|at|on|near|by|inside|from|coming from|coming out of|all over|filling|in the|at the|on the|from the|inside the|all over the|filling the|in our|coming from the|coming out of the',
      `${EN_PLACE}(?: \\d{1,3}[a-z]?)?`,
      EN_CALM,
    ),
  ),
  rule(
    'safety',
    thickSmokeOut(
      EN_THICK,
      'smoke',
      'coming out|pouring out|coming from|pouring from|billowing|everywhere|filling|coming up|coming through',
      EN_CALM,
    ),
  ),
  rule(
    'safety',
    shutIn(
      'help|sos|emergency|please|pls|plz|omg|urgent',
      "i'?m|im|i am|we'?re|were|we are|still|am|are",
      'stuck|trapped|locked|shut|closed',
      `(?:in|inside) (?:the |a |this |our )?${EN_TRAP}`,
      EN_PAST,
    ),
  ),
  // "someones hand is caught", "his arm got stuck": whose, the part, caught. Not the writer's own (a hand stuck in a
  // jar is told with "my"), not a past day.
  rule(
    'safety',
    String.raw`\b(?:someone'?s|somebody'?s|some1s|his|her|their|a (?:guy|man|woman|lad|worker|colleague|kid|child)'?s|(?:the )?(?:new (?:guy|girl|lad)|operator|driver|picker|worker)'?s) (?:hand|hands|arm|arms|finger|fingers|foot|leg|hair|sleeve|glove|head) (?:is |s |'s |are |got |just got |is still |has been |been )+(?:caught|stuck|trapped|pinned|jammed|crushed|pulled in|dragged in)\b${notAfter(EN_PAST)}`,
  ),
  // "stop the press, someone's hand": a machine to stop and a body in it.
  rule(
    'safety',
    String.raw`\b(?:stop|kill|shut off|shut down|hit the stop on) the (?:press|machine|line|belt|conveyor|roller|rollers|saw|mixer|auger|baler|compactor)\b[^.!?\n]{0,60}?\b(?:hand|hands|arm|arms|finger|fingers|foot|leg|hair|sleeve|caught|stuck|trapped|pinned|crushed|someone|somebody|he'?s in|she'?s in)\b`,
  ),
  // Pinned against, under or between something heavy: "he's pinned against the dock".
  rule(
    'safety',
    String.raw`\b(?:is|'s|s|are|'re|got|just got|still|now) (?:\w+ )?(?:pinned|trapped|crushed|wedged|stuck|squashed) (?:under|underneath|beneath|between|against|by) ${EN_HEAVY}\b${notAfter(EN_PAST)}`,
  ),
  rule(
    'safety',
    underCollapse(
      'collapsed|fell over|fell down|came down|toppled|tipped over|gave way|caved in|fell on',
      "(?:someone|somebody|some1|a (?:guy|man|woman|worker|person|lad|colleague)|people|ppl|two people|(?:he|she|they)(?:'s| is| are|s)?)(?:'s| is| are| s)? (?:still |stuck |trapped |pinned |lying )?(?:under|underneath|beneath) (?:it|them|there|the \\w+)",
    ),
  ),
  rule(
    'safety',
    hurtByLeak(
      'beep\\w*|alarm\\w*|leak\\w*|gas|hiss\\w*|spill\\w*|ammonia|chlorine|detector',
      "(?:my|our|everyone'?s|his|her|their|the) eyes (?:are |r |is |keep )?(?:burning|stinging|on fire)|(?:my |our |his |her )?throats? (?:is |are |r )?(?:burning|on fire|closing)|can'?t stop coughing|cannot stop coughing|(?:everyone|everybody|we|people|ppl|all of us) (?:is |are |r |'re |all |keep |started |keeps )*coughing",
      'open (?:a|the) windows?|every time|whenever|all day|staring|screens?|spreadsheets?|monitors?|onions?|allerg\\w*|hay ?fever|pollen|tired|crying|contacts|lenses|a cold|flu|covid|yesterday|last (?:week|night)',
    ),
  ),
];

// --- Spanish ---------------------------------------------------------------------------------------------------

const ES_THICK = String.raw`negr\w*|espes\w*|dens\w*|much\w*|blanc\w*|toxic\w*|gris`;
const ES_CALM = String.raw`simulacro\w*|practica|ejercicio|prueba|capacitacion|cigarr\w*|tabaco|fuman?|fumando|fumador\w*|vape\w*|vapea\w*|ayer|siempre|todos los dias|el ano pasado|hace \w+ (?:anos|meses|semanas)|ya (?:se )?apag\w*|asado|parrilla|jaja\w*|detector\w*`;
const ES_PAST = String.raw`ayer|la semana pasada|anoche|esta manana|jaja\w*|jeje\w*|hace \w+ (?:dias|semanas|meses)|por \d+ min\w*|otra vez|siempre|cada|ya (?:sali|salio|salimos)`;

/** Spanish. */
export const SPANISH_SAID_TERSE: UrgencyRule[] = [
  rule(
    'safety',
    smokeAtPlace(
      'ayuda|auxilio|socorro|urgente|rapido|hay',
      ES_THICK,
      'humo',
      'en|en el|en la|en los|en las|por el|por la|por todo el|por toda la|dentro de|dentro del|dentro de la|saliendo de|saliendo del|saliendo de la|sale de|sale del|sale de la',
      String.raw`(?:almacen\w*|nave|naves|bodega\w*|cocina|oficina\w*|taller|planta|fabrica|edificio|linea|muelle|sotano|garaje|comedor|deposito|galpon|tienda|obra|vestuario|pasillo|anden|rampa|caldera|horno|bano|banos|tejado|techo|camara|cuarto (?:de )?\w+|sala de \w+|elevador|ascensor)(?: \d{1,3}[a-z]?)?`,
      ES_CALM,
    ),
  ),
  rule(
    'safety',
    thickSmokeOut(ES_THICK, 'humo', 'que sale|sale|salia|saliendo|por todas partes|por todos lados', ES_CALM),
  ),
  rule(
    'safety',
    shutIn(
      'ayuda|auxilio|socorro|urgente|por favor',
      'estoy|estamos|esta|estan|quede|quedo|quedamos|quedaron|sigo|seguimos|seguimos|me quede|nos quedamos|se quedo',
      'atrapad[oa]s?|encerrad[oa]s?|atorad[oa]s?|atascad[oa]s?',
      String.raw`(?:en|dentro de) (?:el |la |un |una )?(?:camara\w*(?: frigorifica| de frio| fria| de congelacion)?|congelador\w*|cuarto frio|frigorifico|elevador|ascensor|tanque|silo|contenedor|cisterna|pozo|zanja|tolva|compactadora)`,
      ES_PAST,
    ),
  ),
  // "se le atoró la mano", "la mano atrapada": a hand or arm caught.
  rule(
    'safety',
    String.raw`\b(?:se le|se me) (?:atoro|atrapo|engancho|prenso|machuco|aplasto) (?:la mano|el brazo|los dedos|el dedo|el pie|la pierna|el pelo|la manga)\b|\b(?:la|su|una) (?:mano|brazo|pierna) (?:esta |quedo |sigue )?(?:atrapad|atorad|prensad|aplastad|enganchad)[oa]\b${notAfter(ES_PAST)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:quedo|quedaron|esta|estan|sigue|siguen) (?:\w+ )?(?:prensad|atrapad|aplastad|atorad|aprisionad|machucad)[oa]s? (?:contra|bajo|debajo|entre)\b${notAfter(ES_PAST)}`,
  ),
  rule(
    'safety',
    underCollapse(
      'se cayo|se cayeron|se derrumbo|se vino abajo|se volco|colapso|se desplomo',
      'alguien|un (?:companero|trabajador|operario|hombre|chavo|muchacho)|una (?:persona|companera|mujer)|gente|dos personas) (?:\\w+ )?(?:debajo|abajo|bajo)|(?:debajo|abajo) (?:hay|esta|quedo) (?:alguien|un companero|un trabajador|una persona|gente',
    ),
  ),
  rule(
    'safety',
    hurtByLeak(
      'pita\\w*|pitido\\w*|alarma\\w*|fuga\\w*|gas|derram\\w*|amoniaco|cloro',
      '(?:me |nos |le |les )?(?:arden|pican|lloran) (?:los |mis )?ojos|(?:los )?ojos (?:me |nos )?(?:arden|pican)|(?:me |nos )?arde la garganta|no (?:paro|paramos|puedo dejar|podemos dejar|para|paran) de toser|(?:todos|todo el mundo|la gente) (?:esta|estan|estamos) tosiendo',
      'pantalla\\w*|computadora|ordenador|cebolla\\w*|alergi\\w*|polen|cansad\\w*|llorar|llorando|lentillas|gripe|resfriado|ayer',
    ),
  ),
];

// --- French ----------------------------------------------------------------------------------------------------

const FR_THICK = String.raw`epaisses?|noires?|denses?|blanches?|grises?|toxiques?|beaucoup de|plein de`;
const FR_CALM = String.raw`exercice\w*|simulation|formation|test|essai|cigarette\w*|clope\w*|tabac|fument|fumeurs?|vapot\w*|hier|toujours|tous les jours|l'an dernier|il y a \w+ (?:ans|mois)|eteint\w*|barbecue|mdr|lol|detecteur\w*`;
const FR_PAST = String.raw`hier|la semaine derniere|ce matin|mdr|ptdr|lol|il y a \w+ (?:jours|semaines|mois)|pendant \d+ min\w*|encore|toujours|chaque`;

/** French. */
export const FRENCH_SAID_TERSE: UrgencyRule[] = [
  rule(
    'safety',
    smokeAtPlace(
      "au secours|a l'aide|urgence|vite|alerte|il y a|y a",
      FR_THICK,
      'fumee|de la fumee',
      'dans|au|aux|a|sur|en|du|de|qui sort du|qui sort de',
      String.raw`(?:l'|le |la |les )?(?:entrepot|atelier|cuisine|bureau|hangar|usine|batiment|local|quai|magasin|reserve|chantier|parking|vestiaire|ligne|hall|garage|cave|sous-sol|cantine|chaufferie|four|labo\w*|depot|couloir|toiture|toit|grenier|stock|salle|allee|ascenseur|escalier)s?(?: \d{1,3}[a-z]?)?`,
      FR_CALM,
    ),
  ),
  rule(
    'safety',
    thickSmokeOut(FR_THICK, 'fumee', "qui sort|qui s'echappe|qui monte|sort|sortait|s'echappe|partout", FR_CALM),
  ),
  rule(
    'safety',
    shutIn(
      "au secours|a l'aide|aidez-moi|urgence|svp",
      'je suis|on est|nous sommes|il est|elle est|toujours|suis|sommes',
      'coince[es]{0,2}|enferme[es]{0,2}|bloque[es]{0,2}|pris au piege',
      String.raw`(?:dans|en) (?:l'|le |la |un |une )?(?:ascenseur|chambre froide|congelateur|frigo|cuve|silo|conteneur|citerne|puits|tranchee|tremie|compacteur)`,
      FR_PAST,
    ),
  ),
  rule(
    'safety',
    String.raw`\b(?:la|sa|une|son) (?:main|bras|jambe|manche) (?:est |reste |a ete )?(?:coincee?|prise?|ecrasee?|happee?|aspiree?)\b(?! (?:en photo|de court))${notAfter(FR_PAST)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:est|sont|reste|restee?|il est|elle est) (?:\w+ )?(?:coince|ecrase|bloque)[es]{0,2} (?:sous|entre|contre) (?:le|la|les|un|une|l')\b${notAfter(FR_PAST)}`,
  ),
  rule(
    'safety',
    underCollapse(
      'effondre\\w*|ecroule\\w*|tombee?s?|renverse\\w*|bascule\\w*',
      "(?:quelqu'un|un (?:collegue|gars|homme|ouvrier|salarie|cariste)|une (?:personne|collegue|femme)|des gens) (?:est |sont )?(?:coince |coincee |bloque )?(?:dessous|sous (?:lui|elle|le|la|les))",
    ),
  ),
  rule(
    'safety',
    hurtByLeak(
      'bip\\w*|sonne|alarme\\w*|fuite\\w*|gaz|ammoniac|chlore',
      "(?:les |mes |nos )?yeux (?:qui )?(?:brulent|piquent)|(?:la )?gorge qui brule|(?:on|je|tout le monde) (?:n'arrete pas de |n'arretons pas de )?touss\\w*",
      'ecran\\w*|ordinateur|oignon\\w*|allergi\\w*|pollen|fatigu\\w*|pleur\\w*|lentilles|grippe|rhume|hier',
    ),
  ),
];

// --- Portuguese ------------------------------------------------------------------------------------------------

const PT_THICK = String.raw`pret\w*|dens\w*|muit\w*|gross\w*|branc\w*|toxic\w*|escur\w*`;
const PT_CALM = String.raw`simulado|simulacao|treinamento|exercicio|teste|cigarr\w*|tabaco|fumam|fumando|fumantes?|vape\w*|ontem|sempre|todo dia|todos os dias|ano passado|ha \w+ (?:anos|meses)|apagad\w*|churrasco|kk+|rsrs|haha\w*|detector\w*`;
const PT_PAST = String.raw`ontem|semana passada|hoje de manha|kkk+|rsrs\w*|haha\w*|ha \w+ (?:dias|semanas|meses)|por \d+ min\w*|de novo|sempre|toda vez`;

/** Portuguese. */
export const PORTUGUESE_SAID_TERSE: UrgencyRule[] = [
  rule(
    'safety',
    smokeAtPlace(
      'socorro|ajuda|urgente|rapido|tem|ta saindo',
      PT_THICK,
      'fumaca|fumo',
      'no|na|nos|nas|em|dentro do|dentro da|saindo do|saindo da|vindo do|vindo da',
      String.raw`(?:armazem|galpao|cozinha|escritorio|oficina|fabrica|predio|edificio|linha|doca|deposito|almoxarifado|refeitorio|garagem|subsolo|porao|loja|obra|setor|vestiario|corredor|caldeira|forno|estoque|barracao|telhado|banheiro|camara fria|elevador|sala)(?: \d{1,3}[a-z]?)?`,
      PT_CALM,
    ),
  ),
  rule(
    'safety',
    thickSmokeOut(PT_THICK, 'fumaca', 'saindo|sai|saiu|subindo|por todo lado|pra todo lado|em todo lugar', PT_CALM),
  ),
  rule(
    'safety',
    shutIn(
      'socorro|ajuda|urgente|por favor|pfv',
      'estou|to|tô|estamos|ta|esta|estao|fiquei|ficou|ficamos|ficaram|continuo',
      'pres[oa]s?|trancad[oa]s?|encurralad[oa]s?|fechad[oa]s?',
      String.raw`(?:no|na|dentro do|dentro da) (?:camara fria|camara frigorifica|freezer|congelador|frigorifico|elevador|tanque|silo|conteiner|container|cisterna|poco|vala|tremonha|compactador)`,
      PT_PAST,
    ),
  ),
  rule(
    'safety',
    String.raw`\b(?:a|sua|uma|o|seu) (?:mao|braco|perna) (?:ta |esta |ficou |continua )?(?:pres[oa]|prensad[oa]|esmagad[oa]|enroscad[oa]|puxad[oa])\b${notAfter(PT_PAST)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:ficou|ficaram|esta|ta|estao|continua|continuam) (?:\w+ )?(?:pres|prensad|esmagad|imprensad|entalad)[oa]s? (?:debaixo|embaixo|em baixo|entre|contra|sob)\b${notAfter(PT_PAST)}`,
  ),
  rule(
    'safety',
    underCollapse(
      'desabou|desabaram|caiu|cairam|tombou|despencou|virou',
      'alguem|um (?:colega|cara|homem|funcionario|trabalhador|operador)|uma (?:pessoa|colega|mulher)|gente) (?:\\w+ )?(?:debaixo|embaixo|em baixo|sob)|(?:debaixo|embaixo) (?:tem|esta|ficou|ta) (?:alguem|um colega|um funcionario|uma pessoa',
    ),
  ),
  rule(
    'safety',
    hurtByLeak(
      'apit\\w*|alarme\\w*|vazament\\w*|gas|amonia|cloro',
      '(?:os |meus |nossos )?olhos (?:\\w+ )?(?:ardendo|ardem|arde|queimando)|garganta (?:\\w+ )?(?:ardendo|queimando)|(?:todo mundo|a gente|o pessoal|todos) (?:\\w+ )?tossindo|nao (?:paro|param|paramos|consigo parar) de tossir',
      'tela\\w*|computador|cebola\\w*|alergi\\w*|polen|cansad\\w*|chorar|chorando|lentes|gripe|resfriado|ontem',
    ),
  ),
];

// --- Italian ---------------------------------------------------------------------------------------------------

const IT_THICK = String.raw`ner\w*|dens\w*|tant\w*|molt\w*|bianc\w*|tossic\w*|spess\w*|grig\w*`;
const IT_CALM = String.raw`esercitazion\w*|prova|simulazione|formazione|test|sigarett\w*|tabacc\w*|fumano|fumare|fumatori|svap\w*|fuma\w*|passivo|ieri|sempre|tutti i giorni|l'anno scorso|anni fa|spent\w*|grigliata|barbecue|ahah\w*|rilevator\w*`;
const IT_PAST = String.raw`ieri|la settimana scorsa|stamattina|ahah\w*|haha\w*|giorni fa|settimane fa|per \d+ min\w*|di nuovo|sempre|ogni`;

/** Italian. */
export const ITALIAN_SAID_TERSE: UrgencyRule[] = [
  rule(
    'safety',
    smokeAtPlace(
      "aiuto|soccorso|urgente|presto|c'e|ce|c e",
      IT_THICK,
      'fumo',
      'in|nel|nella|nello|al|alla|dal|dalla|dallo|nei|nelle|dentro il|dentro la',
      String.raw`(?:magazzin\w*|capannon\w*|cucina|uffic\w*|officina|fabbrica|stabilimento|edificio|linea|reparto|banchina|deposito|mensa|garage|cantina|seminterrato|negozio|cantiere|spogliatoio|corridoio|caldaia|forno|laboratorio|tetto|soffitta|sala|bagno|locale|quadro elettrico|centralina|ascensore)(?: \d{1,3}[a-z]?)?`,
      IT_CALM,
    ),
  ),
  rule(
    'safety',
    thickSmokeOut(IT_THICK, 'fumo', 'che esce|esce|usciva|sta uscendo|viene fuori|sale|dappertutto|ovunque', IT_CALM),
  ),
  rule(
    'safety',
    shutIn(
      'aiuto|soccorso|urgente|per favore',
      'sono|siamo|e|sono rimast[oaie]|siamo rimasti|e rimast[oa]|rimast[oaie]|ancora',
      'bloccat[oaie]|chius[oaie]|intrappolat[oaie]|rinchius[oaie]',
      String.raw`(?:in|nel|nella|dentro (?:al|alla|il|la)) (?:cella frigorifera|cella|freezer|congelatore|frigo|ascensore|cisterna|silo|container|serbatoio|pozzo|scavo|tramoggia|compattatore)`,
      IT_PAST,
    ),
  ),
  rule(
    'safety',
    String.raw`\b(?:la|sua|una|il|suo) (?:mano|braccio|gamba|manica) (?:e |rimast[ao] |e rimast[ao] )?(?:incastrat[oa]|schiacciat[oa]|intrappolat[oa]|impigliat[oa]|risucchiat[oa])\b${notAfter(IT_PAST)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:e|sono|rimast[oaie]|e rimast[oa]) (?:\w+ )?(?:schiacciat|incastrat|intrappolat|bloccat)[oaie] (?:sotto|tra|fra|contro)\b${notAfter(IT_PAST)}`,
  ),
  rule(
    'safety',
    underCollapse(
      'crollat\\w*|caduto|caduta|caduti|ribaltat\\w*|cedut\\w*|venuto giu|venuta giu',
      "(?:qualcuno|un (?:collega|ragazzo|uomo|operaio|lavoratore|magazziniere)|una (?:persona|collega|donna)|gente) (?:\\w+ )?sotto|sotto (?:c'e|ce|c e) (?:qualcuno|un collega|un operaio|una persona)",
    ),
  ),
  rule(
    'safety',
    hurtByLeak(
      'suona\\w*|allarme\\w*|bip\\w*|perdita|fuga|gas|ammoniaca|cloro',
      '(?:gli |mi |ci )?(?:occhi (?:\\w+ )?(?:bruciano|brucia|pizzicano)|bruciano gli occhi)|(?:mi |ci )?brucia la gola|(?:tutti|la gente) (?:\\w+ )?tossiscono|tossiamo tutti|non (?:smetto|smettiamo|smettono) di tossire',
      'schermo|computer|pc|cipoll\\w*|allergi\\w*|polline|stanc\\w*|piang\\w*|lenti|influenza|raffreddore|ieri',
    ),
  ),
];

// --- German ----------------------------------------------------------------------------------------------------

const DE_THICK = String.raw`stark\w*|dicht\w*|schwarz\w*|dick\w*|viel|weiss\w*|beissend\w*|giftig\w*|grau\w*`;
const DE_CALM = String.raw`ubung|uebung|probealarm|training|schulung|test|zigarett\w*|raucher\w*|rauchen|tabak|vape\w*|gestern|immer|jeden tag|letztes jahr|vor \w+ (?:jahren|monaten)|geloscht|grill\w*|haha\w*|melder\w*`;
const DE_PAST = String.raw`gestern|letzte woche|heute morgen|haha\w*|lol|vor \w+ (?:tagen|wochen|monaten)|fur \d+ min\w*|schon wieder|immer|jedes mal`;
const DE_TRAP = String.raw`(?:kuhlraum|kuhlhaus|kuhlzelle|gefrierraum|tiefkuhl\w*|kuhlkammer|froster|aufzug|fahrstuhl|lift|tank|silo|container|schacht|grube|behalter)`;

/** German. */
export const GERMAN_SAID_TERSE: UrgencyRule[] = [
  rule(
    'safety',
    smokeAtPlace(
      'hilfe|schnell|achtung|alarm|notfall',
      DE_THICK,
      'rauch|qualm',
      'in|im|in der|in dem|am|an der|aus dem|aus der|auf der|bei|beim|in halle|in werk',
      String.raw`(?!raucher)(?:halle|lager|lagerhalle|werkstatt|kuche|kueche|kantine|buro|buero|gebaude|gebaeude|keller|linie|produktion|anlage|abteilung|rampe|dach|trakt|etage|garage|hof|silo|tank|ofen|maschine|fabrik|treppenhaus|flur|gang|\w*raum|\w*halle|\w*lager|aufzug)(?:n|en|e)?(?: \d{1,3}[a-z]?)?`,
      DE_CALM,
    ),
  ),
  rule(
    'safety',
    shutIn(
      'hilfe|notfall|bitte|schnell',
      'bin|sind|ich bin|wir sind|er ist|sie ist|jemand ist|noch',
      'eingesperrt|eingeschlossen|eingeklemmt|steckengeblieben|stecke fest|stecken fest',
      String.raw`(?:im|in der|in dem|in einem|in einer) ${DE_TRAP}`,
      DE_PAST,
    ),
  ),
  // German puts the verb last: "im Aufzug stecken geblieben", "HILFE im Kühlraum eingesperrt".
  rule(
    'safety',
    String.raw`${CLAUSE_START}${lead('hilfe|notfall|bitte|schnell|ich bin|wir sind|bin|sind|jemand ist|er ist|sie ist|noch')}(?:im|in der|in dem) ${DE_TRAP}\w* (?:\w+ )?(?:eingesperrt|eingeschlossen|steckengeblieben|stecken geblieben|stecke fest|stecken fest|feststecken|gefangen)\b${notAfter(DE_PAST)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:hand|arm|finger|fuss|bein|haare|armel|arbeitshandschuh) (?:ist |sind |steckt |wurde |hangt )?(?:eingeklemmt|eingequetscht|eingezogen|gequetscht|reingezogen)\b${notAfter(DE_PAST)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:ist|sind|liegt|liegen|hangt|steckt) (?:\w+ )?(?:eingeklemmt|eingequetscht|begraben) (?:unter|zwischen)\b|\b(?:unter|zwischen) (?:dem|der|den|einem|einer) \w+ (?:\w+ )?(?:eingeklemmt|eingequetscht|begraben)\b${notAfter(DE_PAST)}`,
  ),
  rule(
    'safety',
    underCollapse(
      'eingesturzt|umgesturzt|umgekippt|zusammengebrochen|runtergefallen|eingebrochen|umgefallen|zusammengekracht',
      '(?:jemand|ein (?:mann|kollege|arbeiter|mitarbeiter|fahrer)|eine (?:frau|kollegin|person)|leute) (?:liegt |ist |sind |liegen )?(?:noch )?(?:drunter|darunter|unter (?:ihm|ihr|dem|der))|(?:drunter|darunter) (?:liegt|ist|sind|liegen) (?:noch )?(?:jemand|ein kollege|ein mann|eine person|leute)',
    ),
  ),
  rule(
    'safety',
    hurtByLeak(
      'piept\\w*|piepen|piepst\\w*|alarm\\w*|leck\\w*|gas|ammoniak|chlor',
      '(?:die |meine |unsere )?augen (?:\\w+ )?(?:brennen|tranen)|(?:hals|rachen) (?:\\w+ )?brennt|(?:alle|wir|leute) (?:\\w+ )?husten|(?:hore|horen) nicht auf zu husten',
      'bildschirm\\w*|monitor\\w*|zwiebel\\w*|allergi\\w*|pollen|heuschnupfen|mude|weinen|linsen|grippe|erkaltung|gestern',
    ),
  ),
];

// --- Polish ----------------------------------------------------------------------------------------------------

const PL_THICK = String.raw`gest\w*|czarn\w*|duzo|mnostwo|bial\w*|gryzac\w*|szar\w*|tyle`;
const PL_CALM = String.raw`cwiczeni\w*|probn\w*|szkoleni\w*|test\w*|papieros\w*|palacz\w*|palarni\w*|e-?papieros\w*|vape\w*|wczoraj|zawsze|codziennie|w zeszlym roku|lat temu|ugaszon\w*|grill\w*|haha\w*|czujnik\w*`;
const PL_PAST = String.raw`wczoraj|w zeszlym tygodniu|dzis rano|haha\w*|xd|dni temu|tygodni temu|przez \d+ min\w*|znowu|zawsze|co chwile`;

/** Polish. */
export const POLISH_SAID_TERSE: UrgencyRule[] = [
  rule(
    'safety',
    smokeAtPlace(
      'pomocy|ratunku|szybko|alarm|jest',
      PL_THICK,
      'dym|dymu',
      'w|we|na|z|ze',
      String.raw`(?:magazyn\w*|hal[aiey]|halach|kuchni\w*|biur\w*|warsztat\w*|fabry[ck]\w*|budyn\w*|lini[aei]|produkcj\w*|piwnic\w*|stolowk\w*|szatni\w*|garaz\w*|ramp\w*|kotlowni\w*|zaklad\w*|sklep\w*|korytarz\w*|dach\w*|strych\w*|piec\w*|serwerowni\w*|windzie|rozdzielni\w*)(?: \d{1,3}[a-z]?)?`,
      PL_CALM,
    ),
  ),
  rule('safety', thickSmokeOut(PL_THICK, 'dym', 'leci|idzie|wydobywa sie|wychodzi|bucha|unosi sie|wszedzie', PL_CALM)),
  rule(
    'safety',
    shutIn(
      'pomocy|ratunku|prosze|szybko',
      'jestem|jestesmy|jest|sa|wciaz|nadal',
      'utknal\\w*|uwiezion\\w*|uwiezl\\w*|zamkniet\\w*|zatrzasniet\\w*|zablokowan\\w*|zakleszczon\\w*|utkwil\\w*',
      String.raw`(?:w|we) (?:chlodni\w*|mrozni\w*|zamrazarce|zamrazalni\w*|windzie|zbiorniku|silosie|kontenerze|studzience|wykopie|szybie|leju|prasie)`,
      PL_PAST,
    ),
  ),
  rule(
    'safety',
    String.raw`\b(?:reka|reke|dlon|palce|palec|noga|noge|rekaw|wlosy) (?:\w+ )?(?:wciagniet|zakleszczon|przytrzasniet|zmiazdzon|przygniecion|uwiezion|wkreconn?)\w*${notAfter(PL_PAST)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:przygniecion|zakleszczon|przycisniet|uwiezion|zmiazdzon)\w* (?:pod|miedzy|przez|do)\b${notAfter(PL_PAST)}`,
  ),
  rule(
    'safety',
    underCollapse(
      'runal|runela|runelo|runely|zawalil\\w*|przewrocil\\w*|spadl|spadla|spadlo|zapadl\\w*',
      'pod (?:nim|nia|nimi|spodem) (?:\\w+ )?(?:czlowiek|ludzie|ktos|pracownik\\w*|facet|chlopak|kolega|kobieta|dwoch|dwie|osoba)',
    ),
  ),
  rule(
    'safety',
    hurtByLeak(
      'pipcz\\w*|pika|piszczy|alarm\\w*|czujnik\\w*|wyciek\\w*|gaz\\w*|amoniak\\w*|chlor\\w*',
      '(?:pieka|piecze|szczypia|lzawia) (?:\\w+ )?oczy|oczy (?:\\w+ )?(?:pieka|piecza|szczypia|lzawia)|(?:pali|piecze|drapie) (?:\\w+ )?(?:gardlo|w gardle)|(?:wszyscy|ludzie) (?:\\w+ )?kaszl\\w*',
      'ekran\\w*|monitor\\w*|komputer\\w*|cebul\\w*|alergi\\w*|pylki|zmeczon\\w*|placz\\w*|soczewk\\w*|gryp\\w*|przeziebieni\\w*|wczoraj',
    ),
  ),
];
