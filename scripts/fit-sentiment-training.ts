/**
 * The fitting itself, for `npm run fit:sentiment` (fit-sentiment.ts): the
 * settings, each review row as features and values (as model.ts reads
 * them), which rows calibrate, and the AdaGrad fit of the weights.
 * Listed in FITTING_SOURCES: a change here means a refit.
 */
import { createHash } from 'node:crypto';
import { extractFeatures } from '../shared/analysis/learned-sentiment/features';
import { CLASSES, PRIOR_FEATURES, wordValue } from '../shared/analysis/learned-sentiment/model';
import type { ReviewRow } from './eval/employee-reviews';

export interface FitSettings {
  epochs: number;
  l2: number;
  rate: number;
  /** A feature must occur in this many training texts to get a weight: rarer ones are names and typos. */
  minCount: number;
  /** Features whose weights all stay this close to zero are dropped from the file: they change nothing. */
  minWeight: number;
  /** Weight each class by the inverse of its share, so the rare ones (neutral, negative) count as much as positive. */
  balanced: boolean;
}

export const DEFAULTS: FitSettings = { epochs: 5, l2: 3e-3, rate: 0.1, minCount: 5, minWeight: 0.1, balanced: false };
export const SCALE = 100;
/** How much the rules' verdict counts where the model knows none of a text's words (1: as the rules give it). */
export const PRIOR_WEIGHT = 1;
const SEED = 19;

export interface Example {
  features: string[];
  values: number[];
  label: number;
  weight: number;
  /** Pros and cons are never neutral by construction: their loss is over negative and positive only. */
  twoClass: boolean;
  /** The review set it came from: calibration leaves each out in turn. */
  source: string;
}

// The same features and values as model.ts's rawLogits reads.
export function examplesOf(rows: ReviewRow[]): Example[] {
  return rows.map((r) => {
    const { clauses, whole, rules, prior } = extractFeatures(r.text);
    const words = clauses.flatMap((c) => c.features);
    const features = ['@bias', ...whole, ...rules.map(([name]) => name), ...PRIOR_FEATURES, ...words];
    const values = [
      1,
      ...whole.map(() => 1),
      ...rules.map(([, value]) => value),
      ...prior,
      ...words.map(() => wordValue(words.length)),
    ];
    // Pros and cons are never neutral: scoring them on three classes would teach the model that nothing is.
    return { features, values, label: CLASSES.indexOf(r.label), weight: 1, twoClass: isTwoClass(r), source: r.source };
  });
}

export const isTwoClass = (r: ReviewRow) => r.field === 'pros' || r.field === 'cons';

// A tenth of the training rows, chosen by a hash of the text, calibrate the temperature.
export function isCalibration(r: ReviewRow): boolean {
  return createHash('md5').update(r.text).digest()[0]! < 26;
}

export function fit(examples: Example[], settings: FitSettings): { names: string[]; weights: Float64Array } {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([name, n]) => n >= settings.minCount || name.startsWith('@') || name.startsWith('#'))
    .map(([name]) => name);
  const index = new Map(names.map((name, i) => [name, i * 3]));
  const encoded = examples.map((e) => {
    const ids: number[] = [];
    const values: number[] = [];
    e.features.forEach((f, i) => {
      const at = index.get(f);
      if (at !== undefined) {
        ids.push(at);
        values.push(e.values[i]!);
      }
    });
    return { ids, values, label: e.label, weight: e.weight, twoClass: e.twoClass };
  });

  const weights = new Float64Array(names.length * 3);
  const squares = new Float64Array(names.length * 3).fill(1e-8);
  const order = encoded.map((_, i) => i);
  let state = SEED;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const z = [0, 0, 0];
  const g = [0, 0, 0];
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (const k of order) {
      const { ids, values, label, weight, twoClass } = encoded[k]!;
      z[0] = 0;
      z[1] = 0;
      z[2] = 0;
      for (let n = 0; n < ids.length; n++) for (let c = 0; c < 3; c++) z[c]! += weights[ids[n]! + c]! * values[n]!;
      if (twoClass) z[1] = -Infinity;
      const max = Math.max(z[0]!, z[1]!, z[2]!);
      let total = 0;
      for (let c = 0; c < 3; c++) total += g[c] = Math.exp(z[c]! - max);
      for (let c = 0; c < 3; c++) g[c] = g[c]! / total - (c === label ? 1 : 0);
      loss -= Math.log(g[label]! + 1 + 1e-12);
      for (let c = 0; c < 3; c++) g[c] = g[c]! * weight;
      for (let n = 0; n < ids.length; n++) {
        for (let c = 0; c < 3; c++) {
          if (twoClass && c === 1) continue;
          const at = ids[n]! + c;
          const grad = g[c]! * values[n]! + settings.l2 * weights[at]!;
          squares[at]! += grad * grad;
          weights[at]! -= (settings.rate * grad) / Math.sqrt(squares[at]!);
        }
      }
    }
    console.error(`  epoch ${epoch + 1}: mean log-loss ${(loss / order.length).toFixed(4)}`);
  }
  return { names, weights };
}
