/*
 * Letters spaced out are read joined ("w h i t f i e l d", "C.E.O"), so a sponsor's name or role spelled that way is
 * found. But three letters apart may be words: in Portuguese "no turno C e o encarregado" ("on shift C and the
 * foreman") was read "ceo" and hidden as the CEO (op42, 2026-12-07: "turno [NAME] encarregado"). A run of three
 * letters parted by spaces alone, written with a capital then small letters, whose later letters are words of one
 * letter ("e", "o", "a", "y", "i", "u": and, the, or), is read as those words. "C E O", "c.e.o", "c-e-o" and longer
 * runs ("W h i t f i e l d") are still joined.
 */

const ONE_LETTER_WORDS = new Set(['a', 'e', 'o', 'y', 'i', 'u']);

/** Whether a run of spaced letters (as written, "C e o") reads as words rather than a word spelled out. */
export function spacedLettersAreWords(run: string): boolean {
  if (!/^\p{L} \p{L} \p{L}$/u.test(run)) return false;
  const [first, second, third] = [run[0]!, run[2]!, run[4]!];
  return (
    first === first.toUpperCase() &&
    second === second.toLowerCase() &&
    third === third.toLowerCase() &&
    first !== first.toLowerCase() &&
    ONE_LETTER_WORDS.has(second) &&
    ONE_LETTER_WORDS.has(third)
  );
}
