import { describe, expect, it } from 'vitest';
import { compileHarmless } from '../../../shared/analysis/urgency/harmless';
import type { Required } from '../../../shared/analysis/urgency/literals';

// The u17 helper's dump of every eval row ran out of V8's code space: one compiled expression was kept for each
// combination of idioms a text held. Bounded to 256 a language, they still came to some 300 MB of machine code once
// V8 compiled every expression at once (thr39): no expression may be made for a text, only one per idiom, once.
describe('the idioms blanked before the rules, one expression each', () => {
  const IDIOMS = 12; // 4,096 combinations
  const setUp = (apart = true) => {
    const made: string[] = [];
    let gate = 0;
    const harmless = compileHarmless(
      Array.from({ length: IDIOMS }, (_, i) => `idiom${i}`),
      (source) => {
        made.push(source);
        return new RegExp(String.raw`\b(?:${source})\b`, 'gu');
      },
      { add: () => gate++ },
      () => ({}) as Required,
      apart,
    )!;
    const present = (combination: number) =>
      Uint8Array.from({ length: IDIOMS }, (_, i) => ((combination >> i) & 1) as 0 | 1);
    return { harmless, present, made };
  };
  const ALL = Array.from({ length: IDIOMS }, (_, i) => `idiom${i}`).join(' and ');

  it('Should make one expression per idiom, however many combinations the texts hold', () => {
    const { harmless, present, made } = setUp();
    for (let combination = 1; combination < 2 ** IDIOMS; combination += 1)
      harmless.replaceIn(ALL, present(combination), () => '_');
    expect(made.sort()).toEqual(Array.from({ length: IDIOMS }, (_, i) => `idiom${i}`).sort());
  });

  it('Should make the one expression of every idiom, once, where they are not run apart', () => {
    const { harmless, present, made } = setUp(false);
    for (let combination = 1; combination < 2 ** 6; combination += 1)
      harmless.replaceIn(ALL, present(combination), () => '_');
    expect(made).toEqual([Array.from({ length: IDIOMS }, (_, i) => `idiom${i}`).join('|')]);
  });

  it('Should blank only the idioms whose words the text holds, as one alternation of them does', () => {
    const { harmless, present } = setUp();
    expect(harmless.replaceIn('idiom0 idiom1 idiom2 idiom11', present(0b101), () => '_')).toBe('_ idiom1 _ idiom11');
    expect(harmless.replaceIn('idiom0 idiom1', present(0), () => '_')).toBe('idiom0 idiom1');
  });
});

// One alternation tries its branches in order at each place, the leftmost place first; run one by one, the idioms
// must give what it gives, where they overlap too.
describe('the idioms run one by one, as one alternation', () => {
  it('Should take the leftmost match, and the first idiom where two begin at one place', () => {
    const sources = ['fire drill', 'fire', 'drill today', 'heat is killing', 'is killing me'];
    let gate = 0;
    const harmless = compileHarmless(
      sources,
      (source) => new RegExp(String.raw`\b(?:${source})\b`, 'gu'),
      { add: () => gate++ },
      () => ({}) as Required,
    )!;
    const all = new RegExp(String.raw`\b(?:${sources.join('|')})\b`, 'gu');
    const every = new Uint8Array(sources.length).fill(1);
    for (const text of [
      'fire drill today',
      'the fire drill today, fire again',
      'this heat is killing me',
      'a drill today and fire drill',
      'nothing here',
    ])
      expect(harmless.replaceIn(text, every, (idiom) => `[${idiom}]`)).toBe(text.replace(all, (idiom) => `[${idiom}]`));
  });
});
