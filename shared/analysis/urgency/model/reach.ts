import { MODEL_CLASSES, type UrgencyModel } from './classifier';

/*
 * Whether a text's features could take the model to a threshold at all,
 * asked before its seven scores are added up. The chance of urgency is
 * Σ e^(l_c − l_none) / (1 + Σ e^(l_c − l_none)) over the six categories, and
 * each l_c − l_none is the bias difference plus, per feature, the weight
 * difference over √(number of features). No difference can exceed the
 * largest one that feature has for any category, so their sum over the
 * text's features (one small number per bucket, 64 KB in all, rounded up)
 * bounds every category's score from above. When even that bound stays
 * under the threshold, the model's answer is "not urgent" without reading
 * the 458 KB of weights; otherwise the model is asked as before. Most
 * employee comments are settled here (about 2 in 3 pros and cons, 9 in 10
 * headlines; few tweets).
 */

const K = MODEL_CLASSES.length;
/** Room for rounding in the model's own sums: the bound must be beaten by more than this to skip it. */
const MARGIN = 1e-6;

export interface UrgencyReach {
  /** What one step of `steps` is worth. */
  unit: number;
  /** Per bucket, the most its feature adds to any category's score over "not urgent", in units, rounded up. */
  steps: Int8Array;
  /** log Σ over the categories of e^(bias − bias of "not urgent"). */
  logBias: number;
}

export function reachOf(model: Pick<UrgencyModel, 'bias' | 'weights' | 'packed'>): UrgencyReach {
  const most = model.packed ? mostOfCodes(model.packed) : mostOfWeights(model.weights);
  const buckets = most.length;
  let largest = 0;
  for (let f = 0; f < buckets; f += 1) largest = Math.max(largest, Math.abs(most[f]!));
  // 126, not 127: a quotient rounded up by one more step still fits in a byte.
  const unit = largest > 0 ? largest / 126 : 1;
  const steps = new Int8Array(buckets);
  for (let f = 0; f < buckets; f += 1) {
    let step = Math.ceil(most[f]! / unit);
    if (step * unit < most[f]!) step += 1;
    steps[f] = step;
  }
  let sum = 0;
  for (let c = 1; c < K; c += 1) sum += Math.exp(model.bias[c]! - model.bias[0]!);
  return { unit, steps, logBias: Math.log(sum) };
}

// Per bucket, the largest difference of a category's weight over "not urgent"'s.
function mostOfWeights(weights: Float32Array): Float64Array {
  const most = new Float64Array(weights.length / K);
  for (let f = 0; f < most.length; f += 1) {
    let m = -Infinity;
    for (let c = 1; c < K; c += 1) m = Math.max(m, weights[f * K + c]! - weights[f * K]!);
    most[f] = m;
  }
  return most;
}

// The same read from the int8 codes: `values` holds the very floats `weights` would, so the bound is the same to the
// last bit, without making the 458,752 dequantised weights a cold start never reads.
function mostOfCodes({ codes, values }: NonNullable<UrgencyModel['packed']>): Float64Array {
  const most = new Float64Array(codes.length / K);
  for (let f = 0; f < most.length; f += 1) {
    const none = values[codes[f * K]! + 128]!;
    let m = -Infinity;
    for (let c = 1; c < K; c += 1) m = Math.max(m, values[c * 256 + codes[f * K + c]! + 128]! - none);
    most[f] = m;
  }
  return most;
}

/** False when the model cannot find these features (distinct, as urgencyFeatures gives them) as urgent as `needed`. */
export function mayReach(reach: UrgencyReach, features: readonly number[], needed: number): boolean {
  if (!features.length || !(needed > 0 && needed < 1)) return true;
  let steps = 0;
  for (const feature of features) steps += reach.steps[feature]!;
  const most = reach.logBias + (reach.unit * steps) / Math.sqrt(features.length);
  return most + MARGIN >= Math.log(needed / (1 - needed));
}
