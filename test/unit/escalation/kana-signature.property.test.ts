import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kanaKeyMatches, kanaSignature } from '../../../shared/domain/name-kana';

// Issue 14, left over: a 1,600-letter run of Thai consonants took over a second to read for sponsors'
// names, as every stretch was compared with every name. Stretches are now compared only where their
// signature is a name's: that must never leave out a stretch that spells a name.

const letter = fc.constantFrom(...'aahhrrltskmnpbvfw');
const key = fc.array(letter, { minLength: 1, maxLength: 9 }).map((l) => l.join(''));

/** A name key as a syllabic script may write it: a vowel after a consonant, a consonant doubled, a long mark. */
const written = (name: string, choices: number[]) =>
  [...name]
    .map((c, i) => {
      const choice = choices[i % choices.length]! % 5;
      if (c === 'a' || choice === 0) return c;
      if (choice === 1) return `${c}a`;
      if (choice === 2) return `${c}${c}`;
      if (choice === 3 && c === 'r' && name[i - 1] === 'a') return 'h';
      return c;
    })
    .join('');

describe('the signature of a key, which every match shares', () => {
  it('Should be the same for a word and every name key it spells', () => {
    fc.assert(
      fc.property(key, fc.array(fc.nat(), { minLength: 1, maxLength: 9 }), key, (name, choices, other) => {
        for (const word of [written(name, choices), other])
          if (kanaKeyMatches(word, name)) expect(kanaSignature(word)).toBe(kanaSignature(name));
      }),
      { numRuns: 3000 },
    );
  });

  it('Should tell apart the keys of different names', () => {
    expect(kanaSignature('marasa')).toBe(kanaSignature('mars'));
    expect(kanaKeyMatches('marasa', 'mars')).toBe(true);
    expect(kanaSignature('ahkafah')).toBe(kanaSignature('akafar'));
    expect(kanaSignature('tana')).not.toBe(kanaSignature('sam'));
    expect(kanaSignature('ra')).not.toBe(kanaSignature('ma'));
  });
});
