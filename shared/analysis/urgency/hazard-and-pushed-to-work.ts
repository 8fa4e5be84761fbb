import { eitherOrder, sentenceHolding } from './one-sentence';
import { rule, type UrgencyRule } from './types';

/*
 * A hazard and a boss pushing to work on with it (att43, F3/F3b, 2026-12-07): "the hoist chain is kinked and
 * slipping, the foreman yelled at me to keep lifting", "the respirator cartridges expired months ago and the
 * supervisor threatens to write us up if we don't spray", "my eyes burn and I'm coughing after cleaning the tank,
 * supervisor yells at us to keep going". The shouting or the threat was read as harassment, and the hazard beside it,
 * read by nothing when the rules had found something, was lost: the report went to the CHRO and the site's safety
 * owner was never told. Adding the boss's pressure must never take the danger away: both are read.
 *
 * Each language: a hazard (protective or lifting gear damaged, expired or missing; a body's signs of poisoning) and a
 * boss's pressure (shouting, threatening or forcing to go on; a threat to the job), in one sentence, either order. A
 * threat against wearing the gear ("fires anyone who clips in their harness") is read as such a pair too. Calm beside
 * them: "yelled at me to keep lifting with my legs" (no hazard), new gear handed out and "keep spraying" (no pressure).
 */

interface Table {
  gear: string;
  damaged: string;
  symptom: string;
  pressure: string;
  /** A threat against wearing or using the gear: a hazard and the pressure in one. */
  againstGear?: string;
}

/** The gear and what is wrong with it, within a few words, either order. */
const near = (gear: string, damaged: string): string =>
  String.raw`\b(?:${gear})\b(?: [\w'-]+){0,5}? (?:${damaged})\b|\b(?:${damaged})\b(?: [\w'-]+){0,3}? (?:${gear})\b`;

const hazardOf = (table: Table): string => `${near(table.gear, table.damaged)}|\\b(?:${table.symptom})\\b`;

/** The safety and the harassment of a hazard beside a boss's pressure, in one sentence of no film or joke. */
function pushedOn(table: Table, notReal: string): UrgencyRule[] {
  const pair = eitherOrder('latin', 160, hazardOf(table), table.pressure);
  const source = sentenceHolding(table.againstGear ? `${pair}|\\b(?:${table.againstGear})\\b` : pair, notReal);
  return [rule('safety', source), rule('harassment', source)];
}

const EN_NOT_REAL = String.raw`movie|film|show|series|episode|book|novel|game|lol|lmao|joke|training|course|video|drill|toolbox talk|coach|gym`;
export const ENGLISH_HAZARD_AND_PUSHED_TO_WORK: UrgencyRule[] = pushedOn(
  {
    gear: String.raw`harness(?:es)?|lanyards?|respirators?|cartridges?|filters?|masks?|face ?shields?|goggles|safety glasses|gloves|helmets?|hard ?hats?|hoists?|chains?|slings?|straps?|hooks?|ropes?|cables?|scaffold(?:ing)?|planks?|ladders?|rungs?|brakes|guards?|railings?|guard ?rails?|lock(?:out)?s?|tags?|boots`,
    damaged: String.raw`kinked|slipping|slips|frayed|torn|ripped|cracked|broken|busted|bent|snapped|expired|out of date|worn (?:out|through)|has holes|have holes|full of holes|missing|gone|shot|faulty|defective|damaged|rusted(?: through)?|loose|(?:don't|doesn't|dont|doesnt|do not|does not) (?:work|hold|lock|seal)|not working`,
    symptom: String.raw`(?:i'?m|im|i am|we'?re|we are|everyone'?s|everyone is|people are|he'?s|she'?s|they'?re|feeling|feel|felt|got|getting|get) (?:so |really |all |super )?(?:dizzy|lightheaded|light-headed|nauseous|faint)|(?:my|our|his|her|their) (?:eyes|throat|skin|lungs|chest|hands?|nose) (?:(?:is|are|keep|keeps|started|start) )?(?:burn(?:s|ing)?|sting(?:s|ing)?|tight|bleeding|blistering)|(?:coughing|throwing up|threw up|vomiting|vomited|puking)|can'?t breathe|cant breathe|hard to breathe|head (?:is )?(?:pounding|splitting)|nosebleeds?|(?:acid|chemical|solvent)s? (?:burned|burnt|burns|is burning)`,
    pressure: String.raw`(?:yell(?:s|ed|ing)?|scream(?:s|ed|ing)?|shout(?:s|ed|ing)?|holler(?:s|ed|ing)?|bark(?:s|ed|ing)?|threaten(?:s|ed|ing)?|forc(?:e|es|ed|ing)|push(?:es|ed|ing)?|pressur(?:e|es|ed|ing))(?: [\w'-]+){0,5}? (?:keep|continue|carry on|stop whining|get back|go back|get up there)|threaten(?:s|ed|ing)?|write (?:us|me|you|them|people|anyone|everyone) up if|(?:or|else) (?:we'?re|i'?m|you'?re|we are|i am|you are|get) (?:fired|sacked|written up)|or go home without pay`,
    againstGear: String.raw`(?:fire|fires|fired|firing|sack|sacks|write up|writes up|yell at|yells at|punish|punishes) (?:anyone|anybody|whoever|people|guys|us|those) (?:who|that) (?:clips? in|ties? off|wears?|puts? on|uses?|locks? out)`,
  },
  EN_NOT_REAL,
);

const ES_NOT_REAL = String.raw`pelicula|serie|libro|novela|juego|jaja\w*|broma|curso|capacitacion|video|simulacro|entrenador|gimnasio`;
export const SPANISH_HAZARD_AND_PUSHED_TO_WORK: UrgencyRule[] = pushedOn(
  {
    gear: String.raw`arnes|arneses|mascarillas?|mascaras?|caretas?|respiradores?|cartuchos?|filtros?|guantes|gafas|lentes|cascos?|cadenas?|polipastos?|eslingas?|escaleras?|andamios?|frenos?|botas`,
    damaged: String.raw`rot[oa]s?|danad[oa]s?|vencid[oa]s?|caducad[oa]s?|gastad[oa]s?|rasgad[oa]s?|agujerad[oa]s?|con agujeros|rajad[oa]s?|doblad[oa]s?|no sirven?|no funcionan?|fallan?|resbala|resbalan|patina|patinan|flojo?s?|floja?s?`,
    symptom: String.raw`mareados?|mareadas?|mareos?|me mareo|nauseas?|vomit\w*|me arden? (?:los ojos|la garganta|la piel)|arden los ojos|toso|tosiendo|no (?:puedo|podemos) respirar|dolor de cabeza|quemaduras?`,
    pressure: String.raw`(?:grit\w*|amenaz\w*|oblig\w*|presion\w*|exig\w*)(?: [\w'-]+){0,6}? (?:sig[au]\w*|segu\w*|continu\w*)|amenaz\w*|o (?:nos|te|me) (?:despide\w*|corre\w*|echa\w*)`,
  },
  ES_NOT_REAL,
);

const FR_NOT_REAL = String.raw`film|serie|livre|roman|jeu|mdr|ptdr|blague|formation|video|exercice|coach|salle de sport`;
export const FRENCH_HAZARD_AND_PUSHED_TO_WORK: UrgencyRule[] = pushedOn(
  {
    gear: String.raw`harnais|masques?|cartouches?|filtres?|respirateurs?|gants|lunettes|casques?|chaines?|palans?|elingues?|echelles?|echafaudages?|freins?|bottes`,
    damaged: String.raw`dechire\w*|casse\w*|abime\w*|perime\w*|troue\w*|fissure\w*|tordu\w*|uses?|usees?|foutu\w*|ne marche\w* plus|ne fonctionne\w* plus|glisse\w*|defectueu\w*|endommage\w*`,
    symptom: String.raw`vertiges?|etourdi\w*|nausee\w*|vomi\w*|(?:les )?yeux qui (?:piquent|brulent)|tousse\w*|toux|maux? de tete|mal a la gorge|du mal a respirer|(?:peux|peut|pouvons) plus respirer`,
    pressure: String.raw`(?:crie\w*|hurle\w*|menace\w*|oblige\w*|force\w*|engueule\w*|gueule\w*)(?: [\w'-]+){0,6}? (?:continu\w*|bosser|travailler|avancer)|menac(?:e|ent|ait|aient|er)|(?:sinon|ou) (?:on est|je suis|t'es|tu es) (?:vire\w*|dehors|licencie\w*)`,
  },
  FR_NOT_REAL,
);

const PT_NOT_REAL = String.raw`filme|novela|serie|livro|jogo|kkk\w*|piada|curso|treinamento|video|simulado|academia`;
export const PORTUGUESE_HAZARD_AND_PUSHED_TO_WORK: UrgencyRule[] = pushedOn(
  {
    gear: String.raw`arnes|cintos?|mascaras?|respiradores?|cartuchos?|filtros?|luvas|oculos|capacetes?|correntes?|talhas?|escadas?|andaimes?|freios?|botas`,
    damaged: String.raw`quebrad\w*|rasgad\w*|vencid\w*|furad\w*|trincad\w*|rachad\w*|gastad\w*|danificad\w*|estragad\w*|nao funcionam?|falhando|escorrega\w*`,
    symptom: String.raw`tonturas?|tont[oa]s|enjoo|enjoad[oa]s?|vomit\w*|olhos ardendo|ardendo os olhos|tosse|tossindo|falta de ar|nao (?:consigo|conseguimos) respirar|dor de cabeca|queimaduras?`,
    pressure: String.raw`(?:grit\w*|berr\w*|ameac\w*|obrig\w*|forc\w*|pression\w*)(?: [\w'-]+){0,6}? (?:continu\w*|segui\w*)|ameac\w*|(?:ou|senao) (?:\w+ )?(?:demitid\w*|rua|olho da rua)`,
  },
  PT_NOT_REAL,
);

const DE_NOT_REAL = String.raw`film|serie|buch|roman|spiel|haha\w*|witz|schulung|unterweisung|video|ubung|trainer|fitnessstudio`;
export const GERMAN_HAZARD_AND_PUSHED_TO_WORK: UrgencyRule[] = pushedOn(
  {
    gear: String.raw`\w*gurte?|\w*geschirr|\w*masken?|atemschutz\w*|\w*filter|handschuhe?|schutzbrillen?|brillen?|helme?|schutzhelme?|\w*ketten?|hebezeug\w*|leitern?|gerust\w*|bremsen?|sicherheitsschuhe`,
    damaged: String.raw`gerissen|kaputt|defekt|abgelaufen|beschadigt|durchgescheuert|locher|loch|verbogen|gebrochen|rutscht|rutschen|abgenutzt|fehlt|fehlen|ausgeleiert`,
    symptom: String.raw`schwindel\w*|ubel|ubelkeit|erbrech\w*|kotzen|augen brennen|brennende augen|husten|hustet|kopfschmerzen|keine luft|atemnot`,
    pressure: String.raw`(?:schrei\w*|brull\w*|droh\w*|zwing\w*|gezwungen|angeschrien|anschrei\w*|drang\w*)(?: [\w'-]+){0,8}? weiter\w*|droh\w*|gedroht|(?:sonst|oder) (?:[\w'-]+ ){0,3}?(?:fliegen|fliegst|gekundigt|rausgeschmissen)`,
  },
  DE_NOT_REAL,
);

const IT_NOT_REAL = String.raw`film|serie|libro|romanzo|gioco|ahah\w*|scherzo|corso|formazione|video|esercitazione|allenatore|palestra`;
export const ITALIAN_HAZARD_AND_PUSHED_TO_WORK: UrgencyRule[] = pushedOn(
  {
    gear: String.raw`imbracatur[ae]|maschera|maschere|mascherin[ae]|respirator[ei]|cartucc\w*|filtr[oi]|guanti|occhiali|casco|caschi|caten[ae]|paranc\w*|scal[ae]|ponteggi\w*|fren[oi]|scarpe antinfortunistiche`,
    damaged: String.raw`rott[oiae]|scadut[oiae]|strappat[oiae]|bucat[oiae]|crepat[oiae]|incrinat[oiae]|piegat[oiae]|usurat[oiae]|consumat[oiae]|danneggiat[oiae]|non funzionan?o?|slitta\w*|scivola\w*|difettos[oiae]`,
    symptom: String.raw`vertigin[ei]|(?:mi |ci )?gira la testa|nause\w*|vomit\w*|(?:mi |ci )?bruciano gli occhi|occhi che bruciano|tosse|tossisc\w*|mal di testa|non (?:riesco|riusciamo) a respirare`,
    pressure: String.raw`(?:url\w*|grid\w*|minacc\w*|costring\w*|obblig\w*|sbraita\w*)(?: [\w'-]+){0,6}? (?:continu\w*|andare avanti|lavorare)|minacci\w*`,
  },
  IT_NOT_REAL,
);

const PL_NOT_REAL = String.raw`film\w*|serial\w*|ksiazk\w*|gra|gry|haha\w*|zart\w*|szkoleni\w*|kurs\w*|wideo|cwiczeni\w*|trener\w*|silowni\w*`;
export const POLISH_HAZARD_AND_PUSHED_TO_WORK: UrgencyRule[] = pushedOn(
  {
    gear: String.raw`szelk\w*|uprzaz\w*|mask[aiey]|respirator\w*|pochlaniacz\w*|filtr\w*|rekawic\w*|okular\w*|kask\w*|lancuch\w*|wciagnik\w*|drabin\w*|rusztowani\w*|hamulc\w*|hamul\w*`,
    damaged: String.raw`porwan\w*|podart\w*|zepsut\w*|uszkodzon\w*|przeterminowan\w*|pekniet\w*|dziurawe?\w*|zgiet\w*|zuzyt\w*|przetart\w*|nie dziala\w*|slizga\w*`,
    symptom: String.raw`zawrot\w* glowy|kreci (?:mi |nam )?sie w glowie|mdlosci|mdli|wymiot\w*|piecz\w* (?:mnie |nas )?oczy|oczy piecz\w*|kaszl\w*|kaszel|bol glowy|boli (?:mnie |nas )?glowa|nie (?:moge|mozemy) oddychac`,
    pressure: String.raw`(?:krzycz\w*|krzyk\w*|wrzeszcz\w*|grozi\w*|zmusz\w*|naciska\w*|wydziera\w*)(?: [\w'-]+){0,6}? (?:dalej|kontynu\w*|nadal)|grozi|grozil\w*|zagrozil\w*`,
  },
  PL_NOT_REAL,
);

const TL_NOT_REAL = String.raw`pelikula|teleserye|libro|laro|haha\w*|biro|joke|training|video|drill|coach|gym`;
export const TAGALOG_HAZARD_AND_PUSHED_TO_WORK: UrgencyRule[] = pushedOn(
  {
    gear: String.raw`harness|maskara|mask|gloves|guwantes|helmet|kadena|chain|hagdan|scaffold|preno|brake|brakes|respirator`,
    damaged: String.raw`sira|punit|expired|luma|butas|bali|lamat|basag|dumudulas`,
    symptom: String.raw`nahihilo|nahilo|nasusuka|nagsusuka|sumusuka|mahapdi ang mata|mahapdi ang mga mata|inuubo|hirap huminga|di makahinga|hindi makahinga|masakit ang ulo`,
    pressure: String.raw`(?:sinigawan|sinisigawan|pinagbantaan|binantaan|binabantaan|pinilit|pinipilit)(?: [\w'-]+){0,6}? (?:ituloy|magpatuloy|tuloy)|(?:tatanggalin|sisesantehin|sisante)(?: daw)? (?:kami|ako|kayo)|binantaan|pinagbantaan|binabantaan|nagbanta`,
  },
  TL_NOT_REAL,
);
