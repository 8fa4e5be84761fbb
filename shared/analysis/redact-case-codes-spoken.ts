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
 * Each word is read as the symbol it says: a figure's word (English, Spanish, French, German, Italian, Portuguese), a
 * letter alone, a letter's English name ("kay", "queue", "em", "double u") or its spelling-alphabet word ("kilo",
 * "quebec"); "dash", "hyphen", "guion", "tiret", "Strich", "trattino" part the halves. A run is hidden as [ID] when
 * it says five symbols or more mixing letters and figures after a word naming a code ("code", "case", "ref",
 * "código", "Code", "caso" …), or eight or more with at least two of each anywhere: words of a sentence do not run
 * so ("seven days a week", "two a day", "cinco y media": a letter that is also a word is not counted as one).
 */

const FIGURE_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ['2', 'two dos deux zwei due dois duas'],
    ['3', 'three tres trois drei tre tr\u00eas'],
    ['4', 'four cuatro quatre vier quattro quatro'],
    ['5', 'five cinco cinq f\u00fcnf cinque'],
    ['6', 'six seis sechs sei'],
    ['7', 'seven siete sept sieben sette sete'],
    ['8', 'eight ocho huit acht otto oito'],
    ['9', 'nine nueve neuf neun nove'],
  ].flatMap(([figure, words]) => words!.split(' ').map((w) => [w, figure!])),
);
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
    ['j', 'jay juliet juliett'],
    ['k', 'kay kilo'],
    ['m', 'em mike'],
    ['n', 'en november'],
    ['p', 'pee papa'],
    ['q', 'queue cue kew quebec'],
    ['r', 'ar are romeo'],
    ['s', 'ess es sierra'],
    ['t', 'tee tea tango'],
    ['u', 'uniform'],
    ['v', 'vee victor'],
    ['w', 'doubleu doubleyou whiskey whisky'],
    ['x', 'ex xray x-ray'],
    ['y', 'why wye yankee'],
    ['z', 'zed zee zulu'],
  ].flatMap(([letter, words]) => words!.split(' ').map((w) => [w, letter!])),
);
// Letters alone, and letters' names, that are also words of the languages read ("a", "y", "are", "see", "es"):
// they count in a run but never as its letters.
const LETTERS_THAT_ARE_WORDS = new Set(['a', 'e', 'y', 'u', 'i', 'o', 'es', 'are', 'see', 'tea', 'why', 'en', 'ar']);
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

const TOKEN = lazyPattern(String.raw`[\p{L}\p{N}]+(?:-[\p{L}]+)?|[-/]`, 'gu');
const CUE = lazyPattern(
  String.raw`(?<![\p{L}])(?:case|code|ref(?:erence)?|ticket|receipt|caso|c[\u00f3o]digo|dossier|cas|fall|kennung|pratica|codice|numero|number|n[u\u00fa]mero)(?![\p{L}])(?:[ \t:#-]+[\p{L}'\u2019]+){0,3}?[ \t:#-]*$`,
  'iu',
);

interface Said {
  start: number;
  end: number;
  symbol: string | undefined;
  letterWord: boolean;
  spokenFigure?: boolean;
}

function symbolOf(
  token: string,
  next: string | undefined,
): { symbol?: string; skip?: number; letterWord?: boolean; spokenFigure?: boolean } {
  const lower = token.toLowerCase();
  if (lower === 'double' && next && /^(?:u|you)$/iu.test(next)) return { symbol: 'w', skip: 1 };
  if (FIGURE_WORDS[lower]) return { symbol: FIGURE_WORDS[lower], spokenFigure: true };
  if (/^[2-9]$/u.test(token)) return { symbol: token };
  if (/^\p{L}$/u.test(token)) return { symbol: lower, letterWord: LETTERS_THAT_ARE_WORDS.has(lower) };
  if (LETTER_NAMES[lower]) return { symbol: LETTER_NAMES[lower], letterWord: LETTERS_THAT_ARE_WORDS.has(lower) };
  return {};
}

function hideRun(out: string, run: readonly Said[], cued: boolean): string {
  // A separator never starts or ends what is hidden.
  let first = 0;
  let last = run.length - 1;
  // Nor does a letter that is also a word ("mi código es siete …": "es" is the verb, not an S).
  const edge = (s: Said) => s.symbol === undefined || s.letterWord;
  while (first <= last && edge(run[first]!)) first++;
  while (last >= first && edge(run[last]!)) last--;
  const said = run.slice(first, last + 1).filter((s) => s.symbol !== undefined);
  const figures = said.filter((s) => /\d/u.test(s.symbol!)).length;
  const letters = said.filter((s) => /\p{L}/u.test(s.symbol!) && !s.letterWord).length;
  // Not named, the figures must be said in words: typed figures and letters in a row are a list ("5 a 6 b 7 c 8 d").
  const spoken = said.filter((s) => s.spokenFigure).length;
  const enough = cued
    ? said.length >= 5 && figures >= 1 && letters >= 1
    : said.length >= 8 && spoken >= 2 && letters >= 2;
  if (!enough) return out;
  const start = run[first]!.start;
  const end = run[last]!.end;
  return out.slice(0, start) + mask('ID', end - start) + out.slice(end);
}

// A figure's word and a letter alone or its name, side by side: asked first, as most texts hold none.
const GATE = lazyPattern(
  String.raw`(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|deux|trois|quatre|cinq|sept|huit|neuf|zwei|drei|vier|f\u00fcnf|sechs|sieben|acht|neun|due|tre|quattro|cinque|sette|otto|nove|[2-9])[ \t]+(?:\p{L}|kay|queue|cue|em|ex|jay|zed|zee|tee|double|why|ar|kilo|\p{L}+[ \t]+\p{L})(?![\p{L}])`,
  'iu',
);

/** Hides a case code said in words (see above). */
export const maskSpokenCaseCodes: Rule = (text) => {
  if (!GATE.get().test(text)) return text;
  const tokens = [...text.matchAll(TOKEN.get())];
  let out = text;
  let run: Said[] = [];
  const close = () => {
    if (run.length) out = hideRun(out, run, CUE.get().test(text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start)));
    run = [];
  };
  for (let k = 0; k < tokens.length; k++) {
    const m = tokens[k]!;
    const gap = k > 0 ? text.slice(tokens[k - 1]!.index + tokens[k - 1]![0].length, m.index) : '';
    if (run.length && !/^[ \t,]*$/u.test(gap)) close();
    if (/[\uE000-\uE006]/u.test(m[0])) {
      close();
      continue;
    }
    const lower = m[0].toLowerCase();
    if (SEPARATORS.has(lower)) {
      if (run.length) run.push({ start: m.index, end: m.index + m[0].length, symbol: undefined, letterWord: false });
      continue;
    }
    const { symbol, skip = 0, letterWord = false, spokenFigure = false } = symbolOf(m[0], tokens[k + 1]?.[0]);
    if (symbol === undefined) {
      close();
      continue;
    }
    const end = skip ? tokens[k + skip]!.index + tokens[k + skip]![0].length : m.index + m[0].length;
    run.push({ start: m.index, end, symbol, letterWord, spokenFigure });
    k += skip;
  }
  close();
  return out;
};
