/*
 * What to do if a colleague ever speaks of suicide, asked as a question of procedure (att57 C2, helper u58c): "what
 * is the procedure if a coworker threatens suicide? asking for training", "que faire si un collègue parle de suicide
 * ? c'est pour la formation", "¿qué hago si un compañero habla de suicidio?". Blanked as harmless (each language's
 * `benign`), so the self-harm rules and the model do not read it.
 *
 * Only the whole question in one clause: the asking words, "if" or "when", anyone at all (a colleague, someone), a
 * verb of speaking of it, the word, and the question mark straight after. Someone known or the case happening ("if
 * my coworker keeps talking about suicide", "what do I do, he says he wants to kill himself") is not this shape and
 * keeps its page. Fixed word lists: linear. Tests: test/unit/analysis/urgency-u58c-news-questions-jokes.test.ts.
 */

export const ENGLISH_SELF_HARM_ASKED_ABOUT: string[] = [
  String.raw`\b(?:what(?:'s| is) the (?:procedure|process|policy|protocol)|what (?:do|should) (?:i|we|you|managers|supervisors|staff) do|how (?:do|should) (?:i|we|you) (?:handle|respond to) (?:it|that)) (?:if|when|in case) (?:(?:a|an|any|one) (?:coworker|co-worker|colleague|worker|employee|staff member|member of staff|team member|customer|person)|someone|somebody|anyone|anybody) (?:ever )?(?:threatens|mentions|talks about|speaks about|brings up) (?:suicide|self[- ]harm|killing (?:himself|herself|themselves)|ending (?:their|his|her) (?:own )?life)(?=\s*\?)`,
];

export const FRENCH_SELF_HARM_ASKED_ABOUT: string[] = [
  String.raw`\b(?:que (?:faut-?il |doit-?on |dois-?je |devons-?nous )?faire|quelle est la (?:procedure|marche a suivre|consigne)|comment (?:reagir|faut-?il reagir|doit-?on reagir)) (?:si |quand |lorsqu'|lorsque |au cas ou )(?:un collegue|une collegue|un salarie|une salariee|un employe|une employee|quelqu'un|une personne) (?:parle|evoque|mentionne|menace) (?:de (?:suicide|se suicider|se tuer|mettre fin a ses jours)|du suicide|le suicide)(?=\s*\?)`,
];

export const SPANISH_SELF_HARM_ASKED_ABOUT: string[] = [
  String.raw`(?:que (?:hago|hacemos|hay que hacer|debo hacer|se debe hacer)|cual es el (?:procedimiento|protocolo)|como (?:actuo|actuamos|reacciono)) (?:si|cuando|en caso de que) (?:un companero|una companera|un trabajador|una trabajadora|un empleado|una empleada|alguien|una persona) (?:habla|menciona|amenaza con|dice que piensa en) (?:de )?(?:suicidio|suicidarse|quitarse la vida|matarse)(?=\s*\?)`,
];
