import type { EscalationMessage } from '../domain/escalation';

/** A pattern's escalation waiting for its release, and which release that is (on the hour). */
export interface HeldPattern {
  releaseAt: string;
  escalation: EscalationMessage;
}

/**
 * Patterns found and waiting for the day's release (`escalation.patternReleaseHour`):
 * the analysis holds them (`PatternCounter.hold`), the sweep sends them. Each is kept
 * under the release it waits for, never when it was found.
 */
export interface HeldPatterns {
  /** Those whose release is at or before `now`, at most `limit`. */
  due(now: Date, limit: number): Promise<HeldPattern[]>;
  /** Forgets one, once its escalation is raised and its email sent. */
  released(held: HeldPattern): Promise<void>;
}
