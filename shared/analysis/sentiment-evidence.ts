import type { Sentiment, SentimentScores } from '../domain/feedback';

/**
 * What every language's rule-based scorer shares once it has read a text:
 * how negation changes an opinion word, how punctuation, contrast,
 * concession and conditions weigh the evidence, and how evidence becomes a
 * label with confidences. The English scorer (sentiment.ts) and the
 * word-table scorer of other languages (sentiment-languages/rules.ts) find
 * the opinion words their own way, then both come here, so a change to how
 * "but" or "not" counts changes every language alike.
 *
 * The constants were set by reasoning about feedback, then checked on the
 * tune half of each language's labelled set (see sentiment.ts).
 */

/** One piece of evidence: a signed strength, where it starts, and its sentence and clause. */
export interface Hit {
  value: number;
  /** Index of the token the evidence starts at; contrast weighs by it. */
  at: number;
  sentence: number;
  clause: number;
}

/** A turn of the argument ("but", "pero", "mais") at token `at`. */
export interface Turn {
  at: number;
  sentence: number;
  /** The turn opens its sentence ("Great team. But the pay..."): it contrasts with the sentence before. */
  previousSentence: boolean;
}

/** How a text is built around its evidence: its sentences' punctuation, turns, conceded and conditional clauses. */
export interface TextShape {
  /** Each sentence's weight from its closing punctuation (see {@link punctuationFactor}). */
  sentenceFactors: number[];
  turns: Turn[];
  concessive: ReadonlySet<number>;
  /** Clauses under "if" or "wish": they describe what is not the case. */
  irrealis: ReadonlySet<number>;
  /** Words read: long texts gather stray opinion words. */
  words: number;
}

// People use positive words more often and more loosely than negative ones
// (the "Pollyanna principle": Boucher & Osgood 1969; Dodds et al. 2015), so
// a positive word is weaker evidence than a negative word of equal valence.
const POSITIVITY_DISCOUNT = 0.8;
const SHORT_TEXT_WORDS = 10;
// Negating praise makes a complaint almost as strong ("not good", "no es
// justo"); negating a complaint only softens it ("not terrible" is faint praise at most).
const NEGATED_POSITIVE = -0.75;
const NEGATED_NEGATIVE = -0.3;
/** A word in capitals, and a stretched word ("sooo"), say it louder. */
export const SHOUTING = 1.5;
export const ELONGATED = 1.3;
const EXCLAMATION_STEP = 0.15;
const MAX_EXCLAMATIONS = 3;
// A question usually asks rather than judges ("is the new schedule good?").
const QUESTION = 0.7;
// "great team but the pay is awful" is mostly negative: what follows the turn counts more.
const CONTRAST_BEFORE = 0.5;
const CONTRAST_AFTER = 1.5;
const CONCESSION = 0.5;
// Conditions and wishes describe what is not the case ("it would be great if").
const IRREALIS = 0.6;
// Mixed wins only when both sides are strong and close.
const MIXED_WEIGHT = 1.5;

/**
 * An opinion word's value under a negation. `floor` is the least a negated
 * praise complains, for languages whose negated opinion words are mostly
 * complaints ("nunca nos escuchan").
 */
export function negate(valence: number, floor = 0): number {
  return valence > 0 ? Math.min(valence * NEGATED_POSITIVE, floor) : valence * NEGATED_NEGATIVE;
}

/** A sentence's weight from its closing punctuation: "!" stresses it, "?" mostly asks. */
export function punctuationFactor(raw: string): number {
  let exclamations = 0;
  for (const c of raw) if (c === '!') exclamations++;
  if (exclamations) return 1 + EXCLAMATION_STEP * Math.min(MAX_EXCLAMATIONS, exclamations);
  return raw.includes('?') ? QUESTION : 1;
}

/**
 * The text's positive and negative evidence (both as positive numbers)
 * after punctuation, turns, concession and conditions, normalised for length.
 */
export function weigh(hits: readonly Hit[], shape: TextShape): { positive: number; negative: number } {
  let positive = 0;
  let negative = 0;
  for (const hit of hits) {
    let value = hit.value;
    for (const turn of shape.turns) {
      const before = turn.previousSentence
        ? hit.sentence === turn.sentence - 1
        : hit.sentence === turn.sentence && hit.at < turn.at;
      if (before) value *= CONTRAST_BEFORE;
      else if (hit.sentence === turn.sentence && hit.at > turn.at) value *= CONTRAST_AFTER;
    }
    value *= shape.sentenceFactors[hit.sentence] ?? 1;
    if (shape.concessive.has(hit.clause)) value *= CONCESSION;
    if (shape.irrealis.has(hit.clause)) value *= IRREALIS;
    if (value > 0) positive += value * POSITIVITY_DISCOUNT;
    else negative -= value;
  }
  // A long text gathers stray opinion words: evidence grows with the square
  // root of length beyond a short message, as confidence would.
  const lengthNorm = Math.sqrt(Math.max(1, shape.words / SHORT_TEXT_WORDS));
  return { positive: positive / lengthNorm, negative: negative / lengthNorm };
}

const LABELS = {
  positive: 'POSITIVE',
  negative: 'NEGATIVE',
  neutral: 'NEUTRAL',
  mixed: 'MIXED',
} as const satisfies Record<keyof SentimentScores, Sentiment>;

/**
 * Positive and negative evidence → a label and confidences summing to 1.
 * Each class gets a weight: positive and negative their evidence, neutral
 * `neutralWeight` (the evidence a text needs before it stops being neutral:
 * about one clear opinion word in the language's scale), mixed a share of
 * the smaller side. Confidences are the squared weights, normalised, which
 * makes them as decisive as Comprehend's.
 */
export function label(
  positive: number,
  negative: number,
  neutralWeight: number,
): { sentiment: Sentiment; scores: SentimentScores } {
  const weights = {
    positive: positive ** 2,
    negative: negative ** 2,
    neutral: neutralWeight ** 2,
    mixed: (MIXED_WEIGHT * Math.min(positive, negative)) ** 2,
  };
  const total = weights.positive + weights.negative + weights.neutral + weights.mixed;
  const scores: SentimentScores = {
    positive: weights.positive / total,
    negative: weights.negative / total,
    neutral: weights.neutral / total,
    mixed: weights.mixed / total,
  };
  let best: keyof SentimentScores = 'neutral';
  for (const c of ['positive', 'negative', 'mixed'] as const) if (scores[c] > scores[best]) best = c;
  return { sentiment: LABELS[best], scores };
}
