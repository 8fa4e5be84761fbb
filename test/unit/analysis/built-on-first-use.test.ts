import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapOnFirstUse, onFirstUse, wordSet } from '../../../shared/analysis/built-on-first-use';
import { isEnglishWord, isProperNoun } from '../../../shared/analysis/english-dictionary';
import { ENGLISH_WORD_LIST } from '../../../shared/analysis/english-words';
import { WORDS } from '../../../shared/analysis/lexicon';
import { PROPER_NOUN_LIST } from '../../../shared/analysis/proper-nouns';

describe('tables built on first use', () => {
  it('Should build a table once, on its first use, and never at import', () => {
    let builds = 0;
    const table = onFirstUse(() => {
      builds += 1;
      return new Set(['a']);
    });
    expect(builds).toBe(0);
    expect(table().has('a')).toBe(true);
    expect(table()).toBe(table());
    expect(builds).toBe(1);
  });

  it('Should answer every map question as the map it is built from', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.integer())), fc.string(), (entries, probe) => {
        const real = new Map(entries);
        const lazy = mapOnFirstUse(() => new Map(entries));
        expect(lazy.get(probe)).toBe(real.get(probe));
        expect(lazy.has(probe)).toBe(real.has(probe));
        expect(lazy.size).toBe(real.size);
        expect([...lazy]).toEqual([...real]);
        expect([...lazy.keys()]).toEqual([...real.keys()]);
        expect([...lazy.values()]).toEqual([...real.values()]);
        expect([...lazy.entries()]).toEqual([...real.entries()]);
        const seen: [string, number][] = [];
        lazy.forEach((value, key) => seen.push([key, value]));
        expect(seen).toEqual([...real]);
      }),
    );
  });

  it('Should read a word list into the same words as a split on any white space', () => {
    for (const list of [ENGLISH_WORD_LIST, PROPER_NOUN_LIST])
      expect(wordSet(list)).toEqual(new Set(list.split(/\s+/).filter(Boolean)));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.constantFrom(' ', '\n', '  ', ' \n'))),
        (parts) => {
          const list = parts.map(([word, gap]) => word + gap).join('');
          expect(wordSet(list)).toEqual(new Set(list.split(/\s+/).filter(Boolean)));
        },
      ),
    );
  });

  it('Should still know everyday words, places and opinion words when first asked', () => {
    expect(isEnglishWord('schedule')).toBe(true);
    expect(isEnglishWord('managers')).toBe(true);
    expect(isEnglishWord('okonkwo')).toBe(false);
    expect(isProperNoun('chicago')).toBe(true);
    expect(WORDS.get('nightmare')?.valence).toBeLessThan(0);
    expect(WORDS.get('👍')?.valence).toBeGreaterThan(0);
  });
});
