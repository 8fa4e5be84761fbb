/*
 * One normal form for text and patterns alike, so a pattern written
 * "peligroso", "sécurité" or "bezpieczeństwo" matches what people type with
 * or without the marks: "peligroso", "securite", "bezpieczenstwo", Vietnamese
 * without tones, Arabic with or without vowel marks and tatweel, fullwidth
 * letters, and words split by invisible characters.
 */

// Soft hyphen, zero-width space/joiners, direction marks, word joiner and
// other invisible format characters, BOM, Arabic tatweel (ـ, stretches
// letters and carries no meaning), and the invisible tag characters and
// supplementary variation selectors ("ga\u{E0061}s leak" shows as "gas leak").
const INVISIBLE =
  /[\u00AD\u034F\u061C\u0640\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;
const MARKS = /\p{M}+/gu;
const APOSTROPHES = /[’‘`´ʼʹ′]/gu;
const SPACES = /\s+/gu;
// A line break ends a clause (the matcher, frames and the model's stretches split there), so it is kept: any run of
// spaces with a line break in it is one "\n", any other run one space.
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/u;
const singleSpaced = (text: string): string =>
  LINE_BREAK.test(text)
    ? text.replace(SPACES, (spaces) => (LINE_BREAK.test(spaces) ? '\n' : ' '))
    : text.replace(SPACES, ' ');
const ASCII = /^[\x00-\x7f]*$/;
const BACKTICKS = /`/g;

// Letters that carry their mark inside them (no Unicode decomposition), and
// Arabic letters written two ways.
const LETTERS: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ى: 'ي', // alef maqsura, often typed as yeh
  ة: 'ه', // teh marbuta, often typed as heh
  ی: 'ي', // Persian yeh, common on some keyboards
  ک: 'ك', // Persian keheh
};
const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'gu');

/**
 * The text as the matcher reads it: compatibility forms unified (fullwidth,
 * ligatures), invisible characters dropped, lower case, diacritics, tones and
 * Arabic vowel marks removed (Arabic hamza forms fold to their bare letter),
 * straight apostrophes, single spaces (a line break stays one line break: it ends a clause).
 *
 * @example
 * fold('Ｓécurité ZÉRO') // 'securite zero'
 * fold('مـخـرج الطَّوارئ') // 'مخرج الطواري'
 */
export function fold(text: string): string {
  // ASCII has nothing to normalise, no invisible characters, marks or special letters: only case, "`" and spaces.
  if (ASCII.test(text)) return singleSpaced(text.toLowerCase().replace(BACKTICKS, "'"));
  return foldMarks(text.normalize('NFKC').replace(INVISIBLE, '').toLowerCase(), singleSpaced);
}

/**
 * The same folding for a pattern's source, which is already lower case (and
 * must stay as written: `\W` is not `\w`).
 */
export function foldPattern(source: string): string {
  // ASCII, as most rules are written, has no compatibility forms, marks or special letters: only "`" and spaces
  // change (the detector folds its ~1,000 patterns at every cold start).
  if (ASCII.test(source)) return source.replace(BACKTICKS, "'").replace(SPACES, ' ');
  return foldMarks(source.normalize('NFKC'), (spaced) => spaced.replace(SPACES, ' '));
}

/*
 * Devanagari, Bengali and Gurmukhi write their vowels as marks: dropping them made two words one ("खाना बहुत", the food is
 * very, read as "खून बह", blood flows; "आगे लगी", stood ahead, as "आग लगी", fire broke out). Their vowel signs and
 * virama are kept; a long i or u folds to the short one, as people type them either way, and the nasal dots (ं ँ),
 * nukta and Gurmukhi's doubling mark are dropped ("नहीं" and "नही", "फँस" and "फंस" are one word).
 */
const INDIC_VOWEL_SIGN = /[\u093e-\u094d\u0962\u0963\u09be-\u09cd\u09d7\u09e2\u09e3\u0a3e-\u0a4d]/u;
const INDIC_LONG: Record<string, string> = {
  '\u0940': '\u093f', // ी → ि
  '\u0942': '\u0941', // ू → ु
  '\u0908': '\u0907', // ई → इ
  '\u090a': '\u0909', // ऊ → उ
  '\u09c0': '\u09bf', // ী → ি
  '\u09c2': '\u09c1', // ূ → ু
  '\u0988': '\u0987', // ঈ → ই
  '\u098a': '\u0989', // ঊ → উ
  '\u0a40': '\u0a3f', // ੀ → ਿ
  '\u0a42': '\u0a41', // ੂ → ੁ
  '\u0a08': '\u0a07', // ਈ → ਇ
  '\u0a0a': '\u0a09', // ਊ → ਉ
};
const INDIC_LONG_PATTERN = /[\u0940\u0942\u0908\u090a\u09c0\u09c2\u0988\u098a\u0a40\u0a42\u0a08\u0a0a]/gu;
const INDIC = /[\u0900-\u0a7f]/u;
const withoutMarks = (text: string): string =>
  INDIC.test(text)
    ? text
        .replace(MARKS, (marks) => [...marks].filter((mark) => INDIC_VOWEL_SIGN.test(mark)).join(''))
        .replace(INDIC_LONG_PATTERN, (letter) => INDIC_LONG[letter] ?? letter)
    : text.replace(MARKS, '');

function foldMarks(text: string, spaced: (text: string) => string): string {
  return spaced(
    withoutMarks(text.normalize('NFD'))
      .replace(LETTER_PATTERN, (letter) => LETTERS[letter] ?? letter)
      .replace(APOSTROPHES, "'"),
  ).normalize('NFC');
}
