import { type SoundWord, soundWords } from './name-transliteration';

/*
 * Hebrew joins its short words to the next one: ו and, ל to, ב in, ה the, ש that, מ from, כ as
 * ("ורומרו" and Romero, "לאוקפור" to Okafor). A surname so joined is still the sponsor's: each Hebrew
 * word opening with one of those letters is read a second time without it. Only as a surname: a short
 * first name left after such a letter is too often a word ("ולי" and to me).
 */

const PREFIX = /^[ובלהשמכ]/u;

/** The Hebrew words of `words` (read from `raw`) once more without a joined prefix letter, marked `afterPrefix`. */
export function hebrewUnprefixed(raw: string, words: readonly SoundWord[]): SoundWord[] {
  return words.flatMap((w) => {
    const written = raw.slice(w.span.start, w.span.end);
    // The rest must keep at least three letters: a surname's consonants are compared, and fewer match words.
    if (!w.hebrew || !PREFIX.test(written) || [...written].length < 4) return [];
    const at = w.span.start + 1;
    return soundWords(written.slice(1)).map((rest) => ({
      ...rest,
      span: { start: rest.span.start + at, end: rest.span.end + at },
      afterPrefix: true,
    }));
  });
}
