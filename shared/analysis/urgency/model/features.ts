/**
 * What the learned urgency model reads in a folded text (see normalise.ts),
 * as hashed feature numbers: character n-grams of 1 to 4 (they carry Chinese,
 * Arabic, Vietnamese and word endings: Polish cases, German compounds), whole
 * words and word pairs, and words under a negation marked apart ("not
 * blocked" is not "blocked"). The fitting script and the model both call
 * `urgencyFeatures`, so what was learned is exactly what is scored.
 *
 * No strings are built: hashes are computed over character codes as the
 * text is walked, which keeps a typical text to a few microseconds. Change
 * anything here and refit (`npm run fit:urgency`).
 */

/** How many weights each class has: feature numbers are hashed into this many buckets. */
export const BUCKETS = 1 << 16;
const MASK = BUCKETS - 1;
/** Texts are read up to this many characters: the phrase rules still read all of it. */
export const MAX_CHARS = 3000;
const MAX_GRAM = 4;
const MIN_ALPHABET_GRAM = 2;

// Words that negate what follows, in every language the detector reads
// (folded). Their scope runs over the next few words, to the end of a clause.
const NEGATIONS = new Set(
  [
    "no not never nobody nothing none without isn't wasn't aren't weren't don't doesn't didn't haven't hasn't won't can't cannot nor",
    'nunca jamas sin ningun ninguna ninguno nadie nada tampoco ni',
    'pas jamais sans aucun aucune rien personne',
    'nao nem sem nenhum nenhuma ninguem',
    'nicht nie niemals kein keine keinen keiner keinem keines ohne nichts',
    'non mai senza nessun nessuna nessuno niente nulla',
    'nie nigdy bez zaden zadna zadne zadnego zadnej brak nikt nic',
    'khong chua chang cha',
    'hindi di wala walang',
    'لا لم لن ليس ليست بدون بلا دون ما مش مو مافي',
  ]
    .join(' ')
    .split(' '),
);
const SCOPE = 3;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// Salts keep the kinds of feature apart in the same buckets.
const WORD = 0x9e3779b1;
const NEGATED = 0x85ebca6b;
const PAIR = 0xc2b2ae35;

function finish(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  return (h >>> 0) & MASK;
}

const isWordChar = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || (code > 127 && !isBreak(code));
// Spaces and punctuation outside ASCII that end a word.
const isBreak = (code: number): boolean =>
  code === 0x3000 ||
  (code >= 0x3001 && code <= 0x3003) ||
  (code >= 0xff01 && code <= 0xff0f) ||
  code === 0x060c ||
  code === 0x061f ||
  code === 0x06d4 ||
  (code >= 0x2000 && code <= 0x206f);
const isClauseEnd = (code: number): boolean =>
  code === 46 ||
  code === 33 ||
  code === 63 ||
  code === 59 ||
  code === 44 ||
  code === 10 ||
  code === 0x3002 ||
  code === 0xff0c ||
  code === 0xff01 ||
  code === 0xff1f ||
  code === 0x061f ||
  code === 0x060c;
// Chinese, Japanese and Korean characters: each is nearly a word.
const isIdeograph = (code: number): boolean => code >= 0x2e80 && code <= 0x9fff;

/**
 * Every distinct feature number of the text (presence, not counts: a word
 * typed 500 times says no more than once). The text must already be folded.
 *
 * @example
 * urgencyFeatures('fire exit is blocked').length // ~70: n-grams, words, pairs
 */
export function urgencyFeatures(folded: string): number[] {
  const text = folded.length > MAX_CHARS ? folded.slice(0, MAX_CHARS) : folded;
  const out: number[] = [];
  charGrams(text, out);
  words(text, out);
  return distinct(out);
}

// Which buckets the current text has already given: one bit each (8 KB, so it stays in the nearest cache),
// cleared after each text by the features it set.
const seen = new Int32Array(BUCKETS >>> 5);

/** The features in the order they first occur, as `[...new Set(features)]` gives them, without building a Set. */
function distinct(features: number[]): number[] {
  const out: number[] = [];
  for (const feature of features) {
    const bit = 1 << (feature & 31);
    if (seen[feature >>> 5]! & bit) continue;
    seen[feature >>> 5]! |= bit;
    out.push(feature);
  }
  for (const feature of out) seen[feature >>> 5] = 0;
  return out;
}

// Character n-grams within words and across one space (" pas b"), the word's
// edges marked by the space around it.
function charGrams(text: string, out: number[]): void {
  const padded = ` ${text} `;
  for (let i = 0; i < padded.length; i += 1) {
    let hash = FNV_OFFSET;
    for (let n = 0; n < MAX_GRAM && i + n < padded.length; n += 1) {
      const code = padded.charCodeAt(i + n);
      hash = Math.imul(hash ^ code, FNV_PRIME);
      // Short grams only for ideographs: a letter or two of an alphabet says
      // which language a text is in, not whether it is urgent.
      if (n < MIN_ALPHABET_GRAM - 1 && !isIdeograph(padded.charCodeAt(i))) continue;
      out.push(finish(hash + n));
    }
  }
}

// Whole words and adjacent pairs; words in a negation's scope get their own numbers.
function words(text: string, out: number[]): void {
  let start = -1;
  let previous = 0;
  let scope = 0;
  for (let i = 0; i <= text.length; i += 1) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (isWordChar(code) && !isIdeograph(code)) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      let hash = FNV_OFFSET;
      for (let j = start; j < i; j += 1) hash = Math.imul(hash ^ text.charCodeAt(j), FNV_PRIME);
      const negated = scope > 0;
      out.push(finish(hash ^ (negated ? NEGATED : WORD)));
      if (previous) out.push(finish(Math.imul(previous, 31) ^ hash ^ PAIR));
      previous = hash;
      scope = negated ? scope - 1 : 0;
      if (i - start <= 8 && NEGATIONS.has(text.slice(start, i))) scope = SCOPE;
      start = -1;
    }
    if (isClauseEnd(code) || isIdeograph(code)) {
      if (isClauseEnd(code)) scope = 0;
      previous = 0;
    }
  }
}
