/**
 * The answers a step gave for the texts of the batch at hand, so that a later
 * step asking about the same text gets the answer without reading it again:
 * the offline analyzer runs each step over its whole batch before the next
 * (up to 100 texts), so "the last text asked about" is no longer the one a
 * later step asks about. Bounded: past `size` texts it starts afresh, so a
 * long-lived process keeps no more than a batch or two of texts.
 *
 * @example
 * const guesses = recentAnswers<string>(256);
 * guesses.answer('Merci beaucoup', guessLanguage) // reads the text
 * guesses.answer('Merci beaucoup', guessLanguage) // the same answer, not read again
 */
export function recentAnswers<T>(size: number): { answer(text: string, read: (text: string) => T): T } {
  const answers = new Map<string, T>();
  return {
    answer(text, read) {
      const known = answers.get(text);
      if (known !== undefined) return known;
      const value = read(text);
      if (answers.size >= size) answers.clear();
      answers.set(text, value);
      return value;
    },
  };
}
