import { lazyPattern } from '../lazy-pattern';
import { foldPattern } from './normalise';
import {
  RUSSIAN_KILLED_FOR_A_SMALL_FAILURE,
  UKRAINIAN_KILLED_FOR_A_SMALL_FAILURE,
} from './other-languages/uk-killed-for-a-small-failure';

/*
 * "Will kill me" said of the writer's own lateness or small slip, or laughed off about a relative (urg40, classes
 * left from the ra38b attack): "my boss is gonna kill me if I'm late again", "mi jefe me mata si llego tarde", "o
 * chefe vai me matar se eu atrasar", "mon chef va me tuer si je suis en retard", "mein Chef bringt mich um, wenn ich
 * zu spat komme", "my mom is gonna kill me lol", "mi mama me va a matar jaja". Nobody is threatened: it is how people
 * say they are in trouble. Read as a threat, each emailed an executive. Only the phrase is blanked (as a figure of
 * violence is, figures-of-violence.ts), so whatever else the text tells is read.
 *
 * Two forms, each language:
 * - killed IF or WHEN the writer is late, forgets, breaks, loses, oversleeps, does not finish or come home, or FOR
 *   being late, either order ("if I'm late again my boss will kill me");
 * - a relative or the boss "will kill me" and a laugh after it ("lol", "jaja", "kkk", "mdr", "haha").
 * Never blanked: killed if the writer tells, reports, complains or goes to HR or the police ("he said he'll kill me if
 * I tell HR", "me mata si hablo"): that condition is no slip, and is not in the lists below; nor a laugh after a
 * condition of telling; nor when a weapon is named after it ("...if I'm late again, and he showed me his knife").
 * Ukrainian and Russian are written beside their tables (other-languages/uk-killed-for-a-small-failure.ts), which
 * blank them too; blanked here as well, before the learned model, which read "шеф мене вб'є" as a threat.
 */

// A weapon or a blow named after the phrase, in its sentence: then it is no figure ("he'll kill me if I'm late, he
// already broke my arm once").
const NO_WEAPON = String.raw`(?![^.!?\n]{0,80}?\b(?:knife|knives|gun|pistol|blade|machete|weapon|cuchillo|navaja|pistola|arma|faca|revolver|couteau|flingue|arme|messer|pistole|waffe|coltello|noz|nozem|bron|pistolet|baril|kutsilyo|itak|hits?|hitting|beats?|beaten|beat me|punch\w*|slap\w*|chok\w*|broke (?:my|his|her)|already|last time|pega\w*|golpe\w*|bate\w*|bateu|frapp\w*|schlag\w*|schlug|picchi\w*|bije|bil|uderz\w*|sinaktan|sinuntok|binugbog)\b)`;
// Telling, reporting or complaining between the phrase and a laugh: a threat laughed at nervously is still one. So is
// one told with where or when it will happen at work ("me va a matar mañana a la salida jaja", playful.ts).
const NO_TELLING = String.raw`(?:(?!\b(?:tell\w*|told|report\w*|hr|police|cops?|complain\w*|snitch\w*|say anything|speak\w*|talk\w*|leave|leaving|left|cont\w*|fal\w*|dig\w*|dije|dis|parl\w*|habl\w*|denun\w*|denon\w*|rapport\w*|polic\w*|polizei|polizia|policj\w*|pulis|rh|rrhh|sindicat\w*|syndicat|gewerkschaft|sindacato|zwiazek|sag\w*|meld\w*|erzahl\w*|anzeig\w*|dic\w*|powiem|powie\w*|zglos\w*|mow\w*|sabihin|isumbong|magsumbong|parking lot|car park|at the (?:gate|exit)|a la salida|estacionamiento|na saida|estacionamento|a la sortie|au parking|parkplatz|all'uscita|all uscita|parcheggio|na parkingu)\b)[^.!?\n]){0,60}?`;
const LAUGH = String.raw`(?:\b(?:lol|lmao|lmfao|rofl|jk|xd|haha\w*|hehe\w*|hihi\w*|jaja\w*|jeje\w*|jsjs\w*|kkk\w*|rsrs\w*|mdr|ptdr|xptdr|ahah\w*)\b|\u{1F602}|\u{1F923}|\u{1F605}|\u{1F606}|\u{1F61C})`;

const EN_WHO = String.raw`(?:mom|mum|mommy|mummy|mam|mama|mother|ma|dad|daddy|papa|pops|father|parents|wife|wifey|missus|misses|husband|hubby|gf|bf|girlfriend|boyfriend|partner|fiance|fiancee|grandma|gran|granny|nan|nana|grandpa|grandad|sister|sis|brother|bro|aunt|auntie|uncle|family|boss|manager|supervisor|teacher|coach|lead|chef|she|he|they)`;
const EN_KILL = String.raw`(?:(?:is|are|was|'s|s|'re|re|will|'ll|ll|would|'d|gonna|gunna|going to|finna|literally|actually|totally|straight up|legit|so|about to|gon|go|is gonna|is going to|will literally|gonna literally|might|may) )*(?:kill|murder|strangle|skin|slaughter|kills|murders|strangles|skins|killing|murdering) (?:me|us)(?: alive| dead| off)?`;
const EN_SLIP = String.raw`(?:(?:i|we)(?:'m|m| am| are|'re| get| got| come| show up| turn up| roll in| clock in| arrive| was| be)? (?:\w+ ){0,2}?(?:late|tardy)|(?:i|we) (?:\w+ ){0,2}?(?:miss|missed|forget|forgot|break|broke|lose|lost|spill|spilled|spilt|oversleep|overslept|mess up|messed up|screw up|screwed up|fuck up|fucked up|crash|crashed|scratch|scratched|burn|burnt|burned|spend|spent|skip|skipped|fail|failed|flunk|flunked|stay out|stayed out|drop|dropped)|(?:i|we) (?:don'?t|dont|do not|didn'?t|didnt|can'?t|cant|won'?t|wont) (?:\w+ ){0,2}?(?:make it|finish|call|text|show up|come home|get home|clean|do the|pick up|make the))`;
const ENGLISH = [
  String.raw`\b${EN_KILL}\b,? (?:\w+ ){0,2}?(?:if|when|cuz|cause|coz|because|since|once) ${EN_SLIP}\w*\b${NO_WEAPON}`,
  String.raw`\b${EN_KILL} for (?:being late|coming in late|showing up late|forgetting|missing|breaking|losing|oversleeping|spilling|messing up|screwing up|crashing)\b${NO_WEAPON}`,
  String.raw`\b(?:if|when) ${EN_SLIP}\w*\b[^.!?\n]{0,30}?\b(?:my |the |ur |your |our )?${EN_WHO}(?:'s|s)? (?:\w+ ){0,2}?${EN_KILL}\b${NO_WEAPON}`,
  String.raw`\b(?:my|the|ur|your|our|his|her) ${EN_WHO} (?:\w+ ){0,2}?${EN_KILL}\b${NO_TELLING}${LAUGH}${NO_WEAPON}`,
];

const ES_KILL = String.raw`(?:me (?:(?:va|van|vas|iba|iban) a |ira a )?(?:mata|matan|matar|mataria|asesina|asesinar|ahorca|ahorcar|cuelga|colgar|despelleja|descuartiza|descuartizar|revienta|reventar)|(?:va|van|iba) a matarme)`;
const ES_SLIP = String.raw`(?:(?:no )?(?:vuelvo a |otra vez |de nuevo )?(?:llego|llegamos|llegar|vuelvo|regreso|entro) (?:\w+ ){0,2}?tarde|(?:se me )?olvid\w*|me olvido|rompo|rompi|pierdo|perdi|me atraso|atraso|me tardo|me duermo|me quedo dormid\w*|me quede dormid\w*|derramo|choco|raspo|gasto|gaste|fallo|repruebo|no (?:llego|llegamos|vuelvo|termino|acabo|hago|limpio|llamo|contesto|paso|traigo|compro|saco))`;
const ES_WHO = String.raw`(?:mi |la |el |mis )?(?:mama|mami|madre|jefa|jefe|papa|papi|padre|esposa|esposo|mujer|marido|novia|novio|vieja|viejo|abuela|abuelo|hermana|hermano|tia|tio|suegra|familia|encargad[oa]|supervisor[a]?|patron[a]?)`;
const SPANISH = [
  String.raw`\b${ES_KILL}\b,? (?:\w+ ){0,2}?(?:si|cuando|porque|por que) ${ES_SLIP}\b${NO_WEAPON}`,
  String.raw`\b${ES_KILL} por (?:llegar tarde|la tardanza|el retraso|olvidar\w*|romper|perder|dormirme)\b${NO_WEAPON}`,
  String.raw`\b(?:si|cuando) ${ES_SLIP}\b[^.!?\n]{0,30}?\b${ES_WHO} ${ES_KILL}\b${NO_WEAPON}`,
  String.raw`\b${ES_WHO} (?:\w+ ){0,2}?${ES_KILL}\b${NO_TELLING}${LAUGH}${NO_WEAPON}`,
];

const PT_KILL = String.raw`(?:(?:vai|vao|ia|iam|vai e|quer) (?:me matar|matar eu)|me (?:mata|matam|matar|esfola|esganar|esgana|enforca|enforcar)|vai matar-me|mata-me)`;
const PT_SLIP = String.raw`(?:(?:eu )?(?:nao )?(?:atras\w*|cheg\w* (?:\w+ ){0,1}?(?:atrasad\w*|tarde)|voltar tarde|volto tarde|esquec\w*|perd\w*|quebr\w*|derrub\w*|dormir demais|perder a hora|gast\w*|bat\w* o carro|reprov\w*|nao (?:chegar|chego|terminar|termino|fizer|faco|ligar|ligo|voltar|volto|passar|limpar|comprar)))`;
const PT_WHO = String.raw`(?:(?:a|o|minha|meu) )?(?:mae|mainha|mamae|pai|painho|papai|esposa|esposo|mulher|marido|namorada|namorado|vo|avo|irma|irmao|tia|tio|sogra|chefe|patrao|patroa|gerente|encarregad[oa]|supervisor[a]?)`;
const PORTUGUESE = [
  String.raw`\b${PT_KILL}\b,? (?:\w+ ){0,2}?(?:se|quando|porque|por que) ${PT_SLIP}\b${NO_WEAPON}`,
  String.raw`\b${PT_KILL} por (?:chegar atrasad\w*|chegar tarde|causa do atraso|atrasar|esquecer|perder|quebrar)\b${NO_WEAPON}`,
  String.raw`\b(?:se|quando) ${PT_SLIP}\b[^.!?\n]{0,30}?\b${PT_WHO} (?:\w+ ){0,1}?${PT_KILL}\b${NO_WEAPON}`,
  String.raw`\b${PT_WHO} (?:\w+ ){0,2}?${PT_KILL}\b${NO_TELLING}${LAUGH}${NO_WEAPON}`,
];

const FR_KILL = String.raw`(?:(?:va|vont|allait|vas|voudra) me (?:tuer|massacrer|etrangler|egorger|trucider|buter|defoncer)|me (?:tuera|tue|tueront|massacre|massacrera|etranglera|etrangle|trucide|bute))`;
const FR_SLIP = String.raw`(?:(?:je|j'|on) ?(?:suis |arrive |rentre |reviens |serai )?(?:\w+ ){0,2}?(?:en retard|tard)|(?:je |j')(?:rate|oublie|casse|perds|renverse|dors trop|me reveille pas|finis pas|fais pas|appelle pas|rentre pas|n'arrive pas|ne (?:finis|fais|rentre|rappelle|appelle|suis) pas|loupe|foire|plante))`;
const FR_WHO = String.raw`(?:(?:ma|mon|la|le) )?(?:mere|maman|daronne|pere|papa|daron|femme|mari|copine|copain|meuf|mec|grand-mere|mamie|soeur|frere|tante|belle-mere|chef|cheffe|patron|patronne|boss|manager|responsable)`;
const FRENCH = [
  String.raw`\b${FR_KILL}\b,? (?:\w+ ){0,2}?(?:si|quand|parce que|car) ${FR_SLIP}\b${NO_WEAPON}`,
  String.raw`\b${FR_KILL} (?:pour (?:mon |le )?retard|d'etre (?:encore )?en retard|si je suis encore en retard)\b${NO_WEAPON}`,
  String.raw`\b(?:si|quand) ${FR_SLIP}\b[^.!?\n]{0,30}?\b${FR_WHO} ${FR_KILL}\b${NO_WEAPON}`,
  String.raw`\b${FR_WHO} (?:\w+ ){0,2}?${FR_KILL}\b${NO_TELLING}${LAUGH}${NO_WEAPON}`,
];

const DE_KILL = String.raw`(?:bringt (?:\w+ )?mich (?:\w+ ){0,2}?um|wird mich (?:\w+ )?umbringen|killt mich|killen mich|macht mich (?:\w+ )?(?:kalt|einen kopf kurzer)|dreht mir (?:\w+ )?den hals um|reisst mir (?:\w+ )?den kopf ab)`;
const DE_SLIP = String.raw`(?:(?:ich|wir) (?:\w+ ){0,3}?(?:zu spat|verschlaf\w*|vergess\w*|vergesse|kaputt\w*|verlier\w*|nicht (?:rechtzeitig|puenktlich|punktlich|fertig|da bin|zuhause|zu hause|heim)\w*)|(?:ich|wir) (?:\w+ ){0,2}?(?:das|den|die|es) (?:\w+ ){0,1}?(?:vergesse|verliere|vergessen|verlieren))`;
const DE_WHO = String.raw`(?:(?:meine?|der|die|mein) )?(?:mutter|mama|mami|vater|papa|frau|mann|freundin|freund|oma|opa|schwester|bruder|tante|schwiegermutter|chef|chefin|boss|vorgesetzter|vorarbeiter|meister)`;
const GERMAN = [
  String.raw`\b${DE_KILL}\b,? (?:\w+ ){0,2}?(?:wenn|falls|weil) ${DE_SLIP}\b${NO_WEAPON}`,
  String.raw`\b(?:wenn|falls) ${DE_SLIP}\b[^.!?\n]{0,30}?\b${DE_KILL}\b${NO_WEAPON}`,
  String.raw`\b${DE_WHO} (?:\w+ ){0,2}?${DE_KILL}\b${NO_TELLING}${LAUGH}${NO_WEAPON}`,
];

const IT_KILL = String.raw`(?:mi (?:ammazza|uccide|ammazzera|uccidera|ammazzano|uccidono|fa fuori|scanna|strozza|strangola|scuoia)|(?:vuole|vorra|va ad?) (?:ammazzarmi|uccidermi))`;
const IT_SLIP = String.raw`(?:(?:io )?(?:arriv\w*|torn\w*|rientr\w*|faccio|facciamo) (?:\w+ ){0,1}?(?:in ritardo|tardi)|(?:mi )?dimentic\w*|rompo|perdo|sbaglio|rovescio|ritardo|non (?:arrivo|finisco|chiamo|torno|faccio|rientro|passo|pulisco)\w*)`;
const IT_WHO = String.raw`(?:(?:mia|mio|la|il) )?(?:madre|mamma|padre|papa|moglie|marito|ragazza|ragazzo|nonna|nonno|sorella|fratello|zia|suocera|capo|capa|boss|responsabile|caporeparto|titolare)`;
const ITALIAN = [
  String.raw`\b${IT_KILL}\b,? (?:\w+ ){0,2}?(?:se|quando|perche) ${IT_SLIP}\b${NO_WEAPON}`,
  String.raw`\b${IT_KILL} per (?:il ritardo|il mio ritardo|essere in ritardo)\b${NO_WEAPON}`,
  String.raw`\b(?:se|quando) ${IT_SLIP}\b[^.!?\n]{0,30}?\b${IT_WHO} ${IT_KILL}\b${NO_WEAPON}`,
  String.raw`\b${IT_WHO} (?:\w+ ){0,2}?${IT_KILL}\b${NO_TELLING}${LAUGH}${NO_WEAPON}`,
];

const PL_KILL = String.raw`(?:(?:zabije|zabija|zatlucze|udusi|zamorduje|ukatrupi|uwali|utluk\w*) mnie|mnie (?:\w+ )?(?:zabije|zabija|zatlucze|udusi|zamorduje|ukatrupi|uwali))`;
const PL_SLIP = String.raw`(?:(?:sie )?(?:znowu |znow |jeszcze raz |)(?:spozni\w*|zapomn\w*|zepsu\w*|zgubi\w*|stluk\w*|rozbij\w*|rozbije|zaspi\w*|wroc\w* (?:\w+ )?pozno|przyjd\w* (?:\w+ )?pozno|nie (?:zdaz\w*|skoncz\w*|wroc\w*|zrobi\w*|zadzwoni\w*|przyjd\w*|posprzata\w*)))`;
const PL_WHO = String.raw`(?:(?:moja|moj|mi) )?(?:matka|mama|mamusia|ojciec|tata|zona|maz|dziewczyna|chlopak|babcia|dziadek|siostra|brat|ciocia|tesciowa|szef|szefowa|kierownik|kierowniczka|majster|brygadzista)`;
const POLISH = [
  String.raw`\b${PL_KILL}\b,? (?:\w+ ){0,2}?(?:jak|jesli|jezeli|gdy|kiedy|bo|za to ze) ${PL_SLIP}\b${NO_WEAPON}`,
  String.raw`\b${PL_KILL} za (?:spoznienie|spoznianie|to spoznienie)\b${NO_WEAPON}`,
  String.raw`\b(?:jak|jesli|jezeli|gdy|kiedy) ${PL_SLIP}\b[^.!?\n]{0,30}?\b(?:${PL_WHO} )?${PL_KILL}\b${NO_WEAPON}`,
  String.raw`\b${PL_WHO} (?:\w+ ){0,2}?${PL_KILL}\b${NO_TELLING}${LAUGH}${NO_WEAPON}`,
];

const TL_KILL = String.raw`(?:papatayin (?:ako|kami)|patay (?:ako|kami) (?:kay|sa))`;
const TL_SLIP = String.raw`(?:(?:na-?|ma-?)?late|nalate|malate|nakalimutan|makalimutan|malimutan|nasira|masira|nawala|mawala|nabasag|mabasag|hindi (?:ako )?(?:umuwi|makauwi|nakauwi|natapos|matapos))`;
const TAGALOG = [
  String.raw`\b${TL_KILL}\b(?: \w+){0,4}? (?:pag|kapag|kung|pagka|dahil) (?:\w+ ){0,1}?${TL_SLIP}\b${NO_WEAPON}`,
  String.raw`\b(?:pag|kapag|kung) (?:\w+ ){0,1}?${TL_SLIP}\b[^.!?\n]{0,30}?\b${TL_KILL}\b${NO_WEAPON}`,
  String.raw`\b${TL_KILL}(?: \w+){0,4}?${NO_TELLING}${LAUGH}${NO_WEAPON}`,
];

/** Each language's forms, by language code (folded text: no accents, lower case). */
export const KILLED_FOR_A_SMALL_FAILURE = {
  en: ENGLISH,
  es: SPANISH,
  pt: PORTUGUESE,
  fr: FRENCH,
  de: GERMAN,
  it: ITALIAN,
  pl: POLISH,
  tl: TAGALOG,
  uk: UKRAINIAN_KILLED_FOR_A_SMALL_FAILURE,
  ru: RUSSIAN_KILLED_FOR_A_SMALL_FAILURE,
} as const;

// Words one of the forms above must hold: a text with none (nearly every text) is returned as it is.
const CUES =
  /\b(?:kill|murder|strangl|skin|slaughter|mata|matar|matan|mataria|asesina|ahorca|cuelga|colgar|despelleja|descuartiza|reventa|revienta|esfola|esgan|enforca|tuer|tuera|tue|massacre|etrangl|egorg|trucid|bute|defonc|bringt|umbringen|killt|killen|kalt|kopf|hals|ammazz|uccid|fa fuori|scanna|strozza|strangola|scuoia|zabij|zatlucz|udusi|zamorduj|ukatrupi|uwali|utluk|papatayin|patay)|(?:вб|уб|приб|закопа|урие|уриє|уроет|задуш|четверт|зіст|з'іст)/u;
const FORMS = lazyPattern(
  Object.values(KILLED_FOR_A_SMALL_FAILURE)
    .flat()
    .map((source) => `(?:${foldPattern(source)})`)
    .join('|'),
  'gu',
);

/** The folded text with "will kill me" for a slip, or laughed off, blanked letter for letter (its length kept). */
export function withoutKillingForASmallFailure(folded: string): string {
  if (!CUES.test(folded)) return folded;
  return folded.replace(FORMS.get(), (figure) => ' '.repeat(figure.length));
}
