/*
 * An emoji put between the words of a report as decoration ("smoke 💨 pouring out of the dryer room", "guy 😵 on the
 * floor not moving"; att40 F1, plain40): the rules read words side by side, and an emoji that is no danger of its own
 * (emoji-words.ts puts those as words) split them. `withEmojiBetweenWordsLeftOut` gives the text with each emoji
 * that stands between two words left out, or undefined when there is none. The detector reads it beside the text as
 * written (urgency.ts, `withEmojiRead`), so leaving an emoji out only ever adds a reading.
 */
// One character class for the run (emoji, joiners, skin tones and spaces): nested repeats backtracked without end on a
// long run of emoji with no word after it.
const BETWEEN_WORDS =
  /(?<=[\p{L}\p{N}][.,!?]?) ?[\p{Extended_Pictographic}\u200D\uFE0F\u{1F3FB}-\u{1F3FF}][\p{Extended_Pictographic}\u200D\uFE0F\u{1F3FB}-\u{1F3FF} ]*(?=\p{L})/gu;

/** The text with emoji between two words left out, or undefined when there is none. */
export function withEmojiBetweenWordsLeftOut(text: string): string | undefined {
  const left = text.replace(BETWEEN_WORDS, ' ');
  return left === text ? undefined : left;
}
