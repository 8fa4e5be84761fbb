import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';

// Attacker's report: "call (555) 123‑4567" (a non-breaking hyphen), "tel 090–4726–1538" (an en dash),
// "電話番号は０９０ー４７２６ー１５３８です" (the mark a Japanese keyboard types for "-") and
// "전화번호는 010ㅡ1234ㅡ5678" (the Hangul letter a Korean one types) reached the sponsor's email as written,
// while the same numbers with "-" were hidden. Whatever a person types between a number's groups, the number
// is hidden as it is with "-".

const SEPARATORS = [
  '\u2010', // hyphen
  '\u2011', // non-breaking hyphen (what word processors and phones put in numbers)
  '\u2012', // figure dash
  '\u2013', // en dash
  '\u2014', // em dash
  '\u2212', // minus sign
  '\uFE63', // small hyphen-minus
  '\uFF0D', // fullwidth hyphen-minus
  'ー', // katakana long-vowel mark
  'ｰ', // its halfwidth form
  'ㅡ', // Hangul letter eu
  '·',
  '•',
  '・',
  '~',
  '_',
  'の',
];

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));

describe('a number written with another separator than "-"', () => {
  it.each([
    ['call (555) 123\u20114567', 'call [PHONE]'],
    ['tel 090–4726–1538', 'tel [PHONE]'],
    ['call +49 151—2345—6789 after 6', 'call [PHONE] after 6'],
    ['電話番号は０９０ー４７２６ー１５３８です', '電話番号は[PHONE]です'],
    ['電話は090の4726の1538です', '電話は[PHONE]です'],
    ['전화번호는 010ㅡ1234ㅡ5678입니다', '전화번호는 [PHONE]입니다'],
    ['SSN 123–45–6789', 'SSN [ID]'],
    ['card 4111–1111–1111–1111', 'card [ID]'],
  ])('Should hide %s as it hides the number written with "-"', (text, hidden) => {
    expect(redact(text)).toBe(hidden);
  });

  it('Should hide every phone number whatever separator it is written with, exactly as with "-"', () => {
    fc.assert(
      fc.property(
        digits(3),
        digits(3),
        digits(4),
        fc.constantFrom(...SEPARATORS),
        fc.constantFrom('', ' '),
        fc.constantFrom('call me on ', 'my number: ', 'text ', '電話 ', ''),
        (a, b, c, separator, space, cue) => {
          const withHyphen = redact(`${cue}${a}-${b}-${c} tonight`);
          const written = redact(`${cue}${a}${space}${separator}${space}${b}${space}${separator}${space}${c} tonight`);
          // Whatever "-" hides, the other separators hide too; the groups of digits are never left.
          if (withHyphen.includes('[PHONE]') || withHyphen.includes('[ID]')) {
            expect(written).not.toContain(`${b}${space}${separator}`);
            expect(written).not.toMatch(new RegExp(`${c} tonight`));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('Should leave ranges, fractions, dates and words with these marks as written', () => {
    for (const text of ['pages 12–35', 'score 4/5', '9/9/2018 at 7', 'shift 10~20 people', 'ラーメン', '1ー2ー3 go'])
      expect(redact(text)).toBe(text);
  });
});
