/**
 * Counts negative submissions per site and topic per day, for the pattern
 * rule ("at least N negative on the same site and topic within a window").
 * Only counts are kept, never which submission made them.
 */
export interface PatternCounter {
  /** Adds one and returns the total over the `windowDays` days ending `day` (YYYY-MM-DD). */
  addAndCount(site: string, topic: string, day: string, windowDays: number, expiresAt: Date): Promise<number>;
  /** Claims the right to escalate this site and topic until `until`; false while an earlier claim holds. */
  claim(site: string, topic: string, now: Date, until: Date): Promise<boolean>;
}
