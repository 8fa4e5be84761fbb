import type { Sentiment, SentimentScores } from '../../domain/feedback';
import { loadModel, scoreSentiment } from './model';
import weights from './weights.json';

// Loaded once per process (a Lambda container, the local runtime): parsing
// the weights takes milliseconds, scoring a text microseconds.
const model = loadModel(weights);

const NEUTRAL: { sentiment: Sentiment; scores: SentimentScores } = {
  sentiment: 'NEUTRAL',
  scores: { positive: 0, negative: 0, neutral: 1, mixed: 0 },
};

/**
 * Sentiment of employee feedback by the model learned from employee
 * reviews (see scripts/fit-sentiment.ts), with the rule-based scorer's
 * verdict as its starting point: POSITIVE, NEGATIVE, NEUTRAL or MIXED, with
 * calibrated confidences that sum to 1.
 *
 * @example
 * analyseWorkplaceSentiment('no work life balance').sentiment // 'NEGATIVE'
 * analyseWorkplaceSentiment('Great people, terrible pay').sentiment // 'MIXED'
 */
export function analyseWorkplaceSentiment(text: string): { sentiment: Sentiment; scores: SentimentScores } {
  const { sentiment, scores } = scoreSentiment(model, text);
  // Scores feed thresholds downstream: never let a NaN through, whatever the text.
  if (!Object.values(scores).every(Number.isFinite)) return NEUTRAL;
  return { sentiment, scores };
}
