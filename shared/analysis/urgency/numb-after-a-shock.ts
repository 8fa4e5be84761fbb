import { eitherOrder, sentenceHoldingNear } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * An electric shock told by what it left behind (att43, u44a, 2026-12-07): "my fingers went numb after I grabbed the
 * handle of the mixer", "got zapped by the panel and my arm is still tingling", "ho preso la scossa dal quadro e ho
 * ancora il braccio intorpidito". shocks-from-gear.ts reads a shock felt on touching; a hand gone numb after a
 * machine was touched, with no word of a shock, was read by nothing, and the next person to grab that handle may not
 * let go.
 *
 * Each language: a hand, arm or fingers gone numb, tingling or dead, and in the same sentence a machine or an
 * electrical part touched, or a shock. Calm beside them: numb from the cold, an arm asleep on the couch, hands that
 * tingle from nerves: the sentence names no machine and no shock, or says why.
 */

const numbAfter = (table: { numb: string; cause: string }, notReal: string): UrgencyRule =>
  rule('safety', sentenceHoldingNear(eitherOrder('latin', 90, table.numb, table.cause), notReal));

const EN_NOT_REAL = String.raw`cold|freezing|frozen|winter|snow|ice|nervous|nerves|anxiety|anxious|panic|asleep|sleeping|slept|couch|sofa|bed|typing|keyboard|mouse|phone|carpal|gym|workout|weights|bike|cycling|lol|lmao|haha\w*|static|movie|film|game|training|dentist|injection|vaccine|meds|medication`;
export const ENGLISH_NUMB_AFTER_A_SHOCK: UrgencyRule = numbAfter(
  {
    numb: String.raw`(?:hands?|fingers?|arms?|wrists?|thumbs?|palms?|elbows?)(?: [\w'-]+){0,3}? (?:numb|tingl\w*|dead|pins and needles|buzzing|burning)|(?:numb|tingl\w*|pins and needles) (?:in|up|down) (?:my|his|her|the) (?:hands?|fingers?|arms?|wrists?)`,
    cause: String.raw`(?:touch|touched|touching|grab|grabbed|grabbing|held|holding|lean\w*|plug\w*|brush\w*) (?:[\w'-]+ ){0,4}?(?:handle|panel|casing|housing|machine|mixer|press|conveyor|motor|switch|breaker|fuse ?box|outlet|socket|cable|wire|wiring|cord|plug|rail|railing|frame|metal|cabinet|fryer|oven|dishwasher|welder|drill|grinder|saw|pump)|zapp\w*|shocked|shocks?|jolt\w*|electrocut\w*|(?:is|was) live|live wire`,
  },
  EN_NOT_REAL,
);

const ES_NOT_REAL = String.raw`frio|helad[oa]|nervios|ansiedad|dormid[oa] en|sofa|cama|teclado|raton|gimnasio|jaja\w*|estatica|pelicula|juego|dentista|inyeccion`;
export const SPANISH_NUMB_AFTER_A_SHOCK: UrgencyRule = numbAfter(
  {
    numb: String.raw`(?:brazos?|manos?|dedos|munecas?)(?: \w+){0,3}? (?:dormid[oa]s?|entumid[oa]s?|adormecid[oa]s?|hormigue\w*|sin sensibilidad|muert[oa]s?)|se me (?:durmio|durmieron|entumio|entumieron|adormecio) (?:el brazo|la mano|los dedos|las manos)|(?:hormigueo|calambres?) en (?:el brazo|la mano|los dedos|las manos)`,
    cause: String.raw`corriente|toque|descarga|calambrazo|electrocut\w*|(?:toc\w*|agarr\w*) (?:\w+ ){0,3}?(?:tablero|panel|cable|enchufe|maquina|carcasa|manija|motor|caja)|tablero|cable|enchufe`,
  },
  ES_NOT_REAL,
);

const FR_NOT_REAL = String.raw`froid|gel|neige|stress|angoisse|dormi|canape|lit|clavier|souris|salle de sport|mdr|ptdr|statique|film|jeu|dentiste|piqure`;
export const FRENCH_NUMB_AFTER_A_SHOCK: UrgencyRule = numbAfter(
  {
    numb: String.raw`(?:bras|mains?|doigts|poignets?)(?: [\w'-]+){0,3}? (?:engourdi\w*|fourmill\w*|picot\w*|insensible\w*|paralyse\w*)|(?:des )?fourmis dans (?:le bras|la main|les doigts|les mains)`,
    cause: String.raw`decharge\w*|coup de jus|du jus|courant|electris\w*|electrocut\w*|(?:touch\w*|attrap\w*|pris) (?:[\w'-]+ ){0,3}?(?:tableau|cable|prise|machine|armoire|poignee|carter|moteur|boitier)|tableau electrique|armoire electrique`,
  },
  FR_NOT_REAL,
);

const PT_NOT_REAL = String.raw`frio|gelad[oa]|nervos\w*|ansiedade|dormi|sofa|cama|teclado|mouse|academia|kkk\w*|rsrs\w*|estatica|filme|jogo|dentista|injecao`;
export const PORTUGUESE_NUMB_AFTER_A_SHOCK: UrgencyRule = numbAfter(
  {
    numb: String.raw`(?:bracos?|maos?|dedos|pulsos?)(?: \w+){0,3}? (?:dormente\w*|formigando|formigamento|adormecid\w*|sem sensibilidade|amortecid\w*)|formigamento (?:no braco|na mao|nos dedos)`,
    cause: String.raw`choque|descarga|eletrocut\w*|(?:encost\w*|peg\w*|segur\w*|toc\w*) (?:\w+ ){0,3}?(?:painel|quadro|fio|tomada|maquina|betoneira|carcaca|motor|cabo|macaneta)|painel|quadro de luz`,
  },
  PT_NOT_REAL,
);

const DE_NOT_REAL = String.raw`kalte|kalt|frost|schnee|nervos|angst|eingeschlafen auf|sofa|bett|tastatur|maus|fitnessstudio|haha\w*|statisch\w*|film|spiel|zahnarzt|spritze`;
export const GERMAN_NUMB_AFTER_A_SHOCK: UrgencyRule = numbAfter(
  {
    numb: String.raw`(?:arm|arme|hand|hande|finger|handgelenk)(?: [\w-]+){0,3}? (?:kribbel\w*|taub|gefuhllos|eingeschlafen|lahm)|(?:kribbel\w*|taub) (?:in|im) (?:arm|der hand|den fingern|den handen)`,
    cause: String.raw`schlag|stromschlag|strom|gewischt|elektrisch\w*|(?:angefasst|anfass\w*|beruhr\w*|gegriffen|gepackt)|schaltkasten|schaltschrank|kabel|steckdose|maschine|gehause`,
  },
  DE_NOT_REAL,
);

const IT_NOT_REAL = String.raw`freddo|gelo|neve|ansia|nervos\w*|divano|letto|dormito|tastiera|mouse|palestra|ahah\w*|statica|film|gioco|dentista|puntura|iniezione`;
export const ITALIAN_NUMB_AFTER_A_SHOCK: UrgencyRule = numbAfter(
  {
    numb: String.raw`(?:braccio|braccia|mano|mani|dita|polso)(?: [\w']+){0,3}? (?:intorpidit\w*|formicolant\w*|addormentat\w*|insensibil\w*|paralizzat\w*)|formicolio (?:al braccio|alla mano|alle dita|alle mani)`,
    cause: String.raw`scossa|scosse|corrente|scarica|folgorat\w*|(?:tocc\w*|pres[oa]|afferrat\w*) (?:[\w']+ ){0,3}?(?:quadro|cavo|presa|macchin\w*|pressa|maniglia|carter|motore)|quadro elettrico`,
  },
  IT_NOT_REAL,
);

const PL_NOT_REAL = String.raw`zimn\w*|mroz\w*|zimno|snieg\w*|stres\w*|nerw\w*|kanap\w*|lozk\w*|spal\w*|klawiatur\w*|mysz\w*|silowni\w*|haha\w*|film\w*|gra|gry|dentyst\w*|zastrzyk\w*`;
export const POLISH_NUMB_AFTER_A_SHOCK: UrgencyRule = numbAfter(
  {
    numb: String.raw`(?:reka|rece|reke|palce|ramie|nadgarstek)(?: [\w-]+){0,3}? (?:dretwie\w*|zdretwial\w*|mrowi\w*|bez czucia|sparalizowan\w*)|(?:dretwieje|dretwieja|mrowi|mrowia|zdretwiala|zdretwialy) (?:mnie |mi |go |ja )?(?:reka|rece|palce|ramie)`,
    cause: String.raw`prad\w*|kopnal\w*|kopnelo|poraz\w*|razil\w*|(?:dotkn\w*|dotyk\w*|zlapal\w*|chwycil\w*) (?:[\w-]+ ){0,3}?(?:rozdzielni\w*|kabl\w*|gniazd\w*|maszyn\w*|obudow\w*|skrzynk\w*|silnik\w*)|rozdzielni\w*`,
  },
  PL_NOT_REAL,
);
