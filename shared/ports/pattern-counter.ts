/**
 * Counts negative submissions per site and topic per day, for the pattern
 * rule ("at least N negative on the same site and topic within a window").
 * Only counts are kept, never which submission made them: idempotency is
 * the caller's (a flag on the case, which keeps only its week).
 */
export interface PatternCounter {
  /** Adds one to the day's count (YYYY-MM-DD). */
  add(site: string, topic: string, day: string, expiresAt: Date): Promise<void>;
  /** The total over the `windowDays` days ending `day`. */
  count(site: string, topic: string, day: string, windowDays: number): Promise<number>;
  /**
   * Claims the right to escalate this site and topic until `until`. True for
   * the first claim in a window, and for any later one while the claim is not
   * yet marked sent (so a lost enqueue is made good by the next submission or
   * the retry); false once it has been sent, until the window ends.
   */
  claim(site: string, topic: string, now: Date, until: Date): Promise<boolean>;
  /** Marks the window's escalation as queued. */
  markSent(site: string, topic: string): Promise<void>;
}
