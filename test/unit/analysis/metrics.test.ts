import { describe, expect, it } from 'vitest';
import { classify, flagging, toThreeClass } from '../../../scripts/eval/metrics';

describe('scoring against labels', () => {
  it('Should count MIXED as the stronger of positive and negative, or neutral on a tie', () => {
    expect(toThreeClass('MIXED', { positive: 0.3, negative: 0.2, neutral: 0.1, mixed: 0.4 })).toBe('positive');
    expect(toThreeClass('MIXED', { positive: 0.2, negative: 0.3, neutral: 0.1, mixed: 0.4 })).toBe('negative');
    expect(toThreeClass('MIXED', { positive: 0.25, negative: 0.25, neutral: 0.1, mixed: 0.4 })).toBe('neutral');
    expect(toThreeClass('NEGATIVE', { positive: 0, negative: 1, neutral: 0, mixed: 0 })).toBe('negative');
  });

  it('Should compute accuracy, per-class F1 and their macro average', () => {
    const report = classify(
      ['positive', 'positive', 'negative', 'neutral'],
      ['positive', 'negative', 'negative', 'neutral'],
    );
    expect(report.accuracy).toBe(0.75);
    expect(report.perClass.positive).toBeCloseTo(2 / 3);
    expect(report.perClass.negative).toBeCloseTo(2 / 3);
    expect(report.perClass.neutral).toBe(1);
    expect(report.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 1) / 3);
  });

  it('Should compute precision, recall, F1 and the share flagged', () => {
    expect(flagging([true, true, false, false], [true, false, true, false])).toEqual({
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
      flaggedShare: 0.5,
    });
    expect(flagging([false, false], [false, false])).toEqual({ precision: 0, recall: 0, f1: 0, flaggedShare: 0 });
  });

  it('Should refuse labels and predictions of different lengths', () => {
    expect(() => flagging([true], [])).toThrow(RangeError);
  });
});
