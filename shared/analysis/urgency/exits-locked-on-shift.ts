import { eitherOrder, sentenceHoldingNear } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * An exit locked while people work inside (att43, u44a, 2026-12-07): "el jefe cierra con candado la salida de
 * emergencia en el turno de noche", "il capo chiude a chiave l'uscita di emergenza durante il turno di notte". A
 * locked fire exit with a shift inside is how people die in a fire; told as a boss's habit, with "a chiave" between
 * the verb and the exit, it was read as harassment alone or not at all.
 *
 * Each language: an exit (fire or emergency exit, back door, escape route), locked, chained or blocked, and in the
 * same sentence people inside: while we work, during the (night) shift, with us inside. Calm beside them: a shop
 * locked at night when everyone has gone home ("when we close", "cuando nos vamos"): no one is inside.
 */

interface Table {
  exit: string;
  locked: string;
  whileInside: string;
}

const lockedWhileInside = (table: Table, notReal: string): UrgencyRule =>
  rule(
    'safety',
    sentenceHoldingNear(
      `(?:${eitherOrder('latin', 80, table.exit, table.locked)})(?=[^.!?\\n]{0,100}?\\b(?:${table.whileInside})\\b)|\\b(?:${table.whileInside})\\b[^.!?\\n]{0,100}?(?:${eitherOrder('latin', 80, table.exit, table.locked)})`,
      notReal,
    ),
  );

const EN_NOT_REAL = String.raw`movie|film|show|game|drill|training|course|video|lol|lmao|fire code says|should never`;
export const ENGLISH_EXITS_LOCKED_ON_SHIFT: UrgencyRule = lockedWhileInside(
  {
    exit: String.raw`(?:fire|emergency|back|rear|side|escape|dock|stairwell) (?:exits?|doors?)|exits?|fire escapes?|escape routes?|ways? out`,
    locked: String.raw`padlock(?:s|ed|ing)?|chain(?:s|ed|ing)?(?: shut| up)?|lock(?:s|ed|ing)?(?: up| shut)?|bolt(?:s|ed|ing)?(?: shut)?|weld(?:s|ed|ing)? shut|block(?:s|ed|ing)?|barricad\w*|zip-?tie[sd]?`,
    whileInside: String.raw`while (?:we'?re|we are|we|people are|everyone'?s|everyone is|staff are|workers are|they'?re|the (?:night |late )?crew is) (?:still )?(?:on shift|inside|in here|in there|working|at work|on the line|here)|during (?:the |our |my |every |each )?(?:night |late |graveyard |overnight )?shifts?|with (?:us|people|everyone|staff|workers|all of us) (?:still )?(?:inside|in here|in there|working)|(?:on|in) (?:the )?(?:night|late|graveyard|overnight) shifts?`,
  },
  EN_NOT_REAL,
);

const ES_NOT_REAL = String.raw`pelicula|serie|juego|simulacro|curso|capacitacion|video|jaja\w*`;
export const SPANISH_EXITS_LOCKED_ON_SHIFT: UrgencyRule = lockedWhileInside(
  {
    exit: String.raw`salidas? de (?:emergencia|incendios|socorro|escape)|puertas? (?:de (?:emergencia|atras|servicio|incendios|salida|escape)|trasera|del fondo)|salidas?`,
    locked: String.raw`candado\w*|cierra\w* con (?:llave|candado|cadenas?)|cerrad[oa]s? con (?:llave|candado|cadenas?)|encadenad[oa]s?|encadena\w*|bloquea\w*|bloquead[oa]s?|tranca\w*|atranca\w*|con llave|soldad[oa]s?`,
    whileInside: String.raw`(?:mientras|cuando) (?:estamos|estan|trabajamos|trabajan|seguimos|siguen|hay gente)|(?:en|durante) (?:el|los|la|las) (?:turno|turnos|jornada|guardia)s?|con (?:nosotros|la gente|los trabajadores|todos|el personal) (?:adentro|dentro)`,
  },
  ES_NOT_REAL,
);

const FR_NOT_REAL = String.raw`film|serie|jeu|exercice|formation|video|mdr|ptdr`;
export const FRENCH_EXITS_LOCKED_ON_SHIFT: UrgencyRule = lockedWhileInside(
  {
    exit: String.raw`sorties? de secours|issues? de secours|portes? (?:de secours|de derriere|arriere|coupe-feu|de service|de sortie|du fond)|sorties?`,
    locked: String.raw`cadenas\w*|ferm\w* (?:a clef|a cle|avec (?:un |le )?cadenas|avec (?:une |la )?chaine)|enchain\w*|bloqu\w*|verrouill\w*|condamn\w*|soud\w*`,
    whileInside: String.raw`pendant (?:qu'on|que (?:nous|les gens|les employes|on)|le service|le poste|notre poste|l'equipe|le quart|qu'ils)|(?:alors qu'on|quand on|alors que nous) (?:travaille|est|bosse|sommes)\w*|avec (?:nous|les gens|tout le monde|les employes|les salaries) (?:dedans|a l'interieur)`,
  },
  FR_NOT_REAL,
);

const PT_NOT_REAL = String.raw`filme|novela|serie|jogo|simulado|treinamento|curso|video|kkk\w*|rsrs\w*`;
export const PORTUGUESE_EXITS_LOCKED_ON_SHIFT: UrgencyRule = lockedWhileInside(
  {
    exit: String.raw`saidas? de (?:emergencia|incendio|socorro)|portas? (?:de emergencia|dos fundos|de tras|traseira|corta-fogo|de saida|de incendio)|saidas?`,
    locked: String.raw`cadeado\w*|tranca\w*|trancad[oa]s?|acorrentad[oa]s?|acorrenta\w*|com corrente|fechad[oa]s? a chave|fecha\w* a chave|bloquead[oa]s?|bloqueia\w*|soldad[oa]s?`,
    whileInside: String.raw`(?:enquanto|quando) (?:estamos|estao|trabalhamos|trabalham|a gente (?:esta|ta|trabalha)|tem gente)|(?:durante|no|nos) (?:o )?(?:turno|turnos|expediente|plantao)|com (?:a gente|nos|todo mundo|os funcionarios|o pessoal) (?:dentro|la dentro)`,
  },
  PT_NOT_REAL,
);

const DE_NOT_REAL = String.raw`film|serie|spiel|ubung|schulung|unterweisung|video|haha\w*`;
export const GERMAN_EXITS_LOCKED_ON_SHIFT: UrgencyRule = lockedWhileInside(
  {
    exit: String.raw`notausg\w*|fluchttur\w*|fluchtweg\w*|hintertur\w*|notausstieg\w*|brandschutztur\w*|seitentur\w*|ausgang|ausgange`,
    locked: String.raw`abgeschlossen|schliess\w* (?:[\w-]+ ){0,4}?ab|verschlossen|verriegelt|vorhangeschloss\w*|mit (?:einer |der )?kette|angekettet|zugekettet|zugesperrt|abgesperrt|sperr\w* (?:[\w-]+ ){0,4}?ab|versperrt|blockiert|zugestellt|zugeschweisst`,
    whileInside: String.raw`(?:wahrend|solange|wenn) (?:wir|die leute|alle|die kollegen|leute|die mitarbeiter)(?: [\w-]+){0,3}? (?:arbeiten|drin sind|drinnen sind|da sind|schicht haben|schaffen)|(?:wahrend|in|bei) der (?:nachtschicht|schicht|spatschicht)|mit uns (?:drin|drinnen)`,
  },
  DE_NOT_REAL,
);

const IT_NOT_REAL = String.raw`film|serie|gioco|esercitazione|formazione|corso|video|ahah\w*`;
export const ITALIAN_EXITS_LOCKED_ON_SHIFT: UrgencyRule = lockedWhileInside(
  {
    exit: String.raw`uscit[ae] di (?:emergenza|sicurezza)|port[ae] (?:di emergenza|di sicurezza|antincendio|sul retro|posterior[ei]|tagliafuoco|di servizio)|vi[ae] di fuga|uscit[ae]`,
    locked: String.raw`chiu\w* (?:a chiave|col lucchetto|con il lucchetto|con (?:la |una )?catena)|lucchett\w*|incatenat[oaie]|sbarrat[oaie]|bloccat[oaie]|blocca\w*|sprangat[oaie]|saldat[oaie]`,
    whileInside: String.raw`(?:mentre|quando) (?:lavoriamo|siamo|ci siamo|lavorano|sono dentro|c'e gente|ci sono (?:gli operai|i lavoratori|persone))|(?:durante|nel|nei|sul|nel corso del) (?:il )?turn[oi]|con (?:noi|la gente|gli operai|i lavoratori|tutti) dentro`,
  },
  IT_NOT_REAL,
);

const PL_NOT_REAL = String.raw`film\w*|serial\w*|gra|gry|cwiczeni\w*|szkoleni\w*|kurs\w*|wideo|haha\w*`;
export const POLISH_EXITS_LOCKED_ON_SHIFT: UrgencyRule = lockedWhileInside(
  {
    exit: String.raw`wyjsci\w* (?:ewakuacyjn\w*|awaryjn\w*|bezpieczenstwa|przeciwpozarow\w*)|drzwi (?:ewakuacyjn\w*|awaryjn\w*|przeciwpozarow\w*|tylne|z tylu|od tylu)|tylne drzwi|drog\w* ewakuacyjn\w*|wyjsci\w*`,
    locked: String.raw`na klodk\w*|zamkniet\w* na (?:klucz|klodke|lancuch)|zamyka\w* (?:[\w-]+ ){0,3}?na (?:klucz|klodke|lancuch)|zamkn\w* (?:[\w-]+ ){0,3}?na (?:klucz|klodke|lancuch)|przykut\w*|zablokowan\w*|blokuj\w*|zastawion\w*|na lancuch|zaspawan\w*`,
    whileInside: String.raw`(?:kiedy|gdy|jak|podczas gdy) (?:pracujemy|jestesmy|pracuja|sa w srodku|ludzie pracuja)|(?:na|podczas|w czasie|w trakcie) (?:[\w-]+ )?zmian\w*|z (?:nami|ludzmi|pracownikami) w srodku`,
  },
  PL_NOT_REAL,
);
