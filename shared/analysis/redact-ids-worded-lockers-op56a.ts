import { lazyPattern } from './lazy-pattern';
import { maskMatches, type Rule } from './redact-rule';

/*
 * op56a (2026-12-08 night), from the blind operator attack op54 (its class 1): the writer's locker with its number in
 * words was still stored where a few words stand between the locker and its number, or where the locker is said to be
 * the writer's after it: "my locker is number twelve", "locker number fourteen is mine", "mi taquilla es la número
 * doce", "mon casier c'est le douze", "meu armário é o doze", "il mio armadietto è il dodici", "moja szafka to
 * dwanaście", "jemand hat meinen Spind Nummer zweiundvierzig aufgebrochen", "хтось зламав мою шафку номер сорок два",
 * "ang locker ko ay numero labindalawa", "tủ đồ của tôi là số mười hai". The same locker in figures is hidden: a
 * locker is one person's. The number is hidden as [ID] when the writer owns the locker in the words around it
 * ("my", "mine", "meiner", "ko", "của tôi"…). Only linking words may stand between the locker and its number ("is",
 * "the", "number", "c'est le", "è il", "to", "ay", "là số"), so "my locker has two doors" and "the lockers are dirty"
 * keep every word; a count after the number ("twelve times") too.
 * Letters outside ASCII are \u escapes; each span is bounded.
 */
const LOCKER = String.raw`(?:lockers?|Spindnummer|Spind-?Nr\.?|taquilla|casillero|armario|armadietto|armadio|casier|vestiaire|Spind|Schlie\u00dffach|cacifo|arm\u00e1rio|escaninho|szafk\p{L}{1,2}|szafk\p{L}{0,2}|\u0448\u0430\u0444\u043a\p{L}{0,2}|t\u1ee7(?:[ \t]+(?:\u0111\u1ed3|c\u00e1[ \t]+nh\u00e2n))?)`;
// Words that may stand between the locker and its number: a verb "to be", an article, "number", the owner.
const LINK = String.raw`(?:it|that|this|which|que|qui|che|kt\u00f3ra|kt\u00f3ry|is|was|es|era|est|c['\u2019]est|\u00e8|\u00e9|ist|war|to|jest|by\u0142a|ay|l\u00e0|the|el|la|le|il|lo|o|a|der|die|das|mine|m\u00edo|m\u00eda|mi|ko|ang|ni|na|c\u1ee7a|t\u00f4i|number|no\.?|n\u00famero|numero|num\u00e9ro|n[\u00ba\u00b0o]\.?|Nummer|Nr\.?|numer|nr\.?|\u043d\u043e\u043c\u0435\u0440|s\u1ed1|numbered)`;
const UNITS = [
  // en
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred',
  // es
  'uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince diecis\u00e9is dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintid\u00f3s veintidos veintitr\u00e9s veintitres veinticuatro veinticinco veintis\u00e9is veintisiete veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta ochenta noventa cien ciento',
  // it
  'due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti ventuno ventidue ventitr\u00e9 ventitre trenta quaranta cinquanta sessanta settanta ottanta novanta cento',
  // fr
  'deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt trente quarante cinquante soixante cent',
  // de, with its compounds below
  'eins zwei drei vier f\u00fcnf sechs sieben acht neun zehn elf zw\u00f6lf dreizehn vierzehn f\u00fcnfzehn sechzehn siebzehn achtzehn neunzehn zwanzig drei\u00dfig vierzig f\u00fcnfzig sechzig siebzig achtzig neunzig hundert',
  // pt
  'um dois tr\u00eas tres quatro cinco seis sete oito nove dez onze doze treze catorze quatorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem',
  // pl
  'jeden dwa trzy cztery pi\u0119\u0107 sze\u015b\u0107 siedem osiem dziewi\u0119\u0107 dziesi\u0119\u0107 jedena\u015bcie dwana\u015bcie trzyna\u015bcie czterna\u015bcie pi\u0119tna\u015bcie szesna\u015bcie siedemna\u015bcie osiemna\u015bcie dziewi\u0119tna\u015bcie dwadzie\u015bcia trzydzie\u015bci czterdzie\u015bci pi\u0119\u0107dziesi\u0105t sto',
  // uk
  '\u043e\u0434\u0438\u043d \u043e\u0434\u043d\u0430 \u0434\u0432\u0430 \u0434\u0432\u0456 \u0442\u0440\u0438 \u0447\u043e\u0442\u0438\u0440\u0438 \u0448\u0456\u0441\u0442\u044c \u0441\u0456\u043c \u0432\u0456\u0441\u0456\u043c \u0434\u0435\u0441\u044f\u0442\u044c \u043e\u0434\u0438\u043d\u0430\u0434\u0446\u044f\u0442\u044c \u0434\u0432\u0430\u043d\u0430\u0434\u0446\u044f\u0442\u044c \u0442\u0440\u0438\u043d\u0430\u0434\u0446\u044f\u0442\u044c \u0447\u043e\u0442\u0438\u0440\u043d\u0430\u0434\u0446\u044f\u0442\u044c \u0448\u0456\u0441\u0442\u043d\u0430\u0434\u0446\u044f\u0442\u044c \u0441\u0456\u043c\u043d\u0430\u0434\u0446\u044f\u0442\u044c \u0432\u0456\u0441\u0456\u043c\u043d\u0430\u0434\u0446\u044f\u0442\u044c \u0434\u0432\u0430\u0434\u0446\u044f\u0442\u044c \u0442\u0440\u0438\u0434\u0446\u044f\u0442\u044c \u0441\u043e\u0440\u043e\u043a \u0441\u0442\u043e',
  // tl
  'isa dalawa tatlo apat lima anim pito walo siyam sampu labing-isa labingisa labindalawa labintatlo labing-apat labingapat labinlima labing-anim labinganim labimpito labingpito labingwalo labinsiyam dalawampu tatlumpu apatnapu limampu dose onse trese katorse kinse beinte trenta',
  // vi
  'm\u1ed9t hai ba b\u1ed1n n\u0103m s\u00e1u b\u1ea3y t\u00e1m ch\u00edn m\u01b0\u1eddi m\u01b0\u01a1i m\u1ed1t l\u0103m t\u01b0 tr\u0103m',
];
const APOS_UK = String.raw`['\u2019\u02bc]`;
const NUM_ONE = String.raw`(?:(?:vent|trent|quarant|cinquant)(?:a|i)?(?:uno|due|tr\u00e9|tre|quattro|cinque|sei|sette|otto|nove)|(?:ein|zwei|drei|vier|f\u00fcnf|sechs|sieben|acht|neun)und(?:zwanzig|drei\u00dfig|vierzig|f\u00fcnfzig|sechzig|siebzig|achtzig|neunzig)|\u043f${APOS_UK}\u044f\u0442(?:\u043d\u0430\u0434\u0446\u044f\u0442\u044c|\u0434\u0435\u0441\u044f\u0442)?|\u0434\u0435\u0432${APOS_UK}\u044f\u0442(?:\u043d\u0430\u0434\u0446\u044f\u0442\u044c)?|(?:dalawampu|tatlumpu|apatnapu|limampu)['\u2019]t|${[
  ...new Set(UNITS.join(' ').split(/\s+/)),
]
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
// "One" alone is a pronoun more often than a number ("my locker, the one with the red sticker").
const NUM = String.raw`(?!(?:one|uno|una|um|uma|un|une|isa|jeden|\u043e\u0434\u0438\u043d|\u043e\u0434\u043d\u0430|m\u1ed9t)(?![\p{L}]|[ \t-]+\p{L}))${NUM_ONE}(?:[ \t-]+(?:(?:y|e|et|und|and|i|na|at)[ \t-]+)?${NUM_ONE}){0,2}`;
// A count after the number: "twelve times", "dos veces", "zwei Tage".
const COUNTED = String.raw`(?![ \t]+(?:times|veces|volte|fois|mal|vezes|razy|days|d\u00edas|giorni|jours|Tage|dias|dni|doors|puertas|porte|portes|T\u00fcren|portas|drzwi|keys|llaves|chiavi|cl\u00e9s|Schl\u00fcssel|chaves|klucze|minutes|minutos|minuti|Minuten|hours|horas|ore|heures|Stunden|godzin)(?![\p{L}]))`;
const WORDED_LOCKER = lazyPattern(
  String.raw`(?<![\p{L}])${LOCKER}(?:[ \t]*,?[ \t]+${LINK}){0,4}[ \t]*,?[ \t]+(${NUM})(?![\p{L}\p{N}'\u2019-])${COUNTED}`,
  'giu',
);
// The writer owns the locker, in the words around it.
const OWNER = lazyPattern(
  String.raw`(?<![\p{L}])(?:my|mine|mi|m\u00edo|m\u00eda|mis|mon|ma|le[ \t]+mien|meu|minha|mein(?:er|en|em|e)?|mio|mia|il[ \t]+mio|moja|moj\u0105|m\u00f3j|moje|mojej|mir|meins|\u043c\u043e\u044e|\u043c\u043e\u044f|\u043c\u0456\u0439|\u043c\u043e\u0454\u0457|ko|akin|c\u1ee7a[ \t]+(?:t\u00f4i|em|m\u00ecnh))(?![\p{L}])`,
  'iu',
);

const maskWorded = maskMatches(
  WORDED_LOCKER,
  'ID',
  (m) => OWNER.get().test(m.input.slice(Math.max(0, m.index - 40), m.index + m[0].length + 30)),
  1,
  true,
);

/** Hides the number in words of the writer's locker, with a few words between them (see above). */
export const maskWordedLockersOp56a: Rule = (text) =>
  /locker|taquill|casiller|armad|armari|arm\u00e1ri|casier|vestiaire|spind|schlie\u00dffach|cacifo|escaninho|szaf|\u0448\u0430\u0444\u043a|t\u1ee7/iu.test(
    text,
  )
    ? maskWorded(text)
    : text;
