import { rule, type UrgencyRule } from './types';

/*
 * Discrimination an outside attacker's round 32 found read calm (test/unit/analysis/urgency-attack-round-32.test.ts),
 * each read as a shape, not as the sentence quoted:
 *  - age held against someone by what they are told: "told me im too old to learn the new system and should retire";
 *  - a job or promotion given past someone to a younger, white or male colleague: "they passed me over again and gave
 *    it to a younger white guy i trained";
 *  - punished for speaking their own language: "i got written up for speaking spanish on break".
 *  - in Spanish, someone at the wheel or the machine drunk or high as Mexico says it: "el montacarguista anda borracho
 *    desde la mañana", "el chofer anda bien pedo".
 * Calm look-alikes are kept out by what they name: "i'm too old for night clubs lol", "she retired last year and we
 * miss her", "passed over the bridge", "a younger crowd at the bar", "learning spanish on my break".
 */

// A film, a joke or training around the words: no event here.
const EN_NOT_REAL = String.raw`movie|film|show|series|book|novel|game|news|article|podcast|training|course|video|joke|lol|lmao|haha|quiz|example|scenario|policy`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;

// Family and friends, whose "you're too old for that" is no employer's.
const EN_FAMILY = String.raw`(?:my|our|her|his) (?:wife|husband|partner|kids?|children|son|daughter|mom|mum|mother|dad|father|parents|family|friends?|girlfriend|boyfriend|doctor|grandkids|sister|brother)`;
// What someone at work says.
const EN_SAYS = String.raw`(?:told|tells|telling|said|says|saying|keeps? saying|keeps? telling|hinted|suggested|implied|made it clear|asked (?:me|her|him) when)`;
// The writer, or a colleague they speak for.
const EN_IS_ONE = String.raw`(?:i'?m|im|i am|i was|i'?d be|we'?re|we are|she'?s|shes|she is|he'?s|hes|he is|they'?re|you'?re|ur)`;
// A language someone speaks.
const EN_LANGUAGE = String.raw`(?:spanish|my language|our language|(?:my|our|her|his|their) (?:own |native |first )?language|portuguese|polish|tagalog|vietnamese|arabic|chinese|mandarin|cantonese|french|creole|haitian creole|somali|hindi|punjabi|urdu|russian|ukrainian|romanian|korean|swahili|amharic|tigrinya|hmong|karen|burmese|nepali|bengali)`;
// What a manager does to someone.
const EN_PUNISHED_FOR = String.raw`(?:written up|wrote (?:me|us|her|him|them) up|write (?:me|us|her|him|them) up|fired|sacked|let go|suspended|disciplined|punished|docked|yelled at|screamed at|shouted at|told off|threatened|warned|sent home|reprimanded|given a warning|got a warning|got a write[- ]?up)`;

/** English. */
export const ENGLISH_ATTACKED_32: UrgencyRule[] = [
  // Age held against someone: "told me im too old to learn the new system", "says i should retire and make room".
  rule(
    'discrimination',
    String.raw`\b${EN_SAYS}(?: (?:me|her|him|us|them))?(?: that)? ${EN_IS_ONE} (?:too old|getting too old|past it|over the hill) (?:to (?:learn|keep up|do|work|lift|use|be|get|run|change|adapt|understand|handle)|for (?:this|the|that|a|these|new|promotion|training|the team|the job|this job|this place))\b|\b${EN_SAYS}(?: (?:me|her|him|us|them))?(?: that)? (?:i|she|he|we|you) (?:should|need to|needs to|ought to|had better|better|have to|has to|must) (?:just )?(?:retire|take (?:early )?retirement|make room for (?:the )?(?:young|younger)\w*)\b(?! (?:fund|plan|account|savings|party|age|date)\b)${notAround(`${EN_NOT_REAL}|${EN_FAMILY}|when (?:i|you|she|he) (?:want|feel|are ready)|congratw*|happy|lucky|rich|lottery|soon as`)}`,
  ),
  // A job or promotion given past someone to a younger, white or male colleague.
  rule(
    'discrimination',
    String.raw`\b(?:passed (?:me|her|him|us) over|passed over|skipped (?:me|her|him|us)|overlooked|went over my head)\b[^.!?\n]{0,80}?\b(?:for|gave (?:it|the job|the promotion|the position|the role|the spot|the raise) to|and (?:gave|promoted|hired|picked|chose)\b[^.!?\n]{0,25}?) (?:a |an |the |some |this )?(?:(?:much |way |a lot )?younger|white|male|straight|christian|american|english|native)\b(?: \w+){0,3}${notAround(`${EN_NOT_REAL}|bridge|river|road|ball|pass|crowd`)}`,
  ),
  // Punished for speaking one's own language: "written up for speaking spanish on break".
  rule(
    'discrimination',
    String.raw`\b${EN_PUNISHED_FOR}\b[^.!?\n]{0,30}?\b(?:for|because (?:i|we|she|he|they) (?:was|were|am|are|is)?) ?(?:speaking|talking(?: in)?|using|chatting in) ${EN_LANGUAGE}\b${notAround(`${EN_NOT_REAL}|customers? (?:only|who)|on the (?:radio|phone) with customers`)}`,
  ),
];

// Who drives, operates or runs a shift, as Spanish speakers at a plant name them.
const ES_AT_THE_WHEEL = String.raw`(?:montacarguista|montacarguero|montacargas|chofer|chofe|conductor|operador|operadora|operario|operaria|gruero|grua|camionero|trailero|maquinista|supervisor|supervisora|encargado|encargada|jefe|jefa|lider|mayordomo|companero|companera|compa)`;

/** Spanish. */
export const SPANISH_ATTACKED_32: UrgencyRule[] = [
  // Drunk or high at work, with "andar", "venir" or "ir" and Mexico's words for it: "el montacarguista anda borracho".
  rule(
    'safety',
    String.raw`\b${ES_AT_THE_WHEEL}\b[^.!?\n]{0,40}?\b(?:anda|andaba|andan|andaban|anda otra vez|viene|venia|vienen|va|iba|sigue|seguia|llega|llego|esta|estaba|vino)(?: \w+)? (?:bien |muy |todo |toda |re )?(?:borrach[oa]s?|ebri[oa]s?|drogad[oa]s?|bebid[oa]s?|colocad[oa]s?|pedo|pedos|tomad[oa]s?|pachec[oa]s?|grif[oa]s?|marihuan[oa]s?|hasta atras|hasta la madre|hasta el gorro)\b(?! (?:de (?:risa|sueno|cansancio|trabajo)|con (?:la|el) (?:musica|futbol|partido))\b)${notAround(`pelicula|serie|novela|juego|chiste|jaja\\w*|jeje\\w*|fiesta|boda|cumple\\w*|fin de semana|finde|sabado|domingo|vacaciones`)}`,
  ),
];
