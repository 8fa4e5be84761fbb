/*
 * Words of work and encouragement that use danger words harmlessly, blanked before any rule runs: clocking in or out
 * ("he punched in late again"), a product free of a hazardous substance ("the new ammonia-free cleaner"), an exit
 * survey or an afternoon blocked out, and being pushed to study or to try ("me empujó a estudiar", "empurrou-me a
 * estudar", "il m'a poussé à postuler"). Tests: test/unit/analysis/urgency-reattack-round-32.test.ts.
 */

/** English idioms that use danger words harmlessly, blanked out before any rule runs. */
export const ENGLISH_NOT_HARM_AT_WORK: string[] = [
  // Clocking in or out ("he punched in late again"), no blow: only before a time, a card or the end of the clause.
  String.raw`\bpunch(?:ed|es|ing)? (?:in|out)\b(?=$|[.,!?;:)]| (?:late|early|on time|at\b|for (?:him|her|me|them|each other|someone|a mate|his mate|her mate)|and (?:out|in|left|went)|again|yet|before|after|ok|fine|\d|then|today|yesterday|this morning|tonight|last night|already|with|using)\b)|\bpunch(?:ed|es|ing)? (?:the |his |her |my |their |our |a )?(?:clock|time ?card|time ?sheet|card|ticket|numbers?|buttons?|code|keys|holes?)\b`,
  // A product or a place free of a hazardous substance: "the new ammonia-free cleaner", "a latex-free glove".
  String.raw`\b(?:ammonia|chlorine|asbestos|bleach|latex|chemical|lead|mercury|solvent|formaldehyde|fragrance|phosphate|sulphate|sulfate|paraben|toxin|voc|cfc|gluten|alcohol)s?[- ]?free\b`,
  // An exit survey or interview, and an afternoon blocked out, are no exit blocked.
  String.raw`\bexit (?:surveys?|interviews?|questionnaires?|forms?|polls?|meetings?|paperwork|tickets?|strateg(?:y|ies)|plans?|exams?|reviews?|calls?|chats?|packs?)\b|\bblock(?:ed|s|ing)? (?:out |off )?(?:my|our|the|his|her|their|your|a|an) (?:whole |entire |full |free )?(?:afternoon|morning|calendar|diary|day|evening|weekend|schedule|time|week|lunch|agenda|hour|slot|half day)\b`,
];

// Spanish: pushed to study or to try is encouragement, not a shove.
export const SPANISH_NOT_HARM_AT_WORK: string[] = [
  String.raw`\b(?:me|te|le|nos|les|la|lo) (?:empujo|empujaba|empuja|empujan|empujaron|ha empujado|han empujado) a (?:estudiar|aprender|seguir|mejorar|intentar\w*|probar|apuntarme|presentarme|buscar|cambiar|crecer|ser mejor|dar lo mejor|superarme|formarme|pedir|luchar|leer|practicar|hacer (?:el|la|un|una) (?:curso|examen|carrera|master|formacion))\b`,
];

// Portuguese and Italian, the same encouragement.
export const PORTUGUESE_NOT_HARM_AT_WORK: string[] = [
  String.raw`\b(?:me|te|nos|o|a) (?:empurrou|empurra|empurraram|empurrava) (?:a|para) (?:estudar|aprender|continuar|melhorar|tentar|crescer|ler|praticar|fazer (?:o|um|uma) (?:curso|exame|mestrado))\b|\b(?:empurrou|empurra|empurraram|empurrava)[- ]?(?:me|te|nos|o|a) (?:a|para) (?:estudar|aprender|continuar|melhorar|tentar|crescer|ler|praticar|fazer (?:o|um|uma) (?:curso|exame|mestrado))\b`,
];

export const FRENCH_NOT_HARM_AT_WORK: string[] = [
  String.raw`\b(?:m'?|me |t'?|te |nous |l'?)(?:a |ont |avait )?(?:pousse|poussee|poussait|pousse) a (?:etudier|apprendre|continuer|progresser|essayer|lire|pratiquer|me former|postuler|faire (?:une|un|la|le) (?:formation|examen|master))\b`,
];
