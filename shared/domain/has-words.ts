/** Characters Unicode files as letters or symbols that show nothing on a page: Hangul fillers, the Braille blank. */
export const BLANK_LOOKALIKES = /[\u115F\u1160\u3164\uFFA0\u2800]/g;

/** A letter or a digit in any script, or an emoji (one shown as a picture: "😡", "👍", "❤️"). */
export const SAYS_SOMETHING = /[\p{L}\p{N}\p{Emoji_Presentation}]|\p{Extended_Pictographic}\uFE0F/u;

/**
 * Whether a text says something: in words or figures, or with an emoji, which says how someone feels as a
 * kiosk's face does. A bare "?", ".", "!!!", "…" or characters that only look like spaces carry nothing a
 * reader could act on, count or answer, so a new report of them is refused with a message that says so.
 */
export const hasWords = (text: string): boolean => SAYS_SOMETHING.test(text.replace(BLANK_LOOKALIKES, ''));

/** The refusal of a report without words, for the developers who read the JSON API's issues. */
export const NO_WORDS =
  'text has no words: punctuation, symbols or blank characters alone are not kept; write the feedback in words';
