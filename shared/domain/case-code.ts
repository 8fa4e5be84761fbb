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
 * What people put between a code's symbols, wherever they put it: spaces and line breaks (a code split over two
 * lines of a message), dashes of every kind (the minus sign, and the long-vowel mark a Japanese keyboard types for
 * the hyphen key), full stops, slashes, underscores, middle dots, and invisible format characters. None of them is
 * in the alphabet, so taking them out never changes which code was meant.
 */
const BETWEEN_THE_GROUPS = /[\s\p{Pd}\p{Pc}\u2212\u30fc\p{Cf}./\\\u00b7\u2022\u30fb\uff65]/gu;
/** Punctuation and symbols before and after the code: `"7KQ4M-XW9TR".`, `(7KQ4M-XW9TR)`. */
const AROUND_THE_CODE = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;
/**
 * Characters the alphabet leaves out because they look like others (0 and O, 1, I and L). Typed, they cannot be
 * read back to one symbol (an O could be a Q, a D or a 0 misread), so a code holding one is not guessed at: the
 * person is told the code never has them (see {@link caseCodeTypo}).
 */
const LEFT_OUT = /[01OIL]/;

const format = (code: string) => `${code.slice(0, GROUP)}-${code.slice(GROUP)}`;

/** The symbols typed, in capitals, with everything around and between them taken out. */
function compactForm(input: string): string {
  return input.normalize('NFKC').replace(AROUND_THE_CODE, '').toUpperCase().replace(BETWEEN_THE_GROUPS, '');
}

/**
 * Accepts what people type: lower case, spaces, missing or extra dashes, full stops, slashes or underscores
 * between the groups or anywhere in them, a line break, and what their tools make of it: any dash (a word
 * processor's or a phone's en dash, a minus sign), full-width letters (a Japanese or Chinese keyboard),
 * invisible characters a copy brings along (zero-width spaces, soft hyphens, direction marks), and quotes or a
 * full stop around it. Look-alikes are not read as other symbols: S and 5, B and 8, Z and 2 are all in the
 * alphabet, and 0, O, 1, I and L in none (see {@link caseCodeTypo}).
 * Returns the canonical form, or undefined if it cannot be a case code.
 */
export function normaliseCaseCode(input: string): string | undefined {
  const compact = compactForm(input);
  if (compact.length !== CODE_LENGTH) return undefined;
  for (const ch of compact) if (!CASE_CODE_ALPHABET.includes(ch)) return undefined;
  return format(compact);
}

/**
 * Why something typed as a code is none, when the person can be told how to fix it: `left-out` when it would be a
 * code but for a 0, O, 1, I or L, which no code has, and holds a figure. Undefined otherwise (a code, or nothing
 * like one).
 */
export function caseCodeTypo(input: string): 'left-out' | undefined {
  const compact = compactForm(input);
  // Without a figure it is more likely a word ("lamentable", "STATUS billboards") than a code.
  if (compact.length !== CODE_LENGTH || !LEFT_OUT.test(compact) || !/\d/.test(compact)) return undefined;
  for (const ch of compact) if (!CASE_CODE_ALPHABET.includes(ch) && !LEFT_OUT.test(ch)) return undefined;
  return 'left-out';
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
