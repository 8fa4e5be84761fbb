/*
 * Whether a word is only the letters a to z: the name readers ask it of
 * every word, several times, before taking accents off, and a loop over a
 * few character codes costs a fraction of a regular expression's call.
 */

/** `/^[a-z]+$/.test(word)`. */
export function isLowerAsciiWord(word: string): boolean {
  return word.length > 0 && isLowerAsciiOrEmpty(word);
}

/** `/^[a-z]*$/.test(word)`. */
export function isLowerAsciiOrEmpty(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}
