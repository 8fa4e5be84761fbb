import { onFirstUse } from './built-on-first-use';
import type { LanguageProfileFile, PackedProfiles } from './language-profile-pack';
import { LANGUAGE_PROFILE_TABLE } from './language-profiles.generated';

/*
 * The character n-gram profiles of the Latin-script languages the service
 * hears, fitted by `npm run fit:language` (scripts/fit-language.ts): for each
 * language, the cost (−log probability, in tenths of a nat) of its most
 * frequent 1-, 2- and 3-letter sequences, and the cost of any other. Read
 * here as the fitting script packs them (language-profile-pack.ts).
 */
export type { LanguageProfileFile };

/** Cost units per nat: costs are stored as integers. */
export const COST_SCALE = 10;

const packed = JSON.parse(LANGUAGE_PROFILE_TABLE) as PackedProfiles;
/** The languages the profiles cover, in a fixed order. */
export const PROFILE_LANGUAGES: readonly string[] = packed.languages;
const WIDTH = PROFILE_LANGUAGES.length;

/** A sequence of one to three UTF-16 units as one number (two bytes each), so that a text's sequences are looked up without building strings. */
const keyOf = (a: number, b: number, c: number) => a * 0x100000000 + b * 0x10000 + c;
const gramKey = (gram: string) =>
  keyOf(
    gram.length === 3 ? gram.charCodeAt(0) : 0,
    gram.length >= 2 ? gram.charCodeAt(gram.length - 2) : 0,
    gram.charCodeAt(gram.length - 1),
  );

/**
 * Sequence key → offset of its costs (nats, one per language, the unseen cost
 * where a language does not keep it) in `costs`. Built on the first guess,
 * not at import: the intake and sponsor functions import the language guess
 * with redaction and most of their cold starts never use it.
 */
const profileTable = onFirstUse(() => {
  // Kept as the bytes they are packed in, each read through the table of what a byte is worth in nats: the same
  // doubles as a table of doubles, in an eighth of the memory (31 KB), which stays in cache between texts.
  const cells = new Uint8Array(Buffer.from(packed.cells, 'base64'));
  const offsets = new Map<number, number>();
  const grams = packed.grams.split('\n');
  for (let i = 0; i < grams.length; i++) offsets.set(gramKey(grams[i]!), i * WIDTH);
  return { offsets, cells };
});

/** What each byte of the table is worth in nats. */
const NATS = Float64Array.from({ length: 256 }, (_, cost) => cost / COST_SCALE);

/**
 * The 1-, 2- and 3-letter sequences of each word, the word padded by a space
 * on each side so that beginnings and endings count ("ść " is Polish, " th" English).
 * The fitting script reads texts with it; {@link profileCosts} reads them the same way, faster.
 */
export function letterSequences(text: string, visit: (gram: string) => void): void {
  for (const [word] of text.toLowerCase().matchAll(/\p{L}+/gu)) {
    const padded = ` ${word} `;
    for (let i = 0; i < padded.length; i++) {
      if (i > 0 && i < padded.length - 1) visit(padded[i]!);
      if (i + 2 <= padded.length) visit(padded.slice(i, i + 2));
      if (i + 3 <= padded.length) visit(padded.slice(i, i + 3));
    }
  }
}

const SPACE = 32;
const nonAsciiLetters = new Map<number, boolean>();
function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  let known = nonAsciiLetters.get(code);
  if (known === undefined) nonAsciiLetters.set(code, (known = /\p{L}/u.test(String.fromCharCode(code))));
  return known;
}

/**
 * How unlike each profiled language a text is: the summed cost (nats) of its
 * letter sequences under each language's profile, in the order of
 * {@link PROFILE_LANGUAGES}. Lower is likelier; the difference between two
 * languages is the log of how much likelier one is than the other.
 */
export function profileCosts(text: string): Float64Array {
  const total = new Float64Array(WIDTH);
  const { cells } = profileTable();
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const letter = i < lower.length && isLetter(lower.charCodeAt(i));
    if (letter) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      // Added one sequence after another, in the order of the text, as they always were: the same sums to the last bit.
      for (const offset of wordSequences(lower, start, i))
        for (let l = 0; l < WIDTH; l++) total[l]! += NATS[cells[offset + l]!]!;
      start = -1;
    }
  }
  return total;
}

/*
 * A word's sequences are the same wherever it stands, and the same words
 * come back in text after text: which of them the profiles keep is looked
 * up once per word (up to a bound, then started afresh).
 */
const KEPT_WORDS = 20_000;
const wordSequenceCache = new Map<string, Int32Array>();

function wordSequences(lower: string, start: number, end: number): Int32Array {
  const word = lower.slice(start, end);
  let offsets = wordSequenceCache.get(word);
  if (offsets) return offsets;
  offsets = keptSequences(word);
  if (wordSequenceCache.size >= KEPT_WORDS) wordSequenceCache.clear();
  wordSequenceCache.set(word, offsets);
  return offsets;
}

/** Where the costs of each of one word's kept sequences lie, in reading order, the word standing between spaces ("ść " is Polish, " th" English). */
function keptSequences(word: string): Int32Array {
  const found: number[] = [];
  const { offsets } = profileTable();
  // A sequence no profile keeps tells nothing about which language it is.
  const add = (key: number) => {
    const offset = offsets.get(key);
    if (offset !== undefined) found.push(offset);
  };
  // The two units before this one, a space standing for "outside a word".
  let before2 = 0;
  let before1 = SPACE;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    add(keyOf(0, 0, code));
    add(keyOf(0, before1, code));
    if (before2) add(keyOf(before2, before1, code));
    before2 = before1;
    before1 = code;
  }
  // The word's last letters before a space.
  add(keyOf(0, before1, SPACE));
  add(keyOf(before2, before1, SPACE));
  return Int32Array.from(found);
}
