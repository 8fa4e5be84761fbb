import type { Sentiment, SentimentScores } from '../../domain/feedback';
import type { TextFeatures } from './features';
import { indexWeightRows, readRows, type WeightRows } from './weight-rows';

/** The classes the model was fitted on, in the order of its weights. */
export const CLASSES = ['negative', 'neutral', 'positive'] as const;
const NEG = 0;
const NEU = 1;
const POS = 2;

/** Weights as `scripts/fit-sentiment.ts` writes them (see weights.json). */
export interface ModelFile {
  format: number;
  /** Hash of the fitting script and the feature code that made these weights. */
  sourceHash: string;
  /** Hash of `features` and `weights`, so a hand-edited or truncated file is caught by the tests. */
  contentHash: string;
  fittedAt: string;
  /** How much the rule-based scorer's log-probabilities count where the model knows none of a text's words. */
  priorWeight: number;
  /** For choosing the label: logits are divided by this, then `decisionBias` is added. */
  temperature: number;
  /**
   * Added to the log-probabilities (negative, neutral, positive) of
   * `temperature` only to choose the label: the neutral band that gave the
   * best macro-F1 on validation rows.
   */
  decisionBias: number[];
  /**
   * The scores: calibrated on whole sources (employers, review sites) the
   * weights never saw, so a 0.8 is right about 8 times in 10 on a new
   * employer's text. Per length of text (the `#len` feature), a temperature
   * and an offset for neutral: short headlines and long reviews err in
   * opposite directions, and one temperature cannot serve both.
   */
  calibration: Calibration;
  /** The sources held out, and the figures measured on them when the weights were written. */
  heldOut: { sources: string[]; figures: Record<string, number> };
  /** Weights are integers: the real weight times `scale`. */
  scale: number;
  /** Feature names, one a line, in the order of `weights`. */
  features: string;
  /**
   * Two integers per feature: its weight for negative and for positive,
   * neutral's being 0. Either a list or the same integers as little-endian
   * int16, base64: a bundle reads a string of that kind faster than a list
   * literal of ~70,000 numbers (docs/performance-log.md, "Ninth round").
   */
  weights: number[] | string;
}

export interface Calibration {
  /** The sources whose rows, each scored by weights fitted without it, set the numbers below. */
  sources: string[];
  /** By length feature (`#len3-5`, …): [temperature, neutral offset]; `*` for any length not listed. */
  byLength: Record<string, number[]>;
}

/** A model ready to score: one weight row per feature name. */
export interface SentimentModel {
  index: Map<string, number>;
  /** The same rows by word, its forms and its pairs, as the scoring reads them (weight-rows.ts). */
  rows: WeightRows;
  /** Three weights per feature, in the order of `CLASSES`. */
  weights: Float64Array;
  priorWeight: number;
  temperature: number;
  decisionBias: readonly number[];
  calibration: Calibration['byLength'];
}

export interface LearnedSentiment {
  sentiment: Sentiment;
  /** Comprehend-style confidences summing to 1; MIXED takes its share from positive and negative alike. */
  scores: SentimentScores;
  /** Calibrated probabilities of the three classes the model was fitted on. */
  probabilities: { negative: number; neutral: number; positive: number };
}

/*
 * MIXED: a text with clear praise and a clear complaint side by side ("Great
 * people, terrible pay"). The rule-based scorer keeps the two apart after
 * negation and contrast; MIXED_AT is the evidence (log scale, about one
 * plain opinion word) both sides need for even odds of mixed.
 */
const MIXED_AT = 0.6;
const MIXED_SLOPE = 8;

/** Builds a model from the weights file's numbers. */
export function loadModel(file: ModelFile): SentimentModel {
  const names = file.features.split('\n');
  const fileWeights = weightIntegers(file.weights);
  if (names.length * 2 !== fileWeights.length)
    throw new Error(`sentiment weights are damaged: ${names.length} features but ${fileWeights.length} weights`);
  const index = new Map<string, number>();
  const weights = new Float64Array(names.length * 3);
  names.forEach((name, i) => {
    index.set(name, i * 3);
    weights[i * 3 + NEG] = fileWeights[i * 2]! / file.scale;
    weights[i * 3 + POS] = fileWeights[i * 2 + 1]! / file.scale;
  });
  const calibration = { '*': [file.temperature, 0], ...file.calibration?.byLength };
  return {
    index,
    rows: indexWeightRows(names),
    weights,
    priorWeight: file.priorWeight,
    temperature: file.temperature,
    decisionBias: file.decisionBias,
    calibration,
  };
}

/** The weights' integers, from either form `ModelFile.weights` takes. */
export function weightIntegers(weights: number[] | string): ArrayLike<number> {
  if (typeof weights !== 'string') return weights;
  const bytes = Buffer.from(weights, 'base64');
  if (bytes.length % 2 !== 0) throw new Error('sentiment weights are damaged: an odd number of bytes');
  // Copied, not viewed: a Buffer's bytes may start at an odd offset of its pool, which Int16Array refuses.
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const integers = new Int16Array(bytes.length / 2);
  for (let i = 0; i < integers.length; i += 1) integers[i] = view.getInt16(i * 2, true);
  return integers;
}

/** Packs weights as `weightIntegers` reads them from a string: little-endian int16, base64. */
export function packWeights(weights: readonly number[]): string {
  const bytes = Buffer.alloc(weights.length * 2);
  weights.forEach((weight, i) => {
    if (!Number.isInteger(weight) || weight < -32768 || weight > 32767)
      throw new Error(`sentiment weight ${weight} does not fit in 16 bits`);
    bytes.writeInt16LE(weight, i * 2);
  });
  return bytes.toString('base64');
}

/** The rule-based verdict's log-probabilities are features too: the model learns how far to trust them. */
export const PRIOR_FEATURES = ['@prior-negative', '@prior-neutral', '@prior-positive'] as const;

/**
 * Word and pair features count 1/sqrt(n) each, n being how many the text
 * has: a long review's many words then add up to about as much evidence as
 * a headline's few, instead of making it overconfident.
 */
export function wordValue(count: number): number {
  return 1 / Math.sqrt(Math.max(1, count));
}

/**
 * The model's log-odds for a text before calibration, and how strongly it
 * holds both praise and complaint.
 *
 * The learned model counts in proportion to the share of the text's words
 * it has weights for; the rest goes to the rule-based verdict. On text
 * unlike the reviews it learned from (news, sports, slang) it knows few
 * words, and the rules, tuned on such text, decide.
 *
 * What {@link logitsOfFeatures} gives for the text's `extractFeatures`, to the
 * last bit, read without spelling the features out (weight-rows.ts).
 */
export function rawLogits(
  model: SentimentModel,
  text: string,
): { logits: number[]; bothSides: number; length: string } {
  const { clauseRows, clauseFeatures, words, known, whole, rules, prior, evidence } = readRows(model.rows, text);
  const learned = [0, 0, 0];
  const { named } = model.rows;
  addRow(model, named.get('@bias'), 1, learned);
  for (const name of whole) addRow(model, named.get(name), 1, learned);
  for (const [name, value] of rules) addRow(model, named.get(name), value, learned);
  PRIOR_FEATURES.forEach((name, c) => addRow(model, named.get(name), prior[c]!, learned));
  const value = wordValue(clauseFeatures);
  for (let i = 0; i < clauseFeatures; i++) {
    const row = clauseRows[i]!;
    if (row >= 0) addRow(model, row, value, learned);
  }
  const coverage = words ? known / words : 0;
  const logits = prior.map((p, c) => coverage * learned[c]! + (1 - coverage) * model.priorWeight * p);
  return { logits, bothSides: Math.min(evidence.positive, evidence.negative), length: whole[0]! };
}

/**
 * {@link rawLogits} from features as `extractFeatures` spells them out: what
 * the weights mean, read the slow way (the fitting script trains on these
 * features; the tests hold rawLogits to this).
 */
export function logitsOfFeatures(
  model: SentimentModel,
  { clauses, whole, rules, prior, evidence }: TextFeatures,
): { logits: number[]; bothSides: number; length: string } {
  const learned = [0, 0, 0];
  add(model, '@bias', 1, learned);
  for (const name of whole) add(model, name, 1, learned);
  for (const [name, value] of rules) add(model, name, value, learned);
  PRIOR_FEATURES.forEach((name, c) => add(model, name, prior[c]!, learned));
  let count = 0;
  for (const clause of clauses) count += clause.features.length;
  const value = wordValue(count);
  let words = 0;
  let known = 0;
  for (const clause of clauses) {
    for (const name of clause.features) {
      const hit = add(model, name, value, learned);
      if (name.includes(' ')) continue;
      words++;
      if (hit) known++;
    }
  }
  const coverage = words ? known / words : 0;
  const logits = prior.map((p, c) => coverage * learned[c]! + (1 - coverage) * model.priorWeight * p);
  return { logits, bothSides: Math.min(evidence.positive, evidence.negative), length: whole[0]! };
}

/** The label the decision biases choose from calibrated probabilities (index into `CLASSES`). */
export function decide(probabilities: readonly number[], decisionBias: readonly number[]): number {
  let best = 0;
  let bestValue = -Infinity;
  probabilities.forEach((p, c) => {
    const value = Math.log(Math.max(p, 1e-300)) + decisionBias[c]!;
    if (value > bestValue) [best, bestValue] = [c, value];
  });
  return best;
}

/** Calibrated probabilities (negative, neutral, positive) from raw logits and the text's length feature. */
export function calibrated(
  calibration: SentimentModel['calibration'],
  logits: readonly number[],
  length: string,
): number[] {
  const [temperature = 1, neutralOffset = 0] = calibration[length] ?? calibration['*']!;
  return softmax([logits[NEG]! / temperature, logits[NEU]! / temperature + neutralOffset, logits[POS]! / temperature]);
}

/**
 * Sentiment of one text by the learned model: POSITIVE, NEGATIVE, NEUTRAL
 * or MIXED, with calibrated confidences. A text whose mixed score is the
 * largest is MIXED; otherwise the label is the three-class decision (a
 * neutral band chosen on validation rows). The label is chosen as it was
 * fitted (`temperature`, `decisionBias`); the scores are the calibrated
 * probabilities (`calibration`), so thresholds on them mean what they say.
 *
 * @example
 * scoreSentiment(model, 'Great people, terrible pay').sentiment // 'MIXED'
 */
export function scoreSentiment(model: SentimentModel, text: string): LearnedSentiment {
  const { logits, bothSides, length } = rawLogits(model, text);
  const sentiment = labelOf(softmax(logits.map((z) => z / model.temperature)), bothSides, model.decisionBias);
  const mixed = mixedStrength(bothSides);
  const probabilities = calibrated(model.calibration, logits, length);
  const { scores } = fourWay(probabilities, mixed, NEU);
  return {
    sentiment,
    scores,
    probabilities: { negative: probabilities[NEG]!, neutral: probabilities[NEU]!, positive: probabilities[POS]! },
  };
}

/**
 * The label of a text from the label's probabilities (`temperature` applied),
 * how strongly it holds both praise and complaint, and the decision biases:
 * MIXED when its mixed score is the largest, else the three-class decision.
 */
export function labelOf(forLabel: number[], bothSides: number, decisionBias: readonly number[]): Sentiment {
  return fourWay(forLabel, mixedStrength(bothSides), decide(forLabel, decisionBias)).sentiment;
}

function mixedStrength(bothSides: number): number {
  return bothSides > 0 ? sigmoid(MIXED_SLOPE * (bothSides - MIXED_AT)) : 0;
}

function add(model: SentimentModel, name: string, value: number, into: number[]): boolean {
  const at = model.index.get(name);
  if (at === undefined) return false;
  addRow(model, at, value, into);
  return true;
}

function addRow(model: SentimentModel, at: number | undefined, value: number, into: number[]): void {
  if (at === undefined) return;
  into[0]! += value * model.weights[at]!;
  into[1]! += value * model.weights[at + 1]!;
  into[2]! += value * model.weights[at + 2]!;
}

// Mixed takes the same share of positive and negative, so folding it back
// (in proportion) gives the calibrated three-class probabilities again. It
// never takes all of them: a mixed text still shows which side weighs more.
const MIXED_SHARE = 0.7;

function fourWay(p: number[], mixed: number, decided: number): { sentiment: Sentiment; scores: SentimentScores } {
  const share = MIXED_SHARE * mixed;
  const scores: SentimentScores = {
    positive: p[POS]! * (1 - share),
    negative: p[NEG]! * (1 - share),
    neutral: p[NEU]!,
    mixed: (p[POS]! + p[NEG]!) * share,
  };
  // Both sides clear: mixed outweighs every other score, whatever the three-class decision.
  if (scores.mixed > Math.max(scores.positive, scores.negative, scores.neutral)) return { sentiment: 'MIXED', scores };
  if (decided === NEU) return { sentiment: 'NEUTRAL', scores };
  return { sentiment: decided === POS ? 'POSITIVE' : 'NEGATIVE', scores };
}

function softmax(logits: number[]): number[] {
  const max = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - max));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
