import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { keptAnswers } from '../../../shared/analysis/urgency/kept-answers';
import { LANGUAGES } from '../../../shared/analysis/urgency/languages';
import { LiteralIndex } from '../../../shared/analysis/urgency/literals';
import { leadingLookBehindsDropped } from '../../../shared/analysis/urgency/matcher';
import { foldPattern } from '../../../shared/analysis/urgency/normalise';

/*
 * Checks the detector asks before its costly readings (issue #19): a rule that starts with look-behinds is first
 * asked without them, the literal index keeps its last answers, and two calm-safety passes keep theirs. Each must
 * give the answer the full reading gives, so no verdict changes; scripts/compare-offline-analysis.ts and the eval
 * dumps check every labelled row against the code before.
 */

// Every rule of the eleven languages that starts with a look-behind, as the matcher compiles it.
const LED_BY_LOOK_BEHIND = LANGUAGES.flatMap((language) =>
  language.rules
    .map((rule) => foldPattern(rule.source))
    .filter((source) => source.startsWith('(?<'))
    .map((source) => ({ language: language.code, source })),
);

// Words the rules and their look-behinds hold ("hot glue gun", "on leave", "nearly fell"), and a few others.
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

describe('urgency: a rule led by look-behinds is asked first without them', () => {
  it('finds such rules (the weapon at a place, injuries away on leave, near misses)', () => {
    expect(LED_BY_LOOK_BEHIND.length).toBeGreaterThanOrEqual(3);
  });

  it('drops only the leading look-behinds, whole, and leaves the rest of the pattern as written', () => {
    expect(leadingLookBehindsDropped(String.raw`(?<!\b(?:hot|glue)[- ])(?<=\s)\b(?:guns?|knife)\b`)).toBe(
      String.raw`\b(?:guns?|knife)\b`,
    );
    expect(leadingLookBehindsDropped(String.raw`(?<![(\])])x(?<!y)`)).toBe('x(?<!y)');
    expect(leadingLookBehindsDropped(String.raw`\b(?:guns?)(?<!hot gun)`)).toBeNull();
    // A back-reference would count its groups differently once one is dropped: such a rule is asked whole.
    expect(leadingLookBehindsDropped(String.raw`(?<!(a))(b)\2`)).toBeNull();
    expect(leadingLookBehindsDropped(String.raw`(?<!(a)b`)).toBeNull();
  });

  it('never turns away a text the whole rule matches', () => {
    const rules = LED_BY_LOOK_BEHIND.map(({ source }) => ({
      whole: new RegExp(String.raw`\b(?:${source})\b`, 'u'),
      looser: new RegExp(String.raw`\b(?:${leadingLookBehindsDropped(source)!})\b`, 'u'),
    }));
    fc.assert(
      fc.property(text, (sample) => {
        for (const { whole, looser } of rules) if (whole.test(sample)) expect(looser.test(sample)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['there is a knife in the break room', true],
    ['a man with a gun at the front door', true],
    ['someone left a gun in the parking lot', true],
    ['the hot glue gun in the office is broken again', false],
    ['the chef knife in the kitchen needs sharpening', false],
  ])('reads "%s" as before (urgent: %s)', (report, urgent) => {
    expect(detectUrgency(report).urgent).toBe(urgent);
  });
});

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
