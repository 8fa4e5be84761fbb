/*
 * A report typed one word per line, as people do on a phone in a hurry or dictating word by word ("help\nfire\nloading
 * dock\npeople\ninside"): a line break ends a clause, so read line by line no line named a danger (blind rounds 29 and
 * 30). A text of four lines or more, each of one or two words and most of one, is read as the sentence it is. A list
 * of longer lines, or a poem of short sentences, is read line by line as before.
 */
const LINE = /\s*\n\s*/u;
const WORD = /[^\s]+/gu;
const MIN_LINES = 4;

/** The text with its lines joined when they are its words one by one; otherwise the text as it is. */
export function withWordsOnLinesJoined(text: string): string {
  if (typeof text !== 'string' || !text.includes('\n')) return text;
  const lines = text.trim().split(LINE);
  if (lines.length < MIN_LINES) return text;
  let single = 0;
  for (const line of lines) {
    const words = line.match(WORD)?.length ?? 0;
    if (words > 2) return text;
    if (words === 1) single += 1;
  }
  return single * 4 >= lines.length * 3 ? joined(lines) : text;
}

// Scripts written without spaces between words (Chinese typed a character per line): their lines join with no space.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}]/u;
const joined = (lines: readonly string[]): string =>
  lines.reduce((text, line) =>
    UNSPACED.test(text.slice(-1)) && UNSPACED.test(line[0] ?? '') ? text + line : `${text} ${line}`,
  );
