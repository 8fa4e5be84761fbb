import type { AuditEntry, Escalation } from '../domain/escalation';

/**
 * What an employee's answer can change on its case's escalation, without
 * ever making a new one: whom it goes around (the answer names its holder),
 * and how urgent it is (the answer is urgent). Every change appends to the
 * audit trail; each is conditional on the case as it was read, so two
 * deliveries of one answer change it once.
 */
export interface CaseRouting {
  /**
   * Moves the case to `to` (and the sponsors it goes around); false if it moved meanwhile. With
   * `slaDueAt` (an hour), a case still waiting for acknowledgement is due then: its new holder has
   * the full time to acknowledge, as after a hand-over, not what was left of the old holder's.
   */
  reroute(
    id: string,
    from: Pick<Escalation, 'sponsorId' | 'level'>,
    to: { sponsorId: string; level: number; reroute: NonNullable<Escalation['reroute']> },
    entry: AuditEntry,
    slaDueAt?: string,
  ): Promise<boolean>;
  /** Makes an unacknowledged case urgent, due by `slaDueAt` (an hour); false if it is acknowledged or urgent already. */
  makeUrgent(id: string, slaDueAt: string, entry: AuditEntry): Promise<boolean>;
  /**
   * Opens a closed case again (an answer its employee wrote before the close reached its holder after
   * it); false if it is not closed. The case keeps that its holder is not yet told it reopened
   * (`reopenNotTold`) until `reopenTold`, so an email that fails is sent again still saying so.
   */
  reopen(id: string, entry: AuditEntry): Promise<boolean>;
  /** Its holder has been emailed that the case reopened: no later email says it again. */
  reopenTold(id: string): Promise<void>;
}
