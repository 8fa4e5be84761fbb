/*
 * Where a phrase's words stand in a folded text as whole words, any run of
 * spaces or hyphens between them: what the conflict matcher looks for, for
 * every sponsor's name, role and site in every reading of every report.
 *
 * It answers exactly what the expression
 *   /(?<![\p{L}\p{N}])word1[\s\-]*word2…(?![\p{L}\p{N}])/gu
 * gives to `matchAll` (the same matches, in order, none overlapping), without
 * making one: V8 compiles each such expression on its first use, and the
 * conflict matcher made dozens per report (about 30 ms of CPU on a Lambda's
 * first report, 10-20 ms on each later one).
 */

/** One match: where it starts in the text and how long it is. */
export interface PhraseMatch {
  index: number;
  length: number;
}

const SEPARATOR = /[\s-]/;
const WORD_CODE_POINT = /[\p{L}\p{N}]/u;
const wordCodePoints = new Map<number, boolean>();

/** Whether a code point is a letter or a number, as `[\p{L}\p{N}]` under the `u` flag reads it. */
function isWordCodePoint(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  let known = wordCodePoints.get(code);
  if (known === undefined) {
    known = WORD_CODE_POINT.test(String.fromCodePoint(code));
    wordCodePoints.set(code, known);
  }
  return known;
}

const isLead = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isTrail = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** The code point that ends just before `at` (a surrogate pair read whole), as a look-behind reads it. */
function wordEndsBefore(text: string, at: number): boolean {
  if (at === 0) return false;
  const unit = text.charCodeAt(at - 1);
  if (isTrail(unit) && at >= 2 && isLead(text.charCodeAt(at - 2))) return isWordCodePoint(text.codePointAt(at - 2)!);
  return isWordCodePoint(unit);
}

const wordStartsAt = (text: string, at: number): boolean => at < text.length && isWordCodePoint(text.codePointAt(at)!);

/** A `u` expression never starts a match between the two halves of a surrogate pair. */
const splitsPair = (text: string, at: number): boolean =>
  at > 0 && isTrail(text.charCodeAt(at)) && isLead(text.charCodeAt(at - 1));

/** The end of the phrase's words read from `at` (spaces or hyphens between them), or -1. */
function phraseEnd(text: string, at: number, words: readonly string[]): number {
  let end = at;
  for (let w = 0; w < words.length; w += 1) {
    if (w > 0) while (end < text.length && SEPARATOR.test(text[end]!)) end += 1;
    if (!text.startsWith(words[w]!, end)) return -1;
    end += words[w]!.length;
    // A word ending in half of a surrogate pair is not the pair's letter.
    if (splitsPair(text, end)) return -1;
  }
  return end;
}

/**
 * Every place the words stand in `text`, in order, whole words (no letter or
 * number just before or after), none overlapping. The words must be
 * non-empty and hold no space or hyphen (a phrase split on them).
 *
 * @example
 * phraseMatches('ask the head-of hr', ['head', 'of', 'hr']) // [{ index: 8, length: 10 }]
 */
export function phraseMatches(text: string, words: readonly string[]): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  if (!words.length) return found;
  const first = words[0]!;
  let from = 0;
  for (let at = text.indexOf(first, from); at >= 0; at = text.indexOf(first, from)) {
    const end = splitsPair(text, at) || wordEndsBefore(text, at) ? -1 : phraseEnd(text, at, words);
    if (end >= 0 && !wordStartsAt(text, end)) {
      found.push({ index: at, length: end - at });
      from = end;
    } else {
      from = at + 1;
    }
  }
  return found;
}

/** Whether the words stand somewhere in `text` (see {@link phraseMatches}). */
export function hasPhraseWords(text: string, words: readonly string[]): boolean {
  if (!words.length) return false;
  const first = words[0]!;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (splitsPair(text, at) || wordEndsBefore(text, at)) continue;
    const end = phraseEnd(text, at, words);
    if (end >= 0 && !wordStartsAt(text, end)) return true;
  }
  return false;
}
