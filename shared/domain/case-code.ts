import { createHmac, randomInt } from 'node:crypto';

/**
 * Letters and digits that cannot be mistaken for each other when read aloud
 * or typed on a phone: no 0/O, 1/I/L. 31 symbols, so each carries ~4.95 bits.
 */
export const CASE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 10; // 10 × log2(31) ≈ 49.5 bits, above the 40 the design asks for
const GROUP = 5;

/**
 * A fresh case code such as `7KQ4M-XW9TR`, drawn from the OS's CSPRNG: the
 * only way a case code is made, on every channel, so no code can be worked
 * out from anything a provider keeps (a MessageSid, a kiosk's key).
 */
export function newCaseCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CASE_CODE_ALPHABET[randomInt(CASE_CODE_ALPHABET.length)];
  return format(code);
}

/**
 * Spaces, dashes of every kind (the minus sign, and the long-vowel mark a Japanese keyboard types for the
 * hyphen key) and invisible format characters, wherever they are.
 */
const BETWEEN_THE_GROUPS = /[\s\p{Pd}\u2212\u30fc\p{Cf}]/gu;
/** Punctuation and symbols before and after the code: `"7KQ4M-XW9TR".`, `(7KQ4M-XW9TR)`. */
const AROUND_THE_CODE = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

const format = (code: string) => `${code.slice(0, GROUP)}-${code.slice(GROUP)}`;

/**
 * Accepts what people type: lower case, spaces, missing or extra dashes,
 * and what their tools make of it: any dash (a word processor's or a phone's
 * en dash, a minus sign), full-width letters (a Japanese or Chinese keyboard),
 * invisible characters a copy brings along (zero-width spaces, soft hyphens,
 * direction marks), and quotes or a full stop around it.
 * Returns the canonical form, or undefined if it cannot be a case code.
 */
export function normaliseCaseCode(input: string): string | undefined {
  const compact = input.normalize('NFKC').replace(AROUND_THE_CODE, '').toUpperCase().replace(BETWEEN_THE_GROUPS, '');
  if (compact.length !== CODE_LENGTH) return undefined;
  for (const ch of compact) if (!CASE_CODE_ALPHABET.includes(ch)) return undefined;
  return format(compact);
}

/**
 * The only form in which a case code is stored: HMAC-SHA256 under the
 * installation's secret pepper, so a copy of the table cannot be brute-forced
 * back to codes without the pepper too.
 */
export function caseKeyFor(code: string, pepper: string): string {
  return createHmac('sha256', pepper).update(`case-code:${code}`).digest('hex');
}

/**
 * What the week's counters know a case by, so that a retry counts it once:
 * derived from the code (never stored) under the pepper, and unrelated to
 * anything the case keeps, so a weekly row cannot be joined to its case by
 * anyone holding the table and every secret, short of trying every code.
 * It travels only on the analysis queue, beside the raw text.
 */
export function weeklyTokenFor(code: string, pepper: string): string {
  return createHmac('sha256', pepper).update(`weekly-count:${code}`).digest('hex');
}
