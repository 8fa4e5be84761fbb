import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseEscalations } from '../../../shared/digest/escalation-summary';
import { LEADERSHIP, recipientsAt, type Escalation } from '../../../shared/domain/escalation';
import type { ClockEvent, LegalClocks, PassedDeadline } from '../../../shared/ports/legal-clocks';
import { clocksStanding } from '../../../shared/use-cases/legal-clocks';
import { exampleConfig, fixedClock } from '../../support/fixtures';

// Issue 14, attack 3: a case that climbed and was then routed around its
// first sponsor (an answer named them) still has `sponsorId` = that sponsor.
// Lists and counts must name whoever holds it now, never a sponsor it goes around.

const ids = exampleConfig.sponsors.map((s) => s.id);

/** A case raised for the Plant 2 manager, climbed to their backup, then routed around `bypassed`. */
const climbed = (n: number, bypassed: string[], level = 1): Escalation => ({
  id: `case:${n}`,
  reasons: ['urgent-topic'],
  caseKey: n.toString(16).padStart(64, '0'),
  site: 'plant2',
  topics: ['safety'],
  urgentCategories: [],
  urgent: true,
  redactedText: 'The guard rail on the mezzanine is loose.',
  sponsorId: 'plant2-gm',
  level,
  raisedAt: '2026-11-16T09:00:00.000Z',
  slaDueAt: '2026-11-16T13:00:00.000Z',
  status: 'raised',
  notifiedLevel: level,
  audit: [],
  ...(bypassed.length ? { reroute: { reasons: ['named'], bypassed } } : {}),
});

/** The legal clocks with one passed acknowledgement deadline per escalation. */
function passedClocks(escalations: Escalation[]): LegalClocks {
  const passed: PassedDeadline[] = escalations.map((e) => ({
    escalationId: e.id,
    deadline: 'acknowledge',
    day: '2026-11-23',
  }));
  return {
    schedule: async () => {},
    dueBy: async () => [],
    between: async (): Promise<ClockEvent[]> => [],
    remove: async () => {},
    recordPassed: async () => {},
    met: async () => {},
    listPassed: async () => passed,
  };
}

describe('who lists and counts name for a case that climbed, then went around someone', () => {
  it("Should name whoever holds the case on leadership's legal-deadline list, never the sponsor it went around", async () => {
    const escalations = [climbed(1, ['plant2-gm']), climbed(2, ['plant2-gm', 'coo']), climbed(3, [], 2)];
    const byId = new Map(escalations.map((e) => [e.id, e]));
    const standing = await clocksStanding({
      config: exampleConfig,
      clocks: passedClocks(escalations),
      escalations: { get: async (id) => byId.get(id) },
      clock: fixedClock('2026-11-25T10:00:00Z'),
    });
    expect(standing.map((s) => s.sponsorId)).toEqual(['coo', 'ceo', LEADERSHIP]);
    for (const line of standing) expect(line.around ?? []).not.toContain(line.sponsorId);
  });

  it('Should count each case under whoever holds it now in the digest, for any level and anyone gone around', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.subarray(ids), (level, bypassed) => {
        // k of them, so the row is shown rather than folded into "other sponsors".
        const cases = Array.from({ length: exampleConfig.anonymity.k }, (_, n) => climbed(n + 1, bypassed, level));
        const summary = summariseEscalations(
          exampleConfig,
          { raised: cases, responded: [], overdueNow: cases },
          new Date('2026-11-25T10:00:00Z'),
          new Set(),
        );
        const holder = recipientsAt(exampleConfig, 'plant2-gm', level, bypassed).holder;
        expect(summary.bySponsor.map((r) => r.sponsorId)).toEqual([holder]);
        expect(summary.overdueNow.map((r) => r.sponsorId)).toEqual([holder]);
        for (const row of [...summary.bySponsor, ...summary.overdueNow]) expect(bypassed).not.toContain(row.sponsorId);
        const names = JSON.stringify(summary);
        for (const id of bypassed) expect(names).not.toContain(exampleConfig.sponsors.find((s) => s.id === id)!.name);
      }),
    );
  });
});
