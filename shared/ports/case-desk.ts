import type { DeskCase } from '../domain/case-desk';
import type { AuditEntry } from '../domain/escalation';

/**
 * What a sponsor's case desk reads and changes beyond the escalation store:
 * the cases of a period, a hand-over ("not mine") and closing a case. Every
 * change appends to the case's audit trail.
 */
export interface CaseDeskStore {
  /**
   * Every escalation still unacknowledged, and every one raised since
   * `since`, newest first; the desk keeps those its sponsor holds.
   */
  listCurrent(now: Date, since: Date): Promise<DeskCase[]>;
  /**
   * Moves a case from `fromLevel` up to `toLevel`; false if it has moved or
   * been closed since it was read. With `slaDueAt` (a case still to be
   * acknowledged), the new holder's due time: the full SLA from the hand-over.
   */
  handOver(
    id: string,
    fromLevel: number,
    toLevel: number,
    entry: AuditEntry | readonly AuditEntry[],
    slaDueAt?: string,
  ): Promise<boolean>;
  /**
   * Closes a case (first close wins); false if it was already closed. `acknowledges`: the case was
   * still to be acknowledged, and the close meets that clock (`closeAcknowledges` on the case), so
   * keeping it open can give the acknowledgement back. `closesAt` is when the close takes effect (the end of its
   * hour); `entry` is dated, as every entry of the history, by the hour it was made in. `tell`: the close is
   * listed for the sweep to show to someone other than the closer once it is in effect (`close-witness.ts`).
   * `atLevel`: the level its closer holds it at; false if it has moved since (a hand-over won the race).
   */
  close(
    id: string,
    closesAt: string,
    entry: AuditEntry,
    options?: { acknowledges?: boolean; tell?: boolean; atLevel?: number },
  ): Promise<boolean>;
  /**
   * Undoes a close not yet in effect: only the close of `closedAt`, and only while `now` is before it
   * (once the hour is over the employee has been shown the case closed). False otherwise. A close that
   * acknowledged the case (`closeAcknowledges`) is undone with it: the case waits to be acknowledged
   * again, by its own deadline, listed again for the sweep that climbs it when that passes.
   */
  keepOpen(id: string, closedAt: string, now: Date, entry: AuditEntry): Promise<boolean>;
}
