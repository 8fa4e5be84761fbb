import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskArabiziNames } from '../../../shared/analysis/redact-names-arabizi';
import { AT_END, endsWithLoneCapital, maskLoneInitialAtEnd } from '../../../shared/analysis/redact-names-lone-initial';
import { maskPossessiveNames } from '../../../shared/analysis/redact-names-possessive';

/*
 * Three names rules read a cheap sign first and run their look-behind patterns only where it is found: a text that
 * ends in a lone capital (the initial signing a text), a 2, 3, 5 or 7 (arabizi), an apostrophe (the possessive
 * patterns other than German and Nordic "s"). The sign must be there in every text the patterns could read, whatever
 * the text: capitals of two UTF-16 units, tabs, several dots, both apostrophes.
 */
const PIECES = [
  'J',
  'R.',
  '.',
  '..',
  ' ',
  '\t',
  '  ',
  '\n',
  ',',
  ' - ',
  '—',
  '𝐀',
  'Ł',
  'é',
  'i',
  'a',
  'bay 4',
  'thanks',
  'plan',
  "'",
  '’',
  's',
  'Kemal',
  'in',
  'kardeşi',
  'rota',
  'Tremaine',
  'el modeer',
  '3amr',
  '7assan',
  'ya',
  '2',
  '5',
  '8',
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((pieces) => pieces.join(''));

describe('the pre-checks of the lone-initial, arabizi and possessive names rules', () => {
  it('Should let through every text in which the lone-initial pattern finds a signature', () => {
    fc.assert(
      fc.property(texts, (text) => {
        if (AT_END.test(text)) expect(endsWithLoneCapital(text)).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('Should still hide an initial signing a text, a name in arabizi after a role and a possessive name', () => {
    expect(maskLoneInitialAtEnd('the door in bay 4 keeps sticking. R.')).not.toContain('R.');
    expect(maskLoneInitialAtEnd('thanks, A\t ')).not.toMatch(/A/);
    expect(maskLoneInitialAtEnd('broken again — 𝐀')).not.toContain('𝐀');
    expect(maskArabiziNames('el modeer 3amr bey2ol kalam')).not.toContain('3amr');
    expect(maskPossessiveNames("Tremaine's girlfriend works here")).not.toContain('Tremaine');
    expect(maskPossessiveNames('Tremaine’s girlfriend works here')).not.toContain('Tremaine');
    expect(maskPossessiveNames("Kemal'in kardeşi geldi")).not.toContain('Kemal');
    expect(maskPossessiveNames('Uwes Kumpel ist laut')).not.toContain('Uwe');
  });

  it('Should leave alone texts without the sign', () => {
    expect(maskLoneInitialAtEnd('I got an A on the test')).toBe('I got an A on the test');
    expect(maskArabiziNames('el modeer samir')).toBe('el modeer samir');
  });
});
