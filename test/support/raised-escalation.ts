import type { Escalation } from '../../shared/domain/escalation';

/**
 * An urgent safety report just raised to its first sponsor, not yet
 * acknowledged: the state a sponsor's link opens on. A test overrides what it
 * is about (its id, case, text, sponsor and times).
 */
export function raisedEscalation(overrides: Partial<Escalation> = {}): Escalation {
  return {
    id: 'case:0b7a4d4e-1111-4c1c-9a11-000000000001',
    reasons: ['urgent-topic'],
    topics: ['safety'],
    urgentCategories: [],
    urgent: true,
    redactedText: 'The fire exit is blocked',
    sponsorId: 'coo',
    level: 0,
    raisedAt: '2026-11-18T10:00:00.000Z',
    slaDueAt: '2026-11-19T10:00:00.000Z',
    status: 'raised',
    notifiedLevel: 0,
    audit: [],
    ...overrides,
  };
}

/** What makes it an ordinary case from Plant 2 held by its manager, where the sponsor-facing tests start. */
export const AT_PLANT2 = {
  caseKey: 'a'.repeat(64),
  site: 'plant2',
  urgent: false,
  sponsorId: 'plant2-gm',
} as const satisfies Partial<Escalation>;
