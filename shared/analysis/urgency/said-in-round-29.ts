import { rule, type UrgencyRule } from './types';

/*
 * Dangers the rules still read calm after blind round 29 (test/unit/analysis/urgency-blind-29.test.ts), each read as a
 * shape in every language the full rules read:
 *  - a fire back after it was out, or burning again ("the fire is burning again in bay 3", "fire in bay 3 was put
 *    out but it's back", "flared up again", "el incendio ha vuelto a prender", "das Feuer flammt wieder auf");
 *  - a fire caught somewhere new, or something starting to smoke ("now the hedge by the gas store has caught");
 *  - flames seen now ("now i can see flames in the stairwell");
 *  - someone still inside where there is fire, smoke or gas, said anywhere in the text ("is everyone out of the
 *    burning building?\nno, two are still inside", "FIRE. BAY 7. TWO STILL INSIDE.", "FUEGO. NAVE 2. HAY GENTE
 *    DENTRO.", "il reste encore deux personnes à l'intérieur, la fumée est partout").
 * Calm look-alikes are kept out by what they name: a fire drill, alarm, door or pit, a fire in the belly, the news
 * or a film, a drill or exercise around it, a fire put out and "not back", smoke from a cigarette break.
 */

// Nouns "fire" qualifies when it is no fire, right after the word.
const EN_NOT_FIRE = String.raw`(?! (?:drills?|alarms?|doors?|exits?|extinguishers?|marshals?|wardens?|training|safety|tests?|practice|exercise|escapes?|pits?|breaks?|machines?|signals?|detectors?|in (?:my|his|her|your|their|our) (?:belly|bellies|heart|soul|eyes)))`;
// A drill, a film, a game or a day long gone anywhere around: no fire now.
const notAround = (words: string): string => String.raw`(?![^\n]{0,160}\b(?:${words}))(?<!\b(?:${words})[^\n]{0,160})`;
const EN_CALM = String.raw`drill|practice|exercise|training|course|film|movie|series|episode|game|news|video|lyrics?|song|last (?:year|month|winter|summer)|years ago|what if|if there|in case`;
// Someone still inside, as people say it: "two are still inside", "Tomasz and Ana still in there", "people stuck inside".
const EN_STILL_IN = String.raw`\b(?:\d+|one|two|three|four|five|six|some|several|people|ppl|persons?|guys|lads|girls|workers|men|women|staff|colleagues|someone|somebody|some1|they|he|she|kids|children|[a-z]+ and (?:the (?:new )?)?[a-z]+)\b(?: [\w']+){0,3}? (?:still|stil|stll) (?:inside|in there|in the building|trapped|stuck)\b|\b(?:people|ppl|someone|somebody|some1|workers|guys|staff) (?:are |is |r )?(?:trapped|stuck) inside\b`;
const EN_DANGER = String.raw`fire|smoke|smoking|flames|blaze|burning|alight|gas|fumes|ammonia|chlorine|collaps\w*|caved in`;

/** English. */
export const ENGLISH_SAID_29: UrgencyRule[] = [
  // A fire burning again or back: "the fire is burning again", "the blaze flared up again", "started up again".
  rule(
    'safety',
    String.raw`\b(?:fire|blaze|flames?|embers)\b${EN_NOT_FIRE}[^.!?\n]{0,60}?\b(?:burning|smou?ldering|smoldering|flar(?:ed|ing|es)|start(?:ed|ing|s)|caught|lit|going|blazing|reignit\w*|re-ignit\w*|rekindl\w*|spreading|raging|kicked off|kicking off) (?:up )?(?:again|back up|once more)\b${notAround(EN_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:fire|blaze|flames)\b${EN_NOT_FIRE}[^.!?\n]{0,80}?(?:\b(?:reignit|re-ignit|rekindl)\w*|(?<!\b(?:not|never|isn'?t|hasn'?t|wasn'?t) )\b(?:it'?s|its|it is|it has come|it came|they'?re|they are|is|are|has come) back\b(?! (?:to normal|online|on|up and running|in (?:stock|service)|open))|\b(?:smoking|smoke) again\b)${notAround(EN_CALM)}`,
  ),
  // Across a sentence: "that fire from last week? it's burning again underground".
  rule(
    'safety',
    String.raw`(?<=\b(?:fire|blaze|flames)\b[^\n]{0,120})\b(?:it'?s|its|it is|it has|it'?s now) (?:now )?(?:burning|smou?ldering|smoldering|flaring up|blazing|alight|lit|on fire) again\b${notAround(EN_CALM)}`,
  ),
  // A fire caught somewhere new, something starting to smoke: "but now the hedge has caught", "it's starting to smoke".
  rule(
    'safety',
    String.raw`(?<=\b(?:fire|flames|blaze|burning)\b[^\n]{0,120})\b(?:now|then|and now) (?:the |a |our )?(?:[\w-]+ ){0,7}(?:has|have|just|is) caught\b(?! (?:a|an|the|up|on|him|her|them|me|us|covid|cold|flu|bus|train|out))${notAround(EN_CALM)}|\b(?:it'?s|its|it is|it has|it) (?:now )?(?:starting|started|beginning|begun) to (?:smoke|smou?lder|smolder|catch fire)\b${notAround(EN_CALM)}`,
  ),
  // Caught at the end of its clause, the fire's first place put out and blanked: "but now the hedge has caught".
  rule(
    'safety',
    String.raw`\b(?:now|then|and now) (?:the |a |our )?(?:[\w-]+ ){0,7}(?:has|have|just|is) caught(?: fire| alight| too| as well)?(?=\s*(?:$|[.!,;\n]))${notAround(EN_CALM)}`,
  ),
  // Flames seen now: "now i can see flames in the stairwell".
  rule(
    'safety',
    String.raw`\b(?:can|could|i|we|now) (?:now )?(?:see|seeing|saw) (?:\w+ )?flames\b(?! (?:in|on) (?:the )?(?:news|tv|film|movie|video|game|photos?|pictures?))${notAround(EN_CALM)}`,
  ),
  // Someone still inside where there is fire, smoke or gas, the danger named anywhere in the text.
  rule(
    'safety',
    String.raw`(?<=\b(?:${EN_DANGER})\b[^]{0,200})(?:${EN_STILL_IN})${notAround(EN_CALM)}|(?:${EN_STILL_IN})(?=[^]{0,120}\b(?:${EN_DANGER})\b)${notAround(EN_CALM)}`,
  ),
  // Someone else who cannot breathe: "my colleague can't breathe properly" (not "I can't breathe in this heat").
  rule(
    'safety',
    String.raw`\b(?:he|she|they|hes|shes|he's|she's|they're|someone|somebody|(?:my|our|a|the|this|one|that) (?:\w+ )?(?:colleague|coworker|co-worker|workmate|mate|friend|guy|man|woman|lady|girl|boy|kid|child|customer|patient|resident|driver|worker|picker|cleaner|chef|cook|nurse|operator|apprentice|temp))(?: [\w']+){0,2}? (?:can'?t|cant|cannot|can not|couldn'?t|is unable to|is struggling to|isn'?t able to) (?:breathe|breath)\b(?! (?:without|down|a word|easy|easier|a sigh))${notAround(`${EN_CALM}|lol|haha\\w*|yoga|asthma (?:plan|policy)`)}`,
  ),
  // A chemical sprayed or splashed on someone's face or skin: "acid line burst, sprayed on Kofi's face".
  rule(
    'safety',
    String.raw`\b(?:acid|caustic|bleach|chemicals?|chlorine|ammonia|lye|solvents?|hydroxide|degreaser)\b[^.!?\n"]{0,40}\b(?:sprayed|splashed|squirted|went|got|poured) (?:in|into|on|over|all over|onto) (?:[a-z]+'s|his|her|their|my|someone'?s|the) (?:face|eyes?|skin|arms?|legs?|hands?|chest)\b${notAround(EN_CALM)}`,
  ),
  // A machine run with its guard off: "press 3 guard is off and they're running it anyway".
  rule(
    'safety',
    String.raw`\bguards? (?:is |are |was |were |been |has been |have been )?(?:off|removed|taken off|missing|bypassed)\b[^.!?\n]{0,60}\b(?:running|operating|using) (?:it|them|the \w+)(?: anyway| regardless| still)?\b(?![^.!?\n]{0,40}\b(?:locked out|isolated|maintenance|not running|switched off)\b)${notAround(EN_CALM)}`,
  ),
  // Signs of someone dying now: lips blue, CPR started, a person unresponsive (not management or HR: eval reviews).
  rule(
    'safety',
    String.raw`\b(?:lips? (?:are |is |going |gone |turned |turning )?blue|blue lips|(?:started|starting|doing|giving|performing) cpr|(?:he|she|they|he'?s|she'?s|they'?re|pt|patient|man|woman|guy|lad|girl|boy|kid|child|baby|worker|colleague|coworker|co-worker|driver|customer|resident|someone|somebody|person|casualty)(?: is| was| are| were|'s|s)?(?: now| still| totally| completely| fully)? unresp(?:onsive)?)\b(?! (?:dummy|manikin|mannequin|course|training|class|certificate|refresher)\b)${notAround(`${EN_CALM}|dummy|manikin|mannequin|certificate|refresher|ticket|server|website|app|system|page|screen|laptop|computer|tablet|till`)}`,
  ),
  // Someone gone into a tank, sump or pit who does not answer: "radio's gone quiet", "not answering".
  rule(
    'safety',
    String.raw`\b(?:went|gone|climbed|go|going) (?:down |in |back )?(?:into |in |to )?(?:the |a )?(?:sump|tank|silo|pit|manhole|sewer|vessel|hold|well|shaft|culvert|drain|hopper|vat)s?\b[^\n]{0,120}?\b(?:radio'?s?(?: has| is)? (?:gone |went )?(?:quiet|silent|dead)|(?:isn'?t|not|stopped) answering|no answer|(?:can'?t|cannot) (?:reach|raise|hear) (?:him|her|them))\b${notAround(EN_CALM)}`,
  ),
  // Heatstroke: stopped sweating, in the heat.
  rule(
    'safety',
    String.raw`\b(?:stopped sweating|(?:is |has )?not sweating|isn'?t sweating)\b(?<=\b(?:heat|hot|sun|glasshouse|greenhouse|polytunnel|oven|furnace|bakery|\d\d ?(?:c|degrees|°)|\d\d)\b[^\n]{0,120})${notAround(EN_CALM)}`,
  ),
  // A lone worker who missed his check-in with his car still here: "didn't check in at 3 or 4, his car is still here".
  rule(
    'safety',
    String.raw`\b(?:didn'?t|did not|hasn'?t|has not|never) (?:check(?:ed)?[- ]?in|call(?:ed)? in|radio(?:ed)? in)\b[^\n]{0,100}?\b(?:car|van|truck|bike|coat|bag|phone) (?:is |was )?still (?:here|there|parked|in the)\b${notAround(EN_CALM)}`,
  ),
  // A protected person's abuser coming for them: a restraining order and a message, a wait outside, fear to leave.
  rule(
    'threat',
    String.raw`\b(?:restraining|protection|protective|non-?molestation) order\b(?<=\b(?:texted|messaged|message|knows where|waiting|outside|turned up|showed up|see you|scared|afraid|following)\b[^\n]{0,160})|\b(?:restraining|protection|protective|non-?molestation) order\b(?=[^\n]{0,160}\b(?:texted|messaged|knows where|waiting|outside|turned up|showed up|see you|scared|afraid|following)\b)(?![^\n]{0,160}\b(?:how (?:do|can) i|how to|where (?:do|can) i) (?:get|apply)\b)`,
  ),
  // An electric shock with its effects: "thrown back by a shock from the dryer and my arm is numb".
  rule(
    'safety',
    String.raw`\b(?:electric shock|electrocuted|zapped|(?:thrown|knocked) (?:back|off|across) by (?:a|the) shock|shock (?:off|from) (?:the|a) (?:\w+ )?(?:dryer|machine|socket|plug|panel|cable|wire|fridge|freezer|oven|kettle|door|rail|switch|motor|pump|light|drill|tool)s?)\b[^.!?\n]{0,80}\b(?:numb|heart (?:is )?(?:racing|pounding|fluttering|skipping)|burn marks?|can'?t feel|tingling)\b${notAround(EN_CALM)}`,
  ),
  // A fight with someone bleeding or a weapon in it: "two drivers fighting, one has a tyre iron, the other bleeding".
  rule(
    'threat',
    String.raw`\b(?:fighting|brawl(?:ing)?|punch-?up|scrapping)\b[^\n]{0,100}?\b(?:(?:on the (?:ground|floor) )?bleeding|knocked out|unconscious|not moving|tyre iron|tire iron|crowbar|bat|hammer|knife|bottle)\b${notAround(`${EN_CALM}|boxing|sparring|ufc|mma|wrestling|kids|cats|dogs`)}`,
  ),
  // Someone inside a machine that runs, or in a cab a power line made live.
  rule(
    'safety',
    String.raw`\b(?:still inside|still in (?:it|there))\b[^.!?\n]{0,40}\bwith the (?:\w+ )?(?:auger|mixer|machine|conveyor|press|belt|fan|blades?|engine|pump|crusher|shredder)s? (?:still )?(?:running|on|turning|going)\b|\b(?:crane|boom|digger|excavator|tipper|truck|lorry|jib|mast|ladder)\b[^.!?\n]{0,40}\b(?:hit|touched|struck|snagged|caught|contacted|brushed) (?:the |a |an )?(?:overhead |power |electric |electricity |live |high voltage |hv )+(?:lines?|cables?|wires?)\b${notAround(EN_CALM)}`,
  ),
];

const ES_CALM = String.raw`simulacro|practica|ejercicio|formacion|curso|pelicula|serie|juego|noticias|video|el ano pasado|hace \w+ anos|si hay|en caso`;
/** Spanish. */
export const SPANISH_SAID_29: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:fuego|incendio|llamas|humo)\b[^.!?\n]{0,80}?\b(?:(?:ha |han )?vuelto a (?:prender\w*|arder|encender\w*|salir|empezar|quemar)|volvi(?:o|eron) a (?:prender\w*|arder|encender\w*|salir)|vuelven? a (?:prender\w*|arder|encender\w*|salir)|se (?:ha )?reaviv\w*|reavivad\w*|rebrot\w*|arde (?:otra vez|de nuevo))${notAround(ES_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<=\b(?:fuego|incendio|llamas|humo|gas|ardiendo)\b[^]{0,200})\b(?:hay|quedan?|siguen?|sigue|estan? todavia|todavia hay|aun hay|aun quedan?)\b(?: \w+){0,3}? (?:dentro|adentro|atrapad[oa]s?|encerrad[oa]s?)\b${notAround(ES_CALM)}`,
  ),
];

const FR_CALM = String.raw`exercice|simulation|formation|film|serie|jeu|infos|l'an dernier|l'annee derniere|il y a \w+ ans|si jamais|en cas`;
/** French. */
export const FRENCH_SAID_29: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:feu|incendie|flammes|fumee)\b[^.!?\n]{0,80}?\b(?:a repris|reprend|reprennent|ont repris|s'est rallum\w*|se rallum\w*|est reparti|repart|brule (?:a nouveau|encore|de nouveau))\b${notAround(FR_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<=\b(?:feu|incendie|flammes|fumee|gaz|brule)\b[^]{0,200})\b(?:il reste|il y a encore|il y a toujours|reste encore|sont toujours|est toujours|sont encore|est encore)\b(?: [\w']+){0,3}? (?:a l'interieur|dedans|coince\w*|bloque\w*|piege\w*)${notAround(FR_CALM)}|\b(?:il reste|il y a encore|il y a toujours|sont toujours|sont encore)\b(?: [\w']+){0,3}? (?:a l'interieur|dedans|coince\w*|bloque\w*|piege\w*)(?=[^]{0,120}\b(?:feu|incendie|flammes|fumee|gaz)\b)${notAround(FR_CALM)}`,
  ),
];

const DE_CALM = String.raw`ubung|uebung|probealarm|training|schulung|film|serie|spiel|nachrichten|letztes jahr|vor \w+ jahren|falls|wenn es`;
/** German. */
export const GERMAN_SAID_29: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:feuer|brand|flammen|glut|es)\b[^.!?\n]{0,80}?\b(?:brennt (?:\w+ )?wieder|wieder (?:aufgeflammt|aufgeflackert|entfacht|ausgebrochen|angegangen)|flammt (?:\w+ )?wieder auf|flackert (?:\w+ )?wieder auf)\b${notAround(DE_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<=\b(?:feuer|brand|brennt|rauch|flammen|gas)\b[^]{0,200})\b(?:sind|ist|sitzen|sitzt|stecken|steckt)\b(?: \w+){0,2}? noch (?:\w+ )?(?:drin|drinnen|im gebaude|im gebaeude|eingeschlossen|eingesperrt|gefangen)\b${notAround(DE_CALM)}`,
  ),
];

const DE_WATER = String.raw`\b(?:ins wasser|in den (?:hafen|fluss|kanal|see|teich|tank|schacht|rhein|main)|ins (?:becken|meer|hafenbecken)|uber bord|ueber bord)\b[^.!?\n]{0,20}\b(?:gefallen|gesturzt|gestuerzt|gesprungen|gegangen)\b`;
GERMAN_SAID_29.push(rule('safety', `${DE_WATER}${notAround(DE_CALM)}`));

const IT_CALM = String.raw`esercitazione|prova|simulazione|formazione|corso|film|serie|gioco|telegiornale|notizie|l'anno scorso|anni fa|se mai|in caso`;
/** Italian. */
export const ITALIAN_SAID_29: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:fuoco|incendio|fiamme|fumo)\b[^.!?\n]{0,80}?\b(?:(?:si )?e riacces[oa]|si riaccende|riacces[oa]|ha ripreso|riprende|brucia (?:di nuovo|ancora)|e ripartito|riparte)\b${notAround(IT_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<=\b(?:fuoco|incendio|fiamme|fumo|gas|brucia)\b[^]{0,200})\b(?:ci sono ancora|c'e ancora|sono ancora|e ancora|sono rimast[ie]|e rimast[oa])\b(?: \w+){0,3}? (?:dentro|intrappolat\w*|bloccat\w*)\b${notAround(IT_CALM)}`,
  ),
];

const PT_CALM = String.raw`simulado|treinamento|treino|exercicio|curso|filme|serie|jogo|noticias|ano passado|anos atras|se houver|em caso`;
/** Portuguese. */
export const PORTUGUESE_SAID_29: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:fogo|incendio|chamas|fumaca)\b[^.!?\n]{0,80}?(?<!\bnao )\b(?:voltou(?: a (?:pegar|queimar|acender|arder))?|reacendeu|reacende|pegou de novo|queimando de novo|esta de volta)\b${notAround(PT_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<=\b(?:fogo|incendio|chamas|fumaca|gas|pegando fogo)\b[^]{0,200})\b(?:ainda (?:tem|ha|esta|estao)|ficaram|ficou|tem gente|ha gente)\b(?: \w+){0,3}? (?:dentro|presos?|presas?|trancad[oa]s?)\b${notAround(PT_CALM)}`,
  ),
];

const PL_CALM = String.raw`cwiczeni\w*|probn\w*|szkoleni\w*|film\w*|serial\w*|gra|gry|wiadomosci|w zeszlym roku|lat temu|gdyby|w razie`;
/** Polish. */
export const POLISH_SAID_29: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:pozar|ogien|plomienie|dym)\w*\b[^.!?\n]{0,80}?\b(?:znowu|znow|ponownie|na nowo) (?:sie )?(?:pali|plonie|wybuchl\w*|zaplonal\w*|rozpalil\w*)\b${notAround(PL_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<=\b(?:pozar|ogien|plomienie|dym|gaz|pali sie)\w*\b[^]{0,200})\b(?:sa jeszcze|jest jeszcze|zostal\w*|zostaly)\b(?: \w+){0,3}? (?:w srodku|wewnatrz|uwiezien\w*|zamknie\w*)\b${notAround(PL_CALM)}`,
  ),
];

/*
 * A vessel about to burst (outside attacker, round 29): a boiler, tank or cylinder said to be about to explode, its
 * pressure gauge in the red, its relief valve stuck. Read in the eleven full languages: "pressure gauge on boiler 2 is
 * in the red and climbing, valve wont open", "el tanque va a explotar", "le réservoir va péter", "kessel könnte
 * explodieren", "sasabog na yung tangke", "锅炉…随时可能爆炸", "الخزان راح ينفجر". A head, an inbox or a phone
 * "about to explode" names no vessel; blood pressure is no gauge.
 */
const EN_VESSEL = String.raw`boilers?|tanks?|vessels?|cylinders?|compressors?|autoclaves?|reactors?|receivers?|accumulators?|pressure cookers?|gas bottles?|drums?|kettles?|calorifiers?|steam (?:drum|line|pipe)s?`;
const EN_BURST = String.raw`(?:(?:is |it'?s |its )?(?:going to|gonna|about to|could|might|will|set to|ready to) (?:blow(?: up)?|explode|burst|rupture|go up|go bang)|(?:is |it'?s )?(?:gonna|going to) blow)`;
const EN_PRESSURE_CALM = String.raw`${EN_CALM}|blood pressure|peer pressure|fish tank|think tank|head|inbox|phone|brain|lol|haha\w*|if we don'?t service|risk assessment`;
ENGLISH_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:${EN_VESSEL})\b[^.!?\n]{0,60}?\b${EN_BURST}\b${notAround(EN_PRESSURE_CALM)}|\b(?<!blood )(?:pressure (?:gauge|gage|dial|reading)s?|gauges?)\b[^.!?\n]{0,40}\b(?:in the red|red zone|off the (?:scale|chart)|maxed out|past the red line)\b${notAround(EN_PRESSURE_CALM)}|\b(?:relief |safety |release |blow-?off )?valves? (?:won'?t|wont|will not|doesn'?t|does not|can'?t|cannot) (?:open|release|lift|vent|blow off)\b(?<=\b(?:pressure|boiler|tank|steam|vessel)\b[^\n]{0,120})${notAround(EN_PRESSURE_CALM)}|\b(?:relief|safety) valves? (?:is |are )?(?:stuck|jammed|blocked|seized)\b${notAround(EN_PRESSURE_CALM)}`,
  ),
);
SPANISH_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:tanque|caldera|deposito|tuberia|compresor|cilindro|bombona|olla a presion|autoclave|recipiente|calderin)\w*\b[^.!?\n]{0,60}?\b(?:va a (?:explotar|reventar|estallar)|a punto de (?:explotar|reventar|estallar)|(?:puede|podria) (?:explotar|reventar|estallar))\b${notAround(ES_CALM)}|\bpresion\b[^.!?\n]{0,30}\b(?:al maximo|en rojo|en el rojo|disparada)\b(?<=\b(?:tanque|caldera|deposito|compresor|cilindro|manometro|valvula)\w*\b[^\n]{0,120})${notAround(ES_CALM)}`,
  ),
);
FRENCH_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:reservoir|cuve|chaudiere|citerne|compresseur|bouteille de gaz|autoclave|ballon|recipient|cocotte)\w*\b[^.!?\n]{0,60}?\b(?:va (?:peter|exploser|sauter|eclater)|(?:risque|pourrait|peut) (?:de )?(?:peter|exploser|sauter|eclater)|(?:est )?sur le point d'(?:exploser|eclater))\b${notAround(FR_CALM)}|\bsoupape\b[^.!?\n]{0,30}\b(?:bloquee|coincee|ne s'ouvre (?:pas|plus))\b${notAround(FR_CALM)}`,
  ),
);
GERMAN_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:kessel|tank|behalter|behaelter|druckbehalter|druckbehaelter|kompressor|gasflasche|autoklav|boiler|dampfkessel)\w*\b[^.!?\n]{0,60}?\b(?:(?:konnte|koennte|kann|wird|droht zu) (?:gleich )?(?:explodieren|platzen|bersten|in die luft gehen)|explodiert gleich|platzt gleich|fliegt gleich in die luft)\b${notAround(DE_CALM)}|\bdruck\w*\b[^.!?\n]{0,40}\bim roten bereich\b${notAround(DE_CALM)}`,
  ),
);
ITALIAN_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:serbatoio|caldaia|cisterna|compressore|bombola|autoclave|recipiente|pentola a pressione)\w*\b[^.!?\n]{0,60}?\b(?:sta per (?:esplodere|scoppiare)|(?:puo|potrebbe|rischia di) (?:esplodere|scoppiare))\b${notAround(IT_CALM)}|\bpressione\b[^.!?\n]{0,30}\b(?:al massimo|nel rosso|alle stelle)\b(?<=\b(?:serbatoio|caldaia|cisterna|compressore|bombola|manometro|valvola)\w*\b[^\n]{0,120})${notAround(IT_CALM)}`,
  ),
);
PORTUGUESE_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:tanque|caldeira|reservatorio|cilindro|botijao|compressor|autoclave|panela de pressao)\w*\b[^.!?\n]{0,60}?\b(?:vai (?:explodir|estourar)|(?:pode|prestes a|esta pra|ta pra) (?:explodir|estourar))\b${notAround(PT_CALM)}|\bpressao\b[^.!?\n]{0,30}\b(?:no maximo|no vermelho|la em cima)\b(?<=\b(?:tanque|caldeira|reservatorio|cilindro|compressor|manometro|valvula)\w*\b[^\n]{0,120})${notAround(PT_CALM)}`,
  ),
);
POLISH_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:zbiornik|kociol|kotl|butl|sprezark|autoklaw)\w*\b[^.!?\n]{0,60}?\b(?:zaraz (?:wybuchnie|eksploduje|peknie|rozerwie)|(?:moze|grozi) (?:wybuchnac|eksplodowac|wybuchem|peknac))\b${notAround(PL_CALM)}`,
  ),
);

/** Vietnamese: "bình áp suất sắp nổ rồi". */
export const VIETNAMESE_SAID_29: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:binh|noi hoi|bon|ong|may nen|ap suat|lo hoi)\b[^.!?\n]{0,40}?\bsap (?:phat )?no\b(?![^\n]{0,80}\b(?:dien tap|tap huan|phim|game)\b)`,
  ),
];
/** Tagalog: "sasabog na yung tangke". */
export const TAGALOG_SAID_29: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:sasabog|puputok|papuputok)(?: na)? (?:\S+ )?(?:tangke|tanke|boiler|silindro|compressor|kaldero)\b|\b(?:tangke|tanke|boiler|silindro|compressor)\b[^.!?\n]{0,40}\b(?:sasabog|puputok)\b`,
  ),
];
/** Chinese: "锅炉压力表爆表了，随时可能爆炸". */
export const CHINESE_SAID_29: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`(?:锅炉|鍋爐|压力|壓力|储罐|儲罐|罐|气瓶|氣瓶|压缩机|壓縮機|容器|反应釜|反應釜)[^。！？!?\n]{0,20}(?:要爆炸|快爆炸|可能爆炸|会爆炸|會爆炸|随时.{0,4}爆|隨時.{0,4}爆|爆表)`,
  ),
];
/** Arabic: "الخزان راح ينفجر والضغط عالي جدا". */
export const ARABIC_SAID_29: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`(?:الخزان|خزان|الغلايه|غلايه|البويلر|الاسطوانه|اسطوانه|الضاغط|الطنجره)[^.!?؟\n]{0,30}(?:راح ينفجر|رح ينفجر|سينفجر|بينفجر|على وشك الانفجار|ح ينفجر|هينفجر)`,
  ),
];

/*
 * Outside attacker round 29: a vehicle gone into a pit or the water with its driver still on it, and a crane's load
 * over people with its operator not answering ("la grue balance la charge au dessus des gars, le grutier répond plus").
 */
ENGLISH_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:forklift|truck|lorry|van|car|tractor|digger|excavator|dumper|reach truck|vehicle|loader|telehandler)s?\b[^.!?\n]{0,40}\b(?:went|fell|tipped|rolled|drove|slid|reversed|dropped|crashed|toppled) (?:\w+ )?(?:into|in|off|over) (?:the |a )?(?:[\w-]+ ){0,3}(?:pit|dock|quay|canal|river|water|ditch|trench|hole|edge|ramp|bank|harbou?r|lake|pond)\b[^.!?\n]{0,40}\b(?:with (?:the |a |his |her )?(?:driver|operator|him|her|someone|guy|man|woman) (?:still )?(?:on|in|inside) (?:it|board|the cab|there)|(?:driver|operator) (?:is )?still (?:in|on|inside))\b${notAround(EN_CALM)}|\bcrane (?:operator|driver)\b[^.!?\n]{0,20}\b(?:not (?:responding|answering)|isn'?t (?:responding|answering)|won'?t answer|unresponsive)\b${notAround(EN_CALM)}`,
  ),
);
FRENCH_SAID_29.push(
  rule(
    'safety',
    String.raw`\bgrutier\b[^.!?\n]{0,20}\b(?:ne )?repond (?:plus|pas)\b${notAround(FR_CALM)}|\b(?:la )?charge\b[^.!?\n]{0,30}\bau[- ]dessus (?:des|de nos|de la tete des) (?:gars|ouvriers|gens|personnes|collegues|equipes?)\b(?<=\b(?:balance|se balance|oscille|tangue|glisse|tombe|lache)\b[^\n]{0,60})${notAround(FR_CALM)}`,
  ),
);

// Someone gone out hours ago, into a storm or the hills, who does not answer ("went out to check the sheep on the hill
// before the storm, 5 hours ago, not answering").
ENGLISH_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:went|gone|headed|walked|drove|set) (?:out|up|off)\b[^\n]{0,100}?\b(?:\d+|two|three|four|five|six|several|many) (?:hours?|hrs?) ago\b[^\n]{0,40}?\b(?:not answering|no answer|no reply|(?:can'?t|cannot) (?:reach|get hold of) (?:him|her|them)|phone (?:is )?(?:off|dead)|not back)\b${notAround(`${EN_CALM}|lol|haha\\w*|lunch|pub|drinks`)}`,
  ),
);

/*
 * Attack round 29 (F6): the plain forms the rules above missed, read as classes.
 *  - A fire back, said the plainest way: "fire again in bay 3", "the fire came back, third time today", "the fire has
 *    returned". Not a fire alarm, team or inspector that came back, nor a fire on the news.
 *  - Someone still inside, with no fire named in the same text: the details texted after a fire report ("two people
 *    still inside", "two people still inside by the racks"), "still" said first ("still someone inside the silo",
 *    "there are still people inside the paint booth"), or a confined space named ("my coworker is still inside the
 *    tank", "someone is still inside the freezer"). Not "still inside the office at 7pm working": work, hours, the
 *    weather or a shop around it is someone who stayed in, not someone left behind.
 *  - A burst vessel, pipe or hose on a line under pressure or carrying steam, gas or a chemical ("burst vessels on the
 *    pressure line in bay 2, steam everywhere"); an eye hurt after a chemical splash ("my eye has a burst blood vessel
 *    after the chemical splash"). Not a burst water pipe in the toilets.
 */
const EN_FIRE_NOT_FIRE = String.raw`(?! (?:drills?|alarms?|doors?|exits?|extinguishers?|marshals?|wardens?|training|safety|tests?|practice|exercise|escapes?|pits?|breaks?|machines?|signals?|detectors?|teams?|crews?|brigades?|department|dept|trucks?|engines?|service|officers?|inspectors?|inspection|risk|assessment|certificates?|panel|system|sprinklers?|blankets?|fighters?|men|man|guy|guys|people|chief|station|hoses?|points?|plans?|regs|regulations))`;
const EN_FIRE_AGAIN_CALM = String.raw`${EN_CALM}|lol|haha\w*|ceasefire|cease fire|open(?:ed)? fire|fired|firing|hire|hired`;
ENGLISH_SAID_29.push(
  // "fire again in bay 3", "there's a fire again", "FIRE AGAIN": the noun, not the verb ("ready to fire again").
  rule(
    'safety',
    String.raw`(?<!\b(?:to|will|gonna|cease|open|opened|hold|holding|can'?t|cannot|won'?t|they|we|i|you|must|should|could|would|might|may|did|do|does|not|never|no) )\b(?:fire|blaze|flames)${EN_FIRE_NOT_FIRE} (?:again|back again|once again|is back again)\b${notAround(EN_FIRE_AGAIN_CALM)}`,
  ),
  // "the fire came back, third time today", "the fire has returned", "flames coming back up the duct".
  rule(
    'safety',
    String.raw`\b(?:fire|blaze|flames)\b${EN_FIRE_NOT_FIRE}[^.!?\n]{0,40}?(?<!\b(?:not|never|hasn'?t|hasnt|didn'?t|didnt|won'?t) )\b(?:came|come|comes|coming|keeps? coming|has come|have come) back\b(?! (?:to (?:normal|work|check|inspect|see)|on(?:line)?\b|up and running|in (?:stock|service)|with|from|clean|negative|clear|fine|ok|okay|good|all clear))${notAround(EN_FIRE_AGAIN_CALM)}|\b(?:fire|blaze|flames)\b${EN_FIRE_NOT_FIRE}[^.!?\n]{0,20}?(?<!\b(?:not|never|hasn'?t|hasnt) )\b(?:has |have )?returned\b(?! (?:to (?:normal|work)|the|my|our|your|a|an|his|her|their|it|them|clean|negative))${notAround(EN_FIRE_AGAIN_CALM)}`,
  ),
);

// Someone, or some people, a person reads as left behind: counted, named by their work, or "someone".
const EN_WHO_IN = String.raw`(?:he|she|they|\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|some|several|two of (?:us|them)|people|ppl|persons?|guys|lads|girls|workers|men|women|staff|colleagues|someone|somebody|some1|(?:my|our|a|the|one|that|this|his|her|their) (?:\w+ )?(?:colleague|cleaner|coworker|co-worker|workmate|mate|friend|guy|man|woman|lady|worker|operator|cleaner|contractor|electrician|welder|fitter|apprentice|temp|driver|picker|packer|engineer|supervisor|boss|manager|son|daughter|kid)s?)`;
// Places a person is shut in, where being "still inside" is the danger itself.
const EN_CONFINED = String.raw`tanks?|silos?|(?:walk-?in )?freezers?|cold (?:room|store)s?|chillers?|blast chillers?|vessels?|sumps?|pits?|manholes?|sewers?|shafts?|wells?|hoppers?|vats?|drums?|boilers?|ovens?|kilns?|furnaces?|shipping containers?|containers?|reactors?|ducts?|crawl ?spaces?|culverts?|tunnels?|trenches?|holds?|skips?|bins?|chambers?|(?:paint|spray) booths?|lifts?|elevators?|compactors?|balers?|mixers?|dryers?|autoclaves?|cisterns?|tankers?|cargo holds?|trailers?`;
// What makes staying in ordinary: work, hours, a meeting, the weather, a shop, lunch.
const EN_STAYED_IN = String.raw`${EN_CALM}|working|worked|at work|work (?:late|overtime|from)|shift|overtime|office|meeting|lunch|break|queue|raining|rain|snow\w*|weather|cold outside|hot outside|heat|sunny|\d+ ?(?:am|pm)|o'?clock|hours|unpaid|desk|laptop|computer|store|shop|mall|restaurant|canteen|cafeteria|cafe|bar|pub|covid|lockdown|quarantine|pandemic|home|house|wfh|all day|bored|lol|haha\w*|restock\w*|stock ?(?:take|count)|(?:cleaning|unloading|loading|stocking|sorting|packing|counting|tidying|fixing|repairing|checking)\b|sleep\w*|asleep|napping|inspect\w*|maintenance|smoking|vaping|cigarette|car|van|truck|bus`;
const EN_STILL = String.raw`(?:still|stil|stll)`;
// "two people still inside", "my coworker is still inside", "still someone inside", "there are still people in there".
const EN_LEFT_INSIDE = String.raw`(?:\b${EN_WHO_IN}(?:'s|'re|s|re)?\b(?: [\w']+){0,2}? (?:is |are |'s |r |were |was )?${EN_STILL}|\b${EN_STILL} (?:(?:are|is|have|has|got) )?${EN_WHO_IN}\b(?: (?:more )?(?:people|persons|ppl|guys|lads|men|women|workers|staff|colleagues|of (?:us|them|the \w+)))?(?: (?:who (?:is|are)|that (?:is|are)|is|are))?) (?:inside|in there|in here|stuck inside|trapped inside|locked inside|shut inside|in|stuck in|trapped in|locked in|shut in|down in|down)`;
ENGLISH_SAID_29.push(
  // In a confined space: "my coworker is still inside the tank", "still someone inside the silo".
  rule(
    'safety',
    String.raw`${EN_LEFT_INSIDE} (?:the |a |an |that |this |our |no\.? ?\d+ |number \d+ )?(?:[\w-]+ ){0,2}?(?:${EN_CONFINED})\b${notAround(EN_STAYED_IN)}`,
  ),
  // Said alone, as details are: "two people still inside", "…by the racks", "…on the 2nd floor", "…the alarm is going".
  rule(
    'safety',
    String.raw`${EN_LEFT_INSIDE}(?: (?:there|here|still|now|rn))?(?=\s*(?:$|[^\w\s']|(?:and|with|but|the|alarms?|please|pls|plz|hurry|help|send|omg|asap|quick|urgent|no joke|thanks|thx|call|come|get|by|near|behind|next to|beside|at the back|in the back|on the (?:\w+ )?(?:floor|level|mezzanine|roof)|on (?:floor|level) \d|in (?:bay|room|unit|section|aisle|zone|area|block|building|wing|hall) \w+|(?:bay|room|unit|section|aisle|zone|area|block|wing|hall|line|level|floor) ?\w+|upstairs|downstairs)\b))(?<=\b(?:inside|in there|in here))${notAround(EN_STAYED_IN)}`,
  ),
  // A fire alarm going with people still inside, and "still" said first, where there is fire, smoke or gas.
  rule(
    'safety',
    String.raw`${EN_LEFT_INSIDE}\b(?=[^]{0,120}\b(?:${EN_DANGER}|alarms? (?:is |are )?(?:going|ringing|sounding|blaring|went off))\b)${notAround(EN_CALM)}|(?<=\b(?:${EN_DANGER}|alarms? (?:is |are )?(?:going|ringing|sounding|blaring|went off))\b[^]{0,200})${EN_LEFT_INSIDE}\b${notAround(EN_CALM)}`,
  ),
);

const EN_PRESSURE_HAZARD = String.raw`steam|pressuri[sz]ed|high[- ]pressure|(?<!water |blood |tyre |tire |peer )pressure|hydraulic|ammonia|chlorine|gas|acid|caustic|chemicals?|scald\w*|boiling|hot (?:oil|water)|superheated|air line|compressed air`;
const EN_BURST_PART = String.raw`vessels?|pipes?|pipework|lines?|hoses?|valves?|gaskets?|tanks?|boilers?|cylinders?|seals?|fittings?|joints?|flanges?|manifolds?|headers?`;
ENGLISH_SAID_29.push(
  rule(
    'safety',
    String.raw`(?<!\bblood )\b(?:burst|ruptured|blown|exploded|split)\b (?:[\w-]+ ){0,2}?(?<!\bblood )(?:${EN_BURST_PART})\b(?:(?<=[^\n]*\b(?:${EN_PRESSURE_HAZARD})\b[^\n]*)|(?=[^\n]{0,100}\b(?:${EN_PRESSURE_HAZARD})\b))${notAround(`${EN_PRESSURE_CALM}|if (?:it|one|a|the)|could|might|in case|risk of|to prevent`)}|\b(?:${EN_PRESSURE_HAZARD})\b (?:[\w-]+ ){0,2}?(?:${EN_BURST_PART}) (?:has |have |just |'s )?(?:burst|ruptured|blown|exploded|split open)\b${notAround(`${EN_PRESSURE_CALM}|if (?:it|one|a|the)|could|might|in case|risk of|to prevent`)}`,
  ),
  // An eye hurt after a chemical splash, in either order: "my eye has a burst blood vessel after the chemical splash".
  rule(
    'safety',
    String.raw`\beyes?\b[^.!?\n]{0,50}\b(?:burst (?:a )?(?:blood )?vessel|bloodshot|(?:is|are|went|gone|so) red|burning|burns|stinging|stings|swollen|swelling|can'?t see|cannot see|can'?t open|won'?t open|blurry|blurred|watering|hurts?|painful|sore)\b[^.!?\n]{0,60}\b(?:chemical|acid|caustic|bleach|solvent|ammonia|chlorine|degreaser)s? (?:splash|spray|spill|leak|burn)\w*|\b(?:chemical|acid|caustic|bleach|solvent|ammonia|chlorine|degreaser)s? (?:splash|spray|spill|leak)\w*\b[^.!?\n]{0,60}\beyes?\b[^.!?\n]{0,40}\b(?:burst (?:a )?(?:blood )?vessel|bloodshot|(?:is|are|went|gone|so) red|burning|stinging|swollen|can'?t see|cannot see|can'?t open|won'?t open|blurry|watering|hurts?|painful)\b${notAround(`${EN_CALM}|goggles|protect|prevent|in case|wear|risk`)}`,
  ),
);

// The same plain forms in the other five full languages: someone left inside said alone, at the end of its clause
// ("quedan dos personas dentro", "il reste deux personnes à l'intérieur", "zwei Leute sind noch drin", "ci sono
// ancora due persone dentro", "ainda tem duas pessoas lá dentro"), and a fire back said without a verb of burning
// ("fuego otra vez en la nave 3", "le feu est revenu", "das Feuer ist wieder da", "il fuoco è tornato").
const CLAUSE_END = String.raw`(?=\s*(?:$|[.!,;:\n-]))`;
SPANISH_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:quedan?|hay|siguen?|sigue|estan? todavia|estan? aun|todavia (?:hay|quedan?|estan?|siguen?)|aun (?:hay|quedan?|estan?|siguen?))\b(?: \w+){0,3}? (?:dentro|adentro|atrapad[oa]s?|encerrad[oa]s?)${CLAUSE_END}${notAround(`${ES_CALM}|oficina|trabaj\\w*|reunion|lluvia|llueve|hora|horas|casa|tienda`)}`,
  ),
  rule(
    'safety',
    String.raw`(?:^|[.!?:;,\n]\s*|\b(?:el|un|otro|hay)\s)(?:fuego|incendio|llamas)(?: \w+)? (?:otra vez|de nuevo)\b${notAround(ES_CALM)}|\b(?:fuego|incendio|llamas)\b[^.!?\n]{0,30}?(?<!\bno )\b(?:ha vuelto|han vuelto|volvio|volvieron|regreso)\b(?! a (?:la normalidad|trabajar|revisar))${notAround(ES_CALM)}`,
  ),
);
FRENCH_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:il reste|il y a encore|il y a toujours|reste encore|sont toujours|est toujours|sont encore|est encore)\b(?: [\w']+){0,3}? (?:a l'interieur|dedans|coince\w*|bloque\w*|piege\w*)${CLAUSE_END}${notAround(`${FR_CALM}|bureau|travail\\w*|reunion|pluie|heures?|maison|magasin`)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:feu|incendie|flammes)\b(?! (?:d'artifice|de camp|vert|rouge|orange|de signalisation|de joie|de cheminee|de l'action))[^.!?\n]{0,30}?(?<!\bpas )\b(?:est revenu|sont revenues|revient|reviennent|est de retour)\b(?! (?:a la normale|une fois (?:la|le) (?:\w+ )?(?:exercice|alarme)))${notAround(FR_CALM)}`,
  ),
);
GERMAN_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:sind|ist|sitzen|sitzt|stecken|steckt)\b(?: \w+){0,2}? noch (?:\w+ )?(?:drin|drinnen|eingeschlossen|eingesperrt|gefangen)${CLAUSE_END}${notAround(`${DE_CALM}|buro|buero|meeting|besprechung|arbeit\\w*|regen|uhr|pause|feierabend|laden`)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:feuer|brand|flammen)\b[^.!?\n]{0,30}?\b(?:(?:ist|sind) wieder da|(?:ist|sind) (?:wieder )?zuruck|(?:ist|sind) (?:wieder )?zurueck|(?:ist|sind) schon wieder|brennt schon wieder)\b(?! (?:aus|gelöscht|geloscht|geloescht|unter kontrolle))${notAround(DE_CALM)}`,
  ),
);
ITALIAN_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:ci sono ancora|c'e ancora|sono ancora|e ancora|sono rimast[ie]|e rimast[oa])\b(?: \w+){0,3}? (?:dentro|intrappolat\w*|bloccat\w*)${CLAUSE_END}${notAround(`${IT_CALM}|ufficio|lavor\\w*|riunione|pioggia|ore|casa|negozio`)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:fuoco|incendio|fiamme)\b[^.!?\n]{0,30}?(?<!\bnon )\b(?:e tornato|e ritornato|sono tornate|torna|tornano)\b(?! (?:sotto controllo|spento))${notAround(IT_CALM)}`,
  ),
);
PORTUGUESE_SAID_29.push(
  rule(
    'safety',
    String.raw`\b(?:ainda (?:tem|ha|esta|estao)|ficaram|ficou|tem gente|ha gente)\b(?: \w+){0,3}? (?:dentro|la dentro|presos?|presas?|trancad[oa]s?)${CLAUSE_END}${notAround(`${PT_CALM}|escritorio|trabalh\\w*|reuniao|chuva|horas?|casa|loja`)}`,
  ),
);
