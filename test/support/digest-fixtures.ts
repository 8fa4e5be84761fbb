import type { Escalation } from '../../shared/domain/escalation';
import type { WeeklyFigures } from '../../shared/domain/weekly-figures';
import type { DigestInput } from '../../shared/digest/build-digest';
import { weeksEndingWith } from '../../shared/digest/weeks';
import type { VerbatimCandidate } from '../../shared/ports/verbatim-candidates';
import { simulateWeek, type WeekShape } from './simulated-week';

export const GOLDEN_WEEK = '2026-W47';

/**
 * The seeded week of the golden tests: eight weeks of the example config's
 * organisation. In the last, safety complaints rise at Plant 2, "overtime
 * pay" is new, the Riverside Warehouse is quiet (its few submissions fold
 * into "other"), and escalations are in every state.
 */
export function seededDigestInput(): DigestInput {
  const weeks = weeksEndingWith(GOLDEN_WEEK, 8);
  const figures = new Map<string, WeeklyFigures>();
  let candidates: VerbatimCandidate[] = [];
  weeks.forEach((week, i) => {
    const last = week === GOLDEN_WEEK;
    const shape: WeekShape = {
      submissions: [118, 131, 124, 140, 3, 152, 149, 171][i]!,
      seed: 4700 + i,
      sites: last
        ? [
            ['hq', 5],
            ['plant2', 7],
            ['warehouse', 0.15],
            [undefined, 0.3],
          ]
        : undefined,
      topics: last
        ? [
            ['safety', 5],
            ['workload', 4],
            ['management', 3],
            ['scheduling', 3],
            ['pay', 3],
            ['facilities', 2],
            ['harassment', 0.2],
          ]
        : undefined,
      negativeBias: last ? { safety: 0.35, pay: 0.2 } : { pay: 0.05 },
    };
    const week_ = simulateWeek(week, shape);
    if (last) {
      // "overtime pay" appears this week only.
      week_.figures.phrases.push({
        phrase: 'overtime pay',
        total: 9,
        sentiment: { POSITIVE: 1, NEGATIVE: 7, NEUTRAL: 1, MIXED: 0 },
      });
      candidates = week_.candidates;
    } else {
      week_.figures.phrases = week_.figures.phrases.filter((p) => p.phrase !== 'overtime pay');
    }
    figures.set(week, week_.figures);
  });
  return {
    week: GOLDEN_WEEK,
    figures,
    candidates,
    escalations: goldenEscalations(),
    generatedAt: new Date('2026-11-23T14:00:00Z'),
  };
}

export function escalation(
  overrides: Partial<Escalation> & Pick<Escalation, 'id' | 'sponsorId' | 'raisedAt' | 'topics'>,
): Escalation {
  return {
    reasons: ['urgent-topic'],
    urgentCategories: [],
    urgent: true,
    redactedText: 'not shown in digests',
    level: 0,
    slaDueAt: new Date(Date.parse(overrides.raisedAt) + 4 * 3_600_000).toISOString(),
    status: 'raised',
    notifiedLevel: 0,
    audit: [],
    ...overrides,
  };
}

function goldenEscalations(): DigestInput['escalations'] {
  const raised = [
    escalation({
      id: 'case:1',
      sponsorId: 'plant2-gm',
      site: 'plant2',
      topics: ['safety'],
      raisedAt: '2026-11-16T15:00:00.000Z',
      acknowledgedAt: '2026-11-16T16:10:00.000Z',
      status: 'responded',
      respondedAt: '2026-11-18T09:30:00.000Z',
      response:
        'The fire exit by the paint shop was cleared the same day. It is now checked at every shift change and logged on the board.',
    }),
    escalation({
      id: 'case:2',
      sponsorId: 'plant2-gm',
      site: 'plant2',
      topics: ['safety'],
      raisedAt: '2026-11-19T20:00:00.000Z',
      level: 2,
      slaDueAt: '2026-11-20T08:00:00.000Z',
    }),
    escalation({
      id: 'case:3',
      sponsorId: 'chro',
      site: 'hq',
      topics: ['pay'],
      urgent: false,
      reasons: ['requested'],
      raisedAt: '2026-11-17T14:00:00.000Z',
      slaDueAt: '2026-11-20T14:00:00.000Z',
      acknowledgedAt: '2026-11-21T10:00:00.000Z',
      status: 'acknowledged',
    }),
    escalation({
      id: 'pattern:hq:facilities:2026-11-20',
      sponsorId: 'coo',
      site: 'hq',
      topics: ['facilities'],
      urgent: false,
      reasons: ['pattern'],
      raisedAt: '2026-11-20T18:00:00.000Z',
      slaDueAt: '2026-11-23T18:00:00.000Z',
    }),
  ];
  const earlier = escalation({
    id: 'case:0',
    sponsorId: 'coo',
    site: 'warehouse',
    topics: ['facilities'],
    urgent: false,
    reasons: ['requested'],
    raisedAt: '2026-11-05T10:00:00.000Z',
    acknowledgedAt: '2026-11-05T12:00:00.000Z',
    status: 'responded',
    respondedAt: '2026-11-20T16:45:00.000Z',
    response: 'New lights for the parking lot were ordered and will be fitted next week.',
  });
  // Answered this week, raised in earlier ones: with case:1 and case:0, five responses, so the week lists them (k = 5).
  const answered = [
    escalation({
      id: 'case:-1',
      sponsorId: 'chro',
      site: 'hq',
      topics: ['pay'],
      urgent: false,
      reasons: ['requested'],
      raisedAt: '2026-11-03T15:00:00.000Z',
      acknowledgedAt: '2026-11-03T17:00:00.000Z',
      status: 'responded',
      respondedAt: '2026-11-17T11:00:00.000Z',
      response: 'Overtime is now paid with the next regular paycheck, not a month later.',
    }),
    escalation({
      id: 'case:-2',
      sponsorId: 'plant2-gm',
      site: 'plant2',
      topics: ['safety'],
      raisedAt: '2026-11-10T13:00:00.000Z',
      acknowledgedAt: '2026-11-10T14:00:00.000Z',
      status: 'responded',
      respondedAt: '2026-11-19T10:15:00.000Z',
      response: 'Walkways near dock 4 are marked again and forklifts are limited to walking pace there.',
    }),
    escalation({
      id: 'case:-3',
      sponsorId: 'coo',
      site: 'hq',
      topics: ['facilities'],
      urgent: false,
      reasons: ['requested'],
      raisedAt: '2026-11-09T16:00:00.000Z',
      acknowledgedAt: '2026-11-09T18:00:00.000Z',
      status: 'responded',
      respondedAt: '2026-11-21T09:00:00.000Z',
      response: 'The break room air conditioning was repaired, and a service contract now covers it.',
    }),
  ];
  return { raised, responded: [raised[0]!, earlier, ...answered], overdueNow: [raised[1]!] };
}
