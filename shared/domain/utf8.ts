/**
 * Text measured as AWS measures it: in UTF-8 bytes. DynamoDB key limits,
 * Comprehend's document limit and SMS segments all count bytes, while
 * JavaScript counts UTF-16 units (and dynalite, the local DynamoDB, counts
 * those too), so a limit checked in `.length` passes locally and fails on AWS.
 */

// String.prototype.toWellFormed, which the ES2023 library types lack.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The text with every lone surrogate replaced by U+FFFD, which is what it
 * becomes in UTF-8 anyway: measuring and cutting then agree with what is sent.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Bytes of the text in UTF-8 (a lone surrogate counts as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * The longest start of the text that fits in `maxBytes` of UTF-8, cut
 * between code points (never inside a character or a surrogate pair), and
 * well-formed.
 *
 * @example
 * cutUtf8('安全出口', 7) // '安全' (each character is 3 bytes)
 */
export function cutUtf8(text: string, maxBytes: number): string {
  const whole = wellFormed(text);
  if (utf8Length(whole) <= maxBytes) return whole;
  let bytes = 0;
  let end = 0;
  for (const codePoint of whole) {
    const size = utf8Length(codePoint);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += codePoint.length;
  }
  return whole.slice(0, end);
}
