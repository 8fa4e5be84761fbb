import { utf8Length, wellFormed } from '../domain/utf8';

/**
 * The most a key phrase may take, in UTF-8 bytes. Phrases become counters in
 * the weekly figures and themes in the digest: a theme longer than a line is
 * not a theme but a run-on token ("AAAA…", an unspaced sentence, a pasted
 * hash), and bytes, not characters, are what DynamoDB's key limits count.
 */
export const MAX_KEY_PHRASE_BYTES = 100;

/**
 * A key phrase cut to {@link MAX_KEY_PHRASE_BYTES}: its leading whole words
 * that fit, or nothing when even its first word does not (one giant token
 * names no theme; half of it would name a wrong one). Lone surrogates become
 * U+FFFD, as they would in UTF-8.
 *
 * @example
 * fitKeyPhrase('broken forklift') // 'broken forklift'
 * fitKeyPhrase('A'.repeat(1100)) // undefined
 */
export function fitKeyPhrase(phrase: string): string | undefined {
  const text = wellFormed(phrase).trim();
  if (!text) return undefined;
  if (utf8Length(text) <= MAX_KEY_PHRASE_BYTES) return text;
  let kept = '';
  for (const word of text.split(/\s+/u)) {
    const next = kept ? `${kept} ${word}` : word;
    if (utf8Length(next) > MAX_KEY_PHRASE_BYTES) break;
    kept = next;
  }
  return kept || undefined;
}
