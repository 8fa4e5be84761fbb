import { LISTED_NAME } from './named-attacker';
import { eitherOrder, sentenceHoldingNear } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * Danger told by what was heard or seen, with a person in it (att43, u44a, 2026-12-07): "a huge boom from the boiler
 * room and Ray was in there", "es gab einen lauten Knall im Kesselraum und Tom war da drin", "usłyszeliśmy huk w
 * kotłowni a Marek był w środku", "the kiln is glowing red inside and the door is bulging". No word of an accident,
 * a fire or an injury: the writer tells the sound and who was there, and the rules read nothing, so the report waited
 * for the weekly digest while someone may lie hurt behind the door.
 *
 * Each language: a blast or a crash heard (boom, bang, explosion, Knall, huk, boato, estrondo) and, within a couple
 * of sentences, someone (a given name, a pronoun, a co-worker) who was in there, on it, under it or beside it; or a
 * vessel, kiln or oven seen glowing and bulging or buckling at once. Calm beside them: a speaker's boom, fireworks,
 * thunder (no one there, or the text says it is a show), a stove glowing red for pizza (nothing bulging).
 */

interface Table {
  sound: string;
  who: string;
  there: string;
  glow?: string;
  strain?: string;
}

/** The two within 160 characters of each other, across a sentence or two, whichever comes first. */
const within = (a: string, b: string): string =>
  String.raw`\b(?:${a})\b[^]{0,160}?\b(?:${b})\b|\b(?:${b})\b[^]{0,160}?\b(?:${a})\b`;

function heardWithSomeoneThere(table: Table, notReal: string): UrgencyRule[] {
  // "he's in there" as well as "he was in there".
  const someoneThere = String.raw`(?:${table.who})(?:'s|’s)? (?:${table.there})`;
  // Looked for once a sound and someone are found, never at every letter: the look back is bounded, and so is every
  // word it looks for ("haha\w*" read backwards from each letter would scan the whole text).
  const bounded = notReal.replaceAll(String.raw`\w*`, String.raw`\w{0,12}`);
  const calm = String.raw`(?![^\n]{0,160}\b(?:${bounded}))(?<!\b(?:${bounded})[^\n]{0,320})`;
  const rules = [rule('safety', `(?:${within(table.sound, someoneThere)})${calm}`)];
  if (table.glow && table.strain) {
    rules.push(rule('safety', sentenceHoldingNear(eitherOrder('latin', 100, table.glow, table.strain), notReal)));
  }
  return rules;
}

const NAME = `(?:${LISTED_NAME})`;

const EN_NOT_REAL = String.raw`movie|film|show|game|fireworks?|firework|thunder|storm|speakers?|sound system|music|concert|gig|festival|party|song|bass|sonic boom|baby boom|boom ?box|lol|lmao|haha\w*|jk|pizza|dinner|bbq|barbecue|slamm\w*|slams?|theory|tv|telly|netflix|youtube|watching|applause|crowd`;
export const ENGLISH_BLASTS_HEARD_WITH_SOMEONE_THERE: UrgencyRule[] = heardWithSomeoneThere(
  {
    sound: String.raw`booms?|bangs?|blasts?|explosions?|exploded|blew up|went up|went bang|crack|cracking|snap|crash|thud|whoomph|whoosh|rumble|detonation`,
    who: String.raw`${NAME}|he|she|they|someone|somebody|people|guys|two guys|a (?:guy|man|woman|worker|colleague|coworker|co-worker|welder|mechanic|fitter|cleaner|temp|lad|contractor)|my (?:coworker|co-worker|colleague|mate|buddy|brother|friend|partner)|our (?:welder|mechanic|fitter|operator|apprentice)`,
    there: String.raw`(?:(?:was|were|is|are) )?(?:still |just |right |working |standing )?(?:in there|inside|in it|on it|on top|up there|under it|under there|underneath|down there|next to it|beside it|right by it|working in there|working on it)`,
    glow: String.raw`glowing(?: bright)? (?:red|orange|white)|glows (?:red|orange|white)|red[- ]hot|white[- ]hot`,
    strain: String.raw`bulging|bulges|buckling|buckled|warping|warped|swelling|swollen|cracking|hissing|bowing|bowed out|splitting`,
  },
  EN_NOT_REAL,
);

const ES_NOT_REAL = String.raw`pelicula|serie|juego|fuegos artificiales|petardos?|trueno|tormenta|bocinas?|altavoz|musica|concierto|fiesta|cancion|jaja\w*|pizza|cena|asado`;
export const SPANISH_BLASTS_HEARD_WITH_SOMEONE_THERE: UrgencyRule[] = heardWithSomeoneThere(
  {
    sound: String.raw`explosion|estallido|estruendo|estampido|bombazo|explosiones|exploto|revento|estallo|ruido (?:fuerte|enorme|tremendo)|golpe (?:fuerte|tremendo)|crujido|trueno seco`,
    who: String.raw`${NAME}|el|ella|alguien|un companero|una companera|mi companero|mi companera|los chicos|dos companeros|un trabajador|un operario`,
    there: String.raw`(?:estaba|esta|estaban|estan|seguia|sigue|seguian) (?:todavia |ahi |alli |justo )?(?:adentro|dentro|ahi dentro|alli dentro|ahi|alli|arriba|encima|debajo|abajo|al lado|trabajando)`,
    glow: String.raw`al rojo vivo|(?:brilla|brillando) (?:en )?rojo|incandescente`,
    strain: String.raw`abombad[oa]|hinchad[oa]|se esta (?:doblando|deformando|abriendo)|deformad[oa]|silba|silbando`,
  },
  ES_NOT_REAL,
);

const FR_NOT_REAL = String.raw`film|serie|jeu|feux? d'artifice|petards?|tonnerre|orage|enceintes?|musique|concert|soiree|fete|chanson|mdr|ptdr|pizza|diner|barbecue`;
export const FRENCH_BLASTS_HEARD_WITH_SOMEONE_THERE: UrgencyRule[] = heardWithSomeoneThere(
  {
    sound: String.raw`explosion|boum|gros bruit|bruit enorme|bruit sourd|detonation|deflagration|craquement|fracas|a explose|a saute|a pete`,
    who: String.raw`${NAME}|il|elle|quelqu'un|un collegue|une collegue|mon collegue|ma collegue|des gars|deux collegues|un ouvrier`,
    there: String.raw`(?:etait|est|etaient|sont|travaillait|bossait|travaille|bosse) (?:encore |toujours |juste |en train de travailler )?(?:dedans|a l'interieur|la-dedans|la dedans|dessus|dessous|juste a cote|a cote|la-bas|en bas|en haut)`,
    glow: String.raw`rouge vif|(?:rougeoie|rougeoyant\w*)|chauffe\w* au rouge|incandescent\w*`,
    strain: String.raw`bomb[ee]\w*|gonfl\w*|deform\w*|se tord|siffle\w*|fissur\w*`,
  },
  FR_NOT_REAL,
);

const PT_NOT_REAL = String.raw`filme|novela|serie|jogo|fogos? de artificio|fogos|rojao|trovao|tempestade|caixas? de som|musica|show|festa|kkk\w*|rsrs\w*|pizza|jantar|churrasco`;
export const PORTUGUESE_BLASTS_HEARD_WITH_SOMEONE_THERE: UrgencyRule[] = heardWithSomeoneThere(
  {
    sound: String.raw`explosao|estrondo|estouro|explodiu|estourou|barulho (?:enorme|forte|muito alto)|estalo|pancada forte`,
    who: String.raw`${NAME}|ele|ela|alguem|um colega|uma colega|meu colega|minha colega|o pessoal|dois colegas|um funcionario`,
    there: String.raw`(?:estava|esta|tava|ta|estavam|estao|tavam|ficou) (?:ainda |bem )?(?:la dentro|dentro|la|ali|em cima|embaixo|do lado|perto|trabalhando)`,
    glow: String.raw`vermelh[oa] de quente|em brasa|incandescente|brilhando vermelh[oa]`,
    strain: String.raw`estufad[oa]|inchad[oa]|empenad[oa]|deformad[oa]|chiando|rachando`,
  },
  PT_NOT_REAL,
);

const DE_NOT_REAL = String.raw`film|serie|spiel|feuerwerk|boller|donner|gewitter|lautsprecher|boxen|musik|konzert|party|feier|lied|haha\w*|pizza|abendessen|grillen`;
export const GERMAN_BLASTS_HEARD_WITH_SOMEONE_THERE: UrgencyRule[] = heardWithSomeoneThere(
  {
    sound: String.raw`knall|lauten knall|explosion|detonation|rumms|krachen|krach|kracher|explodiert|in die luft geflogen|verpufft|verpuffung`,
    who: String.raw`${NAME}|er|sie|jemand|ein kollege|eine kollegin|mein kollege|meine kollegin|zwei kollegen|ein arbeiter`,
    there: String.raw`(?:war|ist|waren|sind|arbeitete|stand|arbeitet|steht) (?:noch |gerade |genau )?(?:da drin|drin|darin|drinnen|dort drin|oben drauf|drauf|darauf|darunter|daneben|direkt daneben|dort unten|unten)`,
    glow: String.raw`rotglühend|rotgluhend|glueht rot|gluht rot|gluht|glueht`,
    strain: String.raw`beult\w*|ausgebeult|wolbt\w*|gewolbt|verzogen|zischt|reisst|aufgeblaht`,
  },
  DE_NOT_REAL,
);

const IT_NOT_REAL = String.raw`film|serie|gioco|fuochi d'artificio|petard\w*|tuono|temporale|casse|altoparlant\w*|musica|concerto|festa|canzone|ahah\w*|pizza|cena|grigliata`;
export const ITALIAN_BLASTS_HEARD_WITH_SOMEONE_THERE: UrgencyRule[] = heardWithSomeoneThere(
  {
    sound: String.raw`esplosione|boato|scoppio|botto|schianto|scricchiolio|crac|crack|e esplos[oa]|e scoppiat[oa]|rumore (?:fortissimo|enorme|forte)`,
    who: String.raw`${NAME}|lui|lei|qualcuno|un collega|una collega|il mio collega|la mia collega|due colleghi|un operaio`,
    there: String.raw`(?:era|e|erano|sono|stava|ci stava|ci era|ci lavorava|stavano) (?:ancora |proprio |appena )?(?:dentro|li dentro|la dentro|li|la|sopra|sotto|accanto|vicino|lavorando)`,
    glow: String.raw`rosso vivo|incandescente|arroventat[oa]|diventat[oa] rosso`,
    strain: String.raw`gonfi[oa]|gonfiat[oa]|deformat[oa]|si sta piegando|sibila|fischia|si crepa`,
  },
  IT_NOT_REAL,
);

const PL_NOT_REAL = String.raw`film\w*|serial\w*|gra|gry|fajerwerk\w*|petard\w*|grzmot\w*|burz\w*|glosnik\w*|muzyk\w*|koncert\w*|impreza|imprezie|piosenk\w*|haha\w*|pizz\w*|kolacj\w*|grill\w*`;
export const POLISH_BLASTS_HEARD_WITH_SOMEONE_THERE: UrgencyRule[] = heardWithSomeoneThere(
  {
    sound: String.raw`wybuch|wybuchl\w*|eksplozj\w*|eksplodowal\w*|huk|hukne\w*|trzask|trzasnelo|hukiem|lomot`,
    who: String.raw`${NAME}|on|ona|ktos|kolega|kolezanka|moj kolega|moja kolezanka|dwoch kolegow|pracownik`,
    there: String.raw`(?:byl|byla|jest|byli|pracowal|pracowala|stal|stala) (?:jeszcze |wlasnie |akurat |tam )?(?:w srodku|tam|wewnatrz|na gorze|pod spodem|obok|na nim|na niej|pracowal)`,
    glow: String.raw`rozgrzan\w* do czerwonosci|czerwon\w* od goraca|zarzy sie`,
    strain: String.raw`wybrzusz\w*|wygiet\w*|wygina sie|puchnie|syczy|peka`,
  },
  PL_NOT_REAL,
);
