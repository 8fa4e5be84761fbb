import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keptAnswers } from '../../../shared/analysis/urgency/kept-answers';
import { LiteralIndex } from '../../../shared/analysis/urgency/literals';

/*
 * Checks the detector asks before its costly readings (issue #19): a rule that starts with look-behinds is first
 * asked without them, the literal index keeps its last answers, and two calm-safety passes keep theirs. Each must
 * give the answer the full reading gives, so no verdict changes; scripts/compare-offline-analysis.ts and the eval
 * dumps check every labelled row against the code before.
 */

// Words of reports and of calm texts, and a few others.
const WORDS = [
  ...'gun guns knife knives machete glue hot nail price water toy safety kitchen chef had sells stock some the a'.split(
    ' ',
  ),
  ...'in on at the office break room parking lot warehouse canteen floor near by outside left hidden'.split(' '),
  ...'on leave holiday vacation off sick day off nearly almost about to fell broke my arm hurt cut not isnt'.split(' '),
  ...'if when whether in case what to do should blocked exit fire is locked chained no gas leak smell'.split(' '),
  ...'was were just - . , ! ? \n'.split(' '),
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 3 })), { maxLength: 25 })
  .map((words) => words.join(' '));

describe('urgency: answers kept for the text just read', () => {
  it('gives the literal index the same answer as a fresh index, also after a pattern is filed', () => {
    const index = new LiteralIndex();
    const fire = index.add(['fire']);
    const first = index.present('the fire exit is blocked');
    expect(first[fire]).toBe(1);
    expect(index.present('the fire exit is blocked')).toBe(first);
    expect(index.present('all calm')[fire]).toBe(0);
    const exit = index.add(['exit']);
    // Filed after the text was read: the kept answer is dropped, and the new pattern's slot is read.
    expect(index.present('the fire exit is blocked')[exit]).toBe(1);
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (texts) => {
        const fresh = (sample: string) => {
          const own = new LiteralIndex();
          own.add(['fire']);
          own.add(['exit']);
          return [...own.present(sample)];
        };
        for (const sample of [...texts, ...texts.reverse()]) expect([...index.present(sample)]).toEqual(fresh(sample));
      }),
      { numRuns: 100 },
    );
  });

  it('reads a text again only once it is no longer among the last four read', () => {
    const read: string[] = [];
    const blanked = keptAnswers((folded) => {
      read.push(folded);
      return folded.toUpperCase();
    });
    // Four kept, the oldest read making room for a fifth text ("e" takes "a"'s place).
    for (const folded of ['a', 'b', 'a', 'c', 'd', 'a', 'e', 'b', 'a'])
      expect(blanked(folded)).toBe(folded.toUpperCase());
    expect(read).toEqual(['a', 'b', 'c', 'd', 'e', 'a']);
  });
});
