import { lazyPattern, patternOf } from '../lazy-pattern';
import { rule, type UrgencyRule } from './types';

/*
 * Deaths or violence promised on a firing (u43b, from the att42 attack): "si la corren … aquí no queda nadie vivo",
 * "if they let him go i swear ill shoot this place up", "wenn sie ihn rauswerfen, überlebt das hier keiner", "jak ją
 * zwolnią to nikt stąd nie wyjdzie żywy". Nobody left alive, a shooting, bodies, blood or everyone made to pay, with a
 * firing (or a pay cut) as the condition, in one stretch of text. Violence against everyone on site: threat and safety
 * (the safety owner), as coming-back-to-kill-everyone.ts, which needs the return. kind-of-wrong.ts reads the firing as
 * a threat to the job and would drop what only its words read: promisesViolenceOnAFiring keeps the threat.
 *
 * Calm beside them: "if they fire her I will quit, nobody wants to work here", "si la corren nadie se va a quedar",
 * "wenn sie ihn rauswerfen, kündigen wir alle", "nobody left alive at the buffet", a film's plot.
 *
 * Folded text: lower case, no accents, ASCII. Tests: test/unit/analysis/urgency-slang-fights-and-threats.test.ts.
 */

interface PromiseLanguage {
  /** A firing or a pay cut, said of a person ("fire her", "la corren", "ihn rauswerfen"). */
  fired: string;
  /** What is promised: nobody left alive, a shooting, blood, everyone made to pay. */
  violence: string;
}

const LANGUAGES: Record<string, PromiseLanguage> = {
  en: {
    fired: String.raw`(?:fire|fires|sack|sacks|can|cans|axe|axes|terminate|terminates) (?:me|us|him|her|them|my \w+)|(?:fire|sack|axe) (?!(?:alarms?|exits?|doors?|drills?|escape|extinguishers?|hazards?|risk|safety|code|marshals?|department|dept|trucks?|station|brigade|fighters?|fighting|hoses?|blankets?|up|off|away|back|at|in|on|and|or|the|a|an|is|was|it|this|that|pit|works|place|ants?|season|pits?|starter|wood)\b)[a-z]+|(?:let|lets|lay|lays) (?:me|us|him|her|them|my \w+) (?:go|off)|get rid of (?:me|us|him|her|them)|(?:gets?|got|am|im|i'?m|is|are|be|being) (?:fired|sacked|canned|axed|let go|laid off|terminated)|(?:cut|touch|take) (?:my|our|his|her) (?:pay|hours|wages|shifts)`,
    violence: String.raw`(?:nobody|no one|noone|no1|none of (?:us|you|them|yall))(?: in (?:here|this \w+))? (?:is |will be |gonna be |'s )?(?:walk(?:s|ing)? out|get(?:s|ting)? out|leav(?:es|ing)|go(?:es|ing)? home|mak(?:es|ing) it out)(?: of here| of this \w+)? alive|(?:nobody|no one|noone) (?:is |will be )?(?:left )?(?:alive|breathing|standing)|(?:shoot|shooting|shoot up|light|lighting) (?:this|the|that) (?:place|building|warehouse|plant|site|office|shop|floor) up|shoot (?:everyone|everybody|yall|y'all|all of (?:you|them|u))|(?:come|coming|comin) (?:in |back )?(?:blasting|blastin|shooting|strapped)|(?:there|theres|there'?s|there will|therell|there'?ll|there gonna|they gonna|there is gonna|there are gonna) (?:be )?(?:bodies|blood(?:shed)?|a bloodbath|a massacre)|(?:everyone|everybody|all of (?:you|yall|them)|yall|y'all|you all) (?:here )?(?:will|'ll|is gonna|are gonna|gonna|going to) (?:pay|bleed|die)(?:[^.!?\n]{0,25}?\b(?:blood|mark my words|i swear|swear to god|promise))?|(?:goes|go|going) up in flames with (?:them|everyone|everybody|us|yall) (?:inside|in it)`,
  },
  es: {
    fired: String.raw`(?:me|nos|te|lo|la|los|las|le|les) (?:desp[ie]d\w*|echan|echa|echaran|echen|corren|corre|corran|correr|botan|bota|boten|liquidan|corra|sacan|saquen)|despedid[oa]s?|(?:me|le|nos) (?:bajan|quitan|recortan) (?:el sueldo|el salario|las horas)`,
    violence: String.raw`no (?:va a )?qued(?:a|ar|ara) (?:nadie|ninguno|ni uno) (?:vivo|con vida)|nadie (?:sale|va a salir|saldra|queda|quedara) (?:de aqui )?(?:vivo|con vida)|(?:se muere|se va a morir|va a morir|se van a morir|van a morir) (?:alguien|gente|todos|varios)|(?:los|las) (?:voy a|vamos a) matar a todos|(?:mato|matare|matamos) a todos|me los (?:cargo|chingo|quiebro|trueno|despacho) a todos|(?:pagar|pagaran|van a pagar)\w* (?:todos )?con sangre|(?:va|van) a (?:correr|haber) sangre|(?:vengo|regreso|vuelvo) con (?:la|una|mi) (?:pistola|fusca|cuete|arma|escopeta|metralleta)|(?:los|las) (?:balaceo|acribillo|quemo vivos)|(?:hago|habra|va a haber) una (?:masacre|matanza|balacera)`,
  },
  fr: {
    fired: String.raw`(?:me|m'|nous|te|t'|le|la|l') ?(?:vir(?:e|es|ent|ez|er|era|eront|ait|aient)|renvoi\w*|renvoy\w*|licenci\w*|mett\w* a la porte|fout\w* a la porte|degag\w*)|(?:suis|es|est|sommes|etre|serai|serais|se fait|se fais) (?:vire|viree|licencie|licenciee|renvoye|renvoyee)s?`,
    violence: String.raw`personne ne (?:sortira|sort|va sortir|sortirait|restera|reste) (?:d'ici )?(?:vivant|en vie)|(?:je|j'vais|jvais) (?:descends|descendrai|vais descendre|flingue|flinguerai|vais flinguer|bute|buterai|vais buter|tue|tuerai|vais tuer) (?:tout le monde|tous|toute l'equipe|tout l'atelier)|(?:payer|paierez|paieront|allez (?:tous )?le payer)\w*(?: \w+){0,3} (?:de|avec) (?:votre|leur|ton|son) sang|(?:va|vont) (?:tous )?(?:nous|vous|les) (?:buter|tuer|flinguer|descendre)|(?:un|ce sera un|y aura un) (?:bain de sang|carnage|massacre)`,
  },
  pt: {
    fired: String.raw`(?:me|nos|te|o|a|ele|ela) (?:demit\w*|mand\w* embora|despede\w*|despedi\w*|botar? na rua|mandarem)|(?:demitirem|mandarem|despedirem) (?:ele|ela|eu|a gente|\w+)|demitid[oa]s?|mandad[oa] embora`,
    violence: String.raw`ninguem (?:sai|vai sair|saira) (?:daqui )?vivo|nao (?:sobra|vai sobrar) ninguem (?:vivo|pra contar)|(?:mato|vou matar|matarei) (?:todo mundo|geral|todos)|(?:meter|vou meter|meto|passar|vou passar) (?:bala|fogo|o rodo|chumbo) (?:em|no|na|nesse|nessa|geral)|todo mundo (?:vai|aqui vai) (?:pagar|sangrar|morrer)|vai (?:correr|rolar|ter) sangue|(?:vai ter|faco) uma (?:chacina|massacre)`,
  },
  de: {
    fired: String.raw`(?:mich|uns|dich|ihn|sie) (?:\w+ )?(?:feuern|feuert|kundigen|kundigt|entlassen|entlasst|rauswerfen|rausschmeissen|rausschmeisst|schmeissen \w+ raus|werfen \w+ raus|rauswirft)|(?:feuern|feuert|kundigen|kundigt|entlassen|entlasst) (?:mich|uns|dich|ihn|sie)|gefeuert|gekundigt|(?:ich|er|sie|du) (?:rausfliege|rausfliegt|rausfliegst|fliege|fliegt) (?:\w+ )?raus|rausfliege|rausfliegt|rausgeworfen|rausgeschmissen`,
    violence: String.raw`(?:uberlebt|uberleben) (?:das )?(?:hier )?(?:keiner|niemand)|(?:keiner|niemand) (?:kommt|geht) (?:hier )?(?:lebend|lebendig) raus|(?:keiner|niemand) (?:uberlebt|uberleben)|knall(?:e)? ich (?:alle|euch|jeden|euch alle) ab|(?:ihr|alle) (?:werdet|werden|sollen) (?:alle )?(?:dafur )?(?:bluten|bussen|sterben)|bring(?:e)? ich (?:euch|alle) (?:alle )?um|(?:gibt es|gibts|gibt's) (?:ein )?(?:blutbad|tote|massaker)|(?:ein|mache ein|ich mache ein) (?:blutbad|massaker|amoklauf)`,
  },
  it: {
    fired: String.raw`(?:mi|ci|ti|lo|la|li) (?:licenzi\w*|caccia\w*|cacce\w*|mandano via|manda via|mandate via|buttano fuori|butta fuori)|licenziat[oaie]`,
    violence: String.raw`(?:non )?(?:resta|restera|rimane|rimarra|esce|uscira) (?:vivo )?nessuno(?: vivo)?|nessuno (?:esce|uscira|restera|resta|rimane) (?:di qui |da qui )?viv[oa]|(?:faccio|ci sara|sara) una (?:strage|carneficina|mattanza)|(?:la )?pagherete (?:tutti )?(?:col|con il) sangue|(?:ammazzo|uccido|sparo a|faccio fuori) tutti|bagno di sangue`,
  },
  pl: {
    fired: String.raw`(?:mnie|nas|cie|go|ja|ich) (?:zwolni\w*|wywal\w*|wyrzuc\w*|zwalnia\w*)|(?:zwolni\w*|wywal\w*|wyrzuc\w*) (?:mnie|nas|cie|go|ja|ich)|(?:zostane|zostanie|zostaniesz) zwolnion[aey]`,
    violence: String.raw`nikt (?:stad |z (?:was|nas) |tu )?nie (?:wyjdzie|wyjdziecie|wyjdziemy) (?:stad )?(?:zywy|zywa|zywi|cal[oy])|nikt (?:tu |stad )?nie przezyje|(?:wszystkich |was )?(?:powystrzelam|pozabijam|wystrzelam)(?: wszystkich| was)?|(?:poleje|bedzie lala|poplynie) sie krew|poleje sie krew|(?:wszyscy|wszyscy tu|wy wszyscy) (?:za to )?(?:zaplaca|zaplacicie|zginiecie|zgina)|(?:bedzie|zrobie) (?:rzez|jatka|masakra|masakre)`,
  },
  tl: {
    fired: String.raw`i-?fire|na-?fire|ma-?fire|tanggal\w*|matanggal|natanggal|tinanggal|sisante\w*|masisante|nasisante|sinisante|pinaalis|paalisin|papaalisin`,
    violence: String.raw`walang (?:matitirang|matitira|lalabas na|makakalabas na|makakaligtas na) (?:buhay|buhay dito)|walang (?:lalabas|makakalabas) (?:dito )?(?:nang |ng )?buhay|(?:papatayin|babarilin|uubusin|tatapusin) (?:ko|namin) (?:kayong|sila|silang|kayo) lahat|(?:may )?dadanak (?:na )?(?:ng )?dugo`,
  },
};

// The stretch a firing and its promise share: a sentence or two ("si la corren … aquí no queda nadie vivo").
const GAP = String.raw`[^!?\n]{0,60}?`;
// A film, a series, a game or a laugh around the words: a plot, no promise.
const NOT_REAL = String.raw`(?![^\n]{0,100}\b(?:movie|film|series|show|episode|game|book|novel|lol|lmao|haha\w*|jaja\w*|kkk+|mdr|pelicula|peli|serie|novela|juego|filme|jogo|livro|roman|jeu|spiel|gioco|libro|gra|ksiazk\w*)\b)(?<!\b(?:movie|film|series|episode|game|book|novel|pelicula|serie|novela|juego|filme|jogo|livro|roman|jeu|spiel|gioco|libro|gra)\b[^\n]{0,160})`;

const promise = ({ fired, violence }: PromiseLanguage): string =>
  String.raw`(?:\b(?:${fired})\b${GAP}\b(?:${violence})|\b(?:${violence})\b${GAP}\b(?:${fired}))\b${NOT_REAL}`;

const both = (code: string): UrgencyRule[] => {
  const source = promise(LANGUAGES[code]!);
  return [rule('threat', source), rule('safety', source)];
};

export const ENGLISH_VIOLENCE_IF_FIRED = both('en');
export const SPANISH_VIOLENCE_IF_FIRED = both('es');
export const FRENCH_VIOLENCE_IF_FIRED = both('fr');
export const PORTUGUESE_VIOLENCE_IF_FIRED = both('pt');
export const GERMAN_VIOLENCE_IF_FIRED = both('de');
export const ITALIAN_VIOLENCE_IF_FIRED = both('it');
export const POLISH_VIOLENCE_IF_FIRED = both('pl');
export const TAGALOG_VIOLENCE_IF_FIRED = both('tl');

// Made on first use, not at import: a cold start that never reads it pays nothing (lazy-pattern.ts).
const ANY_PROMISE = lazyPattern(Object.values(LANGUAGES).map(promise).join('|'), 'u');

/**
 * Whether the folded text promises deaths or violence on a firing (the tables above): kind-of-wrong.ts keeps its
 * threat and safety, which are read only with the firing the job-threat reading blanks.
 */
export const promisesViolenceOnAFiring = (folded: string): boolean => patternOf(ANY_PROMISE).test(folded);
