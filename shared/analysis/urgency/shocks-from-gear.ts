import { eitherOrder, sentenceHolding } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * An electric shock from a machine, a table or a rail, told by what it does to whoever touches it (att43, 2026-12-07):
 * "I get a shock every time I touch the metal casing of the mixer", "the metal table in prep buzzes and bites you when
 * you touch it with wet hands", "the mixer casing is live, it shocked me twice", "je prends des décharges à chaque fois
 * que je touche la machine", "la carcassa della macchina dà la scossa quando la tocchi". Read by nothing, or read as
 * harassment alone when a boss said to keep working: the site's safety owner was never told, and a casing that shocks
 * can kill the next person who touches it with wet hands.
 *
 * Each language: a shock felt or given (got a shock, shocked me, zaps you, is live, da toques, prend des décharges,
 * dà la scossa, kopie prądem) and, in the same sentence, what was touched or the act of touching. Calm beside them:
 * being shocked by news or pay (no touching, no thing), static from a carpet, shock absorbers, a training; a casing
 * that no longer shocks is the matcher's to deny, as for the other gear rules.
 */

const shockedBy = (table: { shock: string; touched: string }, notReal: string): UrgencyRule =>
  rule('safety', sentenceHolding(eitherOrder('latin', 90, table.shock, table.touched), notReal));

const EN_NOT_REAL = String.raw`movie|film|show|series|book|game|news|training|course|video|joke|lol|lmao|quiz|drill|toolbox talk|static|carpet|absorbers?|culture|sticker`;
export const ENGLISH_SHOCKS_FROM_GEAR: UrgencyRule = shockedBy(
  {
    shock: String.raw`(?:get|gets|got|getting|take|takes|took|taking|feel|feels|felt|feeling)(?: [\w'-]+){0,2}? (?:shocks?|jolts?|zaps?|belts?)|(?:get|gets|got|getting) (?:shocked|zapped|jolted|electrocuted|bit|bitten)|(?:shocked|zapped|jolted|electrocuted) (?:me|him|her|us|them|someone|people|everyone|a guy|a girl)|(?:gives?|gave|giving) (?:you|me|us|people|everyone|anyone)(?: an?)?(?: \w+)? (?:shocks?|jolts?|zaps?)|(?:shocks|zaps|bites|buzzes) (?:you|me|us|people|everyone|anyone|whoever)|(?:hands?|fingers?|arms?) (?:tingl\w*|go(?:es)? numb|buzz\w*)|tingl\w* (?:when|every time|whenever|if) (?:[\w'-]+ ){0,3}?(?:touch|grab|lean)\w*|(?:casing|housing|frame|body|case|table|panel|rail|railing|handle|door|cabinet|box|lid|machine|mixer|press|conveyor|metal) (?:is|are|was|were) live`,
    touched: String.raw`touch\w*|lean\w*|grab\w*|plug\w*|casing|housing|frame|metal|panel|cabinet|outlet|socket|switch|cable|cord|wire|wiring|machine|mixer|press|table|rail|railing|handle|lid|conveyor|motor|fixture|fryer|oven|kettle|dishwasher|washer|dryer|charger|wet hands|wet|water|puddle|live`,
  },
  EN_NOT_REAL,
);

const ES_NOT_REAL = String.raw`pelicula|serie|libro|juego|noticia|curso|capacitacion|video|broma|jaja\w*|simulacro`;
export const SPANISH_SHOCKS_FROM_GEAR: UrgencyRule = shockedBy(
  {
    shock: String.raw`(?:da|dan|dio|dieron|daba|pega|pegan|pego|paso|pasa|pasan|sente|senti|sentimos) (?:\w+ ){0,2}?(?:toques?|corriente|calambres?|descargas?|chispazos?)|(?:toques|descargas?) (?:electric\w*)|electrocut\w*|electrificad[oa]s?|(?:esta|estan) (?:energizad[oa]s?|con corriente)`,
    touched: String.raw`toc\w*|agarr\w*|apoy\w*|enchuf\w*|carcasa|metal\w*|maquina|mesa|cable|tablero|panel|barandal|baranda|manija|manos mojadas|mojad[oa]s?|agua|motor|freidora|horno|lavadora`,
  },
  ES_NOT_REAL,
);

const FR_NOT_REAL = String.raw`film|serie|livre|jeu|article|formation|video|blague|mdr|ptdr|exercice`;
export const FRENCH_SHOCKS_FROM_GEAR: UrgencyRule = shockedBy(
  {
    shock: String.raw`(?:prends|prend|prenons|prenez|prennent|pris|prendre|recu|recois|recoit) (?:\w+ ){0,2}?(?:decharges?|chocs? electriques?|coups? de jus|chataignes?|du jus|le jus)|(?:decharges?|chocs?) electriques?|electrocut\w*|(?:est|sont) sous tension|(?:ca|elle|il) (?:me |nous |vous |te )?(?:electrise|jus)`,
    touched: String.raw`touch\w*|appui\w*|branch\w*|machine|carter|boitier|metal\w*|prise|cable|fil|tableau|armoire|rambarde|poignee|mains mouillees|mouille\w*|eau|moteur|friteuse|four`,
  },
  FR_NOT_REAL,
);

const PT_NOT_REAL = String.raw`filme|novela|serie|livro|jogo|noticia|curso|treinamento|video|piada|kkk\w*|simulado`;
export const PORTUGUESE_SHOCKS_FROM_GEAR: UrgencyRule = shockedBy(
  {
    shock: String.raw`(?:levo|leva|levei|levou|levamos|tomo|toma|tomei|tomou|tomamos|da|dando|deu|dao) (?:\w+ ){0,2}?(?:choques?|choquinhos?|descargas?)|eletrocut\w*|(?:esta|estao) energizad[oa]s?`,
    touched: String.raw`toc\w*|encost\w*|lig\w*|segur\w*|carcaca|caixa|metal\w*|maquina|mesa|tomada|fio|cabo|painel|quadro|corrimao|macaneta|maos? molhadas?|molhad[oa]s?|agua|motor|fritadeira|forno`,
  },
  PT_NOT_REAL,
);

const DE_NOT_REAL = String.raw`film|serie|buch|spiel|artikel|schulung|unterweisung|video|witz|haha\w*|ubung`;
export const GERMAN_SHOCKS_FROM_GEAR: UrgencyRule = shockedBy(
  {
    shock: String.raw`(?:kriege|kriegt|kriegen|kriegte|bekomme|bekommt|bekommen|bekam|bekamen|hab|habe|hat|haben|hatte) (?:\w+ ){0,3}?(?:schlag|schlage|stromschlag|stromschlage|gewischt|eine gewischt|eine geklebt)|stromschlag\w*|(?:steht|stehen|stand) unter (?:strom|spannung)|(?:gibt|gab|geben) (?:\w+ ){0,2}?(?:schlage|stromschlage|einen schlag)|(?:kribbel\w*|britzel\w*)`,
    touched: String.raw`anfass\w*|angefasst|beruhr\w*|angelehnt|anlehn\w*|einsteck\w*|gehause|metall\w*|maschine|steckdose|kabel|schalter|tisch|gelander|griff|nassen handen|nass|wasser|motor|schaltschrank|fritteuse|ofen`,
  },
  DE_NOT_REAL,
);

const IT_NOT_REAL = String.raw`film|serie|libro|gioco|articolo|corso|formazione|video|scherzo|ahah\w*|esercitazione`;
export const ITALIAN_SHOCKS_FROM_GEAR: UrgencyRule = shockedBy(
  {
    shock: String.raw`(?:da|danno|dava|ha dato|prendo|prende|prendiamo|preso|presa|presi) (?:\w+ ){0,2}?(?:la scossa|scossa|scosse|scariche|una scarica)|folgorat\w*|(?:e|sono) in tensione`,
    touched: String.raw`tocc\w*|appogg\w*|attacc\w*|macchin\w*|carter|carcassa|involucro|metall\w*|presa|cavo|quadro|tavolo|ringhiera|maniglia|mani bagnate|bagnat[oa]|acqua|motore|friggitrice|forno`,
  },
  IT_NOT_REAL,
);

const PL_NOT_REAL = String.raw`film\w*|serial\w*|ksiazk\w*|gra|gry|artykul\w*|szkoleni\w*|kurs\w*|wideo|zart\w*|haha\w*|cwiczeni\w*`;
export const POLISH_SHOCKS_FROM_GEAR: UrgencyRule = shockedBy(
  {
    shock: String.raw`(?:kopie|kopia|kopnelo|kopnal\w*|kopnie|porazil\w*|porazi|razi\w*|walnelo|trzepie|trzepnelo) (?:\w+ ){0,2}?pradem|pradem (?:\w+ ){0,2}?(?:kopie|kopnelo|kopnal\w*|porazil\w*|razi\w*|walnelo|trzepie)|pod napieciem|porazeni\w* pradem`,
    touched: String.raw`dotyk\w*|dotkn\w*|dotyka\w*|opar\w*|podlacz\w*|obudow\w*|metal\w*|maszyn\w*|gniazdk\w*|kabel|kabl\w*|stol\w*|porecz\w*|szaf\w*|mokr\w*|wod\w*|silnik\w*|frytkownic\w*|piec\w*`,
  },
  PL_NOT_REAL,
);
