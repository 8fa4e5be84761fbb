import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dangerWords,
  dangerWordsOneSlipFrom,
  dangerWordsOneSlipFromAll,
  withDangerWordsSpelled,
} from '../../../shared/analysis/urgency/misspelled';

/*
 * A word is compared only with the danger words filed under its length and its first or last letter (misspelled.ts,
 * issue #19 item 4): the words found must be those the whole list finds, in its order, for every slip of a danger
 * word (a letter left out, added, changed, two swapped, at the first and last letters too) and for any other word.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const letter = fc.constantFrom(...LETTERS, '-', "'", 'é', '0');

// A danger word with up to two slips, each anywhere in it.
const slipped = fc
  .tuple(
    fc.constantFrom(...dangerWords()),
    fc.array(fc.tuple(fc.constantFrom('drop', 'add', 'change', 'swap'), fc.nat(), letter), { maxLength: 2 }),
  )
  .map(([word, slips]) => {
    let out = word;
    for (const [slip, at, with_] of slips) {
      const i = at % (out.length + 1);
      if (slip === 'drop') out = out.slice(0, i) + out.slice(i + 1);
      else if (slip === 'add') out = out.slice(0, i) + with_ + out.slice(i);
      else if (slip === 'change') out = out.slice(0, i) + with_ + out.slice(i + 1);
      else if (i + 1 < out.length) out = out.slice(0, i) + out[i + 1] + out[i] + out.slice(i + 2);
    }
    return out;
  });
const anyWord = fc.oneof(slipped, fc.string({ unit: letter, maxLength: 16 }), fc.string({ maxLength: 8 }));

describe('urgency: a misspelled danger word found among the words filed beside it', () => {
  it('finds the danger words the whole list finds, in its order', () => {
    fc.assert(
      fc.property(anyWord, (word) => {
        expect(dangerWordsOneSlipFrom(word)).toEqual(dangerWordsOneSlipFromAll(word));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds every single slip of every danger word, first and last letters included', () => {
    let slips = 0;
    for (const danger of dangerWords()) {
      const variants = new Set<string>();
      for (let i = 0; i <= danger.length; i += 1) {
        variants.add(danger.slice(0, i) + danger.slice(i + 1));
        if (i + 1 < danger.length) variants.add(danger.slice(0, i) + danger[i + 1] + danger[i] + danger.slice(i + 2));
        for (const c of 'aez') {
          variants.add(danger.slice(0, i) + c + danger.slice(i));
          variants.add(danger.slice(0, i) + c + danger.slice(i + 1));
        }
      }
      for (const variant of variants) {
        const found = dangerWordsOneSlipFrom(variant);
        expect(found).toEqual(dangerWordsOneSlipFromAll(variant));
        if (variant !== danger) {
          expect(found).toContain(danger);
          slips += 1;
        }
      }
    }
    expect(slips).toBeGreaterThan(5_000);
  });

  it.each([
    ['emergancy stop broke on press 3', 'emergency stop broke on press 3'],
    ['fier exit blokced by pallets agian', 'fire exit blocked by pallets again'],
    ['eemergency', 'emergency'],
    ['xmergency exit', 'emergency exit'],
    ['emergencx exit', 'emergency exit'],
    ['clocked in late', undefined],
  ])('puts %j right as before', (text, spelled) => {
    expect(withDangerWordsSpelled(text)).toBe(spelled);
  });
});
