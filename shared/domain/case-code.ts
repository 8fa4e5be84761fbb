import { createHmac, randomInt } from 'node:crypto';

/**
 * Letters and digits that cannot be mistaken for each other when read aloud
 * or typed on a phone: no 0/O, 1/I/L. 31 symbols, so each carries ~4.95 bits.
 */
export const CASE_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 10; // 10 × log2(31) ≈ 49.5 bits, above the 40 the design asks for
const GROUP = 5;

/** A fresh case code such as `7KQ4M-XW9TR`, drawn from the OS's CSPRNG. */
export function newCaseCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CASE_CODE_ALPHABET[randomInt(CASE_CODE_ALPHABET.length)];
  return format(code);
}

/**
 * The case code for a submission that carries its own idempotency key (a
 * Twilio MessageSid, a kiosk's key): HMAC-SHA256 under the secret pepper, so
 * a retry of the same submission gets the same code back without the code
 * ever being stored, and without the pepper it is as unguessable as a random one.
 */
export function caseCodeForIdempotencyKey(idempotencyKey: string, pepper: string): string {
  const digest = createHmac('sha256', pepper).update(`idempotency:${idempotencyKey}`).digest();
  // 64 bits reduced modulo 31^10 (~2^49.5): the bias is below 2^-14, irrelevant here.
  let value = digest.readBigUInt64BE(0) % BigInt(CASE_CODE_ALPHABET.length) ** BigInt(CODE_LENGTH);
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) {
    code += CASE_CODE_ALPHABET[Number(value % BigInt(CASE_CODE_ALPHABET.length))];
    value /= BigInt(CASE_CODE_ALPHABET.length);
  }
  return format(code);
}

const format = (code: string) => `${code.slice(0, GROUP)}-${code.slice(GROUP)}`;

/**
 * Accepts what people type: lower case, spaces, missing or extra dashes.
 * Returns the canonical form, or undefined if it cannot be a case code.
 */
export function normaliseCaseCode(input: string): string | undefined {
  const compact = input.toUpperCase().replace(/[\s-]/g, '');
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
