import type { Sentiment, SentimentScores } from '../../shared/domain/feedback';

export const SENTIMENT_LABELS = ['positive', 'negative', 'neutral'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

export interface ClassificationReport {
  accuracy: number;
  /** The mean of the per-class F1 scores: each class counts the same however rare. */
  macroF1: number;
  /** F1 of each class. */
  perClass: Record<SentimentLabel, number>;
}

export interface FlaggingReport {
  /** Of the texts flagged, the share that should have been. */
  precision: number;
  /** Of the texts that should have been flagged, the share that were. */
  recall: number;
  f1: number;
  /** The share of all texts flagged: what a reader of escalations would face. */
  flaggedShare: number;
}

/**
 * The three-class label of a four-class result, for scoring against
 * positive/negative/neutral labels: MIXED counts as whichever of positive
 * and negative has the higher confidence, and as neutral when they tie.
 *
 * @example
 * toThreeClass('MIXED', { positive: 0.3, negative: 0.2, neutral: 0.1, mixed: 0.4 }) // 'positive'
 */
export function toThreeClass(sentiment: Sentiment, scores: SentimentScores): SentimentLabel {
  if (sentiment !== 'MIXED')
    return sentiment === 'POSITIVE' ? 'positive' : sentiment === 'NEGATIVE' ? 'negative' : 'neutral';
  if (scores.positive > scores.negative) return 'positive';
  if (scores.negative > scores.positive) return 'negative';
  return 'neutral';
}

/**
 * Accuracy, macro-F1 and per-class F1 of predicted labels against gold ones.
 *
 * @example
 * classify(['positive', 'neutral'], ['positive', 'negative']).accuracy // 0.5
 */
export function classify(gold: readonly SentimentLabel[], predicted: readonly SentimentLabel[]): ClassificationReport {
  sameLength(gold, predicted);
  const perClass = {} as Record<SentimentLabel, number>;
  for (const label of SENTIMENT_LABELS) {
    const counts = count(gold.map((g, i) => [g === label, predicted[i] === label]));
    perClass[label] = f1(counts);
  }
  const correct = gold.filter((g, i) => g === predicted[i]).length;
  return {
    accuracy: gold.length ? correct / gold.length : 0,
    macroF1: SENTIMENT_LABELS.reduce((sum, label) => sum + perClass[label], 0) / SENTIMENT_LABELS.length,
    perClass,
  };
}

/**
 * Precision, recall and F1 of flagging (the positive class is "should be
 * escalated"), and the share of texts flagged.
 *
 * @example
 * flagging([true, false], [true, true]).flaggedShare // 1
 */
export function flagging(gold: readonly boolean[], predicted: readonly boolean[]): FlaggingReport {
  sameLength(gold, predicted);
  const counts = count(gold.map((g, i) => [g, predicted[i] === true]));
  return {
    precision: ratio(counts.tp, counts.tp + counts.fp),
    recall: ratio(counts.tp, counts.tp + counts.fn),
    f1: f1(counts),
    flaggedShare: ratio(counts.tp + counts.fp, gold.length),
  };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function count(pairs: [gold: boolean, predicted: boolean][]): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const [g, p] of pairs) {
    if (g && p) counts.tp++;
    else if (p) counts.fp++;
    else if (g) counts.fn++;
  }
  return counts;
}

function f1({ tp, fp, fn }: Counts): number {
  return ratio(2 * tp, 2 * tp + fp + fn);
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

function sameLength(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) throw new RangeError(`${a.length} gold labels but ${b.length} predictions`);
}
