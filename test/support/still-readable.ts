import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Scripts written without spaces ("张伟的排班") have no word edges: there a name is readable wherever it stands.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/** Whether `secret` (a name, a number) can still be read in the redacted `out`: as a whole word, or anywhere in scripts without spaces. */
export const stillReadable = (secret: string, out: string) =>
  UNSPACED.test(secret)
    ? out.includes(secret)
    : new RegExp(`(?<![\\p{L}\\p{N}_])${escaped(secret)}(?![\\p{L}\\p{N}_])`, 'u').test(out);

/** A redaction blind round's set: texts naming someone (what to hide, what to keep) and texts naming no one. */
export interface RedactionBlindSet {
  leaks: { text: string; hide: string[]; keep: string[] }[];
  unchanged: string[];
  /** Round 22 only: texts that single someone out without a name. */
  singledOut?: string[];
}

/** Reads `test/unit/analysis/<file>` (a blind round's JSON). */
export const readBlindSet = (file: string): RedactionBlindSet =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'unit', 'analysis', file), 'utf8')) as RedactionBlindSet;
