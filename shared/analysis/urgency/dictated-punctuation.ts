/*
 * Voice-to-text that writes the punctuation it was told ("he aint moving period somebody needs to call somebody",
 * "man down comma not breathing"; att40 F1, plain40): the spoken "period", "comma", "full stop" or "question mark"
 * sits between the words a rule reads side by side. `withDictatedPunctuation` gives the text with those words as the
 * marks they stand for, or undefined when it has none. A period that is a length of time ("trial period ends", "the
 * pay period", "a 30 day period") is left as it is. The detector reads it beside the text as written (shorthand.ts).
 */
const SPOKEN =
  /(?<=[\p{L}\p{N}'] )(?<!\b(?:trial|probation|probationary|time|pay|grace|notice|waiting|this|that|the|a|an|my|her|his|their|our|rest|cooling|holiday|lunch|busy|peak|reporting|same|billing|day|week|month|year|\d+) )(?:period|full stop|comma|question mark|exclamation (?:point|mark)|new line|semicolon)(?= [\p{L}\p{N}]|\s*$)/gu;
const MARK: Record<string, string> = { comma: ',', semicolon: ';', 'question mark': '?', 'new line': '\n' };

/** The folded text with spoken punctuation as marks, or undefined when it has none. */
export function withDictatedPunctuation(folded: string): string | undefined {
  const text = folded.replace(SPOKEN, (word) => MARK[word] ?? '.').replace(/ ([.,;?])/g, '$1');
  return text === folded ? undefined : text;
}
