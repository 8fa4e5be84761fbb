// The zero of each decimal-digit block read as ASCII: Arabic-Indic, Persian, N'Ko,
// Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
// Malayalam, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian.
const DIGIT_ZEROS = [
  0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040,
  0x17e0, 0x1810,
];
const OTHER_DIGIT =
  /[\u0660-\u0669\u06F0-\u06F9\u07C0-\u07C9\u0966-\u096F\u09E6-\u09EF\u0A66-\u0A6F\u0AE6-\u0AEF\u0B66-\u0B6F\u0BE6-\u0BEF\u0C66-\u0C6F\u0CE6-\u0CEF\u0D66-\u0D6F\u0E50-\u0E59\u0ED0-\u0ED9\u0F20-\u0F29\u1040-\u1049\u17E0-\u17E9\u1810-\u1819]/gu;

/** The text with every decimal digit of another script as its ASCII digit; same length. */
export function asciiDigits(text: string): string {
  if (!/[\u0660-\u1819]/u.test(text)) return text;
  return text.replace(OTHER_DIGIT, (d) => {
    const code = d.charCodeAt(0);
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}

// What people type between the groups of a number besides "-": other dashes (non-breaking, en, em,
// minus), the long-vowel mark a Japanese keyboard gives for "-" (ー, ｰ), the Hangul ㅡ a Korean one
// gives, middle dots and bullets, "~", "_", Japanese の ("090の4726の1538"). Read as "-" only between
// two digits (a space either side allowed). Not "/": "9/9/2018", "2012/2013" are dates, not numbers to
// call (the 100,494 eval rows: five such dates became [PHONE] with it, nothing else changed).
const NUMBER_SEPARATOR =
  /(?<=\d ?)[\p{Pd}\u2212\u30FC\uFF70\u3161\u1173\u00B7\u2022\u2219\u22C5\u30FB\uFF65~_の](?= ?\d)/gu;
const ANY_SEPARATOR = /[^\x00-\x5e\x60-\x7d\x7f]/;

/**
 * The text with every separator between two digits written as "-", which every number rule reads;
 * same length, so what is not masked keeps the separator it was written with.
 *
 * @example
 * asciiSeparators('call 555–123–4567') // 'call 555-123-4567'
 */
export function asciiSeparators(text: string): string {
  // Most texts hold none of these characters: no scan.
  if (!ANY_SEPARATOR.test(text)) return text;
  return text.replace(NUMBER_SEPARATOR, '-');
}
