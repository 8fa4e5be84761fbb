import { describe, expect, it } from 'vitest';
import { CASE_CODE_ALPHABET, caseKeyFor, newCaseCode, normaliseCaseCode } from '../../../shared/domain/case-code';
import { CASE_CODE_PATTERN } from '../../support/fixtures';

describe('case codes', () => {
  it('Should carry at least 40 bits of randomness', () => {
    const [first, second] = newCaseCode().split('-');
    const symbols = (first! + second!).length;
    expect(symbols * Math.log2(CASE_CODE_ALPHABET.length)).toBeGreaterThanOrEqual(40);
  });

  it('Should never contain characters that are easy to confuse (0/O, 1/I/L)', () => {
    const codes = Array.from({ length: 2000 }, newCaseCode).join('');
    expect(codes).not.toMatch(/[01OIL]/);
    expect(newCaseCode()).toMatch(CASE_CODE_PATTERN);
  });

  it('Should not repeat across many draws', () => {
    const codes = new Set(Array.from({ length: 10_000 }, newCaseCode));
    expect(codes.size).toBe(10_000);
  });

  it('Should accept what people type: lower case, spaces, no dash', () => {
    const code = newCaseCode();
    expect(normaliseCaseCode(code.toLowerCase().replace('-', ' '))).toBe(code);
    expect(normaliseCaseCode(code.replace('-', ''))).toBe(code);
  });

  it('Should accept the code as word processors, phones and other keyboards write it', () => {
    const code = newCaseCode();
    const [first, second] = code.split('-') as [string, string];
    const written = [
      `${first}\u2013${second}`, // en dash (autocorrect)
      `${first}\u2014${second}`, // em dash
      `${first}\u2212${second}`, // minus sign
      `${first}\u2011${second}`, // non-breaking hyphen
      `${first}\u00a0${second}`, // no-break space
      `${first}\u200b-${second}\ufeff`, // invisible characters a copy brings
      `${first}\u00ad${second}`, // soft hyphen
      [...code.toLowerCase()]
        .map((ch) => (ch === '-' ? 'ー' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)))
        .join(''), // full width
      `"${code}".`,
      `(${code})`,
      `«${code}»`,
    ];
    for (const typed of written) expect(normaliseCaseCode(typed), JSON.stringify(typed)).toBe(code);
  });

  it('Should refuse things that cannot be a case code', () => {
    expect(normaliseCaseCode('')).toBeUndefined();
    expect(normaliseCaseCode('ABCDE-FGHIO')).toBeUndefined(); // O is not in the alphabet
    expect(normaliseCaseCode('ABCDE-FGH')).toBeUndefined();
    expect(normaliseCaseCode('../../etc/passwd')).toBeUndefined();
    expect(normaliseCaseCode('--')).toBeUndefined();
  });

  it('Should be stored only as a keyed hash that differs per installation', () => {
    const code = newCaseCode();
    const key = caseKeyFor(code, 'pepper-one-0123456789abcdef0123456789');
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain(code);
    expect(caseKeyFor(code, 'pepper-two-0123456789abcdef0123456789')).not.toBe(key);
  });
});
