import type { Config } from '../../shared/config/schema';
import { summariseEscalations } from '../../shared/digest/escalation-summary';
import type { Escalation } from '../../shared/domain/escalation';
import { exampleConfig } from './fixtures';

/**
 * A week of urgent cases per holder, for the digest's escalation figures read by a sponsor who knows their own:
 * `counts[id]` cases for each holder, the first `acked[id]` of them acknowledged in time.
 */
export const weekOfEscalations = (counts: Record<string, number>, acked: Record<string, number> = {}): Escalation[] =>
  Object.entries(counts).flatMap(([id, count]) =>
    Array.from({ length: count }, (_, n) => heldEscalation(n, id, n < (acked[id] ?? 0))),
  );

/** The leadership digest's escalation summary of those cases, on the Wednesday after the week. */
export const escalationSummaryOf = (raised: Escalation[], config: Config = exampleConfig) =>
  summariseEscalations(
    config,
    { raised, responded: [], overdueNow: raised.filter((e) => !e.acknowledgedAt) },
    new Date('2026-11-25T10:00:00Z'),
    new Set(),
  );

/** A group a reader must never be able to single out: more than none, fewer than k. */
export const belowK = (n: number) => n > 0 && n < exampleConfig.anonymity.k;

const heldEscalation = (n: number, sponsorId: string, acknowledged: boolean): Escalation => ({
  id: `case:${sponsorId}-${n}`,
  reasons: ['urgent-topic'],
  caseKey: `${sponsorId}-${n}`.padStart(64, '0'),
  site: 'hq',
  topics: ['safety'],
  urgentCategories: [],
  urgent: true,
  redactedText: 'The guard rail on the mezzanine is loose.',
  sponsorId,
  level: 0,
  raisedAt: '2026-11-16T09:00:00.000Z',
  slaDueAt: '2026-11-16T13:00:00.000Z',
  status: acknowledged ? 'acknowledged' : 'raised',
  notifiedLevel: 0,
  audit: [],
  ...(acknowledged ? { acknowledgedAt: '2026-11-16T10:00:00.000Z' } : {}),
});
