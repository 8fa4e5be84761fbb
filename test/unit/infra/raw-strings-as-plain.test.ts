// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the cases are modules' code, written as text
import { describe, expect, it } from 'vitest';
import { rawStringsAsPlain } from '../../../infra/constructs/raw-strings-as-plain';

/** Runs a module's text (no imports) and answers what it exports as `out`. */
const run = (code: string): unknown => new Function(`${code.replace('export const out =', 'return')}`)();

const PATTERNS = [
  // A rule as written: escapes, a class, a look-behind, a substitution.
  "const W = String.raw`(?:bay|dock)`; export const out = String.raw`(?<!\\p{L})\\b${W} \\d+\\s*[’']s?\\b`;",
  // No substitution; a backtick and a dollar escaped in the raw text; non-ASCII and astral characters.
  'export const out = String.raw`\\`quoted\\` \\${not a substitution} café 🚒 \\u2019 \\x41`;',
  // Templates inside substitutions, a substitution that is a number, an array, undefined; pieces left empty.
  'const A = [1, 2]; export const out = String.raw`${String.raw`\\w${"x"}`}${3}${A}${undefined}${String.raw``}`;',
  // Over several lines, inside a function called twice, with a tagged template that is not String.raw beside it.
  'const tag = (s, ...v) => s.raw.join("|") + v.join("|"); const f = (x) => String.raw`a\\n\nb${x}\nc`; export const out = [f(1), f("\\\\"), tag`\\d${1}`];',
  // An object whose text is its own: ToString, as String.raw reads it.
  'const O = { toString: () => "told", valueOf: () => 42 }; export const out = String.raw`${O}|${O}`;',
];

describe('String.raw templates of a bundle written as plain strings', () => {
  it.each(PATTERNS)('makes the same strings as the templates did: %s', (code) => {
    const rewritten = rawStringsAsPlain(code)!;
    expect(rewritten.code).not.toContain('String.raw`');
    expect(run(rewritten.code)).toEqual(run(code));
  });

  it('keeps every line where it was and writes the strings in ASCII', () => {
    const code = 'export const out = String.raw`line one ’\nline two\n\nline four ${"x"}`;\nconst after = 1;';
    const { code: rewritten } = rawStringsAsPlain(code)!;
    expect(rewritten.split('\n').length).toBe(code.split('\n').length);
    expect(rewritten.split('\n').at(-1)).toBe('const after = 1;');
    expect(rewritten).toMatch(/^[\x00-\x7f]*$/);
  });

  it('leaves a text without String.raw alone', () => {
    expect(rawStringsAsPlain('export const out = `a${1}` + "String.raw";')).toBeUndefined();
  });
});
