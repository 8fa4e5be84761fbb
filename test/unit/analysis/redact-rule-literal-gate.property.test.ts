import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { literalsAbsent, maskMatches } from '../../../shared/analysis/redact-rule';

/*
 * A redaction pattern is skipped on a text that holds none of the words every match of it holds. That pre-check must
 * never turn away a text the pattern reads: under the `i` flag "EXT" and "Ext" are "ext", "K" (KELVIN SIGN) is a
 * "k" and "ſ" (long s) an "s"; a letter written as an escape ("extensi\u00f3n") is still that letter.
 */
const PATTERNS = [
  /(?<![\p{L}\p{N}])(?:ext|extn|extensi\u00f3n|poste)(?:\.|\s|:|#)\s*(\d{1,6})/giu,
  /(?<![\p{L}])(?:birthday|b-?day|dob|d\.o\.b\.?)\s+(\d{1,2})/giu,
  /\b\d{1,4}\s+(?:Drive|Dr|Way)\b/gu,
  /(?:ma\u0142pa|klammeraffe)\s*\w/giu,
  /desk\s*\d/giu,
  /\u00f3n\d/giu,
  /\\u00f3n/gu,
];
const PIECES = [
  'ext',
  'EXT',
  'Ext',
  'eXtn',
  'extensión',
  'EXTENSIÓN',
  'extensi',
  'ó',
  'Ó',
  'ſ',
  '\u212a',
  'poſte',
  'POSTE',
  'birthday',
  'BIRTHDAY',
  'b-day',
  'dob',
  'D.O.B.',
  'Drive',
  'drive',
  'DR',
  'Dr',
  'Way',
  'małpa',
  'MAŁPA',
  'KLAMMERAFFE',
  'de\u212ak',
  'DESK',
  'desk',
  '\\u00f3n',
  'x',
  '7',
  '12',
  '4417',
  ' ',
  '  ',
  '.',
  ':',
  '#',
  '-',
  'ł',
  'İ',
  'ß',
  '😀',
];

describe('the redaction rules’ word pre-check', () => {
  it('Should let through every text a pattern matches, in any case, with look-alike letters and escapes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), fc.nat(PATTERNS.length - 1), (pieces, p) => {
        const text = pieces.join('');
        const pattern = PATTERNS[p]!;
        const matches = new RegExp(pattern.source, pattern.flags).test(text);
        if (matches) expect(literalsAbsent(pattern)?.(text) ?? false).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });

  it('Should mask what the pattern finds exactly as before, and pass over texts without its words', () => {
    const rule = maskMatches(PATTERNS[0]!, 'PHONE', () => true, 1);
    expect(rule('call EXT. 4417 today')).not.toContain('4417');
    expect(rule('poſte 12')).not.toBe('poſte 12');
    expect(rule('no extension here, call 4417')).toBe('no extension here, call 4417');
  });

  it('Should still hide an extension written in capitals or with an accent', () => {
    expect(redact('Reach me at EXT. 4417 after lunch')).not.toContain('4417');
    expect(redact('mi extensión: 5521, gracias')).not.toContain('5521');
  });
});
