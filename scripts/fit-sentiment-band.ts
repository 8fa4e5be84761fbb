/**
 * How the label is chosen from the model's log-odds, for `npm run
 * fit:sentiment`: the temperature that minimises log-loss, and the neutral
 * band (decision biases) with the best macro-F1. Listed in FITTING_SOURCES:
 * a change here means a refit.
 *
 * The band is chosen on the weights' own set-aside rows (a tenth of each
 * training source), with each text labelled as the analyzer labels it.
 * `--band-out-of-source` chooses it instead on rows scored by weights that
 * never saw their source (every headline of each training source, left out
 * in turn), as a new employer's text will be scored. Measured 2026-12-01
 * and not kept: leaving each training source out in turn (headlines,
 * macro-F1 %) 53.5 → 53.9; on the held-out sources headlines 55.4 → 55.7,
 * pros/cons 86.6 → 86.3 and tweets 62.0 → 61.9, under their floor of 62.
 */
import { CLASSES, labelOf } from '../shared/analysis/learned-sentiment/model';
import { toThreeClass } from './eval/metrics';
import { presentMacroF1 } from './eval/sentiment-metrics';

/** One row's raw log-odds (negative, neutral, positive) and its gold class index. */
export interface BandRow {
  z: number[];
  label: number;
  /** How strongly the text holds both praise and complaint (rawLogits' `bothSides`): MIXED is chosen before the band. */
  bothSides: number;
  /** A pro or a con: scored on its two classes, as the eval scores such a file. */
  twoClass: boolean;
}

/** The temperature (0.3 to 4) that minimises the rows' log-loss over three classes. */
export function fitTemperature(rows: readonly BandRow[]): number {
  const lossAt = (t: number) =>
    rows.reduce((sum, { z, label }) => sum - Math.log(softmax(z.map((v) => v / t))[label]!), 0);
  let temperature = 1;
  for (let t = 0.3; t <= 4; t += 0.05) if (lossAt(t) < lossAt(temperature)) temperature = t;
  return round(temperature);
}

/** Headlines count twice pros and cons in choosing the band: the three-class task is the harder, and tweets follow it. */
const TASK_WEIGHTS = [2, 1];

/**
 * The decision biases (negative, neutral; positive's is 0) with the best
 * weighted mean of the two tasks' macro-F1, each text labelled as the
 * analyzer labels it (MIXED first, read as its stronger side, as the eval
 * reads it).
 */
export function chooseBand(rows: readonly BandRow[], temperature: number): [number, number, number] {
  // The band serves both tasks: headlines on three classes, pros and cons on their two.
  const tasks = [rows.filter((s) => !s.twoClass), rows.filter((s) => s.twoClass)].map((part) => ({
    p: part.map(({ z }) => softmax(z.map((v) => v / temperature))),
    bothSides: part.map((row) => row.bothSides),
    gold: part.map(({ label }) => CLASSES[label]!),
  }));
  let decisionBias: [number, number, number] = [0, 0, 0];
  let best = -1;
  for (let negative = -1; negative <= 1.5; negative += 0.1) {
    for (let neutral = -1; neutral <= 2; neutral += 0.1) {
      const bias: [number, number, number] = [round(negative), round(neutral), 0];
      const f1 = tasks.reduce(
        (sum, { p, bothSides, gold }, i) =>
          sum +
          TASK_WEIGHTS[i]! *
            presentMacroF1(
              gold,
              p.map((q, k) => threeClass(q, bothSides[k]!, bias)),
            ).macroF1,
        0,
      );
      if (f1 > best) [best, decisionBias] = [f1, bias];
    }
  }
  return decisionBias;
}

function threeClass(p: number[], bothSides: number, bias: readonly number[]) {
  return toThreeClass(labelOf(p, bothSides, bias), { negative: p[0]!, neutral: p[1]!, positive: p[2]!, mixed: 0 });
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const exp = z.map((v) => Math.exp(v - max));
  const total = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / total);
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
