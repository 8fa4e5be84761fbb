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
