import { notOnItsLine, EN_CALM, ES_CALM, FR_CALM, DE_CALM, IT_CALM, PT_CALM, PL_CALM } from './calm-on-its-line';
import { rule, type UrgencyRule } from './types';

/*
 * A fire back after it was out, caught somewhere new, or flames seen now ("the fire is burning again in bay 3", "fire
 * again in bay 3", "el incendio ha vuelto a prender", "das Feuer flammt wieder auf"), a fire typed fast ("ya le feu dans
 * lentrepot", "sta andando a fuoco il magazzino", "cháy kho rồi"), and someone still inside where there is fire, smoke
 * or gas, or in a confined space ("two people still inside", "my coworker is still inside the tank", "quedan dos
 * personas dentro"). Tests: test/unit/analysis/urgency-blind-29.test.ts, urgency-attack-round-30.test.ts.
 * Calm look-alikes are kept out by what they name: a fire drill, alarm, door or pit, a fire in the belly, the news or
 * a film, a fire put out and "not back", smoke from a cigarette break, someone who stayed in the office late.
 */

// Nouns "fire" qualifies when it is no fire, right after the word.
const EN_NOT_FIRE = String.raw`(?! (?:drills?|alarms?|doors?|exits?|extinguishers?|marshals?|wardens?|training|safety|tests?|practice|exercise|escapes?|pits?|breaks?|machines?|signals?|detectors?|in (?:my|his|her|your|their|our) (?:belly|bellies|heart|soul|eyes)))`;
// Someone still inside, as people say it: "two are still inside", "Tomasz and Ana still in there", "people stuck inside".
const EN_STILL_IN = String.raw`\b(?:\d+|one|two|three|four|five|six|some|several|people|ppl|persons?|guys|lads|girls|workers|men|women|staff|colleagues|someone|somebody|some1|they|he|she|kids|children|[a-z]+ and (?:the (?:new )?)?[a-z]+)\b(?: [\w']+){0,3}? (?:still|stil|stll) (?:inside|in there|in the building|trapped|stuck)\b|\b(?:people|ppl|someone|somebody|some1|workers|guys|staff) (?:are |is |r )?(?:trapped|stuck) inside\b`;
const EN_DANGER = String.raw`fire|smoke|smoking|flames|blaze|burning|alight|gas|fumes|ammonia|chlorine|collaps\w*|caved in`;
const EN_FIRE_NOT_FIRE = String.raw`(?! (?:drills?|alarms?|doors?|exits?|extinguishers?|marshals?|wardens?|training|safety|tests?|practice|exercise|escapes?|pits?|breaks?|machines?|signals?|detectors?|teams?|crews?|brigades?|department|dept|trucks?|engines?|service|officers?|inspectors?|inspection|risk|assessment|certificates?|panel|system|sprinklers?|blankets?|fighters?|men|man|guy|guys|people|chief|station|hoses?|points?|plans?|regs|regulations))`;
const EN_FIRE_AGAIN_CALM = String.raw`${EN_CALM}|lol|haha\w*|ceasefire|cease fire|open(?:ed)? fire|fired|firing|hire|hired`;
// Someone, or some people, a person reads as left behind: counted, named by their work, or "someone".
const EN_WHO_IN = String.raw`(?:he|she|they|\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|some|several|two of (?:us|them)|people|ppl|persons?|guys|lads|girls|workers|men|women|staff|colleagues|someone|somebody|some1|(?:my|our|a|the|one|that|this|his|her|their) (?:\w+ )?(?:colleague|cleaner|coworker|co-worker|workmate|mate|friend|guy|man|woman|lady|worker|operator|cleaner|contractor|electrician|welder|fitter|apprentice|temp|driver|picker|packer|engineer|supervisor|boss|manager|son|daughter|kid)s?)`;
// Places a person is shut in, where being "still inside" is the danger itself.
const EN_CONFINED = String.raw`tanks?|silos?|(?:walk-?in )?freezers?|cold (?:room|store)s?|chillers?|blast chillers?|vessels?|sumps?|pits?|manholes?|sewers?|shafts?|wells?|hoppers?|vats?|drums?|boilers?|ovens?|kilns?|furnaces?|shipping containers?|containers?|reactors?|ducts?|crawl ?spaces?|culverts?|tunnels?|trenches?|holds?|skips?|bins?|chambers?|(?:paint|spray) booths?|lifts?|elevators?|compactors?|balers?|mixers?|dryers?|autoclaves?|cisterns?|tankers?|cargo holds?|trailers?`;
// What makes staying in ordinary: work, hours, a meeting, the weather, a shop, lunch.
const EN_STAYED_IN = String.raw`${EN_CALM}|working|worked|at work|work (?:late|overtime|from)|shift|overtime|office|meeting|lunch|break|queue|raining|rain|snow\w*|weather|cold outside|hot outside|heat|sunny|\d+ ?(?:am|pm)|o'?clock|hours|unpaid|desk|laptop|computer|store|shop|mall|restaurant|canteen|cafeteria|cafe|bar|pub|covid|lockdown|quarantine|pandemic|home|house|wfh|all day|bored|lol|haha\w*|restock\w*|stock ?(?:take|count)|(?:cleaning|unloading|loading|stocking|sorting|packing|counting|tidying|fixing|repairing|checking)\b|sleep\w*|asleep|napping|inspect\w*|maintenance|smoking|vaping|cigarette|car|van|truck|bus`;
const EN_STILL = String.raw`(?:still|stil|stll)`;
// "two people still inside", "my coworker is still inside", "still someone inside", "there are still people in there".
const EN_LEFT_INSIDE = String.raw`(?:\b${EN_WHO_IN}(?:'s|'re|s|re)?\b(?: [\w']+){0,2}? (?:is |are |'s |r |were |was )?${EN_STILL}|\b${EN_STILL} (?:(?:are|is|have|has|got) )?${EN_WHO_IN}\b(?: (?:more )?(?:people|persons|ppl|guys|lads|men|women|workers|staff|colleagues|of (?:us|them|the \w+)))?(?: (?:who (?:is|are)|that (?:is|are)|is|are))?) (?:inside|in there|in here|stuck inside|trapped inside|locked inside|shut inside|in|stuck in|trapped in|locked in|shut in|down in|down)`;
// The same plain forms in the other five full languages: someone left inside said alone, at the end of its clause
// ("quedan dos personas dentro", "il reste deux personnes à l'intérieur", "zwei Leute sind noch drin", "ci sono
// ancora due persone dentro", "ainda tem duas pessoas lá dentro"), and a fire back said without a verb of burning
// ("fuego otra vez en la nave 3", "le feu est revenu", "das Feuer ist wieder da", "il fuoco è tornato").
const CLAUSE_END = String.raw`(?=\s*(?:$|[.!,;:\n-]))`;
const IT_PLACE = String.raw`(?:magazzino|capannone|cucina|ufficio|fabbrica|reparto|deposito|officina|furgone|camion|muletto|tetto|edificio|stabilimento|negozio|bagno|quadro(?: elettrico)?|batteri[ae]|carrello|impianto|linea|forno|locale|stanza|scaffal[ei]|bancal[ei]|cantiere|laboratorio|mensa|cassonetto|macchinario|macchina|motore|garage|box|archivio|scantinato|cantina|piano|sala|cella|silos?|cisterna|serbatoio|container|rimorchio|tir|bus|auto)`;

export const ENGLISH_FIRE_BACK_AND_LEFT_INSIDE: UrgencyRule[] = [
  // A fire burning again or back: "the fire is burning again", "the blaze flared up again", "started up again".
  rule(
    'safety',
    String.raw`\b(?:fire|blaze|flames?|embers)\b${EN_NOT_FIRE}[^.!?\n]{0,60}?\b(?:burning|smou?ldering|smoldering|flar(?:ed|ing|es)|start(?:ed|ing|s)|caught|lit|going|blazing|reignit\w*|re-ignit\w*|rekindl\w*|spreading|raging|kicked off|kicking off) (?:up )?(?:again|back up|once more)\b${notOnItsLine(EN_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:fire|blaze|flames)\b${EN_NOT_FIRE}[^.!?\n]{0,80}?(?:\b(?:reignit|re-ignit|rekindl)\w*|(?<!\b(?:not|never|isn'?t|hasn'?t|wasn'?t) )\b(?:it'?s|its|it is|it has come|it came|they'?re|they are|is|are|has come) back\b(?! (?:to normal|online|on|up and running|in (?:stock|service)|open))|\b(?:smoking|smoke) again\b)${notOnItsLine(EN_CALM)}`,
  ),
  // Across a sentence: "that fire from last week? it's burning again underground".
  rule(
    'safety',
    String.raw`(?<=\b(?:fire|blaze|flames)\b[^\n]{0,120})\b(?:it'?s|its|it is|it has|it'?s now) (?:now )?(?:burning|smou?ldering|smoldering|flaring up|blazing|alight|lit|on fire) again\b${notOnItsLine(EN_CALM)}`,
  ),
  // A fire caught somewhere new, something starting to smoke: "but now the hedge has caught", "it's starting to smoke".
  rule(
    'safety',
    String.raw`(?<=\b(?:fire|flames|blaze|burning)\b[^\n]{0,120})\b(?:now|then|and now) (?:the |a |our )?(?:[\w-]+ ){0,7}(?:has|have|just|is) caught\b(?! (?:a|an|the|up|on|him|her|them|me|us|covid|cold|flu|bus|train|out))${notOnItsLine(EN_CALM)}|\b(?:it'?s|its|it is|it has|it) (?:now )?(?:starting|started|beginning|begun) to (?:smoke|smou?lder|smolder|catch fire)\b${notOnItsLine(EN_CALM)}`,
  ),
  // Caught at the end of its clause, the fire's first place put out and blanked: "but now the hedge has caught".
  rule(
    'safety',
    String.raw`\b(?:now|then|and now) (?:the |a |our )?(?:[\w-]+ ){0,7}(?:has|have|just|is) caught(?: fire| alight| too| as well)?(?=\s*(?:$|[.!,;\n]))${notOnItsLine(EN_CALM)}`,
  ),
  // Flames seen now: "now i can see flames in the stairwell".
  rule(
    'safety',
    String.raw`\b(?:can|could|i|we|now) (?:now )?(?:see|seeing|saw) (?:\w+ )?flames\b(?! (?:in|on) (?:the )?(?:news|tv|film|movie|video|game|photos?|pictures?))${notOnItsLine(EN_CALM)}`,
  ),
  // Someone still inside where there is fire, smoke or gas, the danger named anywhere in the text.
  rule(
    'safety',
    String.raw`(?<=\b(?:${EN_DANGER})\b[^]{0,200})(?:${EN_STILL_IN})${notOnItsLine(EN_CALM)}|(?:${EN_STILL_IN})(?=[^]{0,120}\b(?:${EN_DANGER})\b)${notOnItsLine(EN_CALM)}`,
  ),
  // "fire again in bay 3", "there's a fire again", "FIRE AGAIN": the noun, not the verb ("ready to fire again").
  rule(
    'safety',
    String.raw`(?<!\b(?:to|will|gonna|cease|open|opened|hold|holding|can'?t|cannot|won'?t|they|we|i|you|must|should|could|would|might|may|did|do|does|not|never|no) )\b(?:fire|blaze|flames)${EN_FIRE_NOT_FIRE} (?:again|back again|once again|is back again)\b${notOnItsLine(EN_FIRE_AGAIN_CALM)}`,
  ),
  // "the fire came back, third time today", "the fire has returned", "flames coming back up the duct".
  rule(
    'safety',
    String.raw`\b(?:fire|blaze|flames)\b${EN_FIRE_NOT_FIRE}[^.!?\n]{0,40}?(?<!\b(?:not|never|hasn'?t|hasnt|didn'?t|didnt|won'?t) )\b(?:came|come|comes|coming|keeps? coming|has come|have come) back\b(?! (?:to (?:normal|work|check|inspect|see)|on(?:line)?\b|up and running|in (?:stock|service)|with|from|clean|negative|clear|fine|ok|okay|good|all clear))${notOnItsLine(EN_FIRE_AGAIN_CALM)}|\b(?:fire|blaze|flames)\b${EN_FIRE_NOT_FIRE}[^.!?\n]{0,20}?(?<!\b(?:not|never|hasn'?t|hasnt) )\b(?:has |have )?returned\b(?! (?:to (?:normal|work)|the|my|our|your|a|an|his|her|their|it|them|clean|negative))${notOnItsLine(EN_FIRE_AGAIN_CALM)}`,
  ),
  // In a confined space: "my coworker is still inside the tank", "still someone inside the silo".
  rule(
    'safety',
    String.raw`${EN_LEFT_INSIDE} (?:the |a |an |that |this |our |no\.? ?\d+ |number \d+ )?(?:[\w-]+ ){0,2}?(?:${EN_CONFINED})\b${notOnItsLine(EN_STAYED_IN)}`,
  ),
  // Said alone, as details are: "two people still inside", "…by the racks", "…on the 2nd floor", "…the alarm is going".
  rule(
    'safety',
    String.raw`${EN_LEFT_INSIDE}(?: (?:there|here|still|now|rn))?(?=\s*(?:$|[^\w\s']|(?:and|with|but|the|alarms?|please|pls|plz|hurry|help|send|omg|asap|quick|urgent|no joke|thanks|thx|call|come|get|by|near|behind|next to|beside|at the back|in the back|on the (?:\w+ )?(?:floor|level|mezzanine|roof)|on (?:floor|level) \d|in (?:bay|room|unit|section|aisle|zone|area|block|building|wing|hall) \w+|(?:bay|room|unit|section|aisle|zone|area|block|wing|hall|line|level|floor) ?\w+|upstairs|downstairs)\b))(?<=\b(?:inside|in there|in here))${notOnItsLine(EN_STAYED_IN)}`,
  ),
  // A fire alarm going with people still inside, and "still" said first, where there is fire, smoke or gas.
  rule(
    'safety',
    String.raw`${EN_LEFT_INSIDE}\b(?=[^]{0,120}\b(?:${EN_DANGER}|alarms? (?:is |are )?(?:going|ringing|sounding|blaring|went off))\b)${notOnItsLine(EN_CALM)}|(?<=\b(?:${EN_DANGER}|alarms? (?:is |are )?(?:going|ringing|sounding|blaring|went off))\b[^]{0,200})${EN_LEFT_INSIDE}\b${notOnItsLine(EN_CALM)}`,
  ),
];

export const SPANISH_FIRE_BACK_AND_LEFT_INSIDE: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:fuego|incendio|llamas|humo)\b[^.!?\n]{0,80}?\b(?:(?:ha |han )?vuelto a (?:prender\w*|arder|encender\w*|salir|empezar|quemar)|volvi(?:o|eron) a (?:prender\w*|arder|encender\w*|salir)|vuelven? a (?:prender\w*|arder|encender\w*|salir)|se (?:ha )?reaviv\w*|reavivad\w*|rebrot\w*|arde (?:otra vez|de nuevo))${notOnItsLine(ES_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<=\b(?:fuego|incendio|llamas|humo|gas|ardiendo)\b[^]{0,200})\b(?:hay|quedan?|siguen?|sigue|estan? todavia|todavia hay|aun hay|aun quedan?)\b(?: \w+){0,3}? (?:dentro|adentro|atrapad[oa]s?|encerrad[oa]s?)\b${notOnItsLine(ES_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:quedan?|hay|siguen?|sigue|estan? todavia|estan? aun|todavia (?:hay|quedan?|estan?|siguen?)|aun (?:hay|quedan?|estan?|siguen?))\b(?: \w+){0,3}? (?:dentro|adentro|atrapad[oa]s?|encerrad[oa]s?)${CLAUSE_END}${notOnItsLine(`${ES_CALM}|oficina|trabaj\\w*|reunion|lluvia|llueve|hora|horas|casa|tienda`)}`,
  ),
  rule(
    'safety',
    String.raw`(?:^|[.!?:;,\n]\s*|\b(?:el|un|otro|hay)\s)(?:fuego|incendio|llamas)(?: \w+)? (?:otra vez|de nuevo)\b${notOnItsLine(ES_CALM)}|\b(?:fuego|incendio|llamas)\b[^.!?\n]{0,30}?(?<!\bno )\b(?:ha vuelto|han vuelto|volvio|volvieron|regreso)\b(?! a (?:la normalidad|trabajar|revisar))${notOnItsLine(ES_CALM)}`,
  ),
];

export const FRENCH_FIRE_BACK_AND_LEFT_INSIDE: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:feu|incendie|flammes|fumee)\b[^.!?\n]{0,80}?\b(?:a repris|reprend|reprennent|ont repris|s'est rallum\w*|se rallum\w*|est reparti|repart|brule (?:a nouveau|encore|de nouveau))\b${notOnItsLine(FR_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<=\b(?:feu|incendie|flammes|fumee|gaz|brule)\b[^]{0,200})\b(?:il reste|il y a encore|il y a toujours|reste encore|sont toujours|est toujours|sont encore|est encore)\b(?: [\w']+){0,3}? (?:a l'interieur|dedans|coince\w*|bloque\w*|piege\w*)${notOnItsLine(FR_CALM)}|\b(?:il reste|il y a encore|il y a toujours|sont toujours|sont encore)\b(?: [\w']+){0,3}? (?:a l'interieur|dedans|coince\w*|bloque\w*|piege\w*)(?=[^]{0,120}\b(?:feu|incendie|flammes|fumee|gaz)\b)${notOnItsLine(FR_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:il reste|il y a encore|il y a toujours|reste encore|sont toujours|est toujours|sont encore|est encore)\b(?: [\w']+){0,3}? (?:a l'interieur|dedans|coince\w*|bloque\w*|piege\w*)${CLAUSE_END}${notOnItsLine(`${FR_CALM}|bureau|travail\\w*|reunion|pluie|heures?|maison|magasin`)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:feu|incendie|flammes)\b(?! (?:d'artifice|de camp|vert|rouge|orange|de signalisation|de joie|de cheminee|de l'action))[^.!?\n]{0,30}?(?<!\bpas )\b(?:est revenu|sont revenues|revient|reviennent|est de retour)\b(?! (?:a la normale|une fois (?:la|le) (?:\w+ )?(?:exercice|alarme)))${notOnItsLine(FR_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:ya+|y'a|ilya|il ya|y a|il y a|yavait|y'avait) (?:le |du )?feu\b(?! (?:vert|rouge|orange|d'artifice|dartifice|de (?:camp|joie|paille|bengale|l'action|dieu)|aux poudres|sacre|au lac|a volonte|\?))(?= (?:dans|a|au|aux|en|sur|chez|derriere|devant|pres|partout|dehors|la|a cote|vers)\b|\s*(?:$|[!.\n]))`,
  ),
];

export const GERMAN_FIRE_BACK_AND_LEFT_INSIDE: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:feuer|brand|flammen|glut|es)\b[^.!?\n]{0,80}?\b(?:brennt (?:\w+ )?wieder|wieder (?:aufgeflammt|aufgeflackert|entfacht|ausgebrochen|angegangen)|flammt (?:\w+ )?wieder auf|flackert (?:\w+ )?wieder auf)\b${notOnItsLine(DE_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<=\b(?:feuer|brand|brennt|rauch|flammen|gas)\b[^]{0,200})\b(?:sind|ist|sitzen|sitzt|stecken|steckt)\b(?: \w+){0,2}? noch (?:\w+ )?(?:drin|drinnen|im gebaude|im gebaeude|eingeschlossen|eingesperrt|gefangen)\b${notOnItsLine(DE_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:sind|ist|sitzen|sitzt|stecken|steckt)\b(?: \w+){0,2}? noch (?:\w+ )?(?:drin|drinnen|eingeschlossen|eingesperrt|gefangen)${CLAUSE_END}${notOnItsLine(`${DE_CALM}|buro|buero|meeting|besprechung|arbeit\\w*|regen|uhr|pause|feierabend|laden`)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:feuer|brand|flammen)\b[^.!?\n]{0,30}?\b(?:(?:ist|sind) wieder da|(?:ist|sind) (?:wieder )?zuruck|(?:ist|sind) (?:wieder )?zurueck|(?:ist|sind) schon wieder|brennt schon wieder)\b(?! (?:aus|gelöscht|geloscht|geloescht|unter kontrolle))${notOnItsLine(DE_CALM)}`,
  ),
];

export const ITALIAN_FIRE_BACK_AND_LEFT_INSIDE: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:fuoco|incendio|fiamme|fumo)\b[^.!?\n]{0,80}?\b(?:(?:si )?e riacces[oa]|si riaccende|riacces[oa]|ha ripreso|riprende|brucia (?:di nuovo|ancora)|e ripartito|riparte)\b${notOnItsLine(IT_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<=\b(?:fuoco|incendio|fiamme|fumo|gas|brucia)\b[^]{0,200})\b(?:ci sono ancora|c'e ancora|sono ancora|e ancora|sono rimast[ie]|e rimast[oa])\b(?: \w+){0,3}? (?:dentro|intrappolat\w*|bloccat\w*)\b${notOnItsLine(IT_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:ci sono ancora|c'e ancora|sono ancora|e ancora|sono rimast[ie]|e rimast[oa])\b(?: \w+){0,3}? (?:dentro|intrappolat\w*|bloccat\w*)${CLAUSE_END}${notOnItsLine(`${IT_CALM}|ufficio|lavor\\w*|riunione|pioggia|ore|casa|negozio`)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:fuoco|incendio|fiamme)\b[^.!?\n]{0,30}?(?<!\bnon )\b(?:e tornato|e ritornato|sono tornate|torna|tornano)\b(?! (?:sotto controllo|spento))${notOnItsLine(IT_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:sta|stanno|stava|stavano) (?:andando|prendendo) (?:a )?fuoco\b(?: (?:tutto|tutta))? (?:il|lo|la|l'|i|gli|le|un|una|uno|tutto il|tutta la|mezzo|mezza)? ?${IT_PLACE}\b|\b(?:il|lo|la|l'|i|gli|le|un|una|tutto il|tutta la) ?${IT_PLACE}\b(?: [\w']+){0,3}? (?:sta|stanno) (?:andando|prendendo) (?:a )?fuoco\b`,
  ),
];

export const PORTUGUESE_FIRE_BACK_AND_LEFT_INSIDE: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:fogo|incendio|chamas|fumaca)\b[^.!?\n]{0,80}?(?<!\bnao )\b(?:voltou(?: a (?:pegar|queimar|acender|arder))?|reacendeu|reacende|pegou de novo|queimando de novo|esta de volta)\b${notOnItsLine(PT_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<=\b(?:fogo|incendio|chamas|fumaca|gas|pegando fogo)\b[^]{0,200})\b(?:ainda (?:tem|ha|esta|estao)|ficaram|ficou|tem gente|ha gente)\b(?: \w+){0,3}? (?:dentro|presos?|presas?|trancad[oa]s?)\b${notOnItsLine(PT_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`\b(?:ainda (?:tem|ha|esta|estao)|ficaram|ficou|tem gente|ha gente)\b(?: \w+){0,3}? (?:dentro|la dentro|presos?|presas?|trancad[oa]s?)${CLAUSE_END}${notOnItsLine(`${PT_CALM}|escritorio|trabalh\\w*|reuniao|chuva|horas?|casa|loja`)}`,
  ),
];

export const POLISH_FIRE_BACK_AND_LEFT_INSIDE: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:pozar|ogien|plomienie|dym)\w*\b[^.!?\n]{0,80}?\b(?:znowu|znow|ponownie|na nowo) (?:sie )?(?:pali|plonie|wybuchl\w*|zaplonal\w*|rozpalil\w*)\b${notOnItsLine(PL_CALM)}`,
  ),
  rule(
    'safety',
    String.raw`(?<=\b(?:pozar|ogien|plomienie|dym|gaz|pali sie)\w*\b[^]{0,200})\b(?:sa jeszcze|jest jeszcze|zostal\w*|zostaly)\b(?: \w+){0,3}? (?:w srodku|wewnatrz|uwiezien\w*|zamknie\w*)\b${notOnItsLine(PL_CALM)}`,
  ),
];

export const VIETNAMESE_FIRE_BACK_AND_LEFT_INSIDE: UrgencyRule[] = [
  rule(
    'safety',
    // "Chạy" (to run) folds to the same letters: no vehicles here ("chạy xe rồi" is "drove off").
    String.raw`(?<=^|[.!?,;:\n] ?|\b(?:oi|troi oi|cuu voi|cuu|nguy roi|bao dong|bao chay) )chay (?:o |tai |trong )?(?:kho(?: hang)?|nha kho|xuong|nha xuong|nha may|bep|van phong|phong (?:\w+)|tang \d+|cong ty|cua hang|sieu thi|canteen|can tin|nha an|khu \w+|day chuyen|lo hoi|tu dien)\b(?: \w+)?(?= (?:roi|cuu|lon|to|lan|qua|kia|do)\b|\s*(?:$|[!\n]))|(?<!\b(?:toi|em|minh|tui|anh|chi|no|ho|ong|ba|co|chung toi|bon toi|chung em|bon em) )\bdang chay (?:o |tai |trong )?(?:kho(?: hang)?|nha kho|xuong|nha xuong|nha may|bep|van phong|cong ty|cua hang|sieu thi|canteen|can tin|nha an)\b(?= (?:cuu (?:voi|toi|em|minh|tui|giup|chung toi)|lon|to|lan|qua|du)\b| cuu\s*(?:$|[!\n])|\s*(?:$|!))|\bchay roi\b(?=[^.\n]{0,30}\b(?:cuu (?:voi|toi|em|minh|tui|chung toi)?|giup (?:voi|toi|em)|bao chay|goi 114|114)\b)`,
  ),
];
