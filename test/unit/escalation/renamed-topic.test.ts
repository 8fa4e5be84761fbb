import { describe, expect, it } from 'vitest';
import type { Config } from '../../../shared/config/schema';
import { describeEscalation } from '../../../shared/email/describe-escalation';
import { analysisMessage } from '../../support/analysis-messages';
import { exampleConfig } from '../../support/fixtures';
import { raisedEscalation } from '../../support/raised-escalation';
import { escalateUnread } from '../../support/unanalysable-escalation';

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
    const { escalated, queued } = await escalateUnread(
      renamed,
      analysisMessage({
        channel: 'kiosk',
        site: 'plant2',
        topic: 'safety',
        escalate: true,
        text: 'Please can somebody come and look at bay 3 today',
      }),
    );
    expect(escalated).toBe(true);
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
