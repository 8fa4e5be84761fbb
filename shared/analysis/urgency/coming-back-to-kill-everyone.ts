import { rule, type UrgencyRule } from './types';

/*
 * A threat to come back and hurt many, said as what will be left of everyone (miss42, att42 F10): "if they fire him
 * he will come back and nobody in this building will go home tonight", "wenn sie ihn feuern, kommt er zurück und
 * keiner hier überlebt das", "dijo que si lo despiden va a volver y nadie sale vivo de aquí". The firing in it was read
 * by the job-threat rule as harassment, and the massacre it promises by nothing: it went to the HR owner as bullying.
 * A return and nobody going home, getting out alive or surviving is a threat of violence against everyone on site:
 * threat and safety (the safety owner), whatever else the text also is.
 *
 * Calm beside them: "if they fire him the whole team will quit, nobody wants to work here", "nobody goes home tonight
 * until the order ships" (no return, nobody left alive), "si lo despiden nadie va a querer hacer su turno".
 */

const both = (source: string): UrgencyRule[] => [rule('threat', source), rule('safety', source)];

export const ENGLISH_COMING_BACK_FOR_EVERYONE: UrgencyRule[] = both(
  String.raw`\b(?:come back|comes back|coming back|be back|return|returns|show up)\b[^.!?\n]{0,80}?\b(?:nobody|no one|noone|no1|none of (?:us|you|them)|not one of (?:us|you))\b[^.!?\n]{0,40}?\b(?:go(?:es|ing)? home|leaves? (?:here |this \w+ )?alive|get(?:s|ting)? out (?:of here )?alive|walks? out (?:of here )?alive|make(?:s)? it out|survives?|(?:will )?be left (?:alive|standing)|lives? (?:through|to see))\b`,
);
export const GERMAN_COMING_BACK_FOR_EVERYONE: UrgencyRule[] = both(
  String.raw`\b(?:kommt|komme|kommen) (?:\w+ ){0,3}?(?:zuruck|wieder)\b[^.!?\n]{0,80}?\b(?:keiner|niemand|keine[rn]? von (?:uns|euch))\b[^.!?\n]{0,40}?\b(?:uberlebt|uberleben|lebend|nach hause|heil raus)\b`,
);
export const SPANISH_COMING_BACK_FOR_EVERYONE: UrgencyRule[] = both(
  String.raw`\b(?:volver|vuelve|volvera|regres\w*|va a venir|viene)\b[^.!?\n]{0,80}?\b(?:nadie|ninguno|ninguna)\b[^.!?\n]{0,40}?\b(?:vivo|viva|vivos|con vida|a su casa|a casa|sobrevive)\b|\b(?:volver|vuelve|volvera|regres\w*)\b[^.!?\n]{0,80}?\bno (?:va a )?qued(?:a|ar) (?:nadie|ninguno) (?:vivo|con vida)\b`,
);
export const FRENCH_COMING_BACK_FOR_EVERYONE: UrgencyRule[] = both(
  String.raw`\b(?:reviendra|revient|reviendrait|va revenir|reviens)\b[^.!?\n]{0,80}?\b(?:personne|aucun d'entre (?:nous|vous)|pas un)\b[^.!?\n]{0,40}?\b(?:vivant|en vie|chez (?:soi|lui|nous|vous|eux)|rentrera|sortira|survivra)\b`,
);
export const ITALIAN_COMING_BACK_FOR_EVERYONE: UrgencyRule[] = both(
  String.raw`\b(?:torna|tornera|ritorna|ritornera|torno)\b[^.!?\n]{0,80}?\bnessuno\b[^.!?\n]{0,40}?\b(?:vivo|viva|torna a casa|tornera a casa|esce vivo|sopravvive|a casa)\b`,
);
export const PORTUGUESE_COMING_BACK_FOR_EVERYONE: UrgencyRule[] = both(
  String.raw`\b(?:volta|voltar|voltara|vai voltar|retorna)\b[^.!?\n]{0,80}?\b(?:ninguem|nenhum de nos)\b[^.!?\n]{0,40}?\b(?:vivo|viva|com vida|pra casa|para casa|sobrevive)\b`,
);
