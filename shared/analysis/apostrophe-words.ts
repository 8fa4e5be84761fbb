/*
 * Ukrainian, Belarusian and other alphabets write an apostrophe inside a word: "б'є" (beats), "п'є" (drinks), "з'їв"
 * (ate), "сім'я" (family), "Мар'яна". Read as a word, a name and a tail, "керівник зміни б'є хлопців" showed the
 * sponsor "[NAME]'є хлопців": a verb cut into a name and noise. A word of these scripts runs on through an apostrophe
 * (straight, curly or the modifier letter Ukrainian keyboards type) followed by a letter.
 */
export const APOSTROPHE_INSIDE = String.raw`(?:['\u2019\u02bc][\p{L}\p{M}]+)*`;

/** An apostrophe inside a word, followed by a letter: the word goes on. */
export const APOSTROPHE_THEN_LETTER = String.raw`['\u2019\u02bc][\p{L}\p{M}]`;

// All small letters with an apostrophe inside ("б'є", "з'їв", "сім'я"): a word, not a name written small.
const SMALL_WITH_APOSTROPHE = /^[\p{Ll}\p{M}]+(?:['\u2019\u02bc][\p{Ll}\p{M}]+)+$/u;

/** Whether a word of a non-Latin script is a word with an apostrophe inside, written small: no name. */
export const isSmallWordWithApostrophe = (word: string): boolean => SMALL_WITH_APOSTROPHE.test(word);
