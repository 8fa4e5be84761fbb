/** Comprehend refuses batch documents of 5,000 UTF-8 bytes or more ("fewer than 5,000 bytes"). */
export const MAX_DOCUMENT_BYTES = 4_999;

/**
 * Cuts text to at most `maxBytes` of UTF-8, at a grapheme boundary when one
 * fits (never inside a surrogate pair, and emoji sequences stay whole).
 */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const size = Buffer.byteLength(segment, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += segment.length;
  }
  if (end > 0) return text.slice(0, end);
  // One grapheme longer than the limit (a pile of combining marks): cut by code point.
  let out = '';
  for (const codePoint of text) {
    const size = Buffer.byteLength(codePoint, 'utf8');
    if (bytes + size > maxBytes) break;
    bytes += size;
    out += codePoint;
  }
  return out;
}
