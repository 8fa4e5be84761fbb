import { SENTIMENT_LABELS, type SentimentLabel } from './metrics';

/** Counts of [gold][predicted], over positive, negative and neutral. */
export type Confusion = Record<SentimentLabel, Record<SentimentLabel, number>>;

export function confusion(gold: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): Confusion {
  const matrix = Object.fromEntries(
    SENTIMENT_LABELS.map((g) => [g, Object.fromEntries(SENTIMENT_LABELS.map((p) => [p, 0]))]),
  ) as Confusion;
  gold.forEach((g, i) => matrix[g][predicted[i]!]++);
  return matrix;
}

/**
 * Macro-F1 over the classes present in the gold labels only: a file of
 * positive and negative texts is scored on those two, and a prediction of
 * neutral counts against them (it is wrong) but adds no class of its own.
 *
 * @example
 * presentMacroF1(['positive', 'negative'], ['positive', 'neutral']) // (1 + 0) / 2
 */
export function presentMacroF1(
  gold: readonly SentimentLabel[],
  predicted: readonly SentimentLabel[],
): { macroF1: number; classes: SentimentLabel[]; perClass: Partial<Record<SentimentLabel, number>> } {
  const classes = SENTIMENT_LABELS.filter((label) => gold.includes(label));
  const perClass: Partial<Record<SentimentLabel, number>> = {};
  for (const label of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (g === label && p === label) tp++;
      else if (p === label) fp++;
      else if (g === label) fn++;
    });
    perClass[label] = tp + fp + fn === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  const macroF1 = classes.length ? classes.reduce((sum, label) => sum + perClass[label]!, 0) / classes.length : 0;
  return { macroF1, classes, perClass };
}

/**
 * The confidence of a predicted label among the classes the gold labels
 * have: on a file of positive and negative texts, how sure the scores are
 * of one side over the other (a share kept for neutral, which such a file
 * never is, would read as doubt). A prediction outside those classes keeps
 * its own probability, and is wrong.
 *
 * @example
 * confidenceAmongPresent({ positive: 0.6, negative: 0.2, neutral: 0.2 }, 'positive', ['positive', 'negative']) // 0.75
 */
export function confidenceAmongPresent(
  probabilities: Record<SentimentLabel, number>,
  label: SentimentLabel,
  present: readonly SentimentLabel[],
): number {
  if (!present.includes(label)) return probabilities[label];
  const total = present.reduce((sum, c) => sum + probabilities[c], 0);
  return total > 0 ? probabilities[label] / total : probabilities[label];
}

export interface ReliabilityBin {
  /** Confidence range of the bin, as [from, to). */
  from: number;
  to: number;
  count: number;
  /** Mean confidence of the predictions in the bin. */
  confidence: number;
  /** Share of those predictions that were right. */
  accuracy: number;
}

/**
 * A reliability table: predictions grouped by the confidence of the label
 * chosen, and how often each group was right. For calibrated scores the two
 * columns agree; `expectedError` is their weighted mean gap (ECE).
 */
export function reliability(
  gold: readonly SentimentLabel[],
  predicted: readonly SentimentLabel[],
  confidence: readonly number[],
  bins = 10,
): { bins: ReliabilityBin[]; expectedError: number } {
  const sums = Array.from({ length: bins }, () => ({ count: 0, confidence: 0, correct: 0 }));
  gold.forEach((g, i) => {
    const c = confidence[i]!;
    const bin = sums[Math.min(bins - 1, Math.max(0, Math.floor(c * bins)))]!;
    bin.count++;
    bin.confidence += c;
    if (predicted[i] === g) bin.correct++;
  });
  let gap = 0;
  const table = sums.flatMap((s, b) => {
    if (!s.count) return [];
    gap += Math.abs(s.confidence - s.correct);
    return [
      {
        from: b / bins,
        to: (b + 1) / bins,
        count: s.count,
        confidence: s.confidence / s.count,
        accuracy: s.correct / s.count,
      },
    ];
  });
  return { bins: table, expectedError: gold.length ? gap / gold.length : 0 };
}
