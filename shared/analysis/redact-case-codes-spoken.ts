import type { Rule } from './redact-rule';
import { mask } from './redaction-kinds';
import { lazyPattern } from './lazy-pattern';

/*
 * Round 33: a case code said in words, as someone reads it off a receipt to a phone or types what they heard: "seven
 * K Q four M dash X W nine T R", "my code is seven kay queue four em", "mi código es siete K Q cuatro M", "mon code
 * c'est sept K Q quatre M", "mein Code ist sieben K Q vier M". The operator holds the pepper: a code read in a report
 * (or a half of one: 31^5 ways to complete it, seconds of HMAC) gives the writer's other case (promise 1), as with
 * the pieces redact-case-code-pieces.ts hides.
 *
 * Each word is read as the symbol it says: a figure's word (English, Spanish, French, German, Italian, Portuguese,
 * Polish, Ukrainian, Russian; "double seven", "oh", "niner"), a letter alone, a letter's English name ("kay", "queue",
 * "em", "double u") or its spelling-alphabet word ("kilo", "quebec"); "dash", "hyphen", "guion", "tiret", "Strich",
 * "trattino" part the halves, and hyphens join the words ("four-four-one-two", "delta-foxtrot-three-one").
 * Round 34 (r34a): after a word naming a code ("case", "ref", "ticket", "Fallnummer", "numer sprawy", "номер справи"
 * …, but no phone's word: figures alone are then a phone, redact-spoken-numbers.ts), three symbols are a code, figures
 * alone too ("mi número de caso es tres cinco ocho dos", "my report code is zulu nine one"); anywhere, five mixing
 * figure words and letters ("alpha bravo seven seven two"). A figure's word that is also an everyday word ("un", "one",
 * "uno", "oh", "due", "ein") joins a run but never makes one. Measured on every row of ../shared/eval (100,494): these
 * lengths change none; one less (two named, three anywhere) starts taking counting ("money one two three four").
 * fx35r (ra35's blind re-attack): what names a badge or a staff number ("badge", "call sign", "matricule",
 * "matricola", "matr\u00edcula", "crach\u00e1", "gafete", "Personalnummer" and any "-nummer") names a code too; Tagalog's
 * figures ("isa dalawa tatlo apat", "anim pito walo siyam") are read; anywhere, two spelling-alphabet letters and two
 * figures said in words ("bravo seven echo niner") are a call sign read out.
 * Words of a sentence do not run so ("seven days a week", "two or three times", "one two three, go", "Tango class").
 */

// A figure's word in each language read (English, Spanish, French, German, Italian, Portuguese, Polish, Ukrainian and
// Russian). Words that are also everyday words ("un", "una", "ein", "um", "one", "oh", "due", "sei", "neuf", "otto",
// "jeden", "null") are WEAK: they never make a run long enough, but join one that is ("quatre sept deux un").
const FIGURE_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['0', 'zero cero z\u00e9ro nula \u043d\u0443\u043b\u044c \u043d\u043e\u043b\u044c'],
    ['1', 'eins jedynka \u043e\u0434\u0438\u043d \u043e\u0434\u043d\u0430'],
    ['2', 'two dos deux zwei zwo dois duas dwa dwie dalawa \u0434\u0432\u0430 \u0434\u0432\u0456 \u0434\u0432\u0435'],
    ['3', 'three tres trois drei tre tr\u00eas trzy tatlo \u0442\u0440\u0438'],
    [
      '4',
      'four cuatro quatre vier quattro quatro cztery apat \u0447\u043e\u0442\u0438\u0440\u0438 \u0447\u0435\u0442\u044b\u0440\u0435',
    ],
    [
      '5',
      "five cinco cinq f\u00fcnf cinque pi\u0119\u0107 piec \u043f\u2019\u044f\u0442\u044c \u043f'\u044f\u0442\u044c \u043f\u044f\u0442\u044c",
    ],
    ['6', 'six seis sechs anim sze\u015b\u0107 szesc \u0448\u0456\u0441\u0442\u044c \u0448\u0435\u0441\u0442\u044c'],
    ['7', 'seven siete sieben sette sete siedem pito \u0441\u0456\u043c \u0441\u0435\u043c\u044c'],
    ['8', 'eight ocho huit acht oito osiem walo \u0432\u0456\u0441\u0456\u043c \u0432\u043e\u0441\u0435\u043c\u044c'],
    [
      '9',
      "nine niner nueve neun nove siyam dziewi\u0119\u0107 dziewiec \u0434\u0435\u0432\u2019\u044f\u0442\u044c \u0434\u0435\u0432'\u044f\u0442\u044c \u0434\u0435\u0432\u044f\u0442\u044c",
    ],
  ].flatMap(([figure, words]) => words!.split(' ').map((w) => [w, figure!])),
);
const WEAK_FIGURE_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['0', 'oh o null nul'],
    ['1', 'one uno una un une ein eine um uma jeden jedna isa'],
    ['2', 'due'],
    ['6', 'sei'],
    ['7', 'sept'],
    ['8', 'otto'],
    ['9', 'neuf'],
  ].flatMap(([figure, words]) => words!.split(' ').map((w) => [w, figure!])),
);
// Ukrainian with its apostrophe lost to a space ("\u043f \u044f\u0442\u044c", "\u0434\u0435\u0432 \u044f\u0442\u044c"): the two halves are one word.
const SPLIT_FIGURES: Readonly<Record<string, string>> = { '\u043f': '5', '\u0434\u0435\u0432': '9' };
const LETTER_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['a', 'ay alpha alfa'],
    ['b', 'bee bravo'],
    ['c', 'cee see charlie'],
    ['d', 'dee delta'],
    ['e', 'echo'],
    ['f', 'ef eff foxtrot'],
    ['g', 'gee golf'],
    ['h', 'aitch haitch hotel'],
    ['i', 'india'],
    ['j', 'jay juliet juliett'],
    ['k', 'kay kilo'],
    ['l', 'lima'],
    ['m', 'em mike'],
    ['n', 'en november'],
    ['o', 'oscar'],
    ['p', 'pee papa'],
    ['q', 'queue cue kew quebec'],
    ['r', 'ar are romeo'],
    ['s', 'ess es sierra'],
    ['t', 'tee tea tango'],
    ['u', 'uniform'],
    ['v', 'vee victor'],
    ['w', 'doubleu doubleyou whiskey whisky'],
    ['x', 'ex xray'],
    ['y', 'why wye yankee'],
    ['z', 'zed zee zulu'],
  ].flatMap(([letter, words]) => words!.split(' ').map((w) => [w, letter!])),
);
// Letters alone, and letters' names, that are also words of the languages read ("a", "y", "are", "see", "es"):
// they count in a run but never as its letters.
const LETTERS_THAT_ARE_WORDS = new Set([
  'a',
  'e',
  'y',
  'u',
  'i',
  'o',
  'es',
  'are',
  'see',
  'tea',
  'why',
  'en',
  'ar',
  'ay',
]);
const SEPARATORS = new Set([
  'dash',
  'hyphen',
  'minus',
  'guion',
  'gui\u00f3n',
  'tiret',
  'strich',
  'bindestrich',
  'trattino',
  'h\u00edfen',
  'hifen',
  '-',
  '/',
]);

// A word (with an apostrophe inside: "п'ять"), a figure, or a dash or slash between halves.
const TOKEN = lazyPattern(String.raw`[\p{L}\p{N}]+(?:['\u2019]\p{L}+)?|[-/]|[\uE000-\uE006]+`, 'gu');
// A word naming a code a few words before it: "my case number is", "Case #:", "Fallnummer", "numer sprawy".
const CUE = lazyPattern(
  String.raw`(?<![\p{L}])(?:case|code|ref(?:erence)?|r[\u00e9e]f[\u00e9e]rence|referencia|riferimento|refer[\u00eae]ncia|ticket|receipt|report|claim|badge|call[ \t]?sign|employee|staff|personnel|matricule|matricola|matr[\u00edi]cula|cracha|crach\u00e1|gafete|carte|tessera|ausweis\p{L}*|\p{L}+nummer|caso|c[\u00f3o]digo|dossier|cas|fall(?:nummer)?|aktenzeichen|vorgang(?:snummer)?|kennung|pratica|codice|protocol(?:lo|o)?|numero|number|nummer|numer|n[u\u00fa]mero|num[\u00e9e]ro|sprawy|zg\u0142oszeni[ae]|kod|id|nr|\u043d\u043e\u043c\u0435\u0440|\u0441\u043f\u0440\u0430\u0432[\u0438\u0430]|\u043a\u043e\u0434|\u0437\u0430\u044f\u0432\u043a[\u0438\u0430])(?![\p{L}])(?:[ \t:#.-]+[\p{L}'\u2019]+){0,3}?[ \t:#.-]*$`,
  'iu',
);
// A phone's word before it: figures alone are the spoken-phone rule's (redact-spoken-numbers.ts), hidden as a phone.
const PHONE_NEAR = lazyPattern(
  String.raw`(?<![\p{L}])(?:phone|tel|telephone|mobile|cell|call(?![ \t]?sign)|text|whatsapp|tel[\u00e9e]fono|m[\u00f3o]vil|celular|portable|handy|telefon|cellulare|telem[\u00f3o]vel|telefonu|\u0442\u0435\u043b\u0435\u0444\u043e\u043d\p{L}*)(?![\p{L}])`,
  'iu',
);

interface Said {
  start: number;
  end: number;
  /** What the word says, undefined for a dash between halves. */
  symbol: string | undefined;
  /** A letter that is also a word ("a", "es"): counted in a run but never as its letters. */
  letterWord: boolean;
  /** A figure said in a word ("seven", "siedem"), not one that is also an everyday word ("un", "one"). */
  spokenFigure?: boolean;
  /** A figure's word that is also an everyday word ("un", "one", "oh"): joins a run, never makes one. */
  weak?: boolean;
  /** A letter said by its spelling-alphabet word ("kilo", "zulu"). */
  spelt?: boolean;
}

type Reading = Partial<Omit<Said, 'start' | 'end'>> & { skip?: number };

function symbolOf(tokens: readonly RegExpMatchArray[], k: number): Reading {
  const token = tokens[k]![0];
  const lower = token.toLowerCase();
  const next = tokens[k + 1]?.[0].toLowerCase();
  if (lower === 'double' && next && /^(?:u|you)$/u.test(next)) return { symbol: 'w', skip: 1 };
  // "double seven", "triple oh": the figure said two or three times.
  if ((lower === 'double' || lower === 'triple') && next) {
    const figure = FIGURE_WORDS[next] ?? WEAK_FIGURE_WORDS[next] ?? (/^\d$/u.test(next) ? next : undefined);
    if (figure) return { symbol: figure.repeat(lower === 'double' ? 2 : 3), skip: 1, spokenFigure: true };
  }
  if (lower === 'x' && next === '-' && tokens[k + 2]?.[0].toLowerCase() === 'ray') return { symbol: 'x', skip: 2 };
  if (SPLIT_FIGURES[lower] && next === '\u044f\u0442\u044c')
    return { symbol: SPLIT_FIGURES[lower], skip: 1, spokenFigure: true };
  const word = lower.replace('\u2019', "'");
  if (FIGURE_WORDS[word]) return { symbol: FIGURE_WORDS[word], spokenFigure: true };
  if (WEAK_FIGURE_WORDS[word]) return { symbol: WEAK_FIGURE_WORDS[word], weak: true, letterWord: word === 'o' };
  if (/^\d$/u.test(token)) return { symbol: token };
  // A letter with a mark ("\u00e8", "\u00e9", "\u00e0") is a word of its language, never a code's letter.
  if (/^\p{L}$/u.test(token))
    return { symbol: lower, letterWord: LETTERS_THAT_ARE_WORDS.has(lower) || !/^[a-z]$/u.test(lower) };
  if (LETTER_NAMES[lower])
    return { symbol: LETTER_NAMES[lower], letterWord: LETTERS_THAT_ARE_WORDS.has(lower), spelt: lower.length > 2 };
  return {};
}

function hideRun(out: string, run: readonly Said[], cued: boolean): string {
  // A separator never starts or ends what is hidden, nor does a letter that is also a word ("mi código es siete …":
  // "es" is the verb, not an S), nor a figure's word that is also an everyday word: those join only a run already
  // long enough without them.
  let first = 0;
  let last = run.length - 1;
  const edge = (s: Said) => s.symbol === undefined || s.letterWord || s.weak;
  while (first <= last && edge(run[first]!)) first++;
  while (last >= first && edge(run[last]!)) last--;
  if (first > last) return out;
  // The everyday words that stand as figures beside it join it ("quatre sept deux un", "zulu nine one", "…-three-one").
  for (let j = first - 1; j >= 0 && (run[j]!.weak || run[j]!.symbol === undefined); j--) if (run[j]!.weak) first = j;
  for (let j = last + 1; j < run.length && (run[j]!.weak || run[j]!.symbol === undefined); j++)
    if (run[j]!.weak) last = j;
  const said = run.slice(first, last + 1).filter((s) => s.symbol !== undefined);
  const figures = said.filter((s) => /\d/u.test(s.symbol!)).length;
  const letters = said.filter((s) => /\p{L}/u.test(s.symbol!) && !s.letterWord).length;
  const spelt = said.filter((s) => s.spelt).length;
  // Not named, the figures must be said in words: typed figures and letters in a row are a list ("5 a 6 b 7 c 8 d").
  const spoken = said.filter((s) => s.spokenFigure).length;
  const symbols = said.reduce((n, s) => n + s.symbol!.length, 0);
  const strong = said.filter((s) => !s.weak && !s.letterWord).length;
  const enough = cued
    ? // Named a code ("my case number is", "ref:"): three symbols, one said in words, two of them no everyday word
      // or four in all ("quattro otto due due").
      symbols >= 3 && (strong >= 2 || symbols >= 4) && spoken + spelt >= 1 && (figures >= 1 || spelt >= 3)
    : // Anywhere: five symbols mixing letters and figures said in words ("alpha bravo seven seven two").
      (symbols >= 5 && spoken >= 2 && (spelt >= 1 || letters >= 2)) ||
      // fx35r: two spelling-alphabet letters and two figures said, as a call sign or a badge is read out ("bravo
      // seven echo niner", "kilo lima four four"); "alpha team and bravo team" has no figures.
      (symbols >= 4 && spelt >= 2 && spoken >= 2 && strong >= 4);
  if (!enough) return out;
  const start = run[first]!.start;
  const end = run[last]!.end;
  return out.slice(0, start) + mask('ID', end - start) + out.slice(end);
}

// Two symbols side by side, one of them a figure's or a letter's word: asked first, as most texts hold none.
const SAID_WORDS = [...Object.keys(FIGURE_WORDS), ...Object.keys(LETTER_NAMES).filter((w) => w.length > 2)]
  .filter((w) => !/['\u2019-]/u.test(w))
  .sort((a, b) => b.length - a.length)
  .join('|');
// A piece another rule already hid as a code ("two-three-three" after "three-three" was hidden) counts as said.
const ANY_SAID = `${SAID_WORDS}|${Object.keys(WEAK_FIGURE_WORDS).join('|')}|\\p{L}|\\d|\\uE004|\\u043f|\\u0434\\u0435\\u0432`;
const GATE = lazyPattern(
  String.raw`(?<![\p{L}\p{N}])(?:(?:${SAID_WORDS})[ \t,]*[-/ \t,][ \t,]*(?:${ANY_SAID})|(?:\p{L}|\d|\uE004)[ \t,]*[-/ \t,][ \t,]*(?:${SAID_WORDS}))(?![\p{L}\p{N}])`,
  'iu',
);

/** Hides a case code said in words (see above). */
export const maskSpokenCaseCodes: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  const tokens = [...text.matchAll(TOKEN.get())];
  let out = text;
  let run: Said[] = [];
  const close = () => {
    if (run.length) {
      const before = text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start);
      out = hideRun(out, run, CUE.get().test(before) && !PHONE_NEAR.get().test(before));
    }
    run = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const m = tokens[k]!;
    const gap = k > 0 ? text.slice(tokens[k - 1]!.index + tokens[k - 1]![0].length, m.index) : '';
    if (run.length && !/^[ \t,]*$/u.test(gap)) close();
    // A piece another rule already hid as a code ("sette - sette" of "sette - sette - tre") goes on with its rest.
    if (/^\uE004+$/u.test(m[0])) {
      run.push({ start: m.index, end: m.index + m[0].length, symbol: '000', letterWord: false, spokenFigure: true });
      continue;
    }
    if (/[\uE000-\uE006]/u.test(m[0])) {
      close();
      continue;
    }
    const lower = m[0].toLowerCase();
    if (SEPARATORS.has(lower)) {
      if (run.length) run.push({ start: m.index, end: m.index + m[0].length, symbol: undefined, letterWord: false });
      continue;
    }
    const { symbol, skip = 0, ...how } = symbolOf(tokens, k);
    if (symbol === undefined) {
      close();
      continue;
    }
    const end = skip ? tokens[k + skip]!.index + tokens[k + skip]![0].length : m.index + m[0].length;
    run.push({ start: m.index, end, symbol, letterWord: false, ...how });
    k += skip;
  }
  close();
  return out;
};
