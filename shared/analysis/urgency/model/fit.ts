import { MODEL_CLASSES, modelLogits, softmax, type UrgencyModel } from './classifier';
import { BUCKETS, urgencyFeatures } from './features';

/**
 * Fitting the urgency model: multinomial logistic regression by AdaGrad with
 * L2, from a seeded shuffle, so the same rows always give the same weights.
 * Used by scripts/fit-urgency.ts only; nothing here runs in the pipeline.
 */
const K = MODEL_CLASSES.length;

export interface Example {
  /** Feature numbers, each as often as it occurs (urgencyFeatures of the folded text). */
  features: number[];
  /** Index into MODEL_CLASSES. */
  label: number;
  /** How much the row counts: real reviews, many and unchecked, count less. */
  weight: number;
}

export interface FitSettings {
  epochs: number;
  l2: number;
  rate: number;
  seed: number;
}

export const DEFAULT_SETTINGS: FitSettings = { epochs: 12, l2: 1e-3, rate: 0.4, seed: 12 };

export function example(folded: string, label: number, weight = 1): Example {
  return { features: urgencyFeatures(folded), label, weight };
}

/** A small seeded generator (mulberry32): the shuffle is the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Distinct features and their values (count / √n), as the model sums them.
function compact(features: readonly number[]): { index: Uint32Array; value: Float32Array } {
  const counts = new Map<number, number>();
  for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const scale = features.length ? 1 / Math.sqrt(features.length) : 0;
  return {
    index: Uint32Array.from(counts.keys()),
    value: Float32Array.from([...counts.values()].map((count) => count * scale)),
  };
}

export function fitModel(
  examples: readonly Example[],
  settings: FitSettings = DEFAULT_SETTINGS,
): Omit<UrgencyModel, 'threshold'> {
  const weights = new Float32Array(BUCKETS * K);
  const squared = new Float32Array(BUCKETS * K).fill(1e-6);
  const bias = new Float64Array(K);
  const biasSquared = new Float64Array(K).fill(1e-6);
  const rows = examples.map((row) => ({ ...compact(row.features), label: row.label, weight: row.weight }));
  const order = rows.map((_, i) => i);
  const random = seeded(settings.seed);
  const logits = new Float64Array(K);
  for (let epoch = 0; epoch < settings.epochs; epoch += 1) {
    for (let i = order.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const row = rows[r]!;
      logits.set(bias);
      for (let f = 0; f < row.index.length; f += 1) {
        const base = row.index[f]! * K;
        const v = row.value[f]!;
        for (let c = 0; c < K; c += 1) logits[c]! += weights[base + c]! * v;
      }
      const p = softmax(logits);
      for (let c = 0; c < K; c += 1) {
        const error = (p[c]! - (c === row.label ? 1 : 0)) * row.weight;
        biasSquared[c]! += error * error;
        bias[c]! -= (settings.rate * error) / Math.sqrt(biasSquared[c]!);
        for (let f = 0; f < row.index.length; f += 1) {
          const at = row.index[f]! * K + c;
          const gradient = error * row.value[f]! + settings.l2 * weights[at]!;
          squared[at]! += gradient * gradient;
          weights[at]! -= (settings.rate * gradient) / Math.sqrt(squared[at]!);
        }
      }
    }
  }
  return { bias, weights };
}

/** The chance each example is urgent under a fitted model. */
export function urgencyOf(model: Omit<UrgencyModel, 'threshold'>, examples: readonly Example[]): number[] {
  return examples.map((row) => 1 - softmax(modelLogits(model, row.features))[0]!);
}

/** Int8 weights with one scale per class, as weights.json stores them. */
export function quantise(weights: Float32Array): { scales: number[]; packed: Buffer } {
  const scales = new Array<number>(K).fill(0);
  for (let i = 0; i < weights.length; i += 1) scales[i % K] = Math.max(scales[i % K]!, Math.abs(weights[i]!));
  for (let c = 0; c < K; c += 1) scales[c] = scales[c]! / 127 || 1;
  const packed = Buffer.alloc(weights.length);
  for (let i = 0; i < weights.length; i += 1)
    packed.writeInt8(Math.max(-127, Math.min(127, Math.round(weights[i]! / scales[i % K]!))), i);
  return { scales, packed };
}
