import {
  ENGLISH_SAID_TERSE,
  FRENCH_SAID_TERSE,
  GERMAN_SAID_TERSE,
  ITALIAN_SAID_TERSE,
  POLISH_SAID_TERSE,
  PORTUGUESE_SAID_TERSE,
  SPANISH_SAID_TERSE,
} from './said-in-haste-terse';
import {
  ENGLISH_SAID_28,
  FRENCH_SAID_28,
  GERMAN_SAID_28,
  ITALIAN_SAID_28,
  POLISH_SAID_28,
  PORTUGUESE_SAID_28,
  SPANISH_SAID_28,
} from './said-in-haste-28';
import { rule, type UrgencyRule } from './types';

/*
 * Emergencies said in haste with the little words left out (an outside attacker's round, session 26,
 * test/unit/analysis/urgency-said-in-haste-bare.test.ts). said-in-haste.ts reads "fire in bay 3"; a report typed
 * faster still drops the "in": "INCENDIE entrepôt côté quai 4 !!!", "fuego almacén", "pożar magazyn", "Feuer Lager",
 * "smoke 🔥 warehouse" (the emoji read as "fire"). It names a machine or a place and says it is smoking ("paint booth
 * smoking"); it shouts for help and says someone is trapped without saying where in a sentence ("AYUDA AYUDA linea 2
 * atrapado"); it names a box cutter in a threatening man's hand ("he has a box cutter and is shouting at the new
 * girl"). Each is read here as a shape, in every language the full rules read where the shape is said. Calm
 * look-alikes are kept out: a smoking area or break, a fire drill, a "coup de feu" in a kitchen, feeling trapped in a
 * job, box cutters ordered or trained on.
 */

// The start of the text or of a clause, with any emoji or punctuation before the words.
const CLAUSE_START = String.raw`(?<=^[^a-z0-9]*|[.!?,;:\n][^a-z0-9]*)`;
// A fire word repeated or followed by a second ("smoke fire warehouse", the emoji read as "fire").
const twice = (words: string): string => String.raw`(?:${words})(?: (?:${words}))*!*`;
// The fire word straight before a place: no preposition, no article. The place ends the clause or the report goes on.
const bareFire = (cries: string, fire: string, place: string, notNow: string): string =>
  String.raw`${CLAUSE_START}(?:(?:${cries})!* )*${twice(fire)} (?:${place})\b(?![^.!?\n]{0,60}\b(?:${notNow})\b)`;

// --- English ---------------------------------------------------------------------------------------------------

// Places that, said straight after "fire" or "smoke", can only be where the fire is. No room, area, shop or shed:
// "smoke room", "smoke area", "smoke shop" and "smoke shed" are where people smoke; nor a fire service's own
// hall, lift, yard, bay, depot or building ("fire hall fundraiser", "fire lift out of service", "fire building exercise").
const EN_PLACE = String.raw`(?:warehouse|kitchen|canteen|office|factory|stockroom|storeroom|basement|cellar|car ?park|loading (?:bay|dock)|server room|boiler ?room|plant ?room|workshop|aisle|attic|loft|roof|substation|paint shop|spray booth|paint booth|battery room|bin store|mezzanine)s?`;
const EN_NOT_NOW = String.raw`drill|drills|practice|exercise|simulation|training|test|tested|testing|sale|station|last (?:year|month|week)|years ago|was put out|is out now|all clear`;

// A machine or a place said to be smoking, as its subject: "paint booth smoking", "the charger is smoking". Not people
// smoking at a place ("lads in the yard smoking": the place comes after a preposition), nor a smoking area, break,
// ban, shelter or sign, nor "smoking hot".
const SMOKING_THING = String.raw`(?:(?:paint|spray) booth|booth|machine|motor|engine|forklift|charger|battery|batteries|battery pack|(?:fuse|breaker|electric(?:al)?|control) (?:box|panel|board|cabinet)|panel|plug|socket|outlet|cable|wire|wires|wiring|extension (?:lead|cord)|heater|oven|fryer|deep fryer|kiln|furnace|compressor|generator|press|conveyor|dryer|boiler|transformer|pump|printer|laptop|microwave|extractor|vent|light fitting|lamp|truck|van|bin|skip|roof|ceiling|warehouse|kitchen|building|factory|plant room|boiler room|server room|server|rack|ups|inverter|saw|grinder|mixer|belt|bearing)`;
const SMOKING = String.raw`${CLAUSE_START}(?:(?:fire|smoke|help|omg|guys|urgent|quick)!* )*(?:(?:the|our|my|a|an|that|this) )?(?:[\w-]+ )?${SMOKING_THING} (?:\d{1,3}[a-z]? )?(?:is |are |'s |s |just |started |starts |keeps |now |still |has been |been )*smoking\b(?! (?:area|areas|break|breaks|ban|bans|policy|shelter|shelters|spot|point|zone|room|section|sign|signs|hut|shed|hot|gun|jacket|deal|deals|habit|cessation)\b)`;

// A box cutter, utility or Stanley knife held by someone threatening: with shouting or threats in the same sentence,
// or said as all the clause says ("he has a box cutter"). The tool ordered, trained on, blunt or used on boxes stays a tool.
const BLADE_TOOL = String.raw`(?:box ?cutters?|boxcutters?|box knife|utility knife|stanley knife|craft knife|carpet knife|snap[- ]?off (?:knife|blade)|x-?acto(?: knife)?|razor blade|retractable (?:knife|blade))`;
const HOLDER = String.raw`(?:he|she|they|hes|shes|someone|somebody|some1|a (?:\w+ )?(?:guy|man|woman|bloke|lad|customer|driver|worker|stranger)|the (?:\w+ )?(?:guy|man|woman|bloke|lad|customer|driver|worker|stranger)|this (?:guy|man|woman|bloke|lad|customer))`;
const HOLDS = String.raw`(?:'s got|s got|has got|has|had|got|'s holding|is holding|holding|held|is waving|waving|waved|pulled(?: out)?|pulls(?: out)?|took out|takes out|is swinging|swinging|came at \w+ with|went for \w+ with|is carrying|carrying|brought)`;
const MENACE = String.raw`(?:shout\w*|yell\w*|scream\w*|threat\w*|wav\w*|swing\w*|swung|point\w*|chas\w*|lunge\w*|came at|coming at|went for|going for|angry|raging|kick\w* off|going off|lost it|losing it|aggressive|kill|stab|cut (?:you|me|her|him|them|someone|somebody)|hurt (?:you|me|her|him|them|someone|somebody)|at (?:me|her|him|us|them|people|someone|somebody|everyone|the (?:new |other )?(?:girl|guy|lad|woman|man|staff|manager|supervisor)))`;
const CALM_TOOL = String.raw`(?:open\w*|cut\w* (?:the |open )?(?:boxes|box|tape|cartons?|straps?|shrink ?wrap|plastic)|order\w*|buy|bought|need|needs|training|train\w*|blunt|dull|new ones?|spare|blade(?:s)? (?:is|are) (?:blunt|dull)|lend|borrow|safety)`;
const BOX_CUTTER_HELD = String.raw`\b${HOLDER} ${HOLDS} (?:a |an |his |her |their |the |that |this )?${BLADE_TOOL}\b(?:(?=[^.!?\n]{0,80}\b${MENACE})|(?![^.!?\n]{0,60}\b${CALM_TOOL}\b)(?=[^a-z0-9?]*(?:$|[.!\n])))`;
// "box cutter guy in the break room yelling", "a man with a stanley knife shouting at staff".
const BOX_CUTTER_MAN = String.raw`(?:\b${BLADE_TOOL} (?:guy|man|woman|bloke|lad|dude|customer)\b|\b(?:guy|man|woman|bloke|lad|dude|customer|someone|somebody) with (?:a |an |his |her |the )?${BLADE_TOOL}\b)(?=[^.!?\n]{0,80}\b${MENACE})`;

// A cry for help and someone trapped in one sentence, with no "in the" to say where: "HELP HELP line 2 trapped".
// Feeling trapped (in a job, a contract) and traffic are not this.
const TRAPPED_WITH_CRY = (cries: string, trapped: string, feel: string): string =>
  String.raw`${CLAUSE_START}(?:${cries})\b(?![^.!?\n]{0,80}\b(?:${feel})\b)[^.!?\n]{0,60}?\b(?:${trapped})\b(?! (?:(?:en|in|dans|no|na|nel|nella|im|w) )?(?:el |le |il |o |the |dem )?(?:trafico|atasco|traffic|trafego|transito|traffico|bouchons?|embouteillage|stau|korku)\b)`;

/** English: the emergencies above as they are said without a preposition. */
export const ENGLISH_SAID_BARE: UrgencyRule[] = [
  // English makes "fire" an adjective ("fire office party", "fire kitchen team"): the place ends the clause, or the
  // report goes on with who is there or what to do.
  rule(
    'safety',
    // Written raw: in a plain template "\n" became a line break that folding makes a space, and "\d" and "\b" lost
    // their backslash, so any word after the place passed ("fire office party", "fire kitchen team this week").
    bareFire('help|omg|guys|urgent|quick|emergency', 'fire|fires|blaze|flames|smoke', EN_PLACE, EN_NOT_NOW) +
      String.raw`(?=[^a-z0-9]*(?:$|[.!,;:\n]|\d|(?:people|ppl|someone|somebody|everyone|everybody|staff|guys|get out|evacuate|call|help|now|asap|pls|please|trapped|stuck|inside|spreading)\b))`,
  ),
  rule('safety', SMOKING),
  rule('threat', BOX_CUTTER_HELD),
  rule('safety', BOX_CUTTER_HELD),
  rule('threat', BOX_CUTTER_MAN),
  rule('safety', BOX_CUTTER_MAN),
  rule(
    'safety',
    TRAPPED_WITH_CRY(
      'help|sos|emergency',
      "trapped|pinned|crushed|cant get out|can't get out",
      'feel|feels|feeling|felt|job|contract|career|relationship',
    ),
  ),
  // Smoke at a place with a word of how thick, someone shut in or pinned, a leak hurting (said-in-haste-terse.ts).
  ...ENGLISH_SAID_TERSE,
  // A fire named by what burns or spreading, stranded up high, anaphylaxis (said-in-haste-28.ts).
  ...ENGLISH_SAID_28,
];

/** German: "Feuer Lager", "Brand Halle 3", "HILFE Linie 2 eingeklemmt". */
export const GERMAN_SAID_BARE: UrgencyRule[] = [
  rule(
    'safety',
    bareFire(
      'hilfe|schnell|achtung|alarm',
      'feuer|brand|rauch|flammen',
      String.raw`(?:halle|lager|lagerhalle|werkstatt|kuche|kueche|kantine|buro|buero|gebaude|gebaeude|keller|linie|produktion|anlage|abteilung|rampe|dach|trakt|etage|garage|hof|silo|tank|ofen|maschine|fabrik|hochregal\w*|technikraum|serverraum|heizungsraum|werkhalle|montage\w*)(?:n|en|e)?`,
      String.raw`ubung|uebung|probealarm|training|schulung|test|letztes jahr|vor \w+ jahren`,
    ),
  ),
  rule(
    'safety',
    TRAPPED_WITH_CRY(
      'hilfe|notfall',
      'eingeklemmt|eingeschlossen|eingesperrt|verschuttet|verschuettet|festgeklemmt|kommt nicht (?:mehr )?raus|kommen nicht (?:mehr )?raus',
      'fuhle|fuehle|fuhlt|fuehlt|job|vertrag|beziehung',
    ),
  ),
  // Smoke at a place with a word of how thick, someone shut in or pinned, a leak hurting (said-in-haste-terse.ts).
  ...GERMAN_SAID_TERSE,
  // A fire named by what burns or spreading, stranded up high, anaphylaxis (said-in-haste-28.ts).
  ...GERMAN_SAID_28,
];

/** Spanish: "fuego almacén", "INCENDIO nave 3", "AYUDA AYUDA linea 2 atrapado". */
export const SPANISH_SAID_BARE: UrgencyRule[] = [
  rule(
    'safety',
    bareFire(
      'ayuda|auxilio|socorro|urgente|rapido',
      'fuego|incendio|humo|llamas',
      String.raw`(?:almacen|almacenes|nave|naves|bodega|bodegas|cocina|oficina|oficinas|taller|planta|fabrica|edificio|linea|muelle|sotano|garaje|comedor|deposito|galpon|tienda|obra|vestuario|pasillo|anden|rampa|caldera|horno|bano|banos|tejado|techo)`,
      String.raw`simulacro|simulacros|practica|ejercicio|entrenamiento|capacitacion|prueba|el ano pasado|hace \w+ anos`,
    ),
  ),
  rule(
    'safety',
    TRAPPED_WITH_CRY(
      'ayuda|auxilio|socorro|urgente',
      'atrapad[oa]s?|atorad[oa]s?|aplastad[oa]s?|prensad[oa]s?|no (?:puede|pueden|podemos|puedo) salir',
      'siento|sientes|siente|sentimos|sentir|sentirme|trabajo|contrato|relacion',
    ),
  ),
  // Someone trapped at a place said by its number alone: "linea 2 atrapado", "nave 3 hay uno atrapado".
  rule(
    'safety',
    String.raw`\b(?:linea|nave|muelle|pasillo|anden|rampa|maquina|prensa|banda|cinta|sector|area|zona|puerta) \d{1,3}[a-z]?(?: (?:hay )?(?:alguien|uno|una|gente|un (?:companero|trabajador|operario|chavo|hombre))?)? ?atrapad[oa]s?\b`,
  ),
  // Smoke at a place with a word of how thick, someone shut in or pinned, a leak hurting (said-in-haste-terse.ts).
  ...SPANISH_SAID_TERSE,
  // A fire named by what burns or spreading, stranded up high, anaphylaxis (said-in-haste-28.ts).
  ...SPANISH_SAID_28,
];

/** French: "INCENDIE entrepôt côté quai 4 !!!", "feu atelier", "AU SECOURS ligne 2 coincé". */
export const FRENCH_SAID_BARE: UrgencyRule[] = [
  rule(
    'safety',
    bareFire(
      "au secours|a l'aide|urgence|vite|alerte",
      'incendie|feu|fumee|flammes',
      String.raw`(?:entrepot|atelier|cuisine|bureau|hangar|usine|batiment|local|quai|magasin|reserve|chantier|parking|vestiaire|ligne|hall|garage|cave|sous-sol|cantine|chaufferie|four|labo|laboratoire|depot|couloir|toiture|toit|grenier|stock)s?`,
      String.raw`exercice|exercices|simulation|formation|entrainement|test|essai|l'an dernier|l'annee derniere|il y a \w+ ans`,
    ),
  ),
  rule(
    'safety',
    TRAPPED_WITH_CRY(
      "au secours|a l'aide|aidez[- ]moi|aidez[- ]nous|urgence",
      'coince[es]{0,2}|pris au piege|ecrase[es]{0,2}|enferme[es]{0,2} dedans|ne (?:peut|peuvent|peux|pouvons) (?:pas )?sortir',
      'sens|sent|sentir|boulot|travail|contrat|relation',
    ),
  ),
  // Smoke at a place with a word of how thick, someone shut in or pinned, a leak hurting (said-in-haste-terse.ts).
  ...FRENCH_SAID_TERSE,
  // A fire named by what burns or spreading, stranded up high, anaphylaxis (said-in-haste-28.ts).
  ...FRENCH_SAID_28,
];

/** Portuguese: "fogo armazém", "incêndio galpão 3", "SOCORRO linha 2 preso". */
export const PORTUGUESE_SAID_BARE: UrgencyRule[] = [
  rule(
    'safety',
    bareFire(
      'socorro|ajuda|urgente|rapido',
      'fogo|incendio|fumaca|chamas',
      String.raw`(?:armazem|galpao|cozinha|escritorio|oficina|fabrica|predio|edificio|linha|doca|deposito|almoxarifado|refeitorio|garagem|subsolo|porao|loja|obra|setor|vestiario|corredor|caldeira|forno|estoque|barracao|telhado)`,
      String.raw`simulado|simulacao|treinamento|treino|exercicio|teste|ano passado|ha \w+ anos`,
    ),
  ),
  rule(
    'safety',
    TRAPPED_WITH_CRY(
      'socorro|ajuda|urgente',
      'pres[oa]s?|encurralad[oa]s?|soterrad[oa]s?|esmagad[oa]s?|prensad[oa]s?|nao (?:consegue|conseguem|consigo|conseguimos) sair',
      'sinto|sente|sentindo|sentir|trabalho|emprego|contrato|relacionamento|policia|cadeia',
    ),
  ),
  // Smoke at a place with a word of how thick, someone shut in or pinned, a leak hurting (said-in-haste-terse.ts).
  ...PORTUGUESE_SAID_TERSE,
  // A fire named by what burns or spreading, stranded up high, anaphylaxis (said-in-haste-28.ts).
  ...PORTUGUESE_SAID_28,
];

/** Italian: "fuoco magazzino", "INCENDIO capannone 3", "AIUTO linea 2 intrappolato". */
export const ITALIAN_SAID_BARE: UrgencyRule[] = [
  rule(
    'safety',
    bareFire(
      'aiuto|soccorso|urgente|presto',
      'fuoco|incendio|fiamme',
      String.raw`(?:magazzino|magazzini|capannone|capannoni|cucina|ufficio|uffici|officina|fabbrica|stabilimento|edificio|palazzo|linea|reparto|banchina|deposito|mensa|garage|cantina|seminterrato|negozio|cantiere|spogliatoio|corridoio|caldaia|forno|laboratorio|tetto|soffitta)`,
      String.raw`esercitazione|esercitazioni|prova|simulazione|formazione|corso|test|l'anno scorso|anni fa`,
    ),
  ),
  rule(
    'safety',
    TRAPPED_WITH_CRY(
      'aiuto|soccorso|urgente',
      'intrappolat[oaie]|schiacciat[oaie]|incastrat[oaie]|non (?:riesce|riescono|riesco|riusciamo) (?:a )?uscire',
      'sento|sente|sentirmi|sentire|lavoro|contratto|relazione',
    ),
  ),
  // Smoke at a place with a word of how thick, someone shut in or pinned, a leak hurting (said-in-haste-terse.ts).
  ...ITALIAN_SAID_TERSE,
  // A fire named by what burns or spreading, stranded up high, anaphylaxis (said-in-haste-28.ts).
  ...ITALIAN_SAID_28,
];

/** Polish: "pożar magazyn", "POŻAR hala 3", "POMOCY linia 2 uwięziony". */
export const POLISH_SAID_BARE: UrgencyRule[] = [
  rule(
    'safety',
    bareFire(
      'pomocy|ratunku|szybko|alarm',
      'pozar|ogien|dym|plomienie',
      String.raw`(?:magazyn\w*|hala|hali|hale|halach|kuchni\w*|biur\w*|warsztat\w*|fabryk\w*|budyn\w*|lini[aei]|produkcj\w*|piwnic\w*|stolowk\w*|szatni\w*|garaz\w*|rampa|rampie|kotlowni\w*|zaklad\w*|sklep\w*|korytarz\w*|dach\w*|strych\w*|piec\w*)`,
      String.raw`cwiczeni\w*|probn\w*|szkoleni\w*|test\w*|w zeszlym roku|rok temu|lat temu`,
    ),
  ),
  rule(
    'safety',
    TRAPPED_WITH_CRY(
      'pomocy|ratunku',
      'uwiezion[yaei]\\w*|przygniecion[yaei]\\w*|zakleszczon[yaei]\\w*|zasypan[yaei]\\w*|nie (?:moze|moga|moge|mozemy) wyjsc',
      'czuje|czujesz|czuc|praca|pracy|umowa|umowie|zwiazku',
    ),
  ),
  // Smoke at a place with a word of how thick, someone shut in or pinned, a leak hurting (said-in-haste-terse.ts).
  ...POLISH_SAID_TERSE,
  // A fire named by what burns or spreading, stranded up high, anaphylaxis (said-in-haste-28.ts).
  ...POLISH_SAID_28,
];
