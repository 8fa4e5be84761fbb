import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageGuess } from '../../../shared/analysis/language';
import { profileCosts } from '../../../shared/analysis/language-profile';
import { normaliseForRedaction } from '../../../shared/analysis/normalise-text';
import { redact } from '../../../shared/analysis/redact';
import { tokenize } from '../../../shared/analysis/tokenize';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { fold } from '../../../shared/analysis/urgency/normalise';

/*
 * Plain ASCII text (most feedback) is read by shortcuts: no normalisation,
 * counts and checks code by code. A zero-width space changes nothing a
 * reader sees, but it sends the same text down the general path; so the
 * answers with and without it must be the same, for any ASCII text.
 */
const ZERO_WIDTH = '\u200B';
const PIECES = [
  'Mike',
  'SMITH',
  "O'Brien's",
  'Dr.',
  'the fire exit is blocked',
  'sooo goood',
  'Great team, terrible pay!',
  'call 555-123-4567',
  'jsmith at gmail dot com',
  'ok',
  'AAA',
  '`',
  '  ',
  '\n',
  ':)',
  '#HappyFriday',
];
const asciiText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary-ascii', maxLength: 12 })), { maxLength: 12 })
  .map((parts) => parts.join(' '));
const runs = { numRuns: 150, seed: 19_004 };
// Every generated text goes through the whole redactor and the urgency detector: room for a loaded machine.
const SLOW = 60_000;

describe('ASCII text read by shortcuts, as the general path reads it', () => {
  it('Should normalise and fold ASCII text as it would with an invisible character in it', () => {
    fc.assert(
      fc.property(asciiText, (text) => {
        expect(normaliseForRedaction(text)).toBe(normaliseForRedaction(text + ZERO_WIDTH));
        expect(fold(text)).toBe(fold(text + ZERO_WIDTH));
      }),
      runs,
    );
  });

  it(
    'Should redact, tokenise, guess the language and judge urgency the same with an invisible character added',
    () => {
      fc.assert(
        fc.property(asciiText, (text) => {
          expect(redact(text)).toBe(redact(text + ZERO_WIDTH));
          const strip = (tokens: ReturnType<typeof tokenize>) => tokens.map((t) => ({ ...t }));
          expect(strip(tokenize(text + ZERO_WIDTH))).toEqual(strip(tokenize(text)));
          expect(languageGuess(text + ZERO_WIDTH)).toEqual(languageGuess(text));
          expect(detectUrgency(text + ZERO_WIDTH)).toEqual(detectUrgency(text));
        }),
        runs,
      );
    },
    SLOW,
  );

  it('Should weigh a word the same the first time and every time after (its letter sequences are kept)', () => {
    fc.assert(
      fc.property(asciiText, (text) => {
        expect([...profileCosts(text)]).toEqual([...profileCosts(text)]);
      }),
      { numRuns: 100, seed: 19_005 },
    );
  });

  it('Should still mark shouting, capitals and stretched words in ASCII and in other scripts', () => {
    const [awful] = tokenize('this is AWFUL').filter((t) => t.lower === 'awful');
    expect(awful?.shouting).toBe(true);
    expect(tokenize('Ça va très bien, merci, ÉNORME').find((t) => t.lower === 'énorme')?.shouting).toBe(true);
    expect(tokenize('sooo good').find((t) => t.lower === 'sooo')?.elongated).toBe(true);
    expect(tokenize('tròòòp bien').find((t) => t.lower === 'tròòòp')?.elongated).toBe(true);
    expect(tokenize('Élodie said').find((t) => t.raw === 'Élodie')?.capitalised).toBe(true);
    expect(tokenize('Mike said').find((t) => t.raw === 'Mike')?.capitalised).toBe(true);
  });
});
