import type { EscalationMessage } from '../domain/escalation';

/**
 * Counts negative submissions per site and topic per ISO week, for the
 * pattern rule ("at least N negative on the same site and topic within a
 * window"). Only counts are kept, never which submission made them, and
 * nothing finer than the week (anonymity promise 3): a day bucket would tell
 * on which day a lone negative case on a small site came in. Idempotency is
 * the caller's (a flag on the case, which keeps only its week).
 */
export interface PatternCounter {
  /** Adds one to the week's count (`2026-W48`). */
  add(site: string, topic: string, week: string, expiresAt: Date): Promise<void>;
  /** The total over these weeks. */
  count(site: string, topic: string, weeks: string[]): Promise<number>;
  /**
   * Claims the right to escalate this site and topic until `until`. True for
   * the first claim in a window, and for any later one while the claim is not
   * yet marked sent (so a lost enqueue is made good by the next submission or
   * the retry); false once it has been sent, until the window ends.
   */
  claim(site: string, topic: string, now: Date, until: Date): Promise<boolean>;
  /**
   * Keeps the window's escalation until the sweep sends it at `releaseAt` (on the hour): held
   * again (a retry), it is kept once.
   */
  hold(escalation: EscalationMessage, releaseAt: Date): Promise<void>;
  /** Marks the window's escalation as held for its release. */
  markSent(site: string, topic: string): Promise<void>;
}
