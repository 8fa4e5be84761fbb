import { rule, type UrgencyRule } from '../types';

/*
 * A fire said plainly about any place or thing at work, and a person shut in an ordinary room, in the rule languages
 * with a Latin script (attack round 19: "the paint booth is on fire", "the office is burning", "fire in the break room
 * right now", "someone is trapped in the control room", "two people can't get out of the print room, the door is
 * jammed", "el almacén está ardiendo", "le bureau brûle", "jemand ist im Heizungsraum eingeschlossen", "magazyn się
 * pali", "qualcuno è intrappolato nella sala caldaie" all read calm: each language's fire rules listed the things that
 * burn, and its trapped rules only silos, lifts, tanks and machines).
 *
 * A fire here needs a place or a thing named as burning now; what burns in a figure of speech stays calm: a person or a
 * team "on fire" (doing well), "burning out", "burning through the budget", eyes or feet that burn, a meeting that "está
 * que arde", "pali się do roboty" (keen to work), a fire drill or a question of what to do if there is one. A person
 * shut in needs a person and a room: "I feel trapped in this office", "stuck in the office till 8", "coincé au bureau
 * jusqu'à 20h" stay calm. Patterns run on folded text: lower case, no accents, straight apostrophes, single spaces.
 */
const safety = (...sources: string[]): UrgencyRule[] => sources.map((source) => rule('safety', source));

// Past, planned, asked or on screen: "the fire in the kitchen last year", "what if the office is on fire?".
const EN_NOT_NOW = String.raw`(?![^.!?\n]{0,60}\b(?:last (?:year|month|week|summer|winter)|years? ago|in (?:19|20)\d\d|drills?|practice|exercise|training|scenario|simulation|in (?:the|a) (?:show|film|movie|game|dream|video))\b)(?<!\b(?:if|what if|in case|in the event|suppose|imagine|pretend|drill|practice|exercise|scenario|training|show|film|movie|game|dream|dreamt|dreamed|procedure|policy)\b[^.!?\n]{0,80})`;

// Rooms and places people work in or pass through.
const EN_ROOM = String.raw`(?:(?:boiler|plant|control|server|print|mail|post|break|staff|store|stock|store ?room|tool|locker|changing|meeting|conference|board|battery|charging|compressor|electrical|switch|engine|pump|mixing|paint|spray|clean|cold|dry|back|front|waiting|laundry|sorting|packing|sewing|wash|shower|plant) ?rooms?|rooms?|booths?|stairwells?|stair ?wells?|stairs|staircases?|offices?|cubicles?|basements?|cellars?|attics?|lofts?|storerooms?|stockrooms?|warehouses?|labs?|laboratory|toilets?|bathrooms?|restrooms?|washrooms?|loos?|closets?|cupboards?|cabins?|porta ?cabins?|portakabins?|sheds?|garages?|workshops?|buildings?|kitchens?|canteens?|cafeterias?|corridors?|hallways?|halls?|vaults?|chambers?|cabinets?|mills?|factory|factories|plants?|sites?|units?|depots?|hangars?|barns?|huts?|trailers?|vans?|trucks?|lorr(?:y|ies)|buses|bus|cars?|forklifts?|cabs?|machines?|presses|press|lines?|conveyors?|generators?|compressors?|transformers?|boilers?|ovens?|fryers?|kilns?|dryers?|hoppers?|coolers?|freezers?|chillers?|dumpsters?|skips?|bins?|pallets?|racking|racks?|shelves|shelving|roofs?|ceilings?|walls?|floors?|docks?|bays?|aisles?|yards?|car ?parks?|parking (?:lot|garage)|containers?|tanks?|silos?|ducts?|vents?|chimneys?|extractors?|hoods?|grills?|panels?|fuse ?box(?:es)?|sockets?|outlets?|wiring|wires?|cables?|chargers?|batter(?:y|ies)|motors?|engines?|printers?|computers?|laptops?|servers?|stores?|shops?|stalls?|tills?|checkouts?|wards?|theatres?|theaters?|wings?|floors?|levels?|basements?)`;

// Who is shut in: someone, a person by role or number, a pronoun of others (never "I", so "I feel trapped" is no report).
const EN_WHO = String.raw`(?:someone|somebody|some1|sum1|people|ppl|(?:a|an|the|one|our|my|this|that|another|two|three|four|some|few|several|one of (?:the|our|my)) (?:\w+ )?(?:man|men|woman|women|guy|guys|lady|ladies|girl|girls|boy|boys|kid|kids|child|children|person|people|worker|workers|coworkers?|co-workers?|colleagues?|employees?|drivers?|pickers?|operators?|cleaners?|contractors?|temps?|lads?|blokes?|apprentices?|trainees?|techs?|technicians?|engineers?|electricians?|welders?|fitters?|mechanics?|customers?|residents?|patients?|visitors?|staff|nurses?|carers?|students?|of us|of them)|he|she|they|hes|shes|he's|she's|they're|theyre)`;

// Doing well, busy or hot, not burning: the team, sales, the phones, the crowd; "on fire today".
const EN_NOT_BURNING = String.raw`(?:team|teams|staff|crew|squad|sales|numbers|figures|stats|stocks?|market|markets|economy|chat|group chat|twitter|internet|socials|comments|inbox|emails?|phones|deal|deals|project|pipeline|launch|campaign|show|crowd|dance ?floor|gig|band|game|match|season|quarter|month|week|year|streak|form|idea|ideas|thread|post|video|song|track|playlist|party|vibes?|energy|brain|mind|head|ears?|eyes?|feet|foot|legs?|arms?|hands?|skin|throat|chest|lungs?|stomach|face|muscles?|back|heart|tongue|mouth|sun|heat|weather|candle|midnight oil|money|cash|budget)`;

const EN_BURNING = String.raw`(?:on fire|burning(?! (?:out|through|up|off|hot|the midnight|a hole|bridges|daylight|calories|money|cash|rubber|questions?|desire|sensation)\b)|in flames|ablaze|alight|engulfed(?: in (?:flames|fire|smoke))?|going up in flames|went up in flames|caught fire|catching fire|has caught fire|on fire now)`;

const ES_PLACE = String.raw`(?:almacen|bodega|oficinas?|cocina|nave|planta|fabrica|taller|bano|banos|aseos?|servicios|comedor|sala(?: de [a-z]+)?|cuarto(?: de [a-z]+)?|escaleras?|edificio|techo|tejado|camion|furgoneta|coche|carretilla|maquina|contenedor|deposito|vestuarios?|pasillo|muelle|obra|linea|tienda|local|cuadro electrico|generador|motor|horno|freidora|campana|basura|palets?|laboratorio|sotano|garaje|caseta|cabina|archivo|recepcion|cafeteria|enfermeria|camara(?: [a-z]+)?|ascensor)`;
const FR_PLACE = String.raw`(?:entrepot|bureaux?|atelier|usine|cuisine|local(?: [a-z]+)?|chaufferie|salle(?: (?:de |des |d')?[a-z]+)?|toilettes|wc|vestiaires?|cave|sous-sol|sous sol|escaliers?|cage d'escalier|hangar|magasin|reserve|quai|camion|fourgon|voiture|chariot|machine|batiment|toit|plafond|cantine|refectoire|labo(?:ratoire)?|garage|cabine|poubelles?|benne|friteuse|four|armoire electrique|tableau electrique|transfo(?:rmateur)?|groupe electrogene|ascenseur|couloir|accueil|chambre froide|ligne)`;
const DE_PLACE = String.raw`(?:heizungsraum|keller|lager|lagerhalle|halle|buro|toilette|toiletten|wc|raum|werkstatt|treppenhaus|umkleide|kuche|kantine|aufzug|fahrstuhl|labor|garage|container|kuhlraum|serverraum|technikraum|maschinenraum|pausenraum|archiv|schacht|zimmer|kabine|gebaude|dach)\w*`;
const IT_PLACE = String.raw`(?:sala(?: [a-z]+)?|magazzino|ufficio|uffici|bagno|bagni|cantina|ascensore|spogliatoio|spogliatoi|capannone|locale(?: [a-z]+)?|stanza|cella(?: [a-z]+)?|cucina|mensa|officina|reparto|laboratorio|garage|scale|vano scale|tetto|edificio|stabilimento|deposito|archivio|cabina|camion|furgone|muletto|macchina|forno|friggitrice|quadro elettrico|cabina elettrica)`;
const PL_PLACE = String.raw`(?:magazyn\w*|biur\w*|kuchni\w*|kuchnia|hal[ia]|hali|warsztat\w*|toalet\w*|lazienk\w*|piwnic\w*|kotlown\w*|szatni\w*|pomieszczeni\w*|pokoj\w*|pokoju|klatk\w* schodow\w*|schod\w*|dach\w*|budyn\w*|fabryk\w*|zaklad\w*|stolowk\w*|socjaln\w*|serwerowni\w*|rozdzielni\w*|wind\w*|laboratori\w*|garaz\w*|ciezarowk\w*|wozek\w*|maszyn\w*|kontener\w*|chlodni\w*)`;
const PT_PLACE = String.raw`(?:armazem|galpao|escritorio|cozinha|fabrica|oficina|banheiro|banheiros|vestiario|sala(?: de [a-z]+)?|deposito|almoxarifado|predio|telhado|escada|escadas|refeitorio|caminhao|carro|empilhadeira|maquina|laboratorio|garagem|porao|elevador|camara fria|loja|quadro de luz|quadro eletrico|gerador|forno|fritadeira)`;

export const FIRE_AND_ROOMS: Record<string, UrgencyRule[]> = {
  en: safety(
    // A place or a thing burning now: "the paint booth is on fire", "the office is burning", "the roof is in flames".
    String.raw`\b(?:the|a|an|our|my|his|her|their|this|that|some|all the|whole) (?:[\w-]+ ){0,3}(?!${EN_NOT_BURNING}\b)(?<!\bdance )${EN_ROOM} (?:is |are |was |were |'s |has |have |just |now |still |all |completely |totally |literally ){0,3}${EN_BURNING}\b(?! (?:today|tonight|this (?:week|month|quarter|year|season)|lately|with (?:orders|calls|work|tickets|customers))\b)(?![^.!?\n]{0,30}\b(?:lol|lmao|haha\w*|jk|joking|kidding)\b)${EN_NOT_NOW}`,
    // A fire named where it is, now: "fire in the break room right now", "there's a fire in the paint booth".
    String.raw`(?<!\b(?:if|in case of|in the event of|during|about|last|previous|no|any|drills?|practice)\b[^.!?\n]{0,25})\b(?:there'?s|there is|we have|we got|theres)? ?(?:a |an )?(?:big |huge |small |massive |electrical |grease |chemical )?fire (?:in|at|on|inside|near|behind|by) (?:the|a|our|this|that) (?:[\w-]+ ){0,2}${EN_ROOM}\b(?! (?:drills?|alarm|test|practice|exercise|training|door|exit|extinguishers?|procedure|plan|marshals?|wardens?|last|yesterday|years?)\b)${EN_NOT_NOW}`,
    // A person shut in a room: "someone is trapped in the boiler room", "two men trapped in the paint booth".
    String.raw`\b${EN_WHO} (?:(?:is|are|was|were|'s|got|get|gets|been|has been|have been|still|now|currently) ){0,3}(?:trapped|sealed) (?:inside |in(?:side)? |in(?:side)? of )(?:the |a |an |our |that |this )?(?:[\w-]+ ){0,2}${EN_ROOM}\b(?! (?:all day|till|until|for hours|with (?:a|the|my|our) (?:customer|client|meeting|call)|on (?:a|the) call|in (?:a|the) meeting|again|lol|haha)\b)${EN_NOT_NOW}`,
    // Stuck in a room and cannot get out, or the way out blocked: "a worker is stuck in the boiler room and can't get
    // out", "two people can't get out of the print room, the door is jammed", "stuck inside the booth, filling with fumes".
    String.raw`\b${EN_WHO} (?:(?:is|are|was|were|'s|got|get|been|still|now) ){0,3}stuck (?:inside |in(?:side)? )(?:the |a |an |our |that |this )?(?:[\w-]+ ){0,2}${EN_ROOM}\b[^.!?\n]{0,40}\b(?:can'?t|cant|cannot|can not|couldn'?t|unable to) (?:get out|get the door open|open the door|breathe)|\b${EN_WHO} (?:stuck (?:inside |in(?:side)? )[^.!?\n]{0,30})?(?:can'?t|cant|cannot|can not|couldn'?t|unable to) get out of (?:the|a|our|this|that) (?:[\w-]+ ){0,2}${EN_ROOM}\b(?=[^.!?\n]{0,60}\b(?:door|doors|jammed|locked|stuck|smoke|fumes|fire|flames|flooding|filling|help|trapped|no air|can'?t breathe|cant breathe|alarm)\b)|\bstuck (?:inside |in(?:side)? )(?:the |a |an |our |that |this )?(?:[\w-]+ ){0,2}${EN_ROOM}\b[^.!?\n]{0,20}\b(?:filling|filled|full) (?:up )?with (?:smoke|fumes|gas|water)\b`,
  ),
  es: safety(
    // "el almacén está ardiendo", "la oficina está en llamas", "se está quemando la cocina", "hay fuego en el taller".
    String.raw`\b(?:el|la|los|las|un|una|nuestro|nuestra) (?:\w+ )?${ES_PLACE} (?:\w+ )?(?:esta|estan|se esta|se estan|se) ?(?:ardiendo|en llamas|quemando|quema|incendiando|incendio|prendiendo fuego|prendio fuego|prendio|incendiado)\b(?! de (?:fiebre|calor|rabia|ganas))|\b(?:se esta quemando|se quema|esta ardiendo|arde|esta en llamas|se incendio|se prendio fuego|se esta incendiando) (?:el|la|los|las|toda la|todo el) (?:\w+ )?${ES_PLACE}\b|\b(?:hay )?(?:un )?(?:fuego|incendio|llamas) (?:en|dentro de) (?:el|la|los|las|nuestro|nuestra) (?:\w+ )?${ES_PLACE}\b(?! (?:el ano|hace|ayer|la semana pasada))(?<!\b(?:simulacro|si hay|en caso de|que hacer si hay) [^.!?\n]{0,70})`,
    // "alguien está atrapado en el cuarto de calderas", "no pueden salir de la oficina, la puerta está atascada".
    String.raw`\b(?:atrapad[oa]s?|encerrad[oa]s?) (?:dentro )?(?:en|dentro de|de) (?:el |la |los |las |un |una )?(?:\w+ )?${ES_PLACE}\b(?! (?:todo el dia|hasta|trabajando|con (?:el|la) jefe))|\bno (?:puede|pueden|podemos|podia|podian) salir (?:del|de la|de los|de las) (?:\w+ )?${ES_PLACE}\b(?=[^.!?\n]{0,60}\b(?:puerta|atascad[oa]|trabad[oa]|bloquead[oa]|humo|fuego|llamas|ayuda|gas|cerrad[oa])\b)|\b(?:hay )?(?:gente|personas|alguien|companeros|trabajadores) (?:dentro|adentro|atrapad[oa]s)\b(?<=\b(?:ardiendo|llamas|fuego|incendio|quemando|humo)\b[^.!?\n]{0,60})`,
  ),
  fr: safety(
    // "le bureau brûle", "l'atelier est en flammes", "il y a le feu dans la cuisine", "le local a pris feu".
    String.raw`\b(?:le|la|les|l'|l |un|une|notre|tout le|toute la) ?(?:\w+ )?${FR_PLACE} (?:\w+ )?(?:brule|brulent|est en feu|sont en feu|est en flammes|sont en flammes|a pris feu|ont pris feu|prend feu|flambe|crame)\b(?! (?:d'envie|de fievre|les etapes))|\b(?:il y a |y a )?(?:le |un |du )?(?:feu|incendie) (?:dans|a|au|en) (?:le |la |les |l'|l |notre )?(?:\w+ )?${FR_PLACE}\b(?<!\b(?:exercice|en cas de|si il y a|s'il y a|que faire si) [^.!?\n]{0,70})(?! (?:l'an|l'annee|hier|la semaine derniere|il y a))`,
    // "quelqu'un est coincé dans la chaufferie", "ils sont enfermés dans le local", "on ne peut pas sortir du bureau".
    String.raw`\b(?:coince|coincee|coinces|coincees|enferme|enfermee|enfermes|enfermees|piege|piegee|pieges|piegees|bloque|bloquee|bloques|bloquees) (?:dans|a l'interieur d[eu]) (?:le |la |les |l'|l |un |une |notre )?(?:\w+ )?${FR_PLACE}\b(?! (?:jusqu|toute la journee|avec (?:le|la) (?:chef|client)))|\b(?:ne (?:peut|peuvent|peux|pouvons) pas|n'arrive(?:nt)? pas a|n arrive(?:nt)? pas a) sortir (?:du|de la|des|de l'|de l ) ?(?:\w+ )?${FR_PLACE}\b(?=[^.!?\n]{0,60}\b(?:porte|coincee?|bloquee?|fumee|feu|flammes|aide|gaz|fermee?)\b)`,
  ),
  de: safety(
    // "jemand ist im Heizungsraum eingeschlossen", "zwei Kollegen sind im Keller eingesperrt".
    String.raw`\b(?:im|in der|in dem|ins|in den) (?:\w+ )?${DE_PLACE} (?:\w+ ){0,2}(?:eingeschlossen|eingesperrt|gefangen|eingeklemmt|festgeklemmt|kommen nicht (?:mehr )?raus|kommt nicht (?:mehr )?raus)\b(?<!\b(?:fuhle?|fuhlt|fuhlen) [^.!?\n]{0,50})|\b(?:eingeschlossen|eingesperrt|gefangen) (?:im|in der|in dem) (?:\w+ )?${DE_PLACE}\b(?<!\b(?:fuhle?|fuhlt|fuhlen) [^.!?\n]{0,50})|\b(?:im|in der|in dem) (?:\w+ )?${DE_PLACE} brennt es\b|\bes brennt (?:im|in der|in dem) (?:\w+ )?${DE_PLACE}\b`,
  ),
  it: safety(
    // "il magazzino sta bruciando", "l'ufficio è in fiamme", "c'è un incendio nel reparto", "ha preso fuoco la cucina".
    String.raw`\b(?:il|lo|la|l'|l |i|gli|le|un|una|nostro|nostra|tutto il|tutta la) ?(?:\w+ )?${IT_PLACE} (?:\w+ )?(?:sta bruciando|stanno bruciando|brucia|bruciano|e in fiamme|sono in fiamme|ha preso fuoco|hanno preso fuoco|va a fuoco|sta andando a fuoco|e andato a fuoco|e andata a fuoco)\b|\b(?:c'e |c e )?(?:un )?(?:incendio|fuoco|fiamme) (?:nel|nella|nello|negli|nelle|in|dentro il|dentro la) (?:\w+ )?${IT_PLACE}\b(?<!\b(?:prova|esercitazione|in caso di|se c'e) [^.!?\n]{0,70})|\bha preso fuoco (?:il|la|l'|lo) ?(?:\w+ )?${IT_PLACE}\b`,
    // "qualcuno è intrappolato nella sala caldaie", "sono chiusi dentro il magazzino", "non riesce a uscire dal bagno".
    String.raw`\b(?:intrappolat[oaie]|chius[oaie] dentro|rinchius[oaie]|bloccat[oaie] dentro) (?:in |nel |nella |nello |negli |nelle |il |la |lo |l')?(?:\w+ )?${IT_PLACE}\b|\bnon (?:riesce|riescono|riusciamo|puo|possono) (?:a )?uscire (?:dal|dalla|dallo|dai|dagli|dalle|da) (?:\w+ )?${IT_PLACE}\b(?=[^.!?\n]{0,60}\b(?:porta|bloccat[oa]|incastrat[oa]|fumo|fuoco|fiamme|aiuto|gas|chius[oa])\b)`,
  ),
  pl: safety(
    // "magazyn się pali", "pali się biuro", "pożar w kotłowni", "hala płonie". "Pali się do roboty" is keen, not burning.
    String.raw`\b${PL_PLACE} (?:\w+ )?(?:sie pali|sie palil\w*|plonie|plona|stoi w plomieniach|stanal\w* w plomieniach|zapalil\w* sie)\b|\bpali sie (?!do\b)(?:w )?(?:\w+ )?${PL_PLACE}\b|\b(?:jest )?(?:pozar|ogien) (?:w|we|na) (?:\w+ )?${PL_PLACE}\b(?<!\b(?:cwiczeni\w*|probn\w*|w razie|jesli bedzie|gdyby byl) [^.!?\n]{0,70})`,
    // "ktoś jest uwięziony w kotłowni", "zamknęli się w piwnicy i nie mogą wyjść", "nie mogą wyjść z magazynu, dym".
    String.raw`\b(?:uwiezion\w*|zatrzasnal\w* sie|zatrzasniet\w*|zablokowan\w*|zamknie\w*) (?:sie )?(?:w|we) (?:\w+ )?${PL_PLACE}\b(?=[^.!?\n]{0,60}\b(?:nie (?:moze|moga|mozemy) wyjsc|pomocy|dym|ogien|pozar|gaz|drzwi)\b)|\buwiezion\w* (?:w|we) (?:\w+ )?${PL_PLACE}\b|\bnie (?:moze|moga|mozemy) wyjsc z (?:\w+ )?${PL_PLACE}\b(?=[^.!?\n]{0,60}\b(?:drzwi|zablokowan\w*|dym|ogien|pozar|pomocy|gaz)\b)`,
  ),
  pt: safety(
    // "o armazém está em chamas", "o escritório está queimando", "tem fogo na cozinha", "incêndio no galpão".
    String.raw`\b(?:o|a|os|as|um|uma|nosso|nossa|todo o|toda a) (?:\w+ )?${PT_PLACE} (?:\w+ )?(?:esta|estao|ta|tao)? ?(?:em chamas|queimando|pegando fogo|pegou fogo|incendiando|ardendo)\b(?! de (?:febre|raiva|vontade))|\b(?:tem |ha )?(?:um )?(?:fogo|incendio) (?:no|na|nos|nas|dentro do|dentro da) (?:\w+ )?${PT_PLACE}\b(?<!\b(?:simulado|treinamento|em caso de|se tiver|se houver) [^.!?\n]{0,70})`,
    // "alguém está preso na sala das caldeiras", "estão trancados no almoxarifado", "não conseguem sair do banheiro".
    String.raw`\b(?:pres[oa]s?|trancad[oa]s?|encurralad[oa]s?) (?:dentro )?(?:no|na|nos|nas|dentro do|dentro da) (?:\w+ )?${PT_PLACE}\b(?! (?:o dia (?:todo|inteiro)|ate|trabalhando|em reuniao))|\bnao (?:consegue|conseguem|conseguimos|pode|podem) sair (?:do|da|dos|das) (?:\w+ )?${PT_PLACE}\b(?=[^.!?\n]{0,60}\b(?:porta|emperrad[oa]|travad[oa]|trancad[oa]|fumaca|fogo|chamas|socorro|ajuda|gas)\b)`,
  ),
};
