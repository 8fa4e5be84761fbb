import type { WeeklyFigures } from '../domain/weekly-figures';

/**
 * Each week's figures as the first digest that used them saw them, frozen.
 *
 * A submission analysed after its week's digest went out (a DLQ redrive, a
 * slow queue) would otherwise change that week's figures in every later
 * digest: its trend point, last week's total, the movers' baselines, the
 * themes' history. Holding the earlier digest beside the later one, the
 * difference is the late submission, alone. So every digest reads a week
 * from its snapshot once one exists, and the first digest to read a week
 * writes it: every digest ever shows the same figures for a given week.
 */
export interface DigestSnapshots {
  /** The frozen figures of those of `weeks` that have been frozen. */
  read(weeks: readonly string[]): Promise<Map<string, WeeklyFigures>>;
  /**
   * Freezes a week's figures unless it is frozen already (the first write
   * wins, also between two runs at once); answers the figures now frozen,
   * which are another run's when that run was first.
   */
  freeze(figures: WeeklyFigures): Promise<WeeklyFigures>;
}
