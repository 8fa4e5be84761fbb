import { type Entry, WORDS } from './lexicon';

// "unhelpful" is about as bad as "not helpful".
const NEGATING_PREFIX = -0.75;
const memo = new Map<string, Entry | null>();
const MEMO_LIMIT = 100_000;

/**
 * The lexicon entry of a word as written: directly, or through its stretched
 * ("goood"), possessive ("manager's"), inflected ("disappointing",
 * "coolest") or negated-prefix ("unhelpful") forms, since AFINN lists some
 * forms of a word and not others. Memoised: feedback repeats its words.
 *
 * @example
 * lookupForm('unhelpful') // { valence: -1.5 }
 */
export function lookupForm(word: string): Entry | undefined {
  const cached = memo.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const entry = findForm(word) ?? null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, entry);
  return entry ?? undefined;
}

function findForm(word: string): Entry | undefined {
  const direct = WORDS.get(word);
  if (direct) return direct;
  if (/(\p{L})\1\1/u.test(word)) {
    const two = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
    const one = word.replace(/(\p{L})\1{2,}/gu, '$1');
    return WORDS.get(two) ?? WORDS.get(one) ?? findInflected(two) ?? findInflected(one);
  }
  const bare = word.replace(/'s$|s'$/, '').replace(/'/g, '');
  if (bare !== word) return WORDS.get(bare) ?? findInflected(bare);
  return findInflected(word);
}

// Inflected forms of lexicon words: AFINN lists some forms and not others.
function findInflected(word: string): Entry | undefined {
  if (word.length < 5) return undefined;
  const candidates: string[] = [];
  if (word.endsWith('ily')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ly')) candidates.push(word.slice(0, -2));
  if (word.endsWith('ing')) candidates.push(word.slice(0, -3), `${word.slice(0, -3)}e`, undouble(word.slice(0, -3)));
  if (word.endsWith('ed')) candidates.push(word.slice(0, -2), word.slice(0, -1), undouble(word.slice(0, -2)));
  if (word.endsWith('ies')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('iest')) candidates.push(`${word.slice(0, -4)}y`);
  if (word.endsWith('ier')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('est')) candidates.push(word.slice(0, -3), word.slice(0, -2), undouble(word.slice(0, -3)));
  if (word.endsWith('er')) candidates.push(word.slice(0, -2), word.slice(0, -1), undouble(word.slice(0, -2)));
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) candidates.push(word.slice(0, -1));
  for (const candidate of candidates) {
    const entry = WORDS.get(candidate);
    if (entry && entry.valence !== 0) return entry;
  }
  // "unhelpful", "disorganised": a negating prefix on praise.
  const prefix = /^(?:un|dis)(?=\p{L}{4})/u.exec(word);
  if (prefix) {
    const base = word.slice(prefix[0].length);
    const entry = WORDS.get(base) ?? findInflected(base);
    if (entry && entry.valence > 0) return { valence: entry.valence * NEGATING_PREFIX };
  }
  return undefined;
}

function undouble(stem: string): string {
  return /(\p{L})\1$/u.test(stem) ? stem.slice(0, -1) : stem;
}

/** A stretched word with its repeated letters taken back to one: "sooo" → "so". */
export function unstretch(word: string): string {
  return word.replace(/(\p{L})\1{2,}/gu, '$1');
}
