import { URGENCY_CATEGORIES, type UrgencyCategory } from '../types';
import { BUCKETS } from './features';

/**
 * The learned half of the urgency detector: multinomial logistic regression
 * over hashed features (features.ts) with seven classes, "not urgent" and
 * the six categories. The chance a text is urgent is one minus the chance
 * of "not urgent"; the category is the likeliest of the six. Fitted by
 * `npm run fit:urgency` (scripts/fit-urgency.ts), which writes weights.json.
 */
export const MODEL_CLASSES = ['none', ...URGENCY_CATEGORIES] as const;
const K = MODEL_CLASSES.length;

/** weights.json as the fitting script writes it. */
export interface UrgencyModelFile {
  format: 1;
  /** Hash of the files that decide what the weights mean (features.ts, the fitting script). */
  sourceHash: string;
  fittedAt: string;
  buckets: number;
  /** Chance of urgency at or above which the model escalates, chosen on cross-validation. */
  threshold: number;
  bias: number[];
  /** Each class's weights are int8 × its scale. */
  scales: number[];
  /** Int8 weights, bucket-major (bucket × 7 classes), base64. */
  weights: string;
  /** What cross-validation on the fitting rows measured, for the record. */
  crossValidation: Record<string, unknown>;
}

export interface UrgencyModel {
  threshold: number;
  bias: Float64Array;
  /** Dequantised weights, bucket-major. */
  weights: Float32Array;
  /**
   * The same weights as weights.json holds them: one int8 code per weight
   * (bucket-major) and, per class, the 256 values a code stands for. A text's
   * few hundred features land in random buckets, so reading a quarter of the
   * memory is most of the model's time; the values are the very numbers in
   * `weights`, so every score is the same to the last bit.
   */
  packed?: { codes: Int8Array; values: Float32Array };
}

export interface ModelVerdict {
  /** Chance the text is urgent, 0 to 1. */
  urgency: number;
  /** The likeliest category and any other nearly as likely. */
  categories: UrgencyCategory[];
}

/**
 * Unpacks weights.json once, at start-up: one base64 decode. The model reads
 * its int8 codes in place (`packed`); the dequantised `weights` (458,752
 * floats, a loop V8 runs unoptimised at import: tens of ms of a Lambda's init)
 * are made only when first read, by the fitting scripts and tests.
 */
export function loadUrgencyModel(file: UrgencyModelFile): UrgencyModel {
  if (file.buckets !== BUCKETS)
    throw new Error(`urgency weights have ${file.buckets} buckets, the features ${BUCKETS}: run npm run fit:urgency`);
  const packed = Buffer.from(file.weights, 'base64');
  const codes = new Int8Array(packed.buffer, packed.byteOffset, BUCKETS * K);
  const values = new Float32Array(K * 256);
  for (let c = 0; c < K; c += 1)
    for (let code = -128; code < 128; code += 1) values[c * 256 + code + 128] = code * file.scales[c]!;
  let weights: Float32Array | undefined;
  return {
    threshold: file.threshold,
    bias: Float64Array.from(file.bias),
    get weights() {
      if (!weights) {
        weights = new Float32Array(BUCKETS * K);
        for (let i = 0; i < weights.length; i += 1) weights[i] = codes[i]! * file.scales[i % K]!;
      }
      return weights;
    },
    packed: { codes, values },
  };
}

/** The seven classes' scores (logits) of a folded text. */
export function modelLogits(
  model: Pick<UrgencyModel, 'bias' | 'weights' | 'packed'>,
  features: readonly number[],
  weighedAs = features.length,
): Float64Array {
  const logits = new Float64Array(model.bias);
  if (!features.length) return logits;
  const value = 1 / Math.sqrt(weighedAs);
  if (model.packed) {
    const { codes, values } = model.packed;
    for (const feature of features) {
      const base = feature * K;
      for (let c = 0; c < K; c += 1) logits[c]! += values[c * 256 + codes[base + c]! + 128]! * value;
    }
    return logits;
  }
  for (const feature of features) {
    const base = feature * K;
    for (let c = 0; c < K; c += 1) logits[c]! += model.weights[base + c]! * value;
  }
  return logits;
}

export function softmax(logits: Float64Array): Float64Array {
  let max = -Infinity;
  for (const logit of logits) if (logit > max) max = logit;
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let c = 0; c < logits.length; c += 1) sum += out[c] = Math.exp(logits[c]! - max);
  for (let c = 0; c < logits.length; c += 1) out[c]! /= sum;
  return out;
}

/**
 * The same, for a text's features already read. `weighedAs`: how many features the text is weighed as having
 * (each counts one over its root); a longer text's features, weighed as a shorter one's, speak as loud as they would
 * alone.
 */
export function verdictOf(model: UrgencyModel, features: readonly number[], weighedAs = features.length): ModelVerdict {
  const p = softmax(modelLogits(model, features, weighedAs));
  const urgency = 1 - p[0]!;
  let best = 1;
  for (let c = 2; c < K; c += 1) if (p[c]! > p[best]!) best = c;
  const categories = URGENCY_CATEGORIES.filter((_, i) => i + 1 === best || p[i + 1]! >= 0.8 * p[best]!);
  return { urgency, categories };
}
