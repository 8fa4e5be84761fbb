import { createHash } from 'node:crypto';
import { cutUtf8, utf8Length, wellFormed } from '../../domain/utf8';

/** DynamoDB's limits on key values, in UTF-8 bytes. */
export const MAX_PARTITION_KEY_BYTES = 2048;
export const MAX_SORT_KEY_BYTES = 1024;

/** Room for one component of text a key is built from (a phrase, a topic, a site). */
export const DEFAULT_KEY_PART_BYTES = 200;
// "~" and 64 hex characters of SHA-256 after the readable start of a long part.
const HASHED_SUFFIX_BYTES = 65;

/**
 * One component of a DynamoDB key made from text that users or the config
 * control, guaranteed to take at most `maxBytes` of UTF-8. A short part is
 * kept as it is (keys stay readable); a longer one becomes its readable start
 * followed by `~` and the SHA-256 of the whole, so two different long parts
 * never share a key and the same part always gets the same one. Keep the
 * text itself in an attribute when it has to be read back.
 *
 * Lone surrogates become U+FFFD first, as they would in UTF-8.
 *
 * @example
 * keyPart('night shift') // 'night shift'
 * keyPart('A'.repeat(1100)) // 'AAAA…A~3f9c…' (200 bytes)
 */
export function keyPart(text: string, maxBytes = DEFAULT_KEY_PART_BYTES): string {
  const whole = wellFormed(text);
  if (utf8Length(whole) <= maxBytes) return whole;
  const digest = createHash('sha256').update(whole, 'utf8').digest('hex');
  return `${cutUtf8(whole, Math.max(0, maxBytes - HASHED_SUFFIX_BYTES))}~${digest}`;
}

/** A key DynamoDB would refuse; the message says which part and by how much, never its text. */
export class DynamoDbKeyTooLongError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DynamoDbKeyTooLongError';
  }
}

/**
 * Throws before a write that DynamoDB would refuse for its key size, counted
 * in UTF-8 bytes as DynamoDB counts them. dynalite, the local stand-in,
 * counts UTF-16 units instead and lets through keys that AWS refuses (a
 * 366-character Chinese phrase is 1,098 bytes), so adapters call this on
 * every key they build from text, and tests on dynalite fail as AWS would.
 *
 * @example
 * assertKeyFits({ pk: 'WEEK#2026-W47', sk: `PHRASE#${keyPart(phrase)}#3` });
 */
export function assertKeyFits(key: { pk: string; sk?: string }): void {
  const pkBytes = utf8Length(key.pk);
  if (pkBytes === 0 || pkBytes > MAX_PARTITION_KEY_BYTES) {
    throw new DynamoDbKeyTooLongError(
      `partition key of ${pkBytes} bytes: DynamoDB takes 1 to ${MAX_PARTITION_KEY_BYTES}`,
    );
  }
  if (key.sk === undefined) return;
  const skBytes = utf8Length(key.sk);
  if (skBytes === 0 || skBytes > MAX_SORT_KEY_BYTES) {
    throw new DynamoDbKeyTooLongError(`sort key of ${skBytes} bytes: DynamoDB takes 1 to ${MAX_SORT_KEY_BYTES}`);
  }
}
