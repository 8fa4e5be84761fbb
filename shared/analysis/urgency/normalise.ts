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

function foldMarks(text: string, spaced: (text: string) => string): string {
  return spaced(
    text
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(LETTER_PATTERN, (letter) => LETTERS[letter] ?? letter)
      .replace(APOSTROPHES, "'"),
  ).normalize('NFC');
}
