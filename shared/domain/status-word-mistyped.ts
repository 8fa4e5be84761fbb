/*
 * A status word typed with one slip of the thumb, followed by a case code and nothing else: "STAUTS 7KQ4M-XW9TR",
 * "statys 7kq4m xw9tr", "Estdo 7KQ4M-XW9TR", "STATU 7KQ4M-XW9TR".
 *
 * Why: within minutes of an urgent report such a text was read as details of the case (attack att37, F2): its
 * holder was emailed "Urgent: the employee answered: STAUTS [ID]", and the employee, who asked where their case
 * stands, was told "Your answer on case … was sent". Later it was a report holding a case code. Someone who types a
 * case code after a word one letter off STATUS, ESTADO or STATUT asks for its status: nothing else is said. Only a
 * code, whole and alone after the word, is read so; any other word after it leaves the text as it was.
 */

/** Whether `typed` is one slip from `word`: one letter changed, left out, added, or two side by side swapped. */
export function oneSlipFrom(typed: string, word: string): boolean {
  if (typed === word) return false;
  const [a, b] = [typed, word];
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const differ = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (differ.length === 1) return true;
    const [i, j] = differ;
    return differ.length === 2 && j === i! + 1 && a[i!] === b[j] && a[j] === b[i!];
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < longer.length; i += 1) if (longer.slice(0, i) + longer.slice(i + 1) === shorter) return true;
  return false;
}

/**
 * The status word (as the catalogues write it, upper case) that `firstWord` is one slip from, if any. Words
 * shorter than five letters are never read so: too many everyday words are one letter from a short keyword.
 */
export function mistypedStatusWord(firstWord: string, statusWords: Iterable<string>): string | undefined {
  const typed = firstWord.toUpperCase();
  if (typed.length < 5 || !/^\p{L}+$/u.test(typed)) return undefined;
  for (const word of statusWords) if (word.length >= 5 && oneSlipFrom(typed, word)) return word;
  return undefined;
}
