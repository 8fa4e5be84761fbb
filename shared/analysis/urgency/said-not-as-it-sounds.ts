import { lazyPattern } from '../lazy-pattern';

/*
 * Danger words said of no danger (att43, 2026-12-07): the writer says so ("the printer is on fire (not literally), it
 * jams every hour", "la stampante va a fuoco (non letteralmente)"), an idiom of being busy or doing well ("HR is firing
 * on all cylinders this quarter", "a loja está pegando fogo de tanto cliente"), or a shock at what one saw or read ("j'ai
 * eu un choc en voyant ma fiche de paie", "me llevé un shock al ver mi nómina"). Each reached the owner of safety or of
 * threats as urgent. Read in en, es, fr, de, pt, it and pl.
 *
 * - Not literally: the part of the sentence up to the writer's "not literally", "figuratively", "au sens figuré", "nicht
 *   wörtlich", "w przenośni" … is blanked; what follows it is read ("(not literally), but the server room smells of
 *   smoke"). "Not figuratively" and "literally" say it is real, and are not read so.
 * - Busy or good: "firing on all cylinders", a place "pegando fogo"/"que arde" with customers, orders or work, a record
 *   beaten ("on a battu le record", "pobiliśmy rekord").
 * - SOS as a product's or a feature's name: "SOS brand soap pads in aisle 12", "the SOS button".
 * - A shock at a sight: the clause of the shock word, where it says it was at seeing, reading or opening something, or
 *   at a payslip, a price, a bill or the news. An electric shock, or one from a machine, is never blanked ("j'ai pris un
 *   choc électrique", "got a shock off the freezer door").
 *
 * Folded text (lower case, no accents). Every pattern starts with a literal word and bounds its spans.
 */

const NOT_MEANT =
  String.raw`(?:not|no|nao|non|nie|pas|nicht) (?:literally|literalmente|litteralement|letteralmente|doslownie|wortlich|buchstablich)|` +
  String.raw`(?<!(?:not|no|nao|non|nie|pas|nicht) )(?:figuratively|metaphorically|figurativamente|metaforicamente|metaphoriquement|metaphorisch|metaforycznie)(?: speaking)?|` +
  String.raw`en sentido figurado|es un decir|por decirlo asi|au sens figure|facon de parler|pour ainsi dire|im ubertragenen sinne?|bildlich gesprochen|no sentido figurado|forca de expressao|(?:modo|maneira) de dizer|in senso figurato|per modo di dire|si fa per dire|w przenosni|obrazowo mowiac|in a manner of speaking|so to speak`;
// The stretch of its sentence before the words, and the words themselves.
const NOT_MEANT_CLAUSE = lazyPattern(String.raw`[^.!?;\n]{0,160}?\b(?:${NOT_MEANT})\b`, 'gu');
const NOT_MEANT_WORDS = lazyPattern(String.raw`\b(?:${NOT_MEANT})\b`, 'u');

// Busy or doing well, with a fire word.
const BUSY = [
  String.raw`\bfir(?:e|es|ed|ing) on all (?:\w+ )?cylinders\b`,
  String.raw`\b(?:pegando|pegou|pega|pegar|pegam) fogo(?= (?:\w+ ){0,3}?(?:de|com) (?:tant[oa]s? |tanta gente|muit[oa]s? )?(?:clientes?|gente|pedidos?|encomendas?|trabalho|movimento|vendas?|servico|chamadas?|fila)\b)`,
  String.raw`\b(?:esta|estamos|estan|anda|andamos) (?:que arde|que echa humo|echando humo|ardiendo|en llamas)(?= (?:\w+ ){0,3}?(?:de|con) (?:tant[oa]s? |mucha gente |much[oa]s? )?(?:clientes?|gente|pedidos?|trabajo|ventas?|llamadas?|servicio|cola)\b)`,
  // A record beaten or broken ("on a battu le record", "we smashed our record"): no one is beaten.
  String.raw`\b(?:beat|beats|beaten|beating|smashed|smash|broke|broken|crushed|battu|battre|bat|battons|batimos|batir|bateu|batemos|bater|battuto|battere|gebrochen|geknackt|pobil\w*|pobic) (?:(?:le|un|notre|nos|les|son|leur|el|nuestro|o|nosso|il|nostro|den|unseren|einen|the|our|a|their|all|nasz) )?(?:(?:own|new|all-time|absolute|sales|company|daily|weekly|monthly|previous|old|ancien|nouveau) )?(?:records?|recorde|recordes|rekord\w*)\b|\b(?:records?|rekord\w*) (?:gebrochen|geknackt|pobity|pobilismy)\b`,
  String.raw`\b(?:is|are|was|were) (?:absolutely |totally |just )?on fire with (?:\w+ )?(?:orders|calls|customers|sales|bookings|work|requests|emails|tickets)\b`,
];
const BUSY_PATTERN = lazyPattern(BUSY.join('|'), 'gu');
// SOS as the name of a product or a feature ("SOS brand soap pads in aisle 12", "the SOS button on the app"): no cry.
const SOS_NAMED = lazyPattern(
  String.raw`\bs\.?o\.?s\.?(?= (?:brand|steel wool|scouring|soap|pads?|sponges?|scourers?|buttons?|feature|function|mode|setting|app|alert feature|key)\b)`,
  'gu',
);

// A shock word: en, es, fr, de, pt, it, pl.
const SHOCK = String.raw`(?:shock|shocked|choc|choque|choquee?|chocad[oa]|susto|schock|schockiert|geschockt|scioccat[oa]|szok|szoku|zszokowan\w*)`;
// What it was at: seeing, reading, opening, learning; or a payslip, a price, a bill, the news.
const AT_A_SIGHT = [
  String.raw`when (?:i |we |he |she |they )?(?:saw|see|read|opened|looked at|checked|found out|learned|learnt|heard)|(?:seeing|reading|opening|to see|to read|to learn|to find out)`,
  String.raw`al (?:ver|leer|abrir|mirar|enterarme)|cuando (?:vi|lei|abri|mire|me entere)|viendo|leyendo`,
  String.raw`en (?:voyant|lisant|ouvrant|decouvrant|apprenant)|quand (?:j'?ai|on a) (?:vu|lu|ouvert|decouvert|appris)|a la vue`,
  String.raw`als ich|beim (?:anblick|lesen|offnen)|gesehen|gelesen`,
  String.raw`ao (?:ver|ler|abrir|saber)|quando (?:vi|li|abri|soube)|vendo|lendo`,
  String.raw`vedendo|leggendo|aprendo|quando ho (?:visto|letto|aperto|saputo)|alla vista`,
  String.raw`(?:jak|kiedy|gdy) (?:zobaczy|przeczyta|otworzy|dowiedzia)\w*|widzac|czytajac`,
  String.raw`payslips?|pay ?checks?|pay ?slips?|wage slips?|salary|wages|prices?|bills?|news|invoices?|nomina|sueldo|salario|precios?|factura|noticias?|fiche de paie|bulletin de (?:paie|salaire)|salaire|prix|facture|nouvelles|gehaltsabrechnung|lohnabrechnung|gehalt|lohn|preise?|rechnung|nachrichten|contracheque|holerite|precos?|conta|busta paga|stipendio|prezz[oi]|bolletta|notizi[ae]|pasek|wyplat\w*|pensj\w*|cen[aeyi]|rachun\w*|wiadomosc\w*`,
].join('|');
// An electric shock or one from a thing: never a shock at a sight.
const ELECTRIC = lazyPattern(
  String.raw`\b(?:electric\w*|electri\w*|elektr\w*|current|corrente|corriente|courant|strom|prad\w*|static|statique|wire|wires|cable|socket|panel|plug|voltage|descarga|decharge|scossa|porazen\w*|kopn\w*)\b`,
  'u',
);
const AT_A_SIGHT_PATTERN = lazyPattern(String.raw`\b(?:${AT_A_SIGHT})\b`, 'u');
// A clause: what lies between stops and commas. One that tells a shock is blanked whole: the model read the payslip
// left behind ("j'ai eu un … en voyant ma fiche de paie") as fraud.
const CLAUSE = /[^.!?;,:\n]+/g;
const LONGEST_CLAUSE = 160;
const SHOCK_WORD = lazyPattern(String.raw`\b${SHOCK}\b`, 'u');

const blank = (text: string): string => ' '.repeat(text.length);

/** The folded text with its danger words said of no danger blanked (see above); the text itself when it has none. */
export function withoutWordsNotMeant(folded: string): string {
  let text = folded;
  if (NOT_MEANT_WORDS.get().test(text)) text = text.replace(NOT_MEANT_CLAUSE.get(), blank);
  if (/cylinders|fogo|arde|humo|llamas|on fire|record|rekord/.test(text))
    text = text.replace(BUSY_PATTERN.get(), blank);
  if (/\bs\.?o\.?s\b/.test(text)) text = text.replace(SOS_NAMED.get(), blank);
  if (SHOCK_WORD.get().test(text) && !ELECTRIC.get().test(text))
    text = text.replace(CLAUSE, (clause) =>
      clause.length <= LONGEST_CLAUSE && SHOCK_WORD.get().test(clause) && AT_A_SIGHT_PATTERN.get().test(clause)
        ? blank(clause)
        : clause,
    );
  return text;
}
