import { REST_OF_INSTRUCTION } from './instructions-for-everyone';

/*
 * Being taught what to do about a harm: "HR explained how to report sexual harassment", "the trainer showed us how to
 * spot bullying and discrimination", "nos explicaron cómo denunciar el acoso", "on nous a montré comment signaler le
 * harcèlement". The harm is the lesson's subject, as in a course's name (course-names.ts), not something happening:
 * the phrase is harmless, and only the phrase. A question asked by the writer ("how do I report harassment?") is not
 * this (no one teaching), and stays read: it often comes from the person harassed.
 */

const EN_TEACHING = String.raw`explained|explains|showed(?: us| everyone| the team| all of us)?|shows us|told us|tells us|taught(?: us| everyone)?|teaches(?: us)?|trained us (?:on|in)|went (?:over|through)|goes over|walked us through|walks us through|reminded (?:us|everyone)|covered|covers|learned|learnt|learning`;
const EN_HANDLING = String.raw`report|spot|recogni[sz]e|prevent|handle|deal with|respond to|stop|avoid|challenge|call out|escalate|raise`;
const EN_HARM = String.raw`(?:sexual |workplace |racial |online |verbal )?(?:harassment|bullying|discrimination|racism|fraud|bribery|abuse|violence|misconduct|theft|suicide|self-harm)`;

/** English: a teaching verb, "how to" and what to do, and a harm (or two, joined by and/or). */
export const ENGLISH_TAUGHT_HOW_TO = [
  // What a poster, a sign or a memo tells everyone to do (u36b): "poster in the canteen: call osha if you see something
  // unsafe", "sign by the door says report hazards to osha or your supervisor". The instruction is blanked, not the rest,
  // and never past a turn to what happened ("the poster says call the hotline but I want to die", ra38).
  String.raw`\b(?:posters?|signs?|notices?|leaflets?|flyers?|banners?|stickers?|memos?|handbook|noticeboard|notice board|email from (?:hr|safety|management))\b(?: \w+){0,5}? ?(?:says?|said|reads?|tells? (?:us|you|people|staff|everyone)|:|-)\s*(?:to )?(?:please )?(?:always )?(?:call|report|contact|tell|speak to|phone|ring|text|email)\b${REST_OF_INSTRUCTION}`,
  // What to do if one ever sees a harm, said to everyone (u36b): "call osha if you see something unsafe". The harm is
  // supposed, not seen: only the clause "if you see something unsafe" is blanked, and a report beside it is still read.
  String.raw`\bif (?:you|u|anyone|anybody|someone|somebody|we|staff|people) (?:ever )?(?:see|sees|notice|notices|spot|spots|witness|witnesses|find|finds|smell|smells|hear|hears|experience|experiences) (?:something|anything|any|a|an)(?: \w+)? (?:unsafe|dangerous|hazardous|hazards?|suspicious|wrong|harassment|bullying|discrimination|fraud|abuse)\b`,
  String.raw`\b(?:${EN_TEACHING}) (?:us |everyone |staff )?(?:about )?(?:how|where|who) to (?:${EN_HANDLING})(?: (?:or|and) (?:${EN_HANDLING}))? (?:any |a |an )?${EN_HARM}(?:(?:,| and| or| and/or) ${EN_HARM}){0,3}\b`,
];

/** Spanish: "nos explicaron cómo denunciar el acoso". */
export const SPANISH_TAUGHT_HOW_TO = [
  String.raw`\b(?:nos |les )?(?:explicaron|explico|ensenaron|enseno|mostraron|mostro|dijeron|aprendimos)(?: a)? (?:como|donde|a quien) (?:denunciar|reportar|prevenir|detectar|identificar|evitar|comunicar)(?: (?:el|la|los|las|un|una|cualquier))? (?:acoso|discriminacion|fraude|violencia|abuso|hostigamiento)(?: (?:sexual|laboral))?(?:(?:,| y| o| e) (?:el |la )?(?:acoso|discriminacion|fraude|violencia|abuso|hostigamiento)(?: (?:sexual|laboral))?){0,3}\b`,
];

/** French: "on nous a montré comment signaler le harcèlement". */
export const FRENCH_TAUGHT_HOW_TO = [
  String.raw`\b(?:nous a |nous ont |on a |a |ont )?(?:explique|montre|appris|enseigne|rappele|presente)s? (?:comment|ou|a qui) (?:signaler|denoncer|prevenir|reperer|eviter|declarer)(?: (?:le|la|les|un|une|tout|toute))? (?:harcelement|discrimination|fraude|violence|abus|racisme)(?: (?:sexuel|moral|au travail))?(?:(?:,| et| ou) (?:le |la |les )?(?:harcelement|discrimination|fraude|violence|abus|racisme)(?: (?:sexuel|moral))?){0,3}\b`,
];
