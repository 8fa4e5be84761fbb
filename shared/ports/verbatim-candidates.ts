import type { Channel, Sentiment } from '../domain/feedback';

/**
 * A redacted comment the weekly digest may quote. Nothing in it leads back to
 * a case: no case key, no id, no time; only the group it belongs to.
 */
export interface VerbatimCandidate {
  week: string;
  /** Undefined when the employee did not say. */
  site?: string;
  topic: string;
  channel: Channel;
  sentiment: Sentiment;
  redactedText: string;
  /**
   * Sponsors the comment must go around (it names them, or is about the
   * employee's management): it is never quoted in their digest. Ids only,
   * read from the raw text before redaction.
   */
  around?: string[];
}

/**
 * A bounded sample of each week's comments per (site, topic) group, so that
 * choosing verbatims costs the same however many comments a week had.
 */
export interface VerbatimCandidates {
  /** Offers a comment to its group's sample; offering the same comment again changes nothing. */
  offer(candidate: VerbatimCandidate, expiresAt: Date): Promise<void>;
  /** The week's samples, at most the per-group bound for each group. */
  list(week: string): Promise<VerbatimCandidate[]>;
}
