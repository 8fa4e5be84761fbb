import type { Escalation } from '../domain/escalation';

/** What the weekly digest reads about escalations; each call costs what the period holds, not the history kept. */
export interface EscalationHistory {
  /** Escalations raised in [from, to). */
  listRaisedBetween(from: Date, to: Date): Promise<Escalation[]>;
  /** Escalations whose (latest) response was published in [from, to). */
  listRespondedBetween(from: Date, to: Date): Promise<Escalation[]>;
  /** Unacknowledged escalations whose SLA is past, oldest first, at most `limit`. */
  listOverdue(now: Date, limit: number): Promise<Escalation[]>;
  /** One escalation by id: the digest reads the holder of each case near or past a legal deadline. */
  get(id: string): Promise<Escalation | undefined>;
}
