import { digitValue } from './redact-digits';

/*
 * What redaction reads, and what is stored: compatibility-normalised text
 * (NFKC folds fullwidth letters and digits, ligatures and odd spaces into
 * plain ones) with the invisible characters taken out. A soft hyphen or a
 * zero-width space inside "Kowal­czyk" hides the name from every rule; once
 * gone, the name is a name again. The private-use characters are removed
 * too: the redactor uses them as its own markers.
 */

// Format characters (soft hyphen, zero-width space/joiners, word joiner,
// bidi controls, byte-order mark, tag characters), variation selectors, the
// combining grapheme joiner, Mongolian selectors, Hangul fillers, private use.
export const INVISIBLE = /[\p{Cf}\p{Co}\u034F\u115F\u1160\u180B-\u180F\u3164\uFE00-\uFE0F\uFFA0\u{E0100}-\u{E01EF}]/gu;

// Marks that style text rather than spell it, as "strikethrough text" and "underline text" generators paste
// them after every letter ("G̶r̶e̶g̶ ̶S̶m̶i̶t̶h̶"): overlays (tilde, strokes, slashes), low lines and overlines; and
// "zalgo" stacks, two or more marks on one letter, which no orthography leaves once NFKC has composed what it can.
// Each letter then hides its word from every rule, as a zero-width character would; taken out, the name is a name.
export const STYLING_MARKS = /[\u0300-\u036F]{2,}|[\u0305\u0332-\u0338\u033F\u20D2\u20D3\u20E5\u20E6]+/gu;

const ASCII = /^[\x00-\x7f]*$/;
// A decimal digit beyond the Basic Multilingual Plane (Osmanya 𐒥, Adlam 𞥕, ...): two UTF-16 units, so the
// number rules, which read digits in place (redact-digits.ts), cannot; read here as its ASCII digit.
const ASTRAL_DIGIT = /(?=\p{Nd})[\u{10000}-\u{10FFFF}]/gu;
// Blind round 16: letters in black circles and squares ("🅓🅐🅡🅝🅔🅛🅛", "🅳🅰🆁🅽🅴🅻🅻"), which NFKC leaves as symbols
// (the white ones, "ⓓ" and "🄳", it folds itself): read as the capital each stands for.
const ENCLOSED_LETTER = /[\u{1F150}-\u{1F169}\u{1F170}-\u{1F189}]/gu;

/**
 * The text as redaction sees it: NFKC, without invisible characters or styling marks.
 *
 * @example
 * normaliseForRedaction('Kowal\u00ADczyk ＮＯＷＡＫ') // 'Kowalczyk NOWAK'
 */
export function normaliseForRedaction(text: string): string {
  // ASCII is already in NFKC and holds no invisible character (most texts: no copy, no scan).
  if (ASCII.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .replace(STYLING_MARKS, '')
    .replace(ASTRAL_DIGIT, (d) => String(digitValue(d.codePointAt(0)!)))
    .replace(ENCLOSED_LETTER, (c) => {
      const code = c.codePointAt(0)!;
      return String.fromCharCode(65 + ((code - 0x1f150) % 0x20));
    });
}
