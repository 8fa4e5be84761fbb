import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EscalationMessage } from '../../../shared/domain/escalation';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { escalateIfNeeded } from '../../../shared/use-cases/escalate-if-needed';
import { exampleConfig, fixedClock } from '../../support/fixtures';
import { InMemoryCaseStore, InMemoryPatternCounter } from '../../support/in-memory';
import { takeOffPatterns } from '../../../shared/use-cases/take-off-patterns';

// Issue 14, attack 5: the pattern rule's count (several negative reports on
// one site and topic) went to the site's sponsor including reports that
// named them or were about the employee's management.

describe('the pattern rule and reports that go around a sponsor', () => {
  const setUp = () => {
    const cases = new InMemoryCaseStore();
    const queued: EscalationMessage[] = [];
    const deps = {
      config: exampleConfig,
      // A pattern is held for the day's release, never queued: what is held is what will be sent.
      patterns: new InMemoryPatternCounter(queued),
      clock: fixedClock('2026-11-18T15:00:00Z'),
      cases,
      queue: { enqueue: async (m: EscalationMessage) => void queued.push(m) },
    };
    const report = async (text: string, aboutManagement = false) => {
      const caseKey = randomUUID().replace(/-/g, '').repeat(2);
      const week = '2026-W47';
      await cases.createCase({
        id: randomUUID(),
        caseKey,
        channel: 'web',
        week,
        site: 'plant2',
        escalateRequested: false,
        status: 'received',
      });
      const message: AnalysisMessage = {
        id: randomUUID(),
        caseKey,
        channel: 'web',
        week,
        site: 'plant2',
        escalate: false,
        text,
        ...(aboutManagement ? { aboutManagement } : {}),
      };
      await escalateIfNeeded(deps, {
        message,
        sentiment: 'NEGATIVE',
        topics: ['workload'],
        redactedText: text,
        urgentCategories: [],
      });
      return caseKey;
    };
    return { queued, report, deps };
  };

  it('Should not count a report that names the site’s sponsor, or is about the employee’s management', async () => {
    const { queued, report } = setUp();
    for (let n = 0; n < 3; n += 1) await report('Lee Marsh keeps doubling our shifts with no notice.');
    await report('Our manager keeps doubling our shifts with no notice.', true);
    await report('The night shift is short-staffed again.');
    // Five negative reports on Plant 2 workload, but only one may reach the site's sponsor as a count.
    expect(queued.filter((m) => m.reasons.includes('pattern'))).toEqual([]);
  });

  it('Should count only the reports that go around no one, and escalate once there are enough of them', async () => {
    const { queued, report } = setUp();
    await report('Lee Marsh keeps doubling our shifts with no notice.');
    for (let n = 0; n < exampleConfig.escalation.patternThreshold; n += 1)
      await report('The night shift is short-staffed again.');
    const patterns = queued.filter((m) => m.reasons.includes('pattern'));
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.pattern?.count).toBe(exampleConfig.escalation.patternThreshold);
  });

  it('Should take a counted report off the count once it goes around someone, once however often retried, and tell the sponsor only of the others', async () => {
    const { queued, report, deps } = setUp();
    const threshold = exampleConfig.escalation.patternThreshold;
    const first = await report('The night shift is short-staffed again.');
    for (let n = 1; n < threshold - 1; n += 1) await report('The night shift is short-staffed again.');
    // An answer names the site's sponsor: the case leaves the count, however often that is retried.
    for (let n = 0; n < 3; n += 1) await takeOffPatterns(deps, first);
    expect(await deps.patterns.count('plant2', 'workload', ['2026-W47'])).toBe(threshold - 2);
    // Two more reports reach the threshold without it: the sponsor is told of those alone.
    await report('The night shift is short-staffed again.');
    expect(queued.filter((m) => m.reasons.includes('pattern'))).toEqual([]);
    await report('The night shift is short-staffed again.');
    const patterns = queued.filter((m) => m.reasons.includes('pattern'));
    expect(patterns).toHaveLength(1);
    expect(patterns[0]!.pattern?.count).toBe(threshold);
  });
});
