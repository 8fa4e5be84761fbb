import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import type { Config } from '../../../shared/config/schema';
import type { EscalationMessage } from '../../../shared/domain/escalation';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { describeEscalation } from '../../../shared/email/describe-escalation';
import { type AnalyseFeedbackDeps, escalateUnanalysable } from '../../../shared/use-cases/analyse-feedback';
import { exampleConfig } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';

/** The example config with `safety` renamed `health-safety`, as an operator might between a submission and its analysis. */
const renamed: Config = {
  ...exampleConfig,
  topics: exampleConfig.topics.map((t) => (t.id === 'safety' ? { ...t, id: 'health-safety' } : t)),
  sponsors: exampleConfig.sponsors.map((s) => ({
    ...s,
    topics: s.topics.map((t) => (t === 'safety' ? 'health-safety' : t)),
  })),
};

// A report queued (or kept on a kiosk) under a topic id the config has since
// renamed reaches its site's sponsor as a report with no topic chosen: the
// sponsor never reads the old id ("Urgent: safety at Plant 2").
describe('a report whose topic was renamed after it was sent', () => {
  it('Should be escalated with no topic the config lacks, and read by its sponsor without the old id', async () => {
    const queued: EscalationMessage[] = [];
    const deps = {
      config: renamed,
      escalation: {
        queue: { enqueue: async (m: EscalationMessage) => void queued.push(m) },
        detectUrgency: (t: string) => detectUrgency(t).categories,
      },
    } as unknown as AnalyseFeedbackDeps;
    const message = {
      id: 'm1',
      caseKey: 'c1',
      channel: 'kiosk',
      week: '2026-W49',
      site: 'plant2',
      topic: 'safety',
      escalate: true,
      text: 'Please can somebody come and look at bay 3 today',
    };
    expect(await escalateUnanalysable(deps, message as unknown as AnalysisMessage)).toBe(true);
    expect(queued[0]?.topics).not.toContain('safety');
    const described = describeEscalation(renamed, raisedEscalation({ site: 'plant2', topics: queued[0]!.topics }));
    expect(described.title).toMatch(/^Urgent: /);
    expect(described.title).not.toMatch(/\bsafety\b/);
  });

  it('Should leave out, from an escalation raised before the rename, the topic id the config no longer has', () => {
    const before = raisedEscalation({ site: 'plant2', topics: ['safety', 'workload'] });
    expect(describeEscalation(renamed, before).title).toBe('Urgent: Workload and staffing at Plant 2');
    expect(describeEscalation(renamed, { ...before, topics: ['safety'] }).title).toBe('Urgent: Feedback from Plant 2');
    expect(describeEscalation(exampleConfig, before).title).toBe(
      'Urgent: “Health and safety” and “Workload and staffing” at Plant 2',
    );
  });
});
