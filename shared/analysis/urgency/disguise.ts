/*
 * Words spelled to slip past a reader: Cyrillic or Greek look-alike letters
 * inside a Latin word ("bоss" with a Cyrillic о), letters split by hyphens,
 * dots or spaces ("s-e-x-u-a-l", "sui.cide", "r a p e"), and digits or
 * symbols for letters ("h4r4ssm3nt", "su1c1de", "w@nt", "d!e", "r*ped").
 *
 * `undisguised` gives the text as it would read spelled plainly, or
 * undefined when nothing in it looks disguised. The detector reads that
 * spelling as well as the text as written (never instead of it), so a word
 * that happens to hold a digit ("covid19", "b2b") can only add a reading,
 * never take one away; and only words that mix letters with look-alikes are
 * changed, so "911", "3 pm" or "A-1" stay as they are.
 */

// Cyrillic and Greek letters drawn like Latin ones (lower case: the text is folded first).
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'u');
// A word with a Latin letter and a look-alike in it: only such words are respelled.
const MIXED_WORD = new RegExp(`[a-z${Object.keys(LOOK_ALIKES).join('')}]+`, 'gu');

// Digits and symbols that stand for letters inside a word.
const FOR_LETTERS: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};
// A word of letters with at least one stand-in between letters or at its end ("d!e", "h4r4ssm3nt", "w@nt", "su1c1de").
const RESPELLED =
  /(?<![\w@$!|*])[a-z]*[a-z][0-9@$!|]*(?:[0-9@$!|]+[a-z]+)+[0-9@$!|]*(?![\w@$|*])|(?<![\w@$!|*])[a-z]+[0-9@$|]+[a-z]+(?![\w@$|*])/g;

const RESPELLED_AGAIN = new RegExp(RESPELLED.source);
// A word of letters with digits that stand for letters at its start or its end: "th3", "1s", "0n".
const EDGE_DIGITS = /(?<![\w@$!|*])(?:[01345]+[a-z]+|[a-z]+[01345]+)(?![\w@$|*])/g;

// Single letters joined by the same hyphen, dot, underscore or space: "s-e-x-u-a-l", "r.a.p.e", "k i l l".
// Not letters that begin a word with digits in it ("there's a f1re": "s a f" is no spelled word; plain40).
const SPELLED_OUT = /(?<![a-z0-9])[a-z](?:([-._ ])[a-z])(?:\1[a-z]){1,}(?![a-z0-9])/g;
// Pieces of one word joined by a dot or hyphen with no space around ("sui.cide", "su-icide"): tried joined.
const SPLIT_WORD = /(?<![a-z.-])[a-z]{2,}(?:[.-][a-z]{1,}){1,3}(?![a-z.-])/g;

// A letter hidden behind an asterisk ("r*ped", "k*ll"): each vowel is tried.
const STARRED = /[a-z]\*+[a-z]/;
const VOWELS = ['a', 'e', 'i', 'o', 'u'];

/**
 * The folded text spelled plainly, one reading per guess at a hidden letter
 * (usually one), or undefined when nothing in it looks disguised.
 *
 * @example
 * undisguised('my bоss sеxually hаrassed me') // ['my boss sexually harassed me']
 * undisguised('s-e-x-u-a-l h-a-r-a-s-s-m-e-n-t') // ['sexual harassment']
 * undisguised('see you at 3 pm') // undefined
 */
export function undisguised(folded: string): string[] | undefined {
  let text = folded;
  if (LOOK_ALIKE.test(text))
    text = text.replace(MIXED_WORD, (word) =>
      /[a-z]/.test(word) ? [...word].map((letter) => LOOK_ALIKES[letter] ?? letter).join('') : word,
    );
  text = text
    .replace(SPELLED_OUT, (letters) => letters.replace(/[-._ ]/g, ''))
    .replace(SPLIT_WORD, (pieces) => pieces.replace(/[.-]/g, ''))
    .replace(RESPELLED, (word) => [...word].map((c) => FOR_LETTERS[c] ?? c).join(''));
  // Where the writer hides letters behind digits, short words with a digit at an edge are hidden too ("th3", "1s",
  // "0n" in "th3 guy 1s b3l0w the f0rkl1ft"): read as letters only beside a word respelled above (plain40).
  if (text !== folded && RESPELLED_AGAIN.test(folded))
    text = text.replace(EDGE_DIGITS, (word) => [...word].map((c) => FOR_LETTERS[c] ?? c).join(''));
  const readings = STARRED.test(text)
    ? VOWELS.map((vowel) => text.replace(/([a-z])\*+(?=[a-z])/g, `$1${vowel}`))
    : [text];
  const changed = readings.filter((reading) => reading !== folded);
  return changed.length ? changed : undefined;
}
