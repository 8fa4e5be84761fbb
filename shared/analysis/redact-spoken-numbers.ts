import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';
import { ID_CUE_BEFORE_ABROAD } from './redact-ids-spelled-cues';

/*
 * Phone numbers written as words, or half in words, to get past a filter:
 * "five five five one two three four five six seven", "555-one-two-three-4567",
 * "07700 nine oh oh one two three", "seis cinco cinco uno dos tres cuatro",
 * and read in pairs and hundreds as people say them: "twelve thirty-four,
 * fifty-six", "zéro six douze trente-quatre cinquante-six",
 * "sześćset dwanaście trzysta czterdzieści pięć", "zwölf vierunddreißig".
 * A run of digits and number words counts when it holds seven to fifteen
 * digits and at least one of them is a word (runs of digits alone are the
 * grouped-digit rule's). Counting ("one two three four five six seven
 * eight") is not a number anyone can call.
 */

type Kind = 'unit' | 'teen' | 'ten' | 'hundreds' | 'hundred' | 'thousand' | 'repeat' | 'joiner';
interface NumberWord {
  kind: Kind;
  /** The digit of a unit, the value of a teen, a ten or hundreds; the count of a repeat. */
  value: number;
}

const WORDS = new Map<string, NumberWord>();
const add = (kind: Kind, list: string, values?: number[]) =>
  list.split(' ').forEach((word, i) => WORDS.set(word, { kind, value: values ? values[i]! : i }));

// Units, zero to nine, in the languages the service hears.
for (const units of [
  'zero one two three four five six seven eight nine', // English
  'cero uno dos tres cuatro cinco seis siete ocho nueve', // Spanish
  'zéro un deux trois quatre cinq six sept huit neuf', // French
  'null eins zwei drei vier fünf sechs sieben acht neun', // German
  'zero uno due tre quattro cinque sei sette otto nove', // Italian
  'zero um dois três quatro cinco seis sete oito nove', // Portuguese
  'nul een twee drie vier vijf zes zeven acht negen', // Dutch
  'zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć', // Polish
])
  add('unit', units);
// Spoken and feminine forms: "oh" for zero, "una", "une", "uma", "duas", "zwo".
add('unit', 'oh una une uma duas zwo dwie jedna tré', [0, 1, 1, 1, 2, 2, 2, 1, 3]);
const TENS = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19];
add('teen', 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', TENS);
add('teen', 'diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve', TENS);
add('teen', 'dix onze douze treize quatorze quinze seize', TENS.slice(0, 7));
add('teen', 'zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn', TENS);
add('teen', 'dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove', TENS);
add('teen', 'dez onze doze treze catorze quinze dezesseis dezessete dezoito dezenove dezasseis dezassete dezanove', [
  ...TENS,
  16,
  17,
  19,
]);
add('teen', 'tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien', TENS);
add(
  'teen',
  'dziesięć jedenaście dwanaście trzynaście czternaście piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście',
  TENS,
);
const DECADES = [20, 30, 40, 50, 60, 70, 80, 90];
add('ten', 'twenty thirty forty fifty sixty seventy eighty ninety', DECADES);
add('ten', 'veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa', DECADES);
add('ten', 'vingt trente quarante cinquante soixante septante huitante nonante vingts', [
  ...DECADES.slice(0, 5),
  70,
  80,
  90,
  20,
]);
add(
  'ten',
  'zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig',
  [20, 30, 30, 40, 50, 60, 70, 80, 90],
);
add('ten', 'venti trenta quaranta cinquanta sessanta settanta ottanta novanta', DECADES);
add('ten', 'vinte trinta quarenta cinquenta sessenta setenta oitenta noventa', DECADES);
add('ten', 'twintig dertig veertig vijftig zestig zeventig tachtig negentig', DECADES);
add(
  'ten',
  'dwadzieścia trzydzieści czterdzieści pięćdziesiąt sześćdziesiąt siedemdziesiąt osiemdziesiąt dziewięćdziesiąt',
  DECADES,
);
const HUNDREDS = [100, 200, 300, 400, 500, 600, 700, 800, 900];
add('hundreds', 'sto dwieście trzysta czterysta pięćset sześćset siedemset osiemset dziewięćset', HUNDREDS);
add(
  'hundreds',
  'cien ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos',
  [100, ...HUNDREDS],
);
add('hundreds', 'cem cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos', [
  100,
  ...HUNDREDS,
]);
add('hundreds', 'cento duecento trecento quattrocento cinquecento seicento settecento ottocento novecento', HUNDREDS);
add('hundred', 'hundred hundert cent cents honderd', [100, 100, 100, 100, 100]);
// r38: "três mil duzentos e doze", "four thousand two hundred": read only after an id's name (readRun), never in a phone.
add('thousand', 'thousand mil mille tausend', [1000, 1000, 1000, 1000]);
// "double five" is two fives; "triple seven" three sevens.
add('repeat', 'double triple doppel doble doppio', [2, 3, 2, 2, 2]);
// "treinta y cuatro", "trinta e quatro", "vingt et un".
add('joiner', 'y e et und', [0, 0, 0, 0]);

// Numbers written as one word: "vierunddreißig", "vierendertig", "trentaquattro", "veintiuno".
const UNIT_STEMS: Record<string, [string, string][]> = {
  de: [
    ['ein', '1'],
    ['zwei', '2'],
    ['drei', '3'],
    ['vier', '4'],
    ['fünf', '5'],
    ['sechs', '6'],
    ['sieben', '7'],
    ['acht', '8'],
    ['neun', '9'],
  ],
  nl: [
    ['een', '1'],
    ['eén', '1'],
    ['twee', '2'],
    ['drie', '3'],
    ['vier', '4'],
    ['vijf', '5'],
    ['zes', '6'],
    ['zeven', '7'],
    ['acht', '8'],
    ['negen', '9'],
  ],
  it: [
    ['uno', '1'],
    ['due', '2'],
    ['tre', '3'],
    ['tré', '3'],
    ['quattro', '4'],
    ['cinque', '5'],
    ['sei', '6'],
    ['sette', '7'],
    ['otto', '8'],
    ['nove', '9'],
  ],
};
const TEN_WORDS = (list: string) => list.split(' ').map((w, i) => [w, DECADES[i]!] as const);
for (const [unit, d] of UNIT_STEMS.de!)
  for (const [ten, v] of TEN_WORDS('zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig'))
    WORDS.set(`${unit}und${ten}`, { kind: 'teen', value: v + Number(d) });
for (const [unit, d] of UNIT_STEMS.nl!)
  for (const [ten, v] of TEN_WORDS('twintig dertig veertig vijftig zestig zeventig tachtig negentig')) {
    WORDS.set(`${unit}en${ten}`, { kind: 'teen', value: v + Number(d) });
    WORDS.set(`${unit}ën${ten}`, { kind: 'teen', value: v + Number(d) });
  }
for (const [unit, d] of UNIT_STEMS.it!)
  for (const [ten, v] of TEN_WORDS('venti trenta quaranta cinquanta sessanta settanta ottanta novanta')) {
    // "ventuno", "trentotto": the ten drops its vowel before uno and otto.
    const stem = /^[uo]/.test(unit) ? ten.slice(0, -1) : ten;
    WORDS.set(`${stem}${unit}`, { kind: 'teen', value: v + Number(d) });
  }
for (const [unit, d] of [
  ['uno', 1],
  ['dós', 2],
  ['dos', 2],
  ['trés', 3],
  ['tres', 3],
  ['cuatro', 4],
  ['cinco', 5],
  ['séis', 6],
  ['seis', 6],
  ['siete', 7],
  ['ocho', 8],
  ['nueve', 9],
] as const)
  WORDS.set(`veinti${unit}`, { kind: 'teen', value: 20 + d });

const EXTENSION_WORD = /^(?:ext|x|extension|poste|dw|durchwahl)$/i;
const PIECE = lazyPattern(String.raw`\p{L}+|\d+`, 'gu');
// Between two pieces of a number: spaces, or one dash, dot, comma or slash; brackets and "+" around digits.
const GAP = /^[ \t()+]*(?:[-.,/][ \t()+]*)?$/;

interface Token {
  start: number;
  end: number;
  digits?: string;
  word?: NumberWord;
  lower: string;
}

/** Masks phone numbers written wholly or partly in number words (see redaction-kinds.ts). */
export function maskSpokenPhoneNumbers(text: string): string {
  let out = text;
  let run: Token[] = [];
  const close = () => {
    const before = run.length > 0 ? text.slice(Math.max(0, run[0]!.start - 60), run[0]!.start) : '';
    const cued = run.length > 0 && (ID_CUE_BEFORE.test(before.slice(-40)) || ID_CUE_BEFORE_ABROAD.get().test(before));
    const found = readRun(run, cued);
    if (found)
      out = out.slice(0, found.start) + mask(cued ? 'ID' : 'PHONE', found.end - found.start) + out.slice(found.end);
    run = [];
  };
  let previousEnd = -1;
  for (const m of text.matchAll(PIECE.get())) {
    const lower = m[0].toLowerCase();
    // A piece is digits or letters (PIECE): most are words that are no number, read without building anything.
    const code = lower.charCodeAt(0);
    const digits = code >= 48 && code <= 57 ? lower : undefined;
    const word = digits === undefined ? WORDS.get(lower) : undefined;
    const partOfNumber = digits !== undefined || word !== undefined || (run.length > 0 && EXTENSION_WORD.test(lower));
    if (run.length && (!partOfNumber || !GAP.test(text.slice(previousEnd, m.index)))) close();
    if (partOfNumber) run.push({ start: m.index, end: m.index + m[0].length, lower, digits, word });
    previousEnd = m.index + m[0].length;
  }
  if (run.length) close();
  return out;
}

// "my employee number is", "badge no.", "payroll id:": what follows is an id, however short, counting included; so
// is an extension ("extension forty four seventy one", attack round 32), with its full stop ("ext. five five oh two").
const ID_CUE_BEFORE =
  /\b(?:employee|emp|badge|locker|payroll|personnel|clock|id|ext|extension|extensi\u00f3n|extensao|extens\u00e3o|poste|durchwahl|anexo|(?:staff|worker)(?=\s*(?:number|no|num|nr|#|id)))\b\.?(?:\s*(?:number|no\.?|num|nr|#|id|code))?\s*(?:is|was|es|est|ist|:|=)?\s*$/iu;

/** Where the phone number (or, after an id's name, the id) in a run of number pieces lies, if it is one. */
function readRun(run: Token[], cued = false): { start: number; end: number } | undefined {
  // A run neither starts nor ends with "y", "e", "und".
  while (run.length && run[0]!.word?.kind === 'joiner') run.shift();
  while (
    run.length &&
    (run[run.length - 1]!.word?.kind === 'joiner' ||
      (EXTENSION_WORD.test(run[run.length - 1]!.lower) && !run[run.length - 1]!.digits))
  )
    run.pop();
  if (run.length < 2 || !run.some((t) => t.word && t.word.kind !== 'joiner')) return undefined;
  if (!cued && run.some((t) => t.word?.kind === 'thousand')) return undefined;
  const digits = countDigits(run);
  if (cued)
    return digits && digits.count >= 2 && digits.count <= 15
      ? { start: run[0]!.start, end: run[run.length - 1]!.end }
      : undefined;
  if (!digits || digits.count < 7 || digits.count > 15 || (digits.singles && isCounting(digits.singles)))
    return undefined;
  return { start: run[0]!.start, end: run[run.length - 1]!.end };
}

/**
 * How many digits the run says: a unit one, a teen or a ten two ("thirty"
 * then "four" still two), hundreds three ("sześćset dwanaście" is 612). The
 * digits one at a time, when the run says nothing but single digits.
 */
function countDigits(run: Token[]): { count: number; singles?: number[] } | undefined {
  let count = 0;
  let singles: number[] | undefined = [];
  // What the last piece still takes in: a ten its unit, hundreds their tens and units.
  let open: 'none' | 'unit' | 'tens' = 'none';
  let repeat = 1;
  let extension = false;
  for (let i = 0; i < run.length; i++) {
    const token = run[i]!;
    if (extension) break;
    if (EXTENSION_WORD.test(token.lower) && !token.digits) {
      extension = true;
      continue;
    }
    if (token.digits !== undefined) {
      count += token.digits.length;
      singles?.push(...[...token.digits].map(Number));
      open = 'none';
      continue;
    }
    const word = token.word!;
    switch (word.kind) {
      case 'joiner':
        // "treinta y cuatro"; r38: "duzentos e doze", "ciento y pico" after hundreds too.
        if (open === 'none') return undefined;
        break;
      case 'repeat':
        repeat = word.value;
        break;
      case 'unit': {
        // "quatre-vingt": four twenties.
        if (token.lower === 'quatre' && /^vingts?$/.test(run[i + 1]?.lower ?? '')) {
          count += 2;
          singles = undefined;
          open = 'unit';
          i++;
          break;
        }
        if (open === 'unit' || open === 'tens') {
          open = 'none';
          break;
        }
        count += repeat;
        for (let r = 0; r < repeat; r++) singles?.push(word.value);
        repeat = 1;
        open = 'none';
        break;
      }
      case 'hundred':
        // "six hundred": the unit before becomes hundreds.
        count += 2;
        singles = undefined;
        open = 'tens';
        break;
      case 'thousand':
        count += 3;
        singles = undefined;
        open = 'tens';
        break;
      case 'hundreds':
        count += 3;
        singles = undefined;
        open = 'tens';
        break;
      case 'teen':
      case 'ten':
        singles = undefined;
        // "soixante-dix-huit", "trente-quatre", "trzysta czterdzieści": taken in by what came before.
        if (open === 'tens' || (open === 'unit' && word.kind === 'teen' && word.value < 20))
          open = word.kind === 'ten' || word.value === 10 ? 'unit' : 'none';
        else {
          count += 2;
          open = word.kind === 'ten' || word.value === 10 ? 'unit' : 'none';
        }
        break;
    }
  }
  return { count, singles: singles && singles.length === count ? singles : undefined };
}

/** "one two three four five six seven": each digit one more (or less) than the last. */
function isCounting(digits: number[]): boolean {
  const step = digits[1]! - digits[0]!;
  return Math.abs(step) === 1 && digits.every((d, i) => i === 0 || d - digits[i - 1]! === step);
}
