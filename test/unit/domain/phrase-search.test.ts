import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasPhraseWords, phraseMatches } from '../../../shared/domain/phrase-search';

// What the conflict matcher used to build for each phrase: the answers must be the same, match for match.
const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byExpression = (text: string, words: string[]) =>
  [
    ...text.matchAll(
      new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escapeForRegExp).join('[\\s\\-]*')}(?![\\p{L}\\p{N}])`, 'gu'),
    ),
  ]
    .filter((m) => m[0].length)
    .map((m) => ({ index: m.index, length: m[0].length }));

// Letters, digits, marks, separators, punctuation, a letter outside the BMP and a lone surrogate: the cases that decide a word's edge.
const UNITS = [
  'a',
  'b',
  'n',
  'é',
  '1',
  ' ',
  '-',
  '\u00a0',
  '\t',
  '.',
  "'",
  '𝐀',
  '\ud835',
  '\udc00',
  'ß',
  'ж',
  '٣',
  '_',
  '(',
  '*',
];
const unit = fc.constantFrom(...UNITS);
const text = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));
const word = fc
  .array(fc.constantFrom(...UNITS.filter((u) => !/[\s-]/.test(u))), { minLength: 1, maxLength: 3 })
  .map((units) => units.join(''));

describe('phrase search', () => {
  it('Should find a phrase written with any spacing or hyphens, as whole words only', () => {
    expect(phraseMatches('ask the head-of  hr today', ['head', 'of', 'hr'])).toEqual([{ index: 8, length: 11 }]);
    expect(phraseMatches('the headofhr', ['head', 'of', 'hr'])).toEqual([{ index: 4, length: 8 }]);
    expect(phraseMatches('overhead of hr', ['head', 'of', 'hr'])).toEqual([]);
    expect(phraseMatches('dana dana2 dana', ['dana'])).toEqual([
      { index: 0, length: 4 },
      { index: 11, length: 4 },
    ]);
    expect(hasPhraseWords('plant 2', ['plant', '2'])).toBe(true);
    expect(hasPhraseWords('plant 23', ['plant', '2'])).toBe(false);
  });

  it('Should give the same matches as the whole-word expression it replaces, on any text', () => {
    fc.assert(
      fc.property(text, fc.array(word, { minLength: 1, maxLength: 3 }), (t, words) => {
        const expected = byExpression(t, words);
        expect(phraseMatches(t, words)).toEqual(expected);
        expect(hasPhraseWords(t, words)).toBe(expected.length > 0);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('Should find words that are already in the text, wherever they stand', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(word, { minLength: 1, maxLength: 3 }),
        text,
        fc.constantFrom(' ', '-', '', ' - '),
        (a, words, b, gap) => {
          const t = `${a}${words.join(gap)}${b}`;
          expect(phraseMatches(t, words)).toEqual(byExpression(t, words));
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});
