import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { LEADERSHIP, type Escalation } from '../../../shared/domain/escalation';
import { exampleConfig } from '../../support/fixtures';
import { belowK, escalationSummaryOf, weekOfEscalations } from '../../support/sponsor-week';

// Attack round 29 (atx29 F8): sponsor emails need not differ. One person, or one shared mailbox (an acting COO who
// is also CHRO, one assistant's address given to two executives), can hold two sponsor ids and knows both counts.
// With the COO's 5, the CHRO's 5 and the Plant 2 manager's 3 as "Other sponsors combined: 13", the mailbox holding
// coo and chro read 13 − 5 − 5 = 3: the Plant 2 manager's escalations, a group below k. No figure the leadership
// digest shows may, less everything one mailbox holds in it, leave a group below k.

const sponsorIds = exampleConfig.sponsors.map((s) => s.id);

/** The example config with each sponsor's address replaced by `emails[id]` where given. */
const withAddresses = (emails: Record<string, string>, recipients?: string[]): Config => ({
  ...exampleConfig,
  sponsors: exampleConfig.sponsors.map((s) => ({ ...s, email: emails[s.id] ?? s.email })),
  digest: { ...exampleConfig.digest, recipients: recipients ?? exampleConfig.digest.recipients },
});

const summaryOf = (config: Config, raised: Escalation[]) => escalationSummaryOf(raised, config);
const week = weekOfEscalations;

describe('escalations per sponsor, read by one mailbox holding two sponsor ids', () => {
  it("Should not let one assistant's mailbox for the COO and the CHRO read the Plant 2 manager's 3 in the combined row", () => {
    const config = withAddresses({ coo: 'exec-office@example.com', chro: 'exec-office@example.com' });
    const summary = summaryOf(config, week({ coo: 5, chro: 5, 'plant2-gm': 3, ceo: 12 }));
    const mailbox = 5 + 5;
    if (summary.otherSponsors) expect(belowK(summary.otherSponsors.raised - mailbox)).toBe(false);
    if (summary.overdueOther !== undefined) expect(belowK(summary.overdueOther - mailbox)).toBe(false);
    if (summary.raised !== undefined) expect(belowK(summary.raised - mailbox)).toBe(false);
    // Two sponsors at separate addresses see what they saw before: the CEO's row and the three others combined.
    const apart = summaryOf(exampleConfig, week({ coo: 5, chro: 5, 'plant2-gm': 3, ceo: 12 }));
    expect(apart.otherSponsors?.raised).toBe(13);
  });

  it('Should read addresses as mailboxes: capitals and a +tag reach the same one', () => {
    const config = withAddresses({ coo: 'Exec+coo@Example.com', chro: 'exec+chro@example.com' });
    const summary = summaryOf(config, week({ coo: 5, chro: 5, 'plant2-gm': 3, ceo: 12 }));
    if (summary.otherSponsors) expect(belowK(summary.otherSponsors.raised - 10)).toBe(false);
    if (summary.raised !== undefined) expect(belowK(summary.raised - 10)).toBe(false);
  });

  it('Should leave no mailbox, taking away every count and outcome it holds from any figure shown, a group below k', () => {
    const mailboxes = ['a@example.com', 'b@example.com', 'c@example.com', 'leadership@example.com'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 14 }), { minLength: sponsorIds.length, maxLength: sponsorIds.length }),
        fc.array(fc.integer({ min: 0, max: 14 }), { minLength: sponsorIds.length, maxLength: sponsorIds.length }),
        fc.array(fc.constantFrom(...mailboxes), { minLength: sponsorIds.length, maxLength: sponsorIds.length }),
        fc.integer({ min: 0, max: 14 }),
        (countsRaw, ackedRaw, addresses, leadershipCount) => {
          const counts: Record<string, number> = Object.fromEntries(sponsorIds.map((id, i) => [id, countsRaw[i]!]));
          counts[LEADERSHIP] = leadershipCount;
          const acked: Record<string, number> = Object.fromEntries(
            sponsorIds.map((id, i) => [id, Math.min(ackedRaw[i]!, countsRaw[i]!)]),
          );
          const config = withAddresses(Object.fromEntries(sponsorIds.map((id, i) => [id, addresses[i]!])), [
            'leadership@example.com',
          ]);
          const summary = summaryOf(config, week(counts, acked));
          const shownIds = new Set(summary.bySponsor.map((r) => r.sponsorId));
          // What each mailbox holds: its sponsors' cases, and the leadership list's if it is on the list.
          for (const address of mailboxes) {
            const ids = sponsorIds.filter((_, i) => addresses[i] === address);
            if (address === 'leadership@example.com') ids.push(LEADERSHIP);
            const own = ids.reduce((sum, id) => sum + (counts[id] ?? 0), 0);
            if (own === 0) continue;
            const ownAcked = ids.reduce((sum, id) => sum + (acked[id] ?? 0), 0);
            if (summary.raised !== undefined) expect(belowK(summary.raised - own)).toBe(false);
            if (summary.outcomes) {
              expect(belowK(summary.outcomes.acknowledgedInTime - ownAcked)).toBe(false);
              expect(belowK(summary.outcomes.overdue - (own - ownAcked))).toBe(false);
            }
            const inOther = ids.filter((id) => (counts[id] ?? 0) > 0 && !shownIds.has(id));
            const ownInOther = inOther.reduce((sum, id) => sum + counts[id]!, 0);
            const ownAckedInOther = inOther.reduce((sum, id) => sum + (acked[id] ?? 0), 0);
            if (summary.otherSponsors && ownInOther > 0) {
              expect(belowK(summary.otherSponsors.raised - ownInOther)).toBe(false);
              const outcomes = summary.otherSponsors.outcomes;
              if (outcomes) {
                expect(belowK(outcomes.acknowledgedInTime - ownAckedInOther)).toBe(false);
                expect(belowK(outcomes.overdue - (ownInOther - ownAckedInOther))).toBe(false);
              }
            }
            const overdueShown = new Set(summary.overdueNow.map((r) => r.sponsorId));
            const overdueInOther = ids
              .filter((id) => !overdueShown.has(id))
              .reduce((sum, id) => sum + (counts[id] ?? 0) - (acked[id] ?? 0), 0);
            if (summary.overdueOther !== undefined && overdueInOther > 0)
              expect(belowK(summary.overdueOther - overdueInOther)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
