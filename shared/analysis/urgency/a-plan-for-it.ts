import { rule, type UrgencyRule } from './types';

/*
 * Self-harm told as a plan with no object and a day (ux33): "idk who else to tell but i have a plan and im going to do
 * it this weekend", "i have it all planned out, im going to do it tonight", "ya tengo un plan y lo voy a hacer este
 * fin de semana". The plan is for nothing named and "it" is never said: that silence is what a person planning to end
 * their life writes. Calm beside them: "i have a plan for the project and im going to do it this weekend", "a plan to
 * get fit". Folded text (lower case, no accents).
 */

const SOON_EN = String.raw`(?:this (?:weekend|week|friday|saturday|sunday|monday|tuesday|wednesday|thursday|evening|morning|afternoon)|tonight|tomorrow|today|(?:on )?(?:friday|saturday|sunday|monday|tuesday|wednesday|thursday)|(?:after|before) (?:my|the) shift|soon|now|after work)`;

// "It" is done by the writer, not by others: "I have a plan. The team is going to do it tomorrow" is work. The plan
// may end its sentence ("i have a plan. im doing it this weekend").
const NOT_SOMEONE_ELSE = String.raw`(?<!\b(?:we|they|you|he|she|it|team|crew|everyone|we're|they're|you're|he's|she's|we'll|they'll|you'll|he'll|she'll|were|theyre|youre)(?: (?:are|is|were|was|will|gonna|going to|are going to|is going to|will be|are gonna|is gonna|were going to|was going to))? )`;

export const ENGLISH_A_PLAN_FOR_IT: readonly UrgencyRule[] = [
  rule(
    'self-harm',
    String.raw`\bi(?: have|'ve got|ve got| got|'ve made|ve made| made| have made| have it all| have everything| have got it all)? (?:a|my|the|all|it all|everything)? ?(?:plan|planned(?: out)?)(?: now| ready| sorted| figured out)?(?!(?: \w+)? (?:for|to|about|with|on|b)\b)[^?]{0,40}?\b${NOT_SOMEONE_ELSE}(?:do(?:ing)?|go through with) it\b(?! (?:properly|right|again|better|myself|for|with)\b)[^.!?]{0,20}?\b${SOON_EN}\b`,
  ),
];

const SOON_ES = String.raw`(?:este (?:fin de semana|finde|viernes|sabado|domingo|lunes|martes|miercoles|jueves)|esta (?:noche|semana|tarde)|hoy|manana|pronto|el (?:viernes|sabado|domingo|lunes|martes|miercoles|jueves))`;
const SOON_FR = String.raw`(?:ce (?:week-end|weekend|soir|vendredi|samedi|dimanche|lundi|mardi|mercredi|jeudi)|cette (?:semaine|nuit)|aujourd'hui|demain|bientot)`;

export const SPANISH_A_PLAN_FOR_IT: readonly UrgencyRule[] = [
  // "Ya tengo un plan y lo voy a hacer este fin de semana", "ya lo tengo planeado, lo hago el viernes".
  rule(
    'self-harm',
    String.raw`\b(?:tengo un plan|ya tengo (?:un|el|mi) plan|lo tengo (?:todo )?(?:planeado|pensado))\b(?! (?:para|de)\b)[^.!?]{0,30}?\blo (?:voy a hacer|hare|hago)\b[^.!?]{0,10}?\b${SOON_ES}\b`,
  ),
];

export const FRENCH_A_PLAN_FOR_IT: readonly UrgencyRule[] = [
  // « J'ai un plan et je vais le faire ce week-end », « tout est prévu, je le fais demain ».
  rule(
    'self-harm',
    String.raw`\b(?:j'ai un plan|j'ai mon plan|j'ai tout (?:prevu|planifie)|tout est (?:prevu|planifie))\b(?! (?:pour|de)\b)[^.!?]{0,30}?\bje (?:vais le faire|le ferai|le fais)\b[^.!?]{0,10}?\b${SOON_FR}\b`,
  ),
];

/*
 * An end told without the words, with the means ready or the plan made (u34a): "by saturday i will be gone for good,
 * the pills are ready", "after friday none of this will matter, I have it planned", "the rope is in my car, after my
 * shift its over", "this is my last week alive". Two halves, in either order: an end ("gone for good", "none of this
 * will matter", "it ends", "I won't be here") and a readiness (the means ready, a plan made, peace made, letters
 * written). "Alive" or "exist" says the end alone. Calm beside them, and read calm by the words around: a new job, a
 * holiday, a move, retiring, the pharmacy, a party ("I'll be gone for good after friday, new job!", "the pills are
 * ready at the pharmacy", "after my birthday next week I wont be here, moving to Texas"). The end may be only "i am
 * done" ending its clause, the means only pills lined up or counted out (u37b: "got the pills lined up, friday night i
 * am done"); "done with this project" goes on, and the vitamins lined up for the week are no means.
 */
const EN_AN_END = String.raw`(?:(?:i'?m|im|i am|i'?ll be|ill be) (?:done|finished) (?:with|w|w/) (?:it all|all of it|everything|life|living|all this|this world)|(?:i )?(?:won'?t|wont|will not|'?m not gonna|m not gonna|not gonna) be (?:anybody'?s|anybodys|anyone'?s|anyones|everyone'?s|everyones|your|a) (?:problem|burden)(?: (?:anymore|any more|again))?|(?:stop|no longer) being a (?:burden|problem)|gone for good|done for good|none of (?:this|it) (?:will|is gonna|gonna|is going to|would) (?:matter|be my problem)|(?:it|everything|this|all of (?:it|this)|my life|it all) (?:ends|will end|is over|'s over|s over|will be over|is gonna end|finishes)|its over|i (?:won'?t|wont|will not|am not gonna|'m not gonna|m not gonna) (?:be (?:here|around)|wake up|see (?:monday|next week|the weekend|christmas|my birthday))|no ?(?:one|body) (?:will|'ll|is gonna|has|needs) (?:have to |to )?(?:deal with|put up with|worry about|see|hear from) me|(?:is|will be) the (?:day|night|end)|(?:i'?m|im|i am|i'?ll be|ill be) (?:done|finished|checking out|checked out|out)(?: for good| for real| permanently)?(?= *(?:[.!,;\n]|$))|checking out for good|(?:i'?m|im|i am|i'?ll be|ill be) (?:checking|checked) out (?:for good|permanently))`;
const EN_READY = String.raw`(?:(?:the |my )?(?:pills|tablets|rope|gun|meds|blade|razor|noose|it all|everything)(?: (?:is|are|'s|s))? (?:ready|sorted|set|saved|in my \w+|tied|loaded|bought)|(?:saved|stocked|stockpiled|bought|got|have) (?:up )?(?:enough|all the|the|a) (?:pills|tablets|meds|rope|gun)|(?:have|got|'ve got) (?:it|everything|it all) (?:planned|ready|sorted|figured out|worked out)|i (?:'ve )?(?:planned|decided) (?:it|everything)|made (?:my )?peace|(?:wrote|written|writing) (?:my )?(?:letters|goodbye \w+|notes)|said (?:my )?goodbyes|mind is made up|(?:picked|chose|chosen|found) (?:the|a|my) (?:bridge|spot|place|cliff|roof|tree|date|day)|gave away (?:my|all my) \w+|(?:the |my |all (?:the |my )?)?(?:pills|tablets|meds|sleeping pills|painkillers|bottle)(?: (?:are|is|'re|re|'s|s))? (?:all )?(?:lined up|counted(?: out)?|laid out|stacked|stashed|set out|saved(?: up)?|on my (?:nightstand|bedside|table|desk))|(?:got|have|'ve got|ve got) (?:the|my|all (?:the|my)|the whole|a whole) (?:pills|tablets|meds|bottle|painkillers|sleeping pills) (?:lined up|counted(?: out)?|laid out|stacked|stashed|ready|saved(?: up)?))`;
const EN_A_DAY = String.raw`(?:tonight|tomorrow|(?:by|after|before|on|this|next|come) (?:mon|tues|wednes|thurs|fri|satur|sun)day|after (?:my|the) (?:shift|birthday)|this (?:weekend|week))`;
const EN_NOT_LEAVING = String.raw`new job|job\b|holiday|vacation|trip\b|moving|move\b|moved|retir\w*|relocat\w*|transferr?\w*|contract|notice|resign\w*|quit\w*|company|audit|project|deadline|exam|party|pharmacy|pick ?up|prescription|refill|flight|flew|beach|lease|promotion|course|shift change|schedule|rota|training|wedding|honeymoon|maternity|paternity|leave\b|uni\b|college|school|lol|haha\w*|movie|film|game|book|show|song|lyrics|parcel|delivery|order|visa|house|apartment|flat\b|city|state|country|home\b|report|presentation|launch|season|meds are sorted|residents?|patients?|ward\b|trolley|cart\b|med round|morning round|rounds?\b|shelf|shelves|inventory|stock\b|vitamins`;
const notNearLeaving = String.raw`(?![^\n]{0,120}\b(?:${EN_NOT_LEAVING}))(?<!\b(?:${EN_NOT_LEAVING})[^\n]{0,120})`;

export const ENGLISH_AN_END_MADE_READY: readonly UrgencyRule[] = [
  rule(
    'self-harm',
    String.raw`\b(?:${EN_AN_END}\b[^\n]{0,100}?\b${EN_READY}|${EN_READY}\b[^\n]{0,100}?\b${EN_AN_END})\b${notNearLeaving}`,
  ),
  // "My last week alive", "this time next week i wont exist": the end said alone.
  rule(
    'self-harm',
    String.raw`\b(?:(?:my )?last (?:week|day|night|weekend|days|hours|shift|christmas|birthday) (?:alive|on (?:this )?earth|breathing)|i (?:won'?t|wont|will not|am not gonna|'m not gonna|m not gonna) (?:exist|be alive))\b${notNearLeaving}`,
  ),
  // The means ready and a day: "tonight is my last night, i saved up enough pills".
  rule(
    'self-harm',
    String.raw`\b(?:(?:saved|stocked|stockpiled|bought|got) (?:up )?(?:enough|all the) (?:pills|tablets|meds)|(?:the |my )?(?:rope|noose|gun) (?:is|'s|s) (?:ready|tied|loaded|in my \w+))\b[^\n]{0,60}?\b${EN_A_DAY}\b${notNearLeaving}|\b${EN_A_DAY}\b[^\n]{0,60}?\b(?:(?:saved|stocked|stockpiled|bought|got) (?:up )?(?:enough|all the) (?:pills|tablets|meds)|(?:the |my )?(?:rope|noose|gun) (?:is|'s|s) (?:ready|tied|loaded|in my \w+))\b${notNearLeaving}`,
  ),
];

// French, Spanish, Portuguese: the end said with a day or alone (« samedi j'en finis pour de bon », « c'est ma derniere
// semaine en vie », "es mi ultima semana con vida", "essa e minha ultima semana viva"). A move or a holiday is none.
const ROMANCE_NOT_LEAVING = String.raw`demenag\w*|vacances|nouveau (?:travail|job|poste|boulot)|retraite|mudanc\w*|ferias|novo (?:emprego|trabalho)|aposentad\w*|mudar|vacaciones|nuevo (?:trabajo|empleo)|jubila\w*|mudo|mudanza|emprego|trabajo|travail|boulot|poste|empresa|entreprise`;
const notNearLeavingRomance = String.raw`(?![^\n]{0,120}\b(?:${ROMANCE_NOT_LEAVING}))(?<!\b(?:${ROMANCE_NOT_LEAVING})[^\n]{0,120})`;
// The means got ready, then an end (u36b): « j'ai acheté une corde, samedi je ne serai plus un fardeau », "ya compré la
// cuerda, el domingo se acaba todo", "juntei comprimidos, sexta acabo com tudo", either order in one sentence.
const ROMANCE_MEANS = String.raw`(?:achete|acheter|garde|stocke|economise|compre|comprado|guardado|juntado|ahorrado|comprei|guardei|juntei|ho comprato|ho messo da parte|messo da parte|tengo|tenho|j'ai) (?:\w+ ){0,2}(?:une |la |ma |des |mes |la |una |mi |las |unas |mis |uma |a |minha |os |as |umas |le |i )?(?:corde|cuerda|corda|soga|cachets|comprimes|pilules|medicaments|pastillas|comprimidos|pastilhas|remedios|pillole|pasticche|pistolet|pistola|arma|fusil)`;
const ROMANCE_END = String.raw`(?:(?:ne serai|n'?serai) plus (?:un|une) (?:fardeau|poids|probleme)|(?:no sere|no voy a ser|nao serei|nao vou ser|non saro) (?:mas |mais |piu )?(?:una|um|uma|un) (?:carga|peso|fardo|problema)|(?:se acaba|acabo con|termino con|acabare con|acaba) todo|(?:acabo|acabar|termino) com tudo|tudo (?:acaba|termina)|(?:la faccio|faccio) finita|j'? ?en finis|c'est (?:la )?fini|tout (?:sera fini|s'arrete|se termine))`;
export const ROMANCE_AN_END_MADE_READY: readonly UrgencyRule[] = [
  rule(
    'self-harm',
    String.raw`\b(?:${ROMANCE_MEANS}\b[^.!?\n]{0,80}?\b${ROMANCE_END}|${ROMANCE_END}\b[^.!?\n]{0,80}?\b${ROMANCE_MEANS})\b${notNearLeavingRomance}`,
  ),
  rule(
    'self-harm',
    String.raw`\b(?:(?:j'? ?en (?:finis|finirai|termine)|je vais en finir)\b[^.!?\n]{0,20}?\b(?:pour de bon|pour toujours|definitivement)|(?:ma|mi|minha) (?:derniere|ultima) (?:semaine|journee|nuit|semana|noche|noite|dia) (?:en vie|sur terre|vivante?|con vida|viva|vivo|de vida|na terra|en la tierra))\b${notNearLeavingRomance}`,
  ),
];
