import { lazyPattern } from './lazy-pattern';
import { maskMatches, type Rule } from './redact-rule';

/*
 * op51b (2026-12-07 night), from the blind operator attack op49 and what op50b left: the writer's locker with its
 * number in words was stored in en es it fr de pt pl ("my locker number twelve", "mi taquilla número doce", "il mio
 * armadio dodici", "mon casier numéro douze", "mein Spind Nummer zwölf", "o meu cacifo número doze", "moja szafka
 * numer dwanaście"), though the same locker in figures is hidden and in words it is in vi and tl
 * (redact-ids-latin-ua-plates-worded-lockers.ts): a locker is one person's. The number is hidden as [ID] where "my"
 * owns the locker; a locker nobody owns ("locker number twelve has no door"), and a count ("mi taquilla dos veces"),
 * keep every word. Letters outside ASCII are \u escapes; each span is bounded.
 */
const OWNER = String.raw`(?:my|mi|mon|ma|mein(?:em|en)?|meu|mio|mia|moja|moj\p{L}{1,2}|m\u00f3j)`;
const LOCKER = String.raw`(?:locker|taquilla|casillero|armario|armadietto|armadio|casier|vestiaire|Spind|Schlie\u00dffach|cacifo|arm\u00e1rio|escaninho|szafk\p{L}{1,2}|szaf\p{L}{1,2})`;
const NUMBER_WORD = String.raw`(?:number|no\.?|n\u00famero|numero|num\u00e9ro|n[\u00ba\u00b0o]\.?|Nummer|Nr\.?|numer)`;
const UNITS = [
  // en
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred',
  // es
  'uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince diecis\u00e9is dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintid\u00f3s veintidos veintitr\u00e9s veintitres veinticuatro veinticinco treinta cuarenta cincuenta cien ciento',
  // it
  'due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti ventuno ventidue trenta quaranta cinquanta cento',
  // fr
  'un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt trente quarante cinquante cent',
  // de
  'eins zwei drei vier f\u00fcnf sechs sieben acht neun zehn elf zw\u00f6lf dreizehn vierzehn f\u00fcnfzehn sechzehn siebzehn achtzehn neunzehn zwanzig drei\u00dfig vierzig f\u00fcnfzig hundert',
  // pt
  'um dois tr\u00eas tres quatro cinco seis sete oito nove dez onze doze treze catorze quatorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte trinta quarenta cinquenta cem',
  // pl
  'jeden dwa trzy cztery pi\u0119\u0107 sze\u015b\u0107 siedem osiem dziewi\u0119\u0107 dziesi\u0119\u0107 jedena\u015bcie dwana\u015bcie trzyna\u015bcie czterna\u015bcie pi\u0119tna\u015bcie szesna\u015bcie siedemna\u015bcie osiemna\u015bcie dziewi\u0119tna\u015bcie dwadzie\u015bcia trzydzie\u015bci czterdzie\u015bci pi\u0119\u0107dziesi\u0105t sto',
];
const NUM = String.raw`(?:${[...new Set(UNITS.join(' ').split(/\s+/))].sort((a, b) => b.length - a.length).join('|')})`;
// "my locker number twelve", "il mio armadio dodici", "mi taquilla, la número doce": group 1 the number.
const WORDED_LOCKER = lazyPattern(
  String.raw`(?<![\p{L}])${OWNER}[ \t]+(?:\p{L}{2,12}[ \t]+)?${LOCKER}[ \t]*,?[ \t]*(?:(?:la|el|il|le|o|the)[ \t]+)?(?:${NUMBER_WORD}[ \t]*)?(${NUM}(?:[ \t-]+(?:y|e|et|und|and|i)?[ \t-]*${NUM}){0,2})(?![\p{L}])(?![ \t]+(?:times|veces|volte|fois|mal|vezes|razy|days|d\u00edas|giorni|jours|Tage|dias|dni)(?![\p{L}]))`,
  'giu',
);

const maskWorded = maskMatches(WORDED_LOCKER, 'ID', () => true, 1);

/** Hides the number of the writer's locker said in words. */
export const maskWordedLockersMore: Rule = (text) =>
  /locker|taquill|casiller|armad|armari|arm\u00e1ri|casier|vestiaire|spind|schlie\u00dffach|cacifo|escaninho|szaf/iu.test(
    text,
  )
    ? maskWorded(text)
    : text;
