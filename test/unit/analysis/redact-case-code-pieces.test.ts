import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { CASE_CODE_ALPHABET } from '../../../shared/domain/case-code';
import { storedByAnalysis } from '../../support/stored-by-analysis';

/*
 * Attack round 32 (atp32 F1): a case code written in pieces ties the report to the writer's other case. The operator
 * holds the pepper: they HMAC a code read in a report, or every way to complete a piece of one (31 ways for a
 * symbol missing, 31^5 for a half: seconds), and find the other case. So no piece of a code may be stored.
 */

/** The symbols of a stored text, in capitals, with everything between them taken out ("7 k-q" → "7KQ"). */
const symbolsOf = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();

describe('a case code written in pieces', () => {
  it.each([
    ['my earlier report was code 7 K Q 4 M - X W 9 T R', '7KQ4M'],
    ['my code 7-K-Q-4-M-X-W-9-T-R, still nothing', '7KQ4M'],
    ['same problem as 7 k q 4 m x w 9 t r', '7KQ4M'],
    ['my earlier report was 7KQ4M / XW9TR', '7KQ4M'],
    ['the code they gave me last time: 7KQ4M and then XW9TR', 'XW9TR'],
    ['first part 7KQ4M second part XW9TR', 'XW9TR'],
    ['#7KQ4MXW9TR', '7KQ4M'],
    ['my code 7KQ4M-XW9T and I forgot the last letter', '7KQ4M'],
    ['my case 7KQ4M, the rest I lost', '7KQ4M'],
    ['code ending XW9TR, nobody answered', 'XW9TR'],
    ['mi código termina en XW9TR', 'XW9TR'],
    ['mon dossier commence par 7KQ4M', '7KQ4M'],
  ])('Should store no piece of the code in %j', async (text, piece) => {
    const [stored] = await storedByAnalysis([text]);
    expect(symbolsOf(stored!)).not.toContain(piece);
  });

  it('Should store no half of any code, in any of the ways people write one in pieces', () => {
    const symbol = fc.constantFrom(...CASE_CODE_ALPHABET);
    const five = fc.string({ unit: symbol, minLength: 5, maxLength: 5 });
    const hasFigure = (s: string) => /\d/.test(s);
    const forms = fc.constantFrom(
      (a: string, b: string) => `my code is ${[...a].join(' ')} - ${[...b].join(' ')} and nobody wrote back`,
      (a: string, b: string) => `case ${[...(a + b)].join('-')} is still open`,
      (a: string, b: string) => `el caso ${[...(a + b).toLowerCase()].join(' ')} sigue igual`,
      (a: string, b: string) => `my earlier report ${a} / ${b} got no answer`,
      (a: string, b: string) => `the code they gave me: ${a} and then ${b}`,
      (a: string, b: string) => `my code ${a}-${b.slice(0, 4)} but I lost the last one`,
      (a: string) => `my case ${a}, the rest I forgot`,
      (_a: string, b: string) => `the code ends in ${b}, same supervisor`,
    );
    fc.assert(
      fc.property(five, five, forms, (a, b, form) => {
        // Without a figure a half is five letters, like a word: named, it is still hidden unless it is one.
        fc.pre(hasFigure(a) && hasFigure(b));
        const stored = symbolsOf(redact(form(a, b)));
        expect(stored).not.toContain(a);
        expect(stored).not.toContain(b.slice(0, 4));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    'we need 2 x 4 boards for the racking',
    'the 4X4X4 pallet stack fell over',
    'rated it 5 out of 5',
    'my son is a sk8er and works weekends here',
    'Recently implemented SCRUM / AGILE practices',
    'the B2 and C3 bays flood when it rains',
    'covid19 rules changed again',
    'part of the problem is the new rota',
    'the last 3 weeks were hard',
    'code of conduct training was a waste of time',
    'a b c d e of safety, nobody follows it',
  ])('Should keep %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });
});
