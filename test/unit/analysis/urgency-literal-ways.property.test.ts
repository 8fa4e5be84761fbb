import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { holdsEveryWay, requiredEveryWay } from '../../../shared/analysis/urgency/literals';

/*
 * Past its literal gate, an urgency rule runs only on a text holding, for some way it can match, a word of each set
 * that way needs. That pre-check must never turn away a text the rule reads: checked on patterns built at random
 * from the pieces the rules are made of (alternations, optional and repeated groups, look-arounds, classes,
 * bounded repeats), over texts built from the same words.
 */
const WORDS = ['gun', 'knife', 'in', 'on', 'the', 'shot', 'fired', 'fire', 'back', 'kill', 'me', 'sel', 'f', 'ves'];

const pattern: fc.Arbitrary<string> = fc.letrec<{ node: string; leaf: string }>((tie) => ({
  leaf: fc.oneof(
    fc.constantFrom(...WORDS),
    fc.constantFrom(' ', String.raw`\b`, String.raw`\w`, String.raw`\w?`, '.', '[ae]', '[a-z]', String.raw`\s`),
  ),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('')),
    fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((parts) => `(?:${parts.join('|')})`),
    fc
      .tuple(tie('node'), fc.constantFrom('?', '{0,2}', '{2}', '{1,3}', '??', '{0}', '{1}'))
      .map(([inner, quantifier]) => `(?:${inner})${quantifier}`),
    fc.tuple(tie('node'), fc.constantFrom('?=', '?!', '?<=', '?<!')).map(([inner, look]) => `(${look}${inner})`),
  ),
})).node;

const text = fc
  .array(fc.constantFrom(...WORDS, ' ', ' ', 'a', 'e', 's', '.'), { maxLength: 14 })
  .map((parts) => parts.join(''));

describe('what each way a rule can match needs', () => {
  it('Should need a word of every part a way cannot do without', () => {
    const ways = requiredEveryWay(String.raw`\b(?:guns?|knife) (?:in|on) the\b|\bshots fired\b`);
    expect(ways).toEqual([
      [
        [' in the', ' on the'],
        ['gun', 'knife'],
      ],
      [['shots fired']],
    ]);
    expect(holdsEveryWay(ways, 'the gun is on the table')).toBe(true);
    // "on the" alone (the literal gate's one set) is not enough: no weapon is named.
    expect(holdsEveryWay(ways, 'put it on the table in the kitchen')).toBe(false);
    expect(holdsEveryWay(ways, 'shots fired near dock 4')).toBe(true);
  });

  it('Should tell nothing where a way needs nothing it can read', () => {
    expect(requiredEveryWay(String.raw`\bfire\b|\w+`)).toBeNull();
    expect(requiredEveryWay('(unclosed')).toBeNull();
    expect(holdsEveryWay(null, 'anything')).toBe(true);
  });

  it('Should never turn away a text the pattern matches', () => {
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 8 }), (source, texts) => {
        let regex: RegExp;
        try {
          regex = new RegExp(source, 'u');
        } catch {
          return;
        }
        const ways = requiredEveryWay(source);
        for (const sample of texts) if (regex.test(sample)) expect(holdsEveryWay(ways, sample)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('Should still read the reports whose rule needs a word besides its gate', () => {
    expect(detectUrgency('there is a gun on the floor in the warehouse').categories).toContain('threat');
    expect(detectUrgency('the roof was fixed last week but it is leaking again').urgent).toBe(true);
  });
});
