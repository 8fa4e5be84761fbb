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

const ASCII = /^[\x00-\x7f]*$/;
// A decimal digit beyond the Basic Multilingual Plane (Osmanya 𐒥, Adlam 𞥕, ...): two UTF-16 units, so the
// number rules, which read digits in place (redact-digits.ts), cannot; read here as its ASCII digit.
const ASTRAL_DIGIT = /(?=\p{Nd})[\u{10000}-\u{10FFFF}]/gu;

/**
 * The text as redaction sees it: NFKC, without invisible characters.
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
    .replace(ASTRAL_DIGIT, (d) => String(digitValue(d.codePointAt(0)!)));
}
