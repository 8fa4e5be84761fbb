import * as fc from 'fast-check';
import { cleanText } from '../../shared/domain/feedback';
import { MAX_TEXT_BYTES, MAX_TEXT_CHARACTERS } from '../../shared/domain/limits';

/**
 * Characters that cost the most once sent: CJK, Arabic, emoji, a line break
 * (CRLF from a browser), letters a keyboard may send decomposed (Vietnamese
 * tones, Hangul jamo, Greek with three marks) and plain ASCII.
 */
export const HARD_CHARACTERS = [
  '漏',
  '气',
  'ح',
  'ر',
  '😀',
  '🔥',
  '\n',
  'ế',
  'ệ',
  '갃',
  '한',
  'ᾂ',
  'ΐ',
  'a',
  ' ',
  '%',
  '&',
  '+',
];

/** How a client may write a text: as typed (NFC) or decomposed (NFD), line breaks as LF or CRLF. */
export type Spelling = { nfd: boolean; crlf: boolean };

export function spell(text: string, { nfd, crlf }: Spelling): string {
  const normal = nfd ? text.normalize('NFD') : text;
  return crlf ? normal.replaceAll('\n', '\r\n') : normal;
}

/** Whether a text, as the intake counts it (cleaned: NFC, LF, trimmed), is within the documented limit. */
export function withinLimit(text: string): boolean {
  const counted = cleanText(text);
  return (
    counted.length > 0 &&
    [...counted].length <= MAX_TEXT_CHARACTERS &&
    Buffer.byteLength(counted, 'utf8') <= MAX_TEXT_BYTES
  );
}

/** The longest text of `characters` (cycled, between two x's so none is trimmed) within the limit: the largest a client may send. */
export function longestOf(characters: readonly string[]): string {
  let text = '';
  for (let i = 0; ; i++) {
    const next = text + characters[i % characters.length];
    if (!withinLimit(`x${next}x`)) return `x${text}x`;
    text = next;
  }
}

/** Any text within the limit, drawn from the hardest characters, at any length up to the limit. */
export const textWithinLimit = fc
  .array(fc.constantFrom(...HARD_CHARACTERS), { minLength: 1, maxLength: 2400 })
  .map((chars) => {
    let text = `x${chars.join('')}`;
    while (!withinLimit(text)) text = [...text].slice(0, -Math.max(1, Math.floor([...text].length / 50))).join('');
    return text;
  });

/** A form field's value with every byte percent-encoded: valid, and the longest a form can be. */
export const percentEveryByte = (text: string) =>
  [...new TextEncoder().encode(text)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/** JSON with every UTF-16 unit escaped as `\uXXXX`, as Python's json.dumps escapes non-ASCII, only more so. */
export const jsonEscapingAll = (value: Record<string, unknown>): string =>
  JSON.stringify(value).replace(/"((?:[^"\\]|\\.)*)"/g, (_, inner: string) => {
    const raw = JSON.parse(`"${inner}"`) as string;
    return `"${[...Array(raw.length).keys()].map((i) => `\\u${raw.charCodeAt(i).toString(16).padStart(4, '0')}`).join('')}"`;
  });

/** The ways a client may encode a body: form or JSON, each plain or escaped the longest way. */
export type Encoding = 'form' | 'form-every-byte' | 'json' | 'json-escaped';
export const ENCODINGS: readonly Encoding[] = ['form', 'form-every-byte', 'json', 'json-escaped'];

export function encodeBody(
  encoding: Encoding,
  fields: Record<string, string | boolean | number>,
): {
  contentType: string;
  body: string;
} {
  if (encoding === 'json') return { contentType: 'application/json', body: JSON.stringify(fields) };
  if (encoding === 'json-escaped') return { contentType: 'application/json', body: jsonEscapingAll(fields) };
  const pairs = Object.entries(fields).map(([name, value]) =>
    encoding === 'form'
      ? new URLSearchParams({ [name]: String(value) }).toString()
      : `${name}=${percentEveryByte(String(value))}`,
  );
  return { contentType: 'application/x-www-form-urlencoded', body: pairs.join('&') };
}
