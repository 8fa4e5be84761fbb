import type { Sentiment, SentimentScores } from '../../domain/feedback';
import { improvedClauses } from '../improved-now';
import { analyseSentiment } from '../sentiment';
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
  if (sentiment === 'POSITIVE' || sentiment === 'MIXED') return { sentiment, scores };
  return improvedNow(text) ? praise(scores) : { sentiment, scores };
}

/**
 * "The new rota is much better", "a lot less stressful now": a change for the better said of now, which the model
 * cannot tell from the reviews' "could be much better" (improved-now.ts), with no clear complaint beside it.
 */
function improvedNow(text: string): boolean {
  const { improved, rest, share } = improvedClauses(text);
  return improved && share >= MOST && analyseSentiment(rest).negative < COMPLAINT;
}
/**
 * The share of the text's words the change for the better takes: a long review with "getting better" in passing is
 * not praise for it.
 */
const MOST = 0.4;
/** About one plain complaint word ("late", "rude"): the rules' own threshold for a text that is not neutral. */
const COMPLAINT = 1.2;

/** The model's scores moved so positive leads (at least 0.6), the others keeping their order. */
function praise(scores: SentimentScores): { sentiment: Sentiment; scores: SentimentScores } {
  const moved = 0.6 * (scores.negative + scores.neutral + scores.mixed);
  return {
    sentiment: 'POSITIVE',
    scores: {
      positive: scores.positive + moved,
      negative: scores.negative * 0.4,
      neutral: scores.neutral * 0.4,
      mixed: scores.mixed * 0.4,
    },
  };
}
