import { lazyPattern } from '../lazy-pattern';
import { fold, foldPattern } from './normalise';
import { type Reading, withKindsAdded } from './kinds-added';

/*
 * Workers locked in from outside (att44, u46b): "they lock the doors from outside during the night shift so nobody
 * steals, we cant get out", "doors locked from outside on night shift, we cant leave till 6am", "they lock the gate at
 * night so nobody can go out, even in an emergency". People who cannot get out of a building in a fire: safety. No exit
 * is named ("the doors", "the gate"), so exits-locked-on-shift.ts, which reads a fire or back exit locked, left them
 * calm.
 *
 * Read, in one sentence, when doors or a gate are locked from outside, or the workers locked in ("nos encierran", "ci
 * chiudono dentro"), beside a shift, the night, or a "we can't get out"; or anything locked "so nobody can go out".
 * Calm beside them: a shop locked from outside once everyone has gone home, a gate locked "so nobody can get in", an
 * escape room or a film. In English, Spanish, French, Portuguese, German, Italian and Polish. Written as spoken and
 * folded (foldPattern); every gap is bounded.
 * Tests: test/unit/analysis/urgency-att44-u46b.test.ts.
 */

const GAP = String.raw`[^.!?\n]{0,90}?`;

interface Language {
  /** Locked from outside, or the workers locked in. */
  lockedIn: string;
  /** Any locking: with `purpose` it is read ("they lock the gate so nobody can go out"). */
  lock: string;
  /** Locked so that nobody goes out. */
  purpose: string;
  /** Nobody can get out. */
  out: string;
  /** A shift or the night with the workers inside. */
  shift: string;
}

const LANGUAGES: Language[] = [
  {
    lockedIn: String.raw`\b(?:lock|locks|locked|locking|chain|chains|chained|padlock\w*|bolt|bolts|bolted)\b(?: [\w']+){0,4}? (?:from|on) (?:the )?outside\b|\b(?:lock|locks|locked|locking)\b (?:us|everyone|all of us|the workers|the staff|people|the girls|the guys|the crew)(?: \w+){0,3}? (?:in|inside)\b|\b(?:we'?re|we are|we get|we got|we were|get|got|are|were|being) locked (?:in|inside)\b`,
    lock: String.raw`\b(?:lock|locks|locked|locking|chain|chains|chained|padlock\w*)\b`,
    purpose: String.raw`\bso (?:that )?(?:(?:nobody|no one|noone|none of us) (?:can |could )?|(?:we|people|the workers|they) (?:can'?t|cant|cannot|couldn'?t) )(?:get out|go out|leave|escape|sneak out)\b`,
    out: String.raw`\b(?:(?:we|i|they|people) (?:can'?t|cant|cannot|can not|couldn'?t) (?:\w+ )?(?:get out|go out|leave|escape|get outside)|(?:nobody|no one|none of us|noone) (?:can|could) (?:\w+ )?(?:get out|go out|leave|escape)|so (?:that )?(?:nobody|no one|noone|none of us|we|people|the workers|anyone) (?:can'?t |cant |cannot |can |could )?(?:get out|go out|leave|escape|sneak out))\b`,
    shift: String.raw`\b(?:(?:during|on|in|for|through) (?:the |our |my |every |each )?(?:night |late |graveyard |overnight )?shifts?|overnight|all night|at night|every night|while (?:we|people|everyone|staff|workers) (?:are |is )?(?:working|inside|in there|here|sleeping))\b`,
  },
  {
    lockedIn: String.raw`\b(?:cierra\w*|cerra\w*|cerrad[oa]s?|tranca\w*|candado\w*|encadena\w*)\b(?: \w+){0,4}? (?:por|desde) (?:el |la )?(?:fuera|afuera)\b|\b(?:nos|les|los) (?:encierran|encerraron|encierra|encerro|dejan encerrados|tienen encerrados|cierran con llave)\b|\b(?:estamos|quedamos|nos quedamos) encerrad[oa]s\b`,
    lock: String.raw`\b(?:cierra\w*|cerra\w*|tranca\w*|candado\w*|encadena\w*)\b`,
    purpose: String.raw`\bpara que (?:nadie|no) (?:\w+ )?(?:salga|salgamos|se vaya|escape)\b`,
    out: String.raw`\bno (?:podemos|puedo|pueden|se puede|hay como|hay forma de) (?:\w+ )?(?:salir|escapar)\b|\bpara que (?:nadie|no) (?:\w+ )?(?:salga|salgamos|se vaya|escape)\b|\bnadie (?:puede|podia|pudo) salir\b`,
    shift: String.raw`\b(?:(?:en|durante) (?:el|los|la|las) (?:turno|turnos|jornada|guardia)s?(?: de (?:noche|la noche))?|toda la noche|de noche|por la noche|en la noche|mientras (?:trabajamos|estamos|dormimos|trabajan))\b`,
  },
  {
    lockedIn: String.raw`\b(?:ferm\w*|verrouill\w*|cadenass\w*)\b(?: [\w']+){0,4}? (?:de|par) l'exterieur\b|\bnous (?:enferment|enfermait|a enfermes|ont enfermes|enferme)\b|\b(?:on est|on se retrouve|nous sommes|on reste) enfermes?\b|\bnous ferment? (?:a cle|dedans)\b`,
    lock: String.raw`\b(?:ferm\w*|verrouill\w*|cadenass\w*)\b`,
    purpose: String.raw`\bpour que personne ne (?:puisse|sorte)\b`,
    out: String.raw`\b(?:ne )?(?:peut|pouvons|peux|peuvent|pourrait) (?:pas|plus|jamais) (?:sortir|partir|s'echapper)\b|\bpour que personne ne (?:puisse|sorte)\b|\bpersonne ne peut sortir\b`,
    shift: String.raw`\b(?:(?:pendant|durant|lors) (?:le|la|les|du|de la|notre) (?:service|poste|quart|equipe|nuit|garde)(?: de nuit)?|toute la nuit|la nuit|de nuit)\b`,
  },
  {
    lockedIn: String.raw`\b(?:tranca\w*|fecha\w*|cadead\w*|acorrent\w*)\b(?: \w+){0,4}? (?:por|pelo lado de) fora\b|\b(?:nos|a gente) (?:trancam|tranca|trancaram|prendem|deixam trancad[oa]s)\b|\b(?:ficamos|estamos|fica|ficam) trancad[oa]s\b`,
    lock: String.raw`\b(?:tranca\w*|cadead\w*|acorrent\w*)\b`,
    purpose: String.raw`\bpara (?:que )?ninguem (?:possa )?sair\b|\bpra ninguem sair\b`,
    out: String.raw`\b(?:ninguem|nao) (?:\w+ )?(?:consegue|conseguimos|pode|podemos|da para|da pra) (?:\w+ )?sair\b|\bpara (?:que )?ninguem (?:possa )?sair\b|\bpra ninguem sair\b`,
    shift: String.raw`\b(?:(?:no|nos|durante o) (?:turno|plantao|expediente)|a noite toda|de noite|a noite|(?:turno|plantao) da noite|enquanto (?:trabalhamos|a gente trabalha|estamos))\b`,
  },
  {
    lockedIn: String.raw`\b(?:schliess\w*|sperr\w*|schloss|schlossen)\b(?: [\w-]+){0,4}? (?:von aussen|von draussen)\b|\b(?:schliess\w*|sperr\w*|schloss|schlossen) uns (?:[\w-]+ ){0,4}?ein\b|\beingesperrt\b|\beingeschlossen\b|\bvon aussen (?:abgeschlossen|verschlossen|zugesperrt|abgesperrt)\b`,
    lock: String.raw`\b(?:schliess\w*|sperr\w*|abgeschlossen|verschlossen|zugesperrt|abgesperrt)\b`,
    purpose: String.raw`\bdamit (?:keiner|niemand) (?:\w+ )?(?:raus|geht|rausgeht|rauskommt)\b`,
    out: String.raw`\b(?:kommen|kommt|komme|konnen|kann|darf|durfen) (?:\w+ ){0,2}?nicht (?:raus|hinaus|weg|nach draussen)\b|\b(?:niemand|keiner) (?:kommt|kann) (?:\w+ )?raus\b|\bdamit (?:keiner|niemand) (?:\w+ )?(?:raus|geht)\b`,
    shift: String.raw`\b(?:(?:in|wahrend|bei) der (?:nacht|nachtschicht|schicht|spatschicht)|nachts|die ganze nacht|uber nacht)\b`,
  },
  {
    lockedIn: String.raw`\bchiu\w* (?:[\w']+ ){0,4}?(?:da fuori|dall'esterno)\b|\bci (?:chiudono|chiude|hanno chiuso|chiudevano|chiuda) (?:dentro|a chiave)\b|\brinchius\w*|\bsiamo chiusi dentro\b`,
    lock: String.raw`\b(?:chiu\w*|lucchett\w*|incatenat\w*)\b`,
    purpose: String.raw`\b(?:perche|cosi) nessuno (?:\w+ )?(?:esca|puo uscire)\b`,
    out: String.raw`\bnon (?:\w+ )?(?:possiamo|posso|possono|si puo|riusciamo) (?:\w+ )?uscire\b|\bnessuno (?:puo|riesce a) uscire\b|\bperche nessuno (?:\w+ )?esca\b`,
    shift: String.raw`\b(?:(?:durante|nel|nei|di) (?:il )?turn[oi]|turno di notte|di notte|tutta la notte|la notte)\b`,
  },
  {
    lockedIn: String.raw`\b(?:zamyka\w*|zamkn\w*|zamkniec\w*)\b(?: \w+){0,4}? od zewnatrz\b|\b(?:zamykaja|zamyka|zamkneli|zamknal) nas\b|\bzamknieci (?:na klucz|od zewnatrz)\b`,
    lock: String.raw`\b(?:zamyka\w*|zamkn\w*|zamkniet\w*)\b`,
    purpose: String.raw`\bzeby nikt nie (?:wyszedl|mogl wyjsc)\b`,
    out: String.raw`\bnie (?:\w+ )?(?:mozemy|moge|moga|da sie|mozna) (?:\w+ )?(?:wyjsc|uciec|wydostac sie)\b|\bnikt nie (?:moze|mogl) wyjsc\b|\bzeby nikt nie wyszedl\b`,
    shift: String.raw`\b(?:(?:na|podczas|w czasie|w trakcie) (?:nocnej |nocnych )?zmian\w*|w nocy|przez cala noc|na noc)\b`,
  },
];

// A game, a film, a drill or a story: no one is locked in.
const NOT_REAL = lazyPattern(
  String.raw`\b(?:escape rooms?|movie|film|game|drill|dream|novel|series|episode|sala de escape|pelicula|juego|simulacro|jeu|exercice|filme|jogo|simulado|spiel|ubung|gioco|esercitazione|gra|cwiczeni\w*|lol|lmao|haha\w*|jaja\w*|mdr)\b`,
  'u',
);

// Locked once everyone has gone: "we lock the door from the outside when we leave at night".
const EVERYONE_GONE = lazyPattern(
  String.raw`\b(?:(?:when|after|once|before) (?:we|everyone|everybody|they|the last (?:one|person)|all|people|staff|the staff) (?:\w+ )?(?:leave|leaves|left|go home|goes home|gone|close|closes|lock up|locks up|are gone|have gone|has gone|is gone|are out|have left|has left)|after (?:closing|close|hours|everyone leaves)|cuando (?:nos vamos|todos se van|se van|cerramos|salimos)|al cerrar|apres (?:la )?fermeture|quand (?:on part|tout le monde (?:part|est parti))|quando (?:a gente sai|todos saem|saimos|vamos embora)|wenn alle (?:weg|gegangen|raus) sind|nach feierabend|quando (?:usciamo|tutti escono|andiamo via)|dopo la chiusura|kiedy (?:wychodzimy|wszyscy wyjda|wszyscy wyszli)|po zamknieciu)\b`,
  'u',
);

const COMPILED = LANGUAGES.map(({ lockedIn, lock, purpose, out, shift }) =>
  lazyPattern(
    foldPattern(
      `(?:${lockedIn})${GAP}(?:${out}|${shift})|(?:${out}|${shift})${GAP}(?:${lockedIn})|(?:${lock})${GAP}(?:${purpose})`,
    ),
    'u',
  ),
);

// Words one of the languages' locks holds (folded): the patterns run only on a text holding one.
const HINTS = [
  'lock',
  'chain',
  'bolt',
  'cierr',
  'cerr',
  'tranc',
  'candad',
  'encade',
  'ferm',
  'verrou',
  'cadenas',
  'fecha',
  'cadead',
  'acorrent',
  'schl',
  'sperr',
  'chiu',
  'lucchett',
  'incaten',
  'zamk',
  'zamy',
];

/** Whether the folded text tells workers locked in from outside, on a shift or with no way out. */
export function tellsLockedInFromOutside(folded: string): boolean {
  if (!HINTS.some((hint) => folded.includes(hint))) return false;
  if (!COMPILED.some((pattern) => pattern.get().test(folded))) return false;
  return !NOT_REAL.get().test(folded) && !EVERYONE_GONE.get().test(folded);
}

/** The reading with safety added (and urgent) where workers are locked in from outside. */
export function withLockedInFromOutside(text: string, reading: Reading): Reading {
  if (reading.categories.includes('safety') || typeof text !== 'string') return reading;
  if (!tellsLockedInFromOutside(fold(text))) return reading;
  return withKindsAdded(reading, 'safety');
}
