import { describe, expect, it } from 'vitest';
import { compileHarmless, PATTERNS_KEPT } from '../../../shared/analysis/urgency/harmless';
import type { Required } from '../../../shared/analysis/urgency/literals';

// The u17 helper's dump of every eval row ran out of V8's code space: one compiled expression was kept for each
// combination of idioms a text held, for the life of the process. Texts written to hold ever new combinations
// must not grow the process without end.
describe('the idioms blanked before the rules, compiled per combination', () => {
  const IDIOMS = 12; // 4,096 combinations
  const setUp = () => {
    let compiled = 0;
    let gate = 0;
    const harmless = compileHarmless(
      Array.from({ length: IDIOMS }, (_, i) => `idiom${i}`),
      (source) => {
        compiled += 1;
        return new RegExp(source, 'g');
      },
      { add: () => gate++ },
      () => ({}) as Required,
    )!;
    const present = (combination: number) =>
      Uint8Array.from({ length: IDIOMS }, (_, i) => ((combination >> i) & 1) as 0 | 1);
    return { harmless, present, compiled: () => compiled };
  };

  it('Should keep at most PATTERNS_KEPT expressions however many combinations are asked for', () => {
    const { harmless, present, compiled } = setUp();
    for (let combination = 1; combination < 2 ** IDIOMS; combination += 1) harmless.patternFor(present(combination));
    const before = compiled();
    // The oldest combinations were let go: asking for them again compiles them again.
    for (let combination = 1; combination <= 10; combination += 1) harmless.patternFor(present(combination));
    expect(compiled() - before).toBe(10);
  });

  it('Should give back the same expression, compiled once, for a combination asked for often', () => {
    const { harmless, present, compiled } = setUp();
    const first = harmless.patternFor(present(0b101));
    for (let combination = 1; combination < PATTERNS_KEPT * 3; combination += 1) {
      harmless.patternFor(present(combination));
      expect(harmless.patternFor(present(0b101))).toBe(first);
    }
    expect(harmless.patternFor(present(0))).toBeNull();
    expect(first?.source).toBe('idiom0|idiom2');
    expect(compiled()).toBeLessThan(PATTERNS_KEPT * 3);
  });
});
