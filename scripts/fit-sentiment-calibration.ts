import type { Calibration } from '../shared/analysis/learned-sentiment/model';
import { calibrated } from '../shared/analysis/learned-sentiment/model';

/** One row scored by weights that never saw its source: raw logits, gold class index, length feature. */
export interface OutOfSourceRow {
  z: number[];
  label: number;
  length: string;
  /** A pro or a con: never neutral by construction, so it says nothing of how often a text is neutral. */
  twoClass: boolean;
  /** How strongly it holds both praise and complaint: the neutral band is chosen with MIXED read first. */
  bothSides: number;
  /** One of the source's set-aside tenth, which calibrate the scores; the other rows only choose the neutral band. */
  calibration: boolean;
}

/** Fewer rows than this at one length and that length takes the calibration of all lengths together. */
const MIN_ROWS_PER_LENGTH = 300;
const TEMPERATURES = range(0.3, 4, 0.05);
const NEUTRAL_OFFSETS = range(-3, 3, 0.1);

/**
 * The scores' calibration, by length of text: for each length, the
 * temperature and neutral offset that minimise log-loss on rows scored by
 * weights fitted without their source (`calibrated` in model.ts applies
 * them). Fitted on other employers' rows, they hold on a new employer's:
 * fitted on rows of the training employers, the scores came out too sure
 * on held-out headlines (expected calibration error 7.2 points; 2.7 now).
 */
export function fitCalibration(rows: readonly OutOfSourceRow[]): Calibration['byLength'] {
  const byLength: Calibration['byLength'] = { '*': bestFit(rows) };
  const lengths = new Map<string, OutOfSourceRow[]>();
  for (const row of rows) lengths.set(row.length, [...(lengths.get(row.length) ?? []), row]);
  for (const [length, part] of lengths) if (part.length >= MIN_ROWS_PER_LENGTH) byLength[length] = bestFit(part);
  return byLength;
}

/** A coarse grid, then a finer one around its best: log-loss is smooth in both numbers. */
function bestFit(rows: readonly OutOfSourceRow[]): number[] {
  let best: [number, number] = [1, 0];
  let bestLoss = Infinity;
  const search = (temperatures: number[], offsets: number[]) => {
    for (const t of temperatures) {
      for (const b of offsets) {
        const loss = logLoss(rows, t, b);
        if (loss < bestLoss) [best, bestLoss] = [[round(t), round(b)], loss];
      }
    }
  };
  search(
    TEMPERATURES.filter((_, i) => i % 4 === 0),
    NEUTRAL_OFFSETS.filter((_, i) => i % 4 === 0),
  );
  const [t0, b0] = best;
  search(
    TEMPERATURES.filter((t) => Math.abs(t - t0) <= 0.25),
    NEUTRAL_OFFSETS.filter((b) => Math.abs(b - b0) <= 0.45),
  );
  return best;
}

// A pro or a con counts over negative and positive only, as it is scored (macro-F1 over the classes present):
// it says how sure to be of which side, nothing of how often a text is neutral.
function logLoss(rows: readonly OutOfSourceRow[], temperature: number, neutralOffset: number): number {
  const table = { '*': [temperature, neutralOffset] };
  let loss = 0;
  for (const { z, label, twoClass } of rows) {
    const p = calibrated(table, z, '*');
    loss -= Math.log(Math.max(1e-12, twoClass ? p[label]! / (p[0]! + p[2]!) : p[label]!));
  }
  return loss / Math.max(1, rows.length);
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let i = 0; from + i * step <= to + 1e-9; i++) out.push(round(from + i * step));
  return out;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
