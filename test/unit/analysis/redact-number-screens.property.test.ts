import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberRules } from '../../../shared/analysis/redact-numbers';

// Issue 19, item 4: the rules that read numbers skip their patterns when a
// text lacks what every find needs (digits, a capital, a cue word). A skip
// must never let through what the full reading hides: on texts mixing ids,
// phone numbers, plates, postcodes and addresses with their cues in any case
// (and letters that lower case treats apart: the long s, the dotted İ), the
// screened rules hide exactly what every pattern run on every text hides.

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));
const casing = (word: string) =>
  pick(word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1), word.replace(/s/g, 'ſ'));

const piece = fc.oneof(
  digits(1, 16),
  fc.tuple(digits(3, 3), digits(2, 2), digits(4, 4)).map(([a, b, c]) => `${a}-${b}-${c}`),
  fc.tuple(digits(3, 5), digits(3, 4), digits(3, 4)).map(([a, b, c]) => `(${a}) ${b}-${c}`),
  fc.tuple(digits(1, 3), digits(6, 10)).map(([a, b]) => `+${a} ${b}`),
  fc
    .tuple(pick('AB', 'GB', 'DE', 'XY', 'ÑA&', 'CURP'), digits(2, 8), pick('', 'CDE', 'Z', 'HDFRRN09'))
    .map((p) => p.join('')),
  fc.tuple(pick('dob', 'D.O.B.', 'born on', 'birth date', 'zip', 'Postcode', 'post code'), pick(' ', ': ', ' is ')),
  fc.constantFrom(
    'P.O. Box ',
    'PO box ',
    'Apt ',
    'apartment #',
    'Flat ',
    'badge ',
    'employee #',
    'DNI ',
    'SIN ',
    'NAS ',
  ),
  fc.constantFrom('Calle Mayor ', 'rue de la Paix ', 'Hauptstraße ', 'Kerkstraat ', ', 28014 Madrid', ' Main Street'),
  fc.constantFrom('call me on ', 'my car ', 'reg ', 'ext. ', ' and ', 'İstanbul ', 'better. ', 'workplace '),
  fc.string({ maxLength: 6 }),
  pick('box', 'apt', 'flat', 'zip', 'post', 'born', 'birth').chain(casing),
);
const text = fc
  .array(fc.tuple(piece, pick(' ', '', ', ', '\n', '-')), { maxLength: 10 })
  .map((parts) => parts.flat().join(''));

describe('the number rules read each text once for what it holds', () => {
  const screened = numberRules();
  const full = numberRules({ screened: false });

  it('hide exactly what every pattern reading every text hides', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(screened(t)).toBe(full(t));
      }),
      { numRuns: 1500 },
    );
  }, 120_000);

  it('still hide a card, a post box and a flat at the screens’ limits', () => {
    for (const t of ['card 4111 1111 1111 1111', 'P.O. Box 4471, Leeds', 'Flat 4B upstairs', 'SSN 123-45-6789'])
      expect(screened(t)).not.toBe(t);
  });
});
