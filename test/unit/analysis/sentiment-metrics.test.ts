import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { confidenceAmongPresent, reliability } from '../../../scripts/eval/sentiment-metrics';

describe('how sure the sentiment scores are, as the eval reads them', () => {
  it('Should read a two-class file by the side chosen, not by the share kept for neutral', () => {
    const p = { positive: 0.6, negative: 0.2, neutral: 0.2 };
    expect(confidenceAmongPresent(p, 'positive', ['positive', 'negative'])).toBeCloseTo(0.75, 10);
    expect(confidenceAmongPresent(p, 'positive', ['positive', 'negative', 'neutral'])).toBeCloseTo(0.6, 10);
  });

  it('Should keep the probability of a label the file never has: the prediction is wrong at that confidence', () => {
    expect(
      confidenceAmongPresent({ positive: 0.3, negative: 0.2, neutral: 0.5 }, 'neutral', ['positive', 'negative']),
    ).toBe(0.5);
  });

  it('Should always give a confidence between 0 and 1', () => {
    const probability = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(
        probability,
        probability,
        probability,
        fc.constantFrom('positive', 'negative', 'neutral' as const),
        (positive, negative, neutral, label) => {
          const c = confidenceAmongPresent({ positive, negative, neutral }, label, ['positive', 'negative']);
          expect(c).toBeGreaterThanOrEqual(0);
          expect(c).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('Should find no calibration error where confidence matches how often the label is right', () => {
    const gold = ['positive', 'positive', 'positive', 'negative'] as const;
    const predicted = ['positive', 'positive', 'positive', 'positive'] as const;
    expect(reliability(gold, predicted, [0.75, 0.75, 0.75, 0.75]).expectedError).toBeCloseTo(0, 10);
    expect(reliability(gold, predicted, [0.95, 0.95, 0.95, 0.95]).expectedError).toBeCloseTo(0.2, 10);
  });
});
