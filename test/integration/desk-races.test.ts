import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { guardTableAccess } from '../../local/table-access-guard';
import { DynamoDbCaseDesk } from '../../shared/adapters/aws/dynamodb-case-desk';
import { DynamoDbEscalationStore } from '../../shared/adapters/aws/dynamodb-escalation-store';
import type { DeskCase } from '../../shared/domain/case-desk';
import type { AuditEntry } from '../../shared/domain/escalation';
import type { EscalationHistory } from '../../shared/ports/escalation-history';
import { fixedClock } from '../support/fixtures';
import { useDynalite } from '../support/dynalite';
import { raisedEscalation } from '../support/raised-escalation';

/*
 * Attack round 21 (B, C): a holder's own clicks racing each other on the case desk. "Acknowledge" (or writing to
 * the employee, which acknowledges) landing between a hand-over's read and its write left the new holder told
 * "already acknowledged, now with you", the case stored acknowledged with no deadline to climb it (4 of 4 runs); a
 * close landing after the hand-over closed the case on its new holder, who had done nothing (1 of 3). Each write
 * now holds only for the case as its writer read it. On dynalite under the sponsor function's grants, with the
 * interleaving forced: the other click lands exactly between the hand-over's read and its write.
 */

describe('the case desk when its holder’s clicks race', { timeout: 60_000 }, () => {
  const tableName = 'desk-races';
  const { documents } = useDynalite(tableName);
  const clock = fixedClock('2026-11-18T15:20:00Z');
  const sponsor = guardTableAccess(documents, 'sponsor');
  const store = new DynamoDbEscalationStore(sponsor, tableName, clock);
  // Raised by the escalate function, as in the stack.
  const raiser = new DynamoDbEscalationStore(guardTableAccess(documents, 'escalate'), tableName, clock);
  const entry = (event: AuditEntry['event']): AuditEntry => ({
    at: '2026-11-18T15:20:00.000Z',
    event,
    detail: 'by the Plant 2 GM',
  });

  const raise = async (urgent: boolean) => {
    const e = raisedEscalation({
      id: `case:${randomUUID()}`,
      caseKey: randomUUID().replace(/-/g, '').repeat(2),
      site: 'plant2',
      sponsorId: 'plant2-gm',
      urgent,
      raisedAt: '2026-11-18T15:00:00.000Z',
      slaDueAt: urgent ? '2026-11-18T19:00:00.000Z' : '2026-11-21T15:00:00.000Z',
    });
    expect(await raiser.create(e, new Date('2027-06-07T00:00:00Z'))).toBe(true);
    return e;
  };

  /** A desk whose first read of the case is followed, before anything else, by `meanwhile`. */
  const deskWith = (meanwhile: () => Promise<unknown>) => {
    let fired = false;
    const history: EscalationHistory = Object.assign(Object.create(store), {
      get: async (id: string) => {
        const read = await store.get(id);
        if (!fired) {
          fired = true;
          await meanwhile();
        }
        return read;
      },
    });
    return new DynamoDbCaseDesk(sponsor, tableName, history);
  };

  it.each([true, false])(
    'Should leave the new holder a case still to acknowledge when an acknowledgement lands mid-hand-over (urgent: %s)',
    async (urgent) => {
      const e = await raise(urgent);
      const desk = deskWith(() => store.acknowledge(e.id, entry('acknowledged'), 0));
      expect(await desk.handOver(e.id, 0, 1, entry('handed-over'), '2026-11-18T20:00:00.000Z')).toBe(true);
      const after = await store.get(e.id);
      expect(after?.level).toBe(1);
      // Acknowledged by the one who handed it on, then moved: an urgent case waits for its new holder again, with
      // the new deadline; a routine one stays acknowledged, as a hand-over after an acknowledgement always has.
      if (urgent) {
        expect(after?.status).toBe('raised');
        expect(after?.slaDueAt).toBe('2026-11-18T20:00:00.000Z');
      } else {
        expect(after?.status).toBe('acknowledged');
      }
    },
  );

  it('Should not let an acknowledgement read before a hand-over acknowledge the case for its new holder', async () => {
    const e = await raise(true);
    expect(
      await new DynamoDbCaseDesk(sponsor, tableName, store).handOver(
        e.id,
        0,
        1,
        entry('handed-over'),
        '2026-11-18T20:00:00.000Z',
      ),
    ).toBe(true);
    // The old holder's page was open at level 1: their click comes after the move.
    expect(await store.acknowledge(e.id, entry('acknowledged'), 0)).toBe(false);
    expect((await store.get(e.id))?.status).toBe('raised');
    // The new holder's own acknowledgement still counts.
    expect(await store.acknowledge(e.id, entry('acknowledged'), 1)).toBe(true);
  });

  it('Should not close a case its holder has just handed over', async () => {
    const e = await raise(true);
    const desk = new DynamoDbCaseDesk(sponsor, tableName, store);
    expect(await desk.handOver(e.id, 0, 1, entry('handed-over'), '2026-11-18T20:00:00.000Z')).toBe(true);
    expect(
      await desk.close(e.id, '2026-11-18T16:00:00.000Z', entry('closed'), { atLevel: 0, acknowledges: true }),
    ).toBe(false);
    const after = (await store.get(e.id)) as DeskCase | undefined;
    expect(after?.closedAt).toBeUndefined();
    expect(after?.level).toBe(1);
    expect(after?.status).toBe('raised');
  });

  it('Should not hand over a case its holder has just closed, nor move it when the close lands mid-hand-over', async () => {
    const e = await raise(true);
    const desk = deskWith(() =>
      store.get(e.id).then(() =>
        new DynamoDbCaseDesk(sponsor, tableName, store).close(e.id, '2026-11-18T16:00:00.000Z', entry('closed'), {
          atLevel: 0,
        }),
      ),
    );
    expect(await desk.handOver(e.id, 0, 1, entry('handed-over'), '2026-11-18T20:00:00.000Z')).toBe(false);
    const after = (await store.get(e.id)) as DeskCase | undefined;
    expect(after?.level).toBe(0);
    expect(after?.closedAt).toBe('2026-11-18T16:00:00.000Z');
  });
});
