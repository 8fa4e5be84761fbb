/*
 * Words that say a danger is not happening now, anywhere on its line: a drill, a film, a game, a day long gone, a
 * "what if". Shared by the rules that read a fire, a burst, a machine run unguarded or violence in hand
 * (fire-back-and-people-left-inside.ts, vessels-about-to-burst.ts, machines-run-unguarded.ts, violence-in-hand.ts,
 * someone-in-danger-now.ts), which each kept their own copy before.
 */

/** A look-around that fails when any of `words` stands within 160 characters on the same line, before or after. */
export const notOnItsLine = (words: string): string =>
  String.raw`(?![^\n]{0,160}\b(?:${words}))(?<!\b(?:${words})[^\n]{0,160})`;
export const EN_CALM = String.raw`drill|practice|exercise|training|course|film|movie|series|episode|game|news|video|lyrics?|song|last (?:year|month|winter|summer)|years ago|what if|if there|in case`;
export const ES_CALM = String.raw`simulacro|practica|ejercicio|formacion|curso|pelicula|serie|juego|noticias|video|el ano pasado|hace \w+ anos|si hay|en caso`;
export const FR_CALM = String.raw`exercice|simulation|formation|film|serie|jeu|infos|l'an dernier|l'annee derniere|il y a \w+ ans|si jamais|en cas`;
export const DE_CALM = String.raw`ubung|uebung|probealarm|training|schulung|film|serie|spiel|nachrichten|letztes jahr|vor \w+ jahren|falls|wenn es`;
export const IT_CALM = String.raw`esercitazione|prova|simulazione|formazione|corso|film|serie|gioco|telegiornale|notizie|l'anno scorso|anni fa|se mai|in caso`;
export const PT_CALM = String.raw`simulado|treinamento|treino|exercicio|curso|filme|serie|jogo|noticias|ano passado|anos atras|se houver|em caso`;
export const PL_CALM = String.raw`cwiczeni\w*|probn\w*|szkoleni\w*|film\w*|serial\w*|gra|gry|wiadomosci|w zeszlym roku|lat temu|gdyby|w razie`;
