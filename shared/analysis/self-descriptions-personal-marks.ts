/*
 * What HR's file holds for one person, said by the writer without "only" (op42 F1, 2026-12-07): the preview names it
 * so the writer can reword it, and the digest never quotes it (digest/quotes-singling-out.ts). Redaction keeps it: it
 * is often what the report is about.
 *
 * - An exact age or time served, where a unit (a line, shift, team, hall, warehouse) is in the same text: "Tengo 58
 *   años … línea 2", "I turn 61 next month … line 4", "22 años aquí en el almacén", "ich bin 58 und arbeite in Halle
 *   3", "mam 58 lat … na linii 2". Not a machine's or a building's age, a wait, or a count of children.
 * - A dated event of the writer's own that HR holds: coming back from a leave ("since I came back from maternity leave
 *   in October", "depuis mon retour de congé maladie", "seit meiner Rückkehr aus der Elternzeit"), an operation or an
 *   injury ("after my back surgery in september"), a transfer ("I transferred from the Dallas plant three weeks ago",
 *   "recién llegada de la planta de Monterrey"), a deed they did that day ("I was the one who reported the leak on
 *   tuesday", "fui yo quien llamó"). Not "since the surgery ward moved", "I came back from lunch".
 * - A union or staff post ("Je suis délégué syndical CGT à l'usine 2", "soy delegada sindical", "ich bin Betriebsrat")
 *   and a relative working beside them ("my twin sister works in packing too", "mi esposo también trabaja aquí").
 *
 * Letters outside ASCII are \u escapes (self-descriptions-more-cues.ts says why).
 */
import { firstPersonPhrase } from './self-descriptions-first-person';
import { lazyPattern } from './lazy-pattern';

const B = String.raw`(?<![\p{L}\p{N}_])`;
const E = String.raw`(?![\p{L}\p{N}_])`;
const AGE = String.raw`(?:1[6-9]|[2-7]\d)`;
const YEARS = String.raw`(?:[1-9]|[1-4]\d)`;

// An age: "I'm 61", "I turn 61 next month", "61 next month", "I am 58 years old", "tengo 58 años", "cumplo 60",
// "j'ai 58 ans", "ich bin 58", "ich werde 60", "mam 58 lat", "tenho 58 anos", "ho 58 anni", "мені 58 років".
const AGES = [
  String.raw`(?:i[ \t]*['\u2019]?[ \t]*m|i[ \t]+am|i[ \t]+turn(?:ed)?|i['\u2019]?ll[ \t]+be|i[ \t]+will[ \t]+be|turning)[ \t]+${AGE}(?![\p{N}.,:%])(?![ \t]*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|dollars?|bucks|percent|feet|ft|lbs?|pounds|kg|miles?|euros?|cents?|%|\$|in[ \t]+line|th|st|nd|rd))`,
  String.raw`${AGE}[ \t]+(?:next|this)[ \t]+(?:month|week|year|spring|summer|fall|autumn|winter)`,
  String.raw`as[ \t]+an?[ \t]+${AGE}[ \t-]*(?:years?|yrs?)[ \t-]*old`,
  String.raw`(?:tengo|cumplo|cumpl\u00ed|tenho|fa\u00e7o|ho|compio)[ \t]+${AGE}[ \t]+(?:a\u00f1os|anos|anni)`,
  String.raw`j['\u2019][ \t]*ai[ \t]+${AGE}[ \t]+ans|(?:ich[ \t]+bin|ich[ \t]+werde|bin[ \t]+ich)[ \t]+${AGE}(?:[ \t]+Jahre(?:[ \t]+alt)?)?(?![\p{N}.,:])(?![ \t]*(?:Minuten|Stunden|Tage|Euro|Prozent|%))`,
  String.raw`mam[ \t]+${AGE}[ \t]+lat(?:a)?|\u043c\u0435\u043d\u0456[ \t]+${AGE}|\u043c\u043d\u0435[ \t]+${AGE}`,
];
// Time served: "22 years here", "I've been here 27 years", "(that's me, 27 years)", "llevo 22 años", "22 años aquí",
// "depuis 22 ans ici", "seit 22 Jahren hier", "od 22 lat", "há 31 anos", "da 20 anni", "started 3 weeks ago".
const TENURES = [
  String.raw`${YEARS}[ \t]+(?:years?|yrs?)[ \t]+(?:here|at[ \t]+this[ \t]+(?:plant|company|site|place|store|warehouse)|on[ \t]+the[ \t]+(?:line|dock|floor|job)|with[ \t]+the[ \t]+company|of[ \t]+service|in[ \t]+this[ \t]+(?:job|place|company))`,
  String.raw`(?:i['\u2019]?ve|i[ \t]+have)[ \t]+(?:been|worked)[ \t]+(?:here|at[ \t]+\S+|on[ \t]+\S+|in[ \t]+\S+)?[ \t]*(?:for[ \t]+)?${YEARS}[ \t]+(?:years?|yrs?)`,
  String.raw`(?:that['\u2019]?s[ \t]+me|me)[ \t]*,[ \t]*${YEARS}[ \t]+(?:years?|yrs?)`,
  String.raw`(?:i[ \t]+)?started[ \t]+(?:here[ \t]+)?(?:${YEARS}|a|one|two|three|four|five|six)[ \t]+(?:days?|weeks?|months?)[ \t]+ago`,
  String.raw`llevo[ \t]+${YEARS}[ \t]+a\u00f1os|${YEARS}[ \t]+a\u00f1os[ \t]+(?:aqu\u00ed|ac\u00e1|en[ \t]+(?:la|el)[ \t]+(?:empresa|planta|almac\u00e9n|bodega|l\u00ednea|turno))|(?:trabajo|estoy)[ \t]+aqu\u00ed[ \t]+(?:desde[ \t]+)?hace[ \t]+${YEARS}[ \t]+a\u00f1os`,
  String.raw`(?:depuis|\u00e7a[ \t]+fait)[ \t]+${YEARS}[ \t]+ans[ \t]+(?:ici|dans|\u00e0|que[ \t]+je[ \t]+travaille)|${YEARS}[ \t]+ans[ \t]+d['\u2019]anciennet\u00e9|je[ \t]+travaille[ \t]+ici[ \t]+depuis[ \t]+${YEARS}[ \t]+ans`,
  String.raw`seit[ \t]+${YEARS}[ \t]+Jahren[ \t]+(?:hier|im|in|bei|dabei|in[ \t]+der|auf)`,
  String.raw`od[ \t]+${YEARS}[ \t]+lat[ \t]+(?:tu|tutaj|w|na|pracuj\u0119)|pracuj\u0119[ \t]+(?:tu|tutaj)[ \t]+od[ \t]+${YEARS}[ \t]+lat`,
  String.raw`(?:h\u00e1|faz)[ \t]+${YEARS}[ \t]+anos[ \t]+(?:aqui|no|na|que[ \t]+trabalho)|trabalho[ \t]+aqui[ \t]+h\u00e1[ \t]+${YEARS}[ \t]+anos`,
  String.raw`da[ \t]+${YEARS}[ \t]+anni[ \t]+(?:qui|in|nel|nella|al|alla)|lavoro[ \t]+qui[ \t]+da[ \t]+${YEARS}[ \t]+anni`,
];
const AGE_OR_TENURE = lazyPattern(String.raw`${B}(?:${[...AGES, ...TENURES].join('|')})${E}`, 'giu');
// A unit of the workplace, anywhere in the text: what makes an age or a time served one person's. "Here" alone is
// the whole employer ("I've been here for 10 years", which many reviews say): a line, shift, team or hall is needed.
const UNIT = lazyPattern(
  String.raw`${B}(?:line|lines|shift|shifts|crew|team|department|dept|dock|warehouse|plant|site|floor|ward|lab|office|store|depot|shipping|receiving|packing|dispatch|maintenance|assembly|nights|l\u00ednea|linea|turno|equipo|planta|almac\u00e9n|almacen|bodega|embarques|taller|departamento|secci\u00f3n|\u00e9quipe|usine|atelier|entrep\u00f4t|d\u00e9p\u00f4t|ligne|quai|Halle|Schicht|\p{L}*schicht|Abteilung|Lager|Werk|Linie|zmian\p{L}*|lini\p{L}*|hal\p{L}*|magazyn\p{L}*|dzia\u0142\p{L}*|brygad\p{L}*|linha|armaz\u00e9m|f\u00e1brica|equipe|setor|aqui|reparto|magazzino|squadra|\u0437\u043c\u0456\u043d\p{L}*|\u0441\u043a\u043b\u0430\u0434\p{L}*|\u0446\u0435\u0445\p{L}*)${E}`,
  'iu',
);

// Coming back from a leave, an operation, an injury or a transition, with "since", "after" or "when", or a transfer.
const LEAVE = String.raw`(?:maternity|paternity|parental|sick|medical|disability|bereavement|family|adoption|fmla|stress|mat)[ \t]+leave`;
const EVENTS = [
  String.raw`(?:since|after|when|ever[ \t]+since)[ \t]+(?:i[ \t]+(?:came|got|went)[ \t]+back|i[ \t]+returned|my[ \t]+return)[ \t]+(?:from|off)[ \t]+(?:my[ \t]+)?${LEAVE}`,
  String.raw`(?:since|after|before|when|ever[ \t]+since)[ \t]+my[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?(?:surgery|operation|op|accident|injury|stroke|heart[ \t]+attack|miscarriage|chemo|chemotherapy|diagnosis|transplant|transition|rehab|${LEAVE})`,
  String.raw`(?:desde|despu\u00e9s)[ \t]+(?:de[ \t]+)?que[ \t]+(?:volv\u00ed|regres\u00e9)[ \t]+de[ \t]+(?:la|mi)[ \t]+(?:baja|licencia|incapacidad)|(?:desde|despu\u00e9s[ \t]+de)[ \t]+mi[ \t]+(?:operaci\u00f3n|cirug\u00eda|accidente|baja|licencia|transici\u00f3n)|desde[ \t]+que[ \t]+me[ \t]+operaron`,
  String.raw`(?:depuis|apr\u00e8s)[ \t]+(?:mon|ma)[ \t]+(?:retour[ \t]+(?:de|d['\u2019])[ \t]*(?:cong\u00e9|arr\u00eat)|op\u00e9ration|chirurgie|accident|transition)`,
  String.raw`(?:seit|nach)[ \t]+meine[mr][ \t]+(?:R\u00fcckkehr[ \t]+aus[ \t]+(?:der|dem)[ \t]+(?:Elternzeit|Mutterschutz|Krankenstand|Reha|Krankheit)|Operation|OP|\p{L}+-OP|Unfall|Transition)|seit[ \t]+ich[ \t]+aus[ \t]+der[ \t]+(?:Elternzeit|Reha)`,
  String.raw`(?:od|po)[ \t]+(?:powrotu|moim[ \t]+powrocie)[ \t]+z[ \t]+(?:urlopu|L4|zwolnienia)|(?:od|po)[ \t]+(?:mojej[ \t]+)?operacji`,
  String.raw`desde[ \t]+que[ \t]+voltei[ \t]+da[ \t]+licen\u00e7a|(?:depois|desde)[ \t]+da[ \t]+minha[ \t]+(?:cirurgia|opera\u00e7\u00e3o|licen\u00e7a)`,
  String.raw`da[ \t]+quando[ \t]+sono[ \t]+tornat[oa][ \t]+dalla[ \t]+(?:maternit\u00e0|malattia)|dopo[ \t]+(?:il[ \t]+)?mi[oa][ \t]+(?:operazione|intervento|incidente)`,
  // A transfer, said of themselves.
  String.raw`(?:i|i['\u2019]m[ \t]+the[ \t]+(?:guy|girl|one|woman|man|person|lady)[ \t]+who|i[ \t]+just)[ \t]+(?:just[ \t]+)?(?:transferred|moved[ \t]+over|came[ \t]+over|got[ \t]+transferred|was[ \t]+transferred|relocated)[ \t]+(?:here[ \t]+)?from`,
  String.raw`(?:reci\u00e9n[ \t]+llegad[oa]|me[ \t]+(?:trasladaron|transfirieron|cambiaron))[ \t]+(?:aqu\u00ed[ \t]+)?(?:de|desde)[ \t]+(?:la|el)[ \t]+(?:planta|sucursal|tienda|almac\u00e9n|sede|bodega|centro)`,
  String.raw`(?:j['\u2019][ \t]*ai[ \t]+\u00e9t\u00e9|je[ \t]+suis|je[ \t]+viens[ \t]+d['\u2019][ \t]*\u00eatre)[ \t]+mut\u00e9e?[ \t]+(?:de|du|depuis)|ich[ \t]+(?:wurde|bin)[ \t]+(?:aus|von)[ \t]+[^.,;!?\n]{1,30}?(?:hierher[ \t]+)?versetzt|fui[ \t]+transferid[oa][ \t]+d[aeo]|przeniesiono[ \t]+mnie[ \t]+z`,
  // A deed that day, said of themselves: "I was the one who reported", "fui yo quien llamó", "c'est moi qui ai appelé".
  String.raw`i[ \t]*(?:was|['\u2019]m|[ \t]am)[ \t]+the[ \t]+(?:one|guy|girl|woman|man|person|lady)[ \t]+(?:who|that)[ \t]+(?:\p{L}+ed|called|found|told|wrote|saw|sent|made|took|gave|blew|spoke|went|rang|caught|brought)`,
  String.raw`(?:fui[ \t]+yo|yo[ \t]+fui)[ \t]+(?:quien|la[ \t]+que|el[ \t]+que)|c['\u2019]est[ \t]+moi[ \t]+qui[ \t]+(?:ai|a)|je[ \t]+suis[ \t]+(?:celui|celle)[ \t]+qui[ \t]+a|ich[ \t]+war[ \t]+(?:der|die)(?:jenige)?[ \t]*,[ \t]*(?:der|die)|to[ \t]+ja[ \t]+\p{L}+(?:\u0142em|\u0142am)|fui[ \t]+eu[ \t]+que|sono[ \t]+stat[oa][ \t]+io[ \t]+a`,
  // A union or staff post.
  String.raw`(?:i['\u2019]?m|i[ \t]+am)[ \t]+(?:the|a|our|your)[ \t]+(?:union[ \t]+(?:rep|representative|steward|delegate|officer)|shop[ \t]+steward|safety[ \t]+rep(?:resentative)?|works[ \t]+council(?:[ \t]+member)?|staff[ \t]+rep(?:resentative)?)`,
  String.raw`soy[ \t]+(?:el[ \t]+|la[ \t]+|un[ \t]+|una[ \t]+)?(?:delegad[oa][ \t]+(?:sindical|de[ \t]+personal|de[ \t]+prevenci\u00f3n|del[ \t]+sindicato)|representante[ \t]+sindical)|soy[ \t]+del[ \t]+comit\u00e9[ \t]+de[ \t]+empresa`,
  String.raw`je[ \t]+suis[ \t]+(?:le[ \t]+|la[ \t]+|un[ \t]+|une[ \t]+)?(?:d\u00e9l\u00e9gu\u00e9e?[ \t]+(?:syndicale?|du[ \t]+personnel|CSE)|\u00e9lue?[ \t]+(?:au[ \t]+)?CSE|repr\u00e9sentante?[ \t]+(?:syndicale?|du[ \t]+personnel))`,
  String.raw`ich[ \t]+bin[ \t]+(?:im[ \t]+|der[ \t]+|die[ \t]+)?(?:Betriebsrat(?:smitglied)?|Betriebsr\u00e4tin|Vertrauensmann|Vertrauensfrau|Gewerkschaftsvertreter(?:in)?|Personalrat|Personalr\u00e4tin)`,
  String.raw`sono[ \t]+(?:il[ \t]+|la[ \t]+|un[ \t]+|una[ \t]+)?(?:delegat[oa][ \t]+sindacale|rsu|rappresentante[ \t]+sindacale)|sou[ \t]+(?:o[ \t]+|a[ \t]+)?(?:delegad[oa][ \t]+sindical|representante[ \t]+sindical|cipeir[oa])|jestem[ \t]+(?:spo\u0142ecznym[ \t]+)?(?:delegatem|delegatk\u0105|przedstawiciel(?:em|k\u0105))[ \t]+(?:zwi\u0105zku|zwi\u0105zkowym|pracownik\u00f3w|za\u0142ogi)`,
  // A relative at work beside them.
  String.raw`my[ \t]+(?:twin[ \t]+)?(?:sister|brother|husband|wife|son|daughter|mother|mom|mum|father|dad|cousin|uncle|aunt|niece|nephew|partner|fianc\u00e9e?|boyfriend|girlfriend|brother-in-law|sister-in-law|stepson|stepdaughter)[ \t]+(?:also[ \t]+)?(?:works|is[ \t]+working)[ \t]+(?:here|with[ \t]+me|on[ \t]+my|in[ \t]+my|in[ \t]+the[ \t]+same|[^.,;!?\n]{1,30}?[ \t]+(?:too|as[ \t]+well))`,
  String.raw`my[ \t]+twin(?:[ \t]+(?:sister|brother))?[ \t]+(?:works|is)`,
  String.raw`mi[ \t]+(?:herman[oa]|espos[oa]|marido|mujer|hij[oa]|madre|padre|prim[oa]|cu\u00f1ad[oa]|gemel[oa]|novi[oa])[ \t]+(?:tambi\u00e9n[ \t]+trabaja|trabaja[ \t]+(?:aqu\u00ed|tambi\u00e9n|conmigo))`,
  String.raw`(?:mon|ma)[ \t]+(?:s\u0153ur|soeur|fr\u00e8re|mari|femme|fils|fille|m\u00e8re|p\u00e8re|cousin|cousine|jumeau|jumelle|conjoint|conjointe)[ \t]+(?:travaille[ \t]+(?:aussi|ici|avec[ \t]+moi)|aussi[ \t]+travaille)`,
  String.raw`(?:mein|meine)[ \t]+(?:Schwester|Bruder|Mann|Frau|Sohn|Tochter|Mutter|Vater|Cousin|Cousine|Zwilling\p{L}*)[ \t]+arbeitet[ \t]+(?:auch|ebenfalls|hier|mit[ \t]+mir)`,
  String.raw`(?:m\u00f3j|moja)[ \t]+(?:siostra|brat|m\u0105\u017c|\u017cona|syn|c\u00f3rka|matka|ojciec|kuzyn|kuzynka)[ \t]+(?:(?:te\u017c|r\u00f3wnie\u017c)[ \t]+)?pracuje[ \t]+(?:tu|tutaj|te\u017c|r\u00f3wnie\u017c|ze[ \t]+mn\u0105)`,
  String.raw`(?:meu|minha)[ \t]+(?:irm\u00e3|irm\u00e3o|marido|esposa|mulher|filho|filha|m\u00e3e|pai|primo|prima)[ \t]+(?:tamb\u00e9m[ \t]+trabalha|trabalha[ \t]+(?:aqui|tamb\u00e9m|comigo))|(?:mio|mia)[ \t]+(?:sorella|fratello|marito|moglie|figlio|figlia|madre|padre|cugino|cugina)[ \t]+(?:lavora[ \t]+(?:anche|qui|con[ \t]+me)|anche[ \t]+lavora)`,
];
const EVENT = lazyPattern(String.raw`${B}(?:${EVENTS.join('|')})${E}`, 'giu');

/** Each phrase in text that marks the writer out as HR's file would (an age at a unit, a dated event, a post, kin). */
export function personalMarks(text: string): string[] {
  const found: string[] = [];
  const hasUnit = UNIT.get().test(text);
  if (hasUnit && /\d/u.test(text))
    for (const m of text.matchAll(AGE_OR_TENURE.get())) found.push(phraseAt(text, m.index, m[0].length));
  for (const m of text.matchAll(EVENT.get())) found.push(phraseAt(text, m.index, m[0].length));
  return found;
}

/** The match and what follows it to its clause's end (at most eight words more): the words to reword. */
function phraseAt(text: string, start: number, length: number): string {
  return (firstPersonPhrase(text, start, start + length) ?? text.slice(start, start + length)).replace(/[ \t]+$/u, '');
}
