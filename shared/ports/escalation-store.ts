import type { AuditEntry, Escalation } from '../domain/escalation';

/** Escalations and their audit trails. Every change appends to the trail. */
export interface EscalationStore {
  /** Records a new escalation; false if this cause was already escalated (a retry). */
  create(escalation: Escalation, expiresAt: Date): Promise<boolean>;
  get(id: string): Promise<Escalation | undefined>;
  /** Notes that the email for `level` went out, unless it already had. Returns false if it had. */
  markNotified(id: string, level: number, entry: AuditEntry): Promise<boolean>;
  /**
   * First acknowledgement wins; later ones return false and change nothing. With `heldAtLevel` (the level its
   * holder read the case at), only while the case is still there: a hand-over made in the meantime is not
   * acknowledged on its new holder's behalf.
   */
  acknowledge(id: string, entry: AuditEntry, heldAtLevel?: number): Promise<boolean>;
  /**
   * Adds the redacted text (and its translation) to an escalation raised
   * with its text withheld, once analysis has succeeded after all. False if
   * it was not withheld or has already been added.
   */
  addText(
    id: string,
    text: { redactedText: string; language?: string; translation?: Escalation['translation'] },
    entry: AuditEntry,
  ): Promise<boolean>;
  /** Records (or replaces) the published response. */
  respond(id: string, response: string, entry: AuditEntry): Promise<void>;
  /** Every unacknowledged escalation due before `dueBefore`, oldest first, across all pages: none left out. */
  listOpen(dueBefore: Date): Promise<Escalation[]>;
  /**
   * Notes on the escalation that every reader of `reminder` (a reminder's
   * event, naming its holder and deadline) was told: later sweeps pass the
   * case without asking the email ledger again. Not in the audit trail: the
   * ledger of emails sent is the record; this only spares reading it.
   */
  markReminded(id: string, reminder: string): Promise<void>;
  /** Notes that its case says a senior leader has it (`Escalation.passedOnShown`): the sweep reads it no more. */
  markPassedOnShown(id: string): Promise<void>;
  /** Moves an overdue escalation to `toLevel` with a new due time; false if another sweep already moved it. */
  raiseLevel(id: string, fromLevel: number, toLevel: number, slaDueAt: string, entry: AuditEntry): Promise<boolean>;
  /**
   * Every acknowledged escalation handed on to a holder who was never emailed (their address refused, or the
   * mail service failing at the time): the sweep's to tell, since no deadline moves an acknowledged case on.
   * Those told since, closed or gone are left out (and no longer listed).
   */
  /**
   * Every case whose close is listed to be shown to someone other than its closer (`CaseDeskStore.close`
   * with `tell`), closed or not by now: the sweep tells those whose close is in effect, and drops the rest.
   */
  listClosesToTell(): Promise<Escalation[]>;
  /** The close of `id` was told (or there is nothing to tell): it is no longer listed. */
  closeTold(id: string): Promise<void>;
  listUntold(): Promise<Escalation[]>;
  /**
   * Moves an acknowledged escalation whose holder at `fromLevel` could not be emailed up to `toLevel`, its
   * due time unchanged (it has none to meet), listed untold until the new holder is emailed; false if it
   * moved, was told or was closed since. `refused`: the mail service has just refused that holder's address
   * for good (on an answer, a clock email), so it moves though they were emailed before: nobody reads there now.
   */
  passOnUntold(
    id: string,
    fromLevel: number,
    toLevel: number,
    entry: AuditEntry,
    options?: { refused?: boolean },
  ): Promise<boolean>;
}
