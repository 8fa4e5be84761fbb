/*
 * The sentences of a folded text, for readers that need all their parts in one sentence (u48b): split at a full stop,
 * a question or exclamation mark, a line break or a semicolon, in Latin and Chinese punctuation. A sentence longer than
 * MAX (a review typed with no full stops) is split again at its commas and runs of spaces, so parts that stand far
 * apart in it are not read as one report. A comma alone does not end a short sentence: "要交五千块押金给中介才能进厂"
 * and "they live above the shop, they cant go out and dont get paid" tell one thing across commas.
 */
const MAX = 240;

export function shortSentences(folded: string): string[] {
  const sentences: string[] = [];
  for (const sentence of folded.split(/[.!?\n。！？;；]+/u)) {
    if (sentence.length <= MAX) sentences.push(sentence);
    else sentences.push(...sentence.split(/[,，、]| {2,}/u));
  }
  return sentences;
}
