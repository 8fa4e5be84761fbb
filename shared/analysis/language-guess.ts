import { detectLanguage, STOPWORDS } from './language';

/** A language guessed without Comprehend, and whether it is sure enough to act on. */
export interface OfflineLanguageGuess {
  /** An ISO 639-1 code, as Comprehend reports languages (`en`, `es`, …). */
  code: string;
  /** True only when a wrong guess is very unlikely: then Comprehend is not asked. */
  confident: boolean;
}

/**
 * Languages the offline guess may be confident about: the Latin-script
 * languages whose function words the offline detector knows and that
 * Comprehend analyses. Dutch (known offline, but not analysed by Comprehend)
 * and script-named languages (`zh` cannot tell `zh-TW`; others are rare) are
 * always left to Comprehend.
 */
const CONFIDENT_LANGUAGES: readonly string[] = ['en', 'es', 'fr', 'de', 'pt', 'it'];
/** Below this many letters a text is too short to be sure of ("Gracias", "ok merci"). */
const CONFIDENT_MIN_LETTERS = 40;
/**
 * Against every other language the detector knows, a text must hold at least
 * this many function words of the guessed language that the other lacks…
 */
const CONFIDENT_MIN_EVIDENCE = 3;
/** …and more than this many times as many as words of the other language that the guessed one lacks. */
const CONFIDENT_MARGIN = 4;

/**
 * The offline language of a text, and whether it is sure enough to skip
 * Comprehend's `BatchDetectDominantLanguage` for it. `detectLanguage` gives
 * a best guess with no confidence; "confident" is a stricter test on top:
 * a Latin-script language Comprehend analyses ({@link CONFIDENT_LANGUAGES}),
 * no letters of another script, at least 40 letters, and against every other
 * language the detector knows at least 3 function words only the guess has
 * and more than 4 times as many as the other's own. A text mixing two
 * languages, where Comprehend's dominant language could go either way, is
 * left to Comprehend.
 *
 * Why conservative: the language decides the code sentiment, key phrases
 * and PII detection run with, and a wrong code costs quality silently (a
 * Portuguese complaint read as Spanish loses much of its sentiment), while
 * asking costs one request shared by up to 25 documents.
 *
 * @example
 * guessLanguageOffline('The night shift is understaffed again and we are all exhausted.') // { code: 'en', confident: true }
 * guessLanguageOffline('Gracias') // { code: 'es', confident: false }
 */
export function guessLanguageOffline(text: string): OfflineLanguageGuess | undefined {
  const code = detectLanguage(text);
  if (code === 'und') return undefined;
  return { code, confident: isConfidentGuess(text, code) };
}

function isConfidentGuess(text: string, code: string): boolean {
  const own = STOPWORDS[code];
  if (!own || !CONFIDENT_LANGUAGES.includes(code)) return false;
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length < CONFIDENT_MIN_LETTERS) return false;
  if (letters.some((letter) => !/\p{Script=Latin}/u.test(letter))) return false;
  const tokens = Array.from(
    text
      .toLowerCase()
      .replace(/[’‘]/g, "'")
      .matchAll(/[\p{L}']+/gu),
    ([token]) => token,
  );
  return Object.entries(STOPWORDS).every(([language, other]) => {
    if (language === code) return true;
    const forGuess = tokens.filter((token) => own.has(token) && !other.has(token)).length;
    const forOther = tokens.filter((token) => other.has(token) && !own.has(token)).length;
    return forGuess >= CONFIDENT_MIN_EVIDENCE && forGuess > CONFIDENT_MARGIN * forOther;
  });
}
