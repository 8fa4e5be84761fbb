import { rule, type UrgencyRule } from './types';

/*
 * A date or sex demanded on pain of the job ("my manager said he'd make my life hell if i dont go out with him", "si no
 * salgo con él me despide"): harassment, the CHRO's, not a threat to people on site.
 * Tests: test/unit/analysis/urgency-attack-round-31.test.ts.
 */

// What a boss holds over someone: the job, the shifts, a life made hell.
const EN_JOB_AT_STAKE = String.raw`(?:fire (?:me|her|you|us)|fired|sack (?:me|her|you)|sacked|let (?:me|her|you) go|lose (?:my|her|your) (?:job|shifts|hours|position)|make (?:my|her|your) life (?:hell|miserable|a living hell)|cut (?:my|her|your) (?:hours|shifts)|take (?:my|her|your) (?:shifts|hours)|keep (?:my|her|your) (?:job|shifts|hours|position)|get (?:me|her|you) (?:fired|sacked)|write (?:me|her|you) up)`;
// A date or sex as the price: "if i dont go out with him", "unless i sleep with him".
const EN_UNLESS_YOU_GIVE = String.raw`(?:if|unless|until) (?:i|she|you|we|u) (?:don'?t |dont |do not |won'?t |wont |refuse to |say no to |stop )?(?:go(?:ing)? out with|go on (?:a )?dates? with|date|dating|sleep(?:ing)? with|hook(?:ing)? up with|have sex with|kiss|make out with|send (?:him|her) (?:nudes|pics|photos)|give (?:him|her) (?:a kiss|head|a blowjob|what (?:he|she) wants)) (?:him|her|them|me|the (?:boss|manager|supervisor|sup|lead|owner)|my (?:boss|manager|supervisor|sup|lead))`;
const ES_JOB_LOST = String.raw`(?:despid\w*|desped\w*|corr(?:e|en|er|io|era)|bota(?:r|n|ra|ria)?|echa(?:r|n|ra|ria)?|quita\w* (?:el|mi|su|tu|los|mis) (?:trabajo|turnos?|horas|chamba)|pierd\w+ (?:el|mi|su|tu) (?:trabajo|chamba|puesto|empleo|turno)|me quedo sin (?:trabajo|chamba)|me (?:va|van) a correr)`;
// French.
const FR_JOB_LOST = String.raw`(?:vir\w*|licenci\w*|renvo\w*|dehors|perd\w* (?:mon|ton|son|mes|ses|tes|mon|le) (?:poste|boulot|travail|job|emploi|heures|contrat)|je perds|tu perds|elle perd|vir(?:e|er|era|eras))`;

export const ENGLISH_SEX_FOR_THE_JOB: UrgencyRule[] = [
  // A date or sex demanded on pain of the job: "my manager said he'd make my life hell if i dont go out with him".
  rule(
    'harassment',
    String.raw`\b${EN_JOB_AT_STAKE}\b[^.!?\n]{0,30}\b${EN_UNLESS_YOU_GIVE}\b|\b${EN_UNLESS_YOU_GIVE}\b[^.!?\n]{0,40}\b${EN_JOB_AT_STAKE}\b`,
  ),
  // Kept in a car or a room until she did what he wanted (attack ra34, class U27).
  rule(
    'harassment',
    String.raw`\b(?:wouldn'?t|wouldnt|would not|won'?t|wont|didn'?t|didnt|did not|refused to|refuses to|refusing to) let (?:me|her|us|them) (?:out|leave|go|get out)(?: of (?:the|his|her|a) \w+)?(?: \w+){0,3}? (?:until|till|unless) (?:i|she|we|they) (?:(?:did|do|had done) (?:what (?:he|she) (?:wanted|asked|said)|(?:stuff|things|it) (?:for|with|to) (?:him|her)|him a favou?r)|kissed|kiss|touched|touch|had sex|slept with|sat on|hugged|hug|gave (?:him|her)|let (?:him|her))\b`,
  ),
];

export const SPANISH_SEX_FOR_THE_JOB: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`\bsi no (?:salgo|sales|sale|salimos|me acuesto|te acuestas|se acuesta|duermo|me meto|tengo (?:sexo|relaciones)|le doy un beso|lo beso|me dejo)\b(?: con (?:el|ella|el jefe|mi jefe|el gerente|el encargado|el supervisor))[^.!?\n]{0,30}\b(?:me |te |la |nos )?${ES_JOB_LOST}|\b(?:me |te |la )?${ES_JOB_LOST}\b[^.!?\n]{0,20}\bsi no (?:salgo|sale|sales|me acuesto|se acuesta|te acuestas|duermo|tengo (?:sexo|relaciones)) con\b`,
  ),
];

export const FRENCH_SEX_FOR_THE_JOB: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`\b${FR_JOB_LOST}[^.!?\n]{0,20}\bsi (?:je|tu|elle) (?:ne |n')?(?:sors|sort|couche|couches|accepte) pas (?:avec (?:lui|elle|le chef)|de (?:sortir|coucher) avec)|\bsi (?:je|tu|elle) (?:ne |n')?(?:sors|sort|couche|couches) pas avec (?:lui|elle|le chef)\b[^.!?\n]{0,30}\b${FR_JOB_LOST}`,
  ),
];

export const GERMAN_SEX_FOR_THE_JOB: UrgencyRule[] = [
  rule(
    'harassment',
    String.raw`\bwenn (?:ich|sie|du) nicht mit (?:ihm|ihr|dem chef) (?:ausgeh\w*|schlaf\w*|ins bett geh\w*|auf ein date geh\w*)\b[^.!?\n]{0,30}\b(?:kundig\w*|rausschmei\w*|raus|fliege|fliegst|entlass\w*|job los|schichten)`,
  ),
];
