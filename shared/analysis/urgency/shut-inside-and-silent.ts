import { rule, type UrgencyRule } from './types';

/*
 * Someone shut inside a place that traps (a walk-in freezer, a cold room, a container, a tank, a lift) and silent or
 * there for a time (miss42, att42 F9): "marco has been shut inside the walk in freezer for about an hour and he is not
 * answering when we knock", "a la señora de limpieza la encerraron en la cámara fría y no responde", "Петро зачинений
 * у морозильній камері і не відповідає". Only the learned model read the English one (0.42 against its bar of 0.4):
 * one calm sentence in front ("The canteen is out of bread.") diluted it below the bar and the report went calm.
 * A phrase rule reads it wherever it stands in the text, however long (shut-in-or-left-inside.ts reads a door stuck
 * shut with someone in; these read the person shut in, said of them, with the silence or the time that makes it
 * a danger). Safety.
 *
 * Calm beside them: "I locked the freezer when I left", "the ice cream got stuck in the freezer, nobody is answering
 * my emails" (a thing stuck, not a person, and the silence is of mail), "me quedé encerrado en casa".
 */

// Places that trap a person, in English.
const EN_PLACE = String.raw`(?:walk-?in(?: cooler| freezer| fridge| chiller)?|coolers?|freezers?|cold ?rooms?|cold stores?|cold storage|chillers?|blast (?:chiller|freezer)s?|meat locker|reefers?|containers?|shipping containers?|tanks?|silos?|vaults?|lifts?|elevators?|(?:trailer|truck) (?:box|body))`;
// Silence, or a time spent in there.
const EN_SILENT = String.raw`(?:not|isn'?t|isnt|aint|ain'?t|stopped|no longer) (?:answering|responding|replying|picking up|talking)|(?:doesn'?t|doesnt|won'?t|wont|didn'?t|didnt) (?:answer|respond|reply|pick up)|no (?:answer|response|reply|sound)|(?:can'?t|cant|cannot|can not) (?:hear|reach|get (?:him|her|them) out|open it)|(?:for|since) (?:about |like |almost |over |nearly )?(?:an? |half an |\d+ ?|one |two |three |twenty |thirty |forty )(?:hours?|hrs?|min(?:ute)?s?)\b|(?:for|since) (?:ages|hours|\d+ ?(?:am|pm)\b)|banging|knocking|screaming`;
export const ENGLISH_SHUT_INSIDE_AND_SILENT: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:has been|have been|been|got|gets|is|are|was|were|'s|s|he'?s|she'?s|hes|shes|someone'?s|somebody'?s|still) (?:accidentally |just |now |still )?(?:shut|locked|stuck|trapped) (?:inside|in)(?: of)? (?:the |a |an |our |that |one of the )?(?:[\w-]+ ){0,2}?${EN_PLACE}\b[^.!?\n]{0,100}?\b(?:${EN_SILENT})`,
  ),
];

// Spanish: "la encerraron en la cámara fría y no responde", "quedó atrapado en el contenedor, no contesta".
const ES_PLACE = String.raw`(?:camara\w*(?: fria| frigorifica| de (?:frio|congelacion))?|cuarto frio|congelador\w*|frigorifico|refrigerador|walk ?in|contenedor|elevador|ascensor|tanque|silo|bodega fria|cava)`;
const ES_SILENT = String.raw`no (?:contesta|responde|se oye|se escucha|abre|sale|puede salir)|(?:desde hace|hace|lleva|ya lleva) (?:una|media|un|\d+|dos|tres) (?:hora|horas|rato|minutos?|min)\b|golpea\w*|grita\w*`;
export const SPANISH_SHUT_INSIDE_AND_SILENT: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:l[oa]s? |me |nos )?(?:encerr\w*|atrap\w*|trab\w*|atora\w*) (?:\w+ ){0,2}?(?:en|dentro de|adentro de) (?:el |la |los |las |un |una )?(?:\w+ )?${ES_PLACE}\b[^.!?\n]{0,100}?\b(?:${ES_SILENT})`,
  ),
];

// Ukrainian (the table's words are bounded by its own edges; folded: й is и, ї is і).
export const UKRAINIAN_SHUT_INSIDE_AND_SILENT = String.raw`(?:зачинен|замкнен|заблокован|застрягл|застряг|закрил|замкнул|зачинил)\p{L}* (?:\S+ ){0,2}?(?:в|у|всередині) (?:\S+ ){0,1}?(?:морозильн|холодильн|камер|ліфт|контейнер|цистерн|резервуар|сховищ)\p{L}*[^.!?\n]{0,100}?(?:не відповіда\p{L}*|не озивається|не чути|мовчить|(?:годин|хвилин)\p{L}*|стука\p{L}*|кричить)`;
