import { rule, type UrgencyRule } from './types';

/*
 * Someone drunk or high at a machine or a vehicle, in Spanish and French as in English ("el montacarguista anda
 * borracho desde la mañana", "el chofer anda bien pedo", "le cariste est bourré"): safety. "El borracho de la
 * película" is none. Tests: test/unit/analysis/urgency-attack-round-32-f32.test.ts, urgency-attack-round-32.test.ts.
 */

// A machine or vehicle, and who runs it, as Spanish-speaking workers say it.
const ES_AT_MACHINE = String.raw`(?:montacarguista|montacarguero|operador(?:a)?(?: de \w+)?|chofer|chofer|conductor(?:a)?|camionero|gruista|el de la grua|el del montacargas|el del forklift|maquinista|tractorista|el que maneja \w+)`;
const ES_DRUNK = String.raw`(?:borrach[oa]|ebri[oa]|pedo|pedisimo|tomad[oa]|bebid[oa]|drogad[oa]|colocad[oa]|marihuanad[oa]|pachec[oa]|crudo|enfiestad[oa]|hasta atras)`;
const notAround = (words: string): string =>
  String.raw`(?![^\n]{0,120}\b(?:${words})\b)(?<!\b(?:${words})\b[^\n]{0,120})`;
// Who drives, operates or runs a shift, as Spanish speakers at a plant name them.
const ES_AT_THE_WHEEL = String.raw`(?:montacarguista|montacarguero|montacargas|chofer|chofe|conductor|operador|operadora|operario|operaria|gruero|grua|camionero|trailero|maquinista|supervisor|supervisora|encargado|encargada|jefe|jefa|lider|mayordomo|companero|companera|compa)`;

export const SPANISH_DRUNK_AT_THE_WHEEL: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b${ES_AT_MACHINE}\b[^.!?\n]{0,25}?\b(?:anda|andaba|sigue|seguia|va|iba|esta|estaba|llego|vino|trabaja|opera|maneja|manejando|operando|trabajando)\b (?:bien |muy |re |todo )?${ES_DRUNK}\b`,
  ),
  rule(
    'safety',
    String.raw`\b(?:anda|andan|sigue|siguen|esta|estan|va|van) (?:bien |muy |todo )?${ES_DRUNK}\b[^.!?\n]{0,30}?\b(?:manejando|operando|en el montacargas|en la grua|en el forklift|en la maquina|con el montacargas|con la grua|con el camion|en el camion)\b`,
  ),
  // Drunk or high at work, with "andar", "venir" or "ir" and Mexico's words for it: "el montacarguista anda borracho".
  rule(
    'safety',
    String.raw`\b${ES_AT_THE_WHEEL}\b[^.!?\n]{0,40}?\b(?:anda|andaba|andan|andaban|anda otra vez|viene|venia|vienen|va|iba|sigue|seguia|llega|llego|esta|estaba|vino)(?: \w+)? (?:bien |muy |todo |toda |re )?(?:borrach[oa]s?|ebri[oa]s?|drogad[oa]s?|bebid[oa]s?|colocad[oa]s?|pedo|pedos|tomad[oa]s?|pachec[oa]s?|grif[oa]s?|marihuan[oa]s?|hasta atras|hasta la madre|hasta el gorro)\b(?! (?:de (?:risa|sueno|cansancio|trabajo)|con (?:la|el) (?:musica|futbol|partido))\b)${notAround(`pelicula|serie|novela|juego|chiste|jaja\\w*|jeje\\w*|fiesta|boda|cumple\\w*|fin de semana|finde|sabado|domingo|vacaciones`)}`,
  ),
];

export const FRENCH_DRUNK_AT_THE_WHEEL: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:le cariste|le chauffeur|le conducteur|le grutier|l'operateur|le cariste de nuit)\b[^.!?\n]{0,25}?\b(?:est|etait|conduit|travaille|bosse)\b (?:completement |encore |deja )?(?:bourre|saoul|soul|ivre|defonce|torche)\b`,
  ),
  // Whoever drives, operates or cares for patients, drunk or high at it (u36b): « l'infirmière de nuit était ivre pendant
  // son service avec les patients », « le pilote avait bu avant le vol ». Not a coffee drunk before a shift.
  rule(
    'safety',
    String.raw`\b(?:l'infirmier|l'infirmiere|l'aide-soignante?|l'aide soignante?|le medecin|la medecin|le docteur|le chirurgien|la chirurgienne|l'anesthesiste|le pilote|le machiniste|la conductrice|la chauffeuse|le chauffeur|le conducteur|le cariste|le grutier|l'operateur|l'operatrice|le chef d'equipe|le contremaitre)\b[^.!?\n]{0,40}?\b(?:est|etait|arrive|arrivait|vient|venait|travaille|travaillait|bosse|conduit|opere|soigne|a l'air|semble)\b (?:\w+ ){0,2}(?:bourree?|saoule?|soule?|ivres?|defoncee?|torchee?|pompette|petee?|arrachee?|sous (?:l'emprise|drogue|coke|alcool)|alcoolisee?)\b|\b(?:l'infirmier|l'infirmiere|le medecin|le chirurgien|l'anesthesiste|le pilote|le chauffeur|le conducteur|le cariste|le grutier)\b[^.!?\n]{0,40}?\b(?:avait bu|a bu (?:de l'alcool|du vin|de la biere|plusieurs verres|toute la nuit)|sent l'alcool|sentait l'alcool)\b`,
  ),
];

/*
 * English (attack ra34, class U21): whoever drives, operates or treats, drunk, high or "on something", and in the same
 * sentence at it: "the forklift driver on nights is high every shift", "nurse clearly impaired … still giving
 * patients insulin", "anesthetist smelled of alcohol in theatre and still did the case". Being drunk after work, or
 * "high on life", is none: the one at the wheel or the patient must be there.
 */
// Who is named by the machine or vehicle they run ("the forklift guy", "dude on the press"): that says they are at it.
const EN_WHO_AT_IT = String.raw`(?:dude|guy|bloke|lad|bro|fella|man|woman|girl) on (?:line|bay|press|station|machine|belt|saw|lathe) (?:\d+|[a-z])\b|(?:forklift|van|bus|truck|lorry|delivery|crane|saw|press|digger|tractor) (?:guy|man|lad|bloke|dude|driver|operator|girl|woman)s?|(?:dude|guy|bloke|lad|bro|fella|coworker|co-worker|colleague|teammate|lead) (?:on|running|driving|at|who (?:runs|drives|operates)) (?:the|our|a) (?:forklift|crane|press|saw|chainsaw|lathe|line|machine|bus|van|truck|lorry|digger|loader|mixer|grinder|kiln|route)`;
const EN_WHO = String.raw`${EN_WHO_AT_IT}|bro|drivers?|operators?|forklift (?:driver|guy|operator)|crane (?:driver|operator)|machinists?|nurses?|doctors?|dr|surgeons?|an(?:a)?esthetists?|an(?:a)?esthesiologists?|pilots?|paramedics?|carers?|lifeguards?|chefs?|cooks?|foreman|forewoman|supervisors?|the guy (?:running|driving|on) the \w+|the (?:lad|man|woman|girl) (?:running|driving|on) the \w+`;
const EN_IMPAIRED = String.raw`(?:(?:is|was|are|were|'s|gets|got|comes in|came in|come in|turns up|turned up|shows up|showed up|seems|seemed|looks|looked|clearly|always|often|usually|obviously|visibly|completely|totally|still|off his face|off her face)(?: \w+){0,2}? (?:drunk|high|stoned|wasted|hammered|pissed|smashed|impaired|intoxicated|tipsy|over the limit|on something|on drugs|hungover)\b(?! on (?:life|happiness|love|power|success|sugar|coffee|caffeine|adrenaline))|smell(?:s|ed|ing)? (?:strongly )?of (?:alcohol|booze|drink|beer|vodka|weed|cannabis)|stinks? of (?:alcohol|booze|drink|beer|weed)|snort(?:s|ed|ing) (?:something|coke|cocaine|lines?)|drinks? (?:beer|vodka|alcohol|booze|cans)|drinking (?:beer|vodka|alcohol|booze|cans|on the job|at work|on shift)|slurring|(?:is|was|'s|s|gets|got|always|every shift|still) (?:\w+ )?(?:high as a kite|baked|blazed|zooted|lit|loaded|sloshed|plastered|legless|buzzed|tweaking|tweakin|cooked|fried|stoned out(?:ta| of) (?:his|her|their) (?:mind|head|skull)|off (?:his|her|their) (?:face|head|tits|nut|trolley))|reek(?:s|ed|ing)? of (?:alcohol|booze|drink|beer|vodka|whisky|whiskey|rum|weed|cannabis)|smok(?:es|ed|ing) (?:weed|pot|a joint|joints|blunts?|crack|meth|ice|spice)|(?:hits?|hitting|hit) (?:the|a) (?:bong|pipe|blunt|joint)|(?:pops?|popping|popped) (?:pills|xanax|percs|oxys?))`;
const EN_AT_IT = String.raw`fl(?:y|ies|ew|ying|own)|runs? the \w+|runnin'? the \w+|(?:on|at) the (?:saw|chainsaw|press|lathe|mixer|grinder|digger|excavator|loader)|driv(?:e|es|ing)|drove|operat(?:e|es|ing)|runs|running|lifts|lifting|giving|treating|seeing patients|patients|did the (?:case|operation|surgery|route|run|shift|school run)|every shift|on shift|in theatre|during the (?:operation|surgery|procedure|shift)|swerving|in the cab|behind the wheel|at the wheel|on the (?:forklift|crane|press|line|machine|route|ward|road)|insulin|meds|medication|route|between drops|escort run|nearly (?:hit|killed|crashed|set)|the (?:forklift|crane|press|kiln|van|truck|lorry|bus)`;
export const ENGLISH_IMPAIRED_AT_WORK: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b(?:${EN_WHO_AT_IT})\b[^.!?\n]{0,40}?\b${EN_IMPAIRED}|\b(?:${EN_WHO})\b[^.!?\n]{0,60}?\b${EN_IMPAIRED}[^.!?\n]{0,120}?\b(?:${EN_AT_IT})\b|\b(?:${EN_WHO})\b[^.!?\n]{0,40}?\b(?:${EN_AT_IT})\b[^.!?\n]{0,60}?\b${EN_IMPAIRED}`,
  ),
];

/*
 * German (u36b): whoever drives, operates or cares for patients, drunk or high, and at it in the same sentence: "die
 * Pflegerin ist im Dienst oft angetrunken und gibt dann Medikamente", "der Fahrer war total betrunken und ist trotzdem
 * die Tour gefahren". A beer after the shift at home is none: the work must be there.
 */
const DE_WHO = String.raw`(?:\w*fahrer(?:in)?|\w*fuhrer(?:in)?|\w*fuehrer(?:in)?|pfleger(?:in)?|krankenschwester|krankenpfleger(?:in)?|arzt|arztin|aerztin|chirurg(?:in)?|narkosearzt|anasthesist(?:in)?|pilot(?:in)?|kollege|kollegin|schichtleiter(?:in)?|vorarbeiter(?:in)?|meister)`;
const DE_DRUNK = String.raw`(?:betrunken|angetrunken|besoffen|blau|voll|breit|bekifft|zugedrohnt|zugedroehnt|high|alkoholisiert|unter drogen|unter alkohol|verkatert|riecht nach (?:alkohol|schnaps|bier)|hat (?:eine )?fahne|hat getrunken|trinkt im dienst)`;
const DE_AT_IT = String.raw`(?:fahrt|faehrt|fuhr|gefahren|fahren|bedient|bediente|steuert|steuerte|operiert|operierte|gibt (?:\w+ )?medikamente|medikamente|patienten|im dienst|in der schicht|auf schicht|bei der arbeit|die tour|den kran|den stapler|am steuer|hinterm steuer|an der maschine|trotzdem)`;
export const GERMAN_IMPAIRED_AT_WORK: UrgencyRule[] = [
  rule(
    'safety',
    String.raw`\b${DE_WHO}\b[^.!?\n]{0,60}?\b${DE_DRUNK}\b[^.!?\n]{0,80}?\b${DE_AT_IT}\b|\b${DE_WHO}\b[^.!?\n]{0,60}?\b${DE_AT_IT}\b[^.!?\n]{0,60}?\b${DE_DRUNK}\b`,
  ),
];
