import { isEnglishWord } from '../english-dictionary';
import { STOPWORDS } from '../language';
import { PROFILE_LANGUAGES, profileCosts } from '../language-profile';
import { fold } from './normalise';

/*
 * Where a text switches language, wherever the switch is: after a full stop,
 * at a line break, a dash, a bar, a slash, an emoji, or with nothing at all
 * between the two ("I work in shipping quiero suicidarme"). Every word is
 * weighed by how likely its letters are in each Latin-script language (the
 * language guess's letter profiles, language-profile.ts) and by whether it
 * is one of a language's function words; the likeliest labelling of the
 * words, where changing language costs something, cuts the text into runs
 * of one language each (a Viterbi path). A change costs more inside a run of
 * words than where punctuation or a symbol stands between them, so one
 * foreign-looking word (a name, "corruption" in English) stays in its
 * sentence's language, and a clause of a few words in another language
 * ("Ok. voglio uccidermi") is a run of its own. Chinese and Arabic words are
 * runs by their script.
 */

export interface LanguageRun {
  /** The run's language code (the urgency languages' codes: `en`, `es`, …, `zh`, `ar`). */
  language: string;
  /** The run as it stands in the text: from its first word to its last, with what is between them. */
  text: string;
  /** How many words it has (a Chinese run counts one per character pair, at least one). */
  words: number;
}

/** Nats a function word of a language is worth to it (as to the language guess: a few telling letter sequences). */
const FUNCTION_WORD = 8;
/** Most nats one word can speak against a language: a name or a typo is no proof of a switch. */
const WORD_CAP = 10;
/** What changing language costs between two words with only spaces between them… */
const SWITCH_INSIDE = 14;
/** …and where punctuation, a line break or a symbol separates them. */
const SWITCH_AT_BREAK = 5;

const LATIN = PROFILE_LANGUAGES;
const WORD = /[\p{Script=Han}]+|[\p{Script=Arabic}]+|[\p{L}\p{M}]+(?:'[\p{L}\p{M}]+)*/gu;
const HAN = /\p{Script=Han}/u;
const ARABIC = /\p{Script=Arabic}/u;
/**
 * A gap between two words that is only spaces (or digits, which belong to the sentence). A line break is a break:
 * folding keeps it, and "\s" would take it for a space.
 */
const SPACES_ONLY = /^(?:[^\S\n\r\u2028\u2029]|\p{N})*$/u;
/** SPACES_ONLY of the gap from `start` to `end`: folded text has one space between most words, answered without a slice. */
const onlySpacesBetween = (folded: string, start: number, end: number): boolean =>
  (end - start === 1 && folded.charCodeAt(start) === 32) || SPACES_ONLY.test(folded.slice(start, end));

/**
 * A word of letters all below U+0600 (Latin, Greek, Cyrillic…: nearly every word) holds no Chinese or Arabic letter,
 * whose blocks all start there or above: it is told so without the two Unicode-script tests.
 */
function belowArabic(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) if (word.charCodeAt(i) >= 0x600) return false;
  return true;
}

// Each language's function words, folded as the matcher folds text ("está" → "esta").
let functionWords: Map<string, number[]> | undefined;
function functionWordLanguages(): Map<string, number[]> {
  if (functionWords) return functionWords;
  functionWords = new Map();
  LATIN.forEach((language, i) => {
    for (const word of STOPWORDS[language] ?? []) {
      const folded = fold(word);
      const known = functionWords!.get(folded) ?? [];
      if (!known.includes(i)) functionWords!.set(folded, [...known, i]);
    }
  });
  return functionWords;
}

/**
 * The runs of one language each in a folded text, in order. A text in one
 * language is one run.
 *
 * @example
 * languageRuns('i work in shipping quiero suicidarme')
 * // [{ language: 'en', text: 'i work in shipping', words: 4 }, { language: 'es', text: 'quiero suicidarme', words: 2 }]
 */
export function languageRuns(folded: string): LanguageRun[] {
  // The rules and the model ask about the same text, with other readings (short forms, disguises, a denied act) asked
  // about in between: the last few answers are kept, not only the last. An answer depends on the text alone.
  for (const kept of lastRuns) if (kept.folded === folded) return kept.runs;
  const runs = runsOf(folded);
  if (lastRuns.length >= KEPT_RUNS) lastRuns.shift();
  lastRuns.push({ folded, runs });
  return runs;
}
const KEPT_RUNS = 4;
const lastRuns: { folded: string; runs: LanguageRun[] }[] = [];

function runsOf(folded: string): LanguageRun[] {
  const tokens: { start: number; end: number; fixed: string | null; costs: Float64Array | null }[] = [];
  for (const match of folded.matchAll(WORD)) {
    const word = match[0];
    const start = match.index;
    const fixed = belowArabic(word) ? null : HAN.test(word) ? 'zh' : ARABIC.test(word) ? 'ar' : null;
    tokens.push({ start, end: start + word.length, fixed, costs: fixed ? null : wordCosts(word) });
  }
  if (!tokens.length) return [];
  const labels = likeliestLabels(folded, tokens);
  absorbDoubtfulRuns(folded, tokens, labels);
  const runs: LanguageRun[] = [];
  let first = 0;
  for (let i = 1; i <= tokens.length; i += 1) {
    if (i < tokens.length && labels[i] === labels[first]) continue;
    const language = labels[first]!;
    const text = folded.slice(tokens[first]!.start, tokens[i - 1]!.end);
    const words = language === 'zh' ? Math.max(1, Math.floor(text.replace(/\s/g, '').length / 2)) : i - first;
    runs.push({ language, text, words });
    first = i;
  }
  return runs;
}

/** Nats a run must be likelier in its own language than in a neighbouring run's to stand apart from it. */
const RUN_MARGIN = 8;

/*
 * A run told apart by a few letters only is its neighbour's: "nice colleagues" or "malicious environment" in an
 * English review look French by their letters, and an English neighbour keeps every run whose words are all English
 * words (english-dictionary.ts). A run in another language has words of its own: "quiero suicidarme", "je veux
 * mourir".
 */
function absorbDoubtfulRuns(
  folded: string,
  tokens: readonly { start: number; end: number; fixed: string | null; costs: Float64Array | null }[],
  labels: string[],
): void {
  let first = 0;
  while (first < tokens.length) {
    let end = first;
    while (end < tokens.length && labels[end] === labels[first]) end += 1;
    const own = labels[first]!;
    const neighbours = [labels[first - 1], labels[end]].filter(
      (label): label is string => label !== undefined && label !== own && LATIN.includes(label),
    );
    if (!tokens[first]!.fixed && neighbours.length) {
      const costUnder = (language: string) => {
        const l = LATIN.indexOf(language);
        let sum = 0;
        for (let t = first; t < end; t += 1) sum += tokens[t]!.costs![l]!;
        return sum;
      };
      const allEnglish = () => {
        for (let t = first; t < end; t += 1)
          if (!isEnglishWord(folded.slice(tokens[t]!.start, tokens[t]!.end))) return false;
        return true;
      };
      const ownCost = costUnder(own);
      const closest = neighbours.reduce((a, b) => (costUnder(a) <= costUnder(b) ? a : b));
      const absorbed =
        costUnder(closest) - ownCost < RUN_MARGIN ? closest : neighbours.includes('en') && allEnglish() ? 'en' : null;
      if (absorbed) for (let t = first; t < end; t += 1) labels[t] = absorbed;
    }
    first = end;
  }
}

// A word's cost under each Latin-script language: its letters' cost over the likeliest language's, capped, less
// the worth of being that language's function word. The same words come back in text after text: each is weighed
// once (up to a bound, then afresh).
const KEPT_WORDS = 20_000;
const weighed = new Map<string, Float64Array>();
function wordCosts(word: string): Float64Array {
  let costs = weighed.get(word);
  if (!costs) {
    costs = weigh(word);
    if (weighed.size >= KEPT_WORDS) weighed.clear();
    weighed.set(word, costs);
  }
  return costs;
}

function weigh(word: string): Float64Array {
  const costs = profileCosts(word);
  let least = Infinity;
  for (const cost of costs) least = Math.min(least, cost);
  const own = functionWordLanguages().get(word);
  for (let l = 0; l < costs.length; l += 1) {
    costs[l] = Math.min(costs[l]! - least, WORD_CAP);
    if (own?.includes(l)) costs[l]! -= FUNCTION_WORD / own.length;
  }
  return costs;
}

/*
 * The likeliest language of every word (Viterbi over the Latin-script
 * languages; a Chinese or Arabic word is its script's language, and the
 * Latin words on either side of it start afresh).
 */
function likeliestLabels(
  folded: string,
  tokens: readonly { start: number; end: number; fixed: string | null; costs: Float64Array | null }[],
): string[] {
  const labels = new Array<string>(tokens.length);
  let i = 0;
  while (i < tokens.length) {
    const fixed = tokens[i]!.fixed;
    if (fixed) {
      labels[i] = fixed;
      i += 1;
      continue;
    }
    let end = i;
    while (end < tokens.length && !tokens[end]!.fixed) end += 1;
    viterbi(folded, tokens, i, end, labels);
    i = end;
  }
  return labels;
}

function viterbi(
  folded: string,
  tokens: readonly { start: number; end: number; costs: Float64Array | null }[],
  from: number,
  to: number,
  labels: string[],
): void {
  const L = LATIN.length;
  const n = to - from;
  const back = new Int8Array(n * L);
  // Two score rows, swapped at each word: the path reads the last row only (a new array per word was most of its garbage).
  let score = Float64Array.from(tokens[from]!.costs!);
  let next = new Float64Array(L);
  for (let t = 1; t < n; t += 1) {
    const token = tokens[from + t]!;
    const change = onlySpacesBetween(folded, tokens[from + t - 1]!.end, token.start) ? SWITCH_INSIDE : SWITCH_AT_BREAK;
    let best = 0;
    for (let l = 1; l < L; l += 1) if (score[l]! < score[best]!) best = l;
    for (let l = 0; l < L; l += 1) {
      const stay = score[l]!;
      const moved = score[best]! + change;
      const from = stay <= moved ? l : best;
      back[t * L + l] = from;
      next[l] = Math.min(stay, moved) + token.costs![l]!;
    }
    [score, next] = [next, score];
  }
  let last = 0;
  for (let l = 1; l < L; l += 1) if (score[l]! < score[last]!) last = l;
  for (let t = n - 1; t >= 0; t -= 1) {
    labels[from + t] = LATIN[last]!;
    if (t > 0) last = back[t * L + last]!;
  }
}
