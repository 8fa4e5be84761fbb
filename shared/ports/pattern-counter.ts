import type { EscalationMessage } from '../domain/escalation';

/**
 * Counts negative submissions per site and topic per ISO week, for the
 * pattern rule ("at least N negative on the same site and topic within a
 * window"). Nothing finer than the week is kept (anonymity promise 3): a day
 * bucket would tell on which day a lone negative case on a small site came
 * in. Besides the count, a week's bucket keeps the random token of each case
 * counted in it (`caseToken`, which the case keeps too), so that adding and
 * taking off are each done once however often they are retried: a token says
 * no more than the case already does (its site, topics and week) and no time.
 */
export interface PatternCounter {
  /**
   * Adds one to the week's count (`2026-W48`), once per `caseToken`, and never again once that case has
   * been taken off. Without a token (a case counted before tokens), one more each call.
   */
  add(site: string, topic: string, week: string, expiresAt: Date, caseToken?: string): Promise<void>;
  /**
   * Takes the case with `caseToken` off the week's count, once, if it was added; and bars it from being
   * added after (a retried count racing this one). Without a token (a case counted before tokens), one
   * less each call: the caller must call it once.
   */
  remove(site: string, topic: string, week: string, expiresAt: Date, caseToken?: string): Promise<void>;
  /**
   * The total over these weeks; with `atLeast`, it may stop counting once the total reaches it (and answer
   * that much or more), so checking a threshold reads no more than the threshold's cases however busy the site.
   */
  count(site: string, topic: string, weeks: string[], atLeast?: number): Promise<number>;
  /**
   * Claims the right to escalate this site and topic until `until`: the window's name (random, made by its first
   * claim) for the first claim in a window, and for any later one while the claim is not yet marked sent (so a lost
   * enqueue is made good by the next submission or the retry, under the same name); undefined once it has been
   * sent, until the window ends. The name is what the pattern's escalation is known by: never a week or a day, which
   * would date the report that completed it (op43).
   */
  claim(site: string, topic: string, now: Date, until: Date): Promise<string | undefined>;
  /**
   * Keeps the window's escalation until the sweep sends it at `releaseAt` (on the hour): held
   * again (a retry), it is kept once.
   */
  hold(escalation: EscalationMessage, releaseAt: Date): Promise<void>;
  /** Marks the window's escalation as held for its release. */
  markSent(site: string, topic: string): Promise<void>;
}
