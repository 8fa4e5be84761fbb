import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskLetterSpacedNames, mayBeLetterSpaced } from '../../../shared/analysis/redact-names-disguised';
import { redact } from '../../../shared/analysis/redact';

/*
 * The letter-spaced names rule ("J o h n S m i t h") looks for its pattern only in a text with three spaces in a
 * row, each one letter after the last. That pre-check must never turn away a text the pattern would read: letters
 * outside the BMP take two UTF-16 units, Vietnamese and Polish letters one, single-letter words ("I am a cook")
 * put spaces a letter apart without a name.
 */
const PIECES = [
  'J',
  'o',
  'h',
  'n',
  'ł',
  'ệ',
  'ß',
  '𝐀',
  '𝒥',
  '😀',
  'é',
  '7',
  ' ',
  ' ',
  ' ',
  '  ',
  '.',
  '-',
  'I am a ',
  'Smith',
];

describe('the letter-spaced names pre-check', () => {
  it('Should let through every text in which four letters stand one space apart', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        if (/\p{L} \p{L} \p{L} \p{L}/u.test(text)) expect(mayBeLetterSpaced(text)).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });

  it('Should still hide a name spelled a letter at a time beside letters of two units and one-letter words', () => {
    expect(redact('I am a cook, ask 𝒥 o h n S m i t h')).not.toContain('o h n');
    expect(maskLetterSpacedNames('ask 𝐀. J o h n')).not.toContain('o h n');
    expect(redact('m a r i a said so')).not.toContain('a r i');
  });

  it('Should leave alone a text whose single letters are not four in a row', () => {
    expect(maskLetterSpacedNames('I am a cook and a b c')).toBe('I am a cook and a b c');
  });
});
