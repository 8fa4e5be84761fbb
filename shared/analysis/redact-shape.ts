/*
 * One reading of a text for the rules that read numbers: how many digits it
 * holds, its longest run of them, whether it has a capital A–Z, and its
 * lower-case form to look for cue words in. Each rule first asks this whether
 * it could find anything (an IBAN needs a capital, a card 13 digits, a post
 * box the word "box") and skips its pattern when it could not: most texts
 * hold a year or a price and nothing else.
 *
 * Rules only ever mask (redaction-kinds.ts): a later rule's text has no digit,
 * capital or word this one lacks, so the shape of the text the rules start on
 * is an upper bound for every rule after. Skipping a rule that could find
 * nothing changes no output.
 */

export interface Shape {
  /** ASCII digits (the rules read other scripts' digits as ASCII: redact-digits.ts). */
  digits: number;
  /** The longest run of ASCII digits. */
  longestRun: number;
  /** Whether some letter is a capital A–Z. */
  capitals: boolean;
  /**
   * The text in lower case, for words a case-blind (`/iu`) pattern needs:
   * what such a pattern reads as "s" includes the long s (ſ), which lower
   * case leaves as it is, so it is read as "s" here too.
   */
  lower: string;
}

export function shapeOf(text: string): Shape {
  let digits = 0;
  let longestRun = 0;
  let run = 0;
  let capitals = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      digits++;
      run++;
      if (run > longestRun) longestRun = run;
      continue;
    }
    run = 0;
    if (code >= 65 && code <= 90) capitals = true;
  }
  let lower = text.toLowerCase();
  if (lower.includes('ſ')) lower = lower.replace(/ſ/g, 's');
  return { digits, longestRun, capitals, lower };
}

/** Whether the lower-case text holds any of `words`. */
export function holdsAny(shape: Shape, words: readonly string[]): boolean {
  for (const word of words) if (shape.lower.includes(word)) return true;
  return false;
}
