import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../shared/analysis/redact';
import { CASE_CODE_ALPHABET, newCaseCode } from '../../../shared/domain/case-code';
import { storedByAnalysis } from '../../support/stored-by-analysis';

/**
 * A case code is the key to its case: whoever reads one can open the case's conversation and write in it as its
 * employee. A code written into a report (or an answer) must not be stored, emailed or shown in the clear.
 */
describe('case codes written into a text', () => {
  it.each([
    ['about my case 7KQ4M-XW9TR: nobody answered and the leak is still there', '7KQ4M-XW9TR'],
    ['STATUS 9HN3C-4PZ7Q por favor', '9HN3C-4PZ7Q'],
    ['status 9hn3c 4pz7q pls', '9hn3c 4pz7q'],
    ['my case number is 7kq4mxw9tr', '7kq4mxw9tr'],
    ['mi código es VWXYZ ABCDE', 'VWXYZ ABCDE'],
    ['PQRST-UVWXY is the code they gave me', 'PQRST-UVWXY'],
    ['same guy as in 3RD7K–K2M4N (dash from my phone)', '3RD7K–K2M4N'],
    ['el caso 8b2kd-qq7wn sigue sin respuesta', '8b2kd-qq7wn'],
    ['mon dossier : Z9Y8X-W7V6U', 'Z9Y8X-W7V6U'],
    // Parted by a full stop, a slash, an underscore or a line break; in full-width letters; with a look-alike typed.
    ['about my case ku5ws.6x6u6 nobody answered', 'ku5ws.6x6u6'],
    ['KU5WS/6X6U6 again, same supervisor', 'KU5WS/6X6U6'],
    ['ref ku5ws_6x6u6', 'ku5ws_6x6u6'],
    ['my code is KU5WS\n6X6U6 and still nothing', 'KU5WS\n6X6U6'],
    ['ＫＵ５ＷＳ－６Ｘ６Ｕ６ sigue abierto', 'KU5WS'],
    ['case KU5WS-6X6UO, they never wrote back', 'KU5WS-6X6UO'],
    ['Re: ku5ws6x6u0 the leak is back', 'ku5ws6x6u0'],
  ])('Should hide the code in %j', async (text, code) => {
    const [stored] = await storedByAnalysis([text]);
    expect(stored).not.toContain(code.toLowerCase());
    expect(redact(text)).toContain('[ID]');
  });

  it.each([
    'case management is the hardest part of the job',
    'the room 23456 never got fixed',
    'perfect365 app does live makeup pics',
    'the HAPPY-HOURS event was cancelled',
    'our department understand nothing about safety',
    // Words and numbers joined by a full stop, a slash or a space after a sentence, with letters no code has.
    'counted for my clerk.7Open the store',
    'Recently implemented SCRUM/AGILE practices',
    'despising big media. 2nite is worse',
    'The latest The mardibum63 Daily',
    'meeting at 10.30 in room 12345',
  ])('Should keep %j as written', (text) => {
    expect(redact(text)).toBe(text);
  });

  it('Should hide any code as the receipt shows it, and as people retype it, in any text around it', async () => {
    const symbol = fc.constantFrom(...CASE_CODE_ALPHABET);
    const five = fc.string({ unit: symbol, minLength: 5, maxLength: 5 });
    const written = fc
      .tuple(five, five, fc.constantFrom('as shown', 'lower', 'spaced', 'together', 'dotted', 'slashed', 'two lines'))
      // In one piece, in lower case, with no figure, a code is ten letters like any word's: only the others.
      .filter(([a, b, form]) => form !== 'together' || /\d/.test(a + b))
      .map(([a, b, form]) =>
        form === 'as shown'
          ? `${a}-${b}`
          : form === 'lower'
            ? `${a}-${b}`.toLowerCase()
            : form === 'spaced'
              ? `${a} ${b}`
              : form === 'dotted'
                ? `${a}.${b}`.toLowerCase()
                : form === 'slashed'
                  ? `${a}/${b}`
                  : form === 'two lines'
                    ? `${a}\n${b}`
                    : `${a}${b}`.toLowerCase(),
      );
    const around = fc.constantFrom(
      (code: string) => `my case code is ${code}, still nothing`,
      (code: string) => `STATUS ${code}`,
      (code: string) => `código ${code} — ¿alguien lo ha leído?`,
      (code: string) => `about case ${code} the forklift is still broken`,
    );
    await fc.assert(
      fc.asyncProperty(written, around, async (code, sentence) => {
        const [stored] = await storedByAnalysis([sentence(code)]);
        const [a, b] = [code.replace(/[\s./-]/g, '').slice(0, 5), code.replace(/[\s./-]/g, '').slice(5)];
        expect(stored).not.toContain(`${a}${b}`.toLowerCase());
        expect(stored).not.toMatch(new RegExp(`${a}[\\s./-]${b}`, 'i'));
      }),
      { numRuns: 150 },
    );
  });

  it('Should hide every freshly made code written after "my code is"', async () => {
    const codes = Array.from({ length: 200 }, () => newCaseCode());
    const stored = await storedByAnalysis(codes.map((code) => `my code is ${code}`));
    stored.forEach((text, i) => expect(text).not.toContain(codes[i]!.toLowerCase()));
  });
});
