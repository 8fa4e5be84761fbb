import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { type EscalationMessage, routeToSponsor } from '../../../shared/domain/escalation';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { type AnalyseFeedbackDeps, escalateUnanalysable } from '../../../shared/use-cases/analyse-feedback';
import { exampleConfig } from '../../support/fixtures';

/** The escalation an urgent report at `site` raises, read as the analyzer reads it. */
async function escalationFor(text: string, site = 'plant2'): Promise<EscalationMessage> {
  const queued: EscalationMessage[] = [];
  const deps = {
    config: exampleConfig,
    escalation: {
      queue: { enqueue: async (m: EscalationMessage) => void queued.push(m) },
      detectUrgency: (t: string) => detectUrgency(t).categories,
    },
  } as unknown as AnalyseFeedbackDeps;
  const message = { id: 'm1', caseKey: 'c1', channel: 'sms', week: '2026-W49', site, escalate: true, text };
  expect(await escalateUnanalysable(deps, message as unknown as AnalysisMessage)).toBe(true);
  return queued[0]!;
}

// "Someone is threatening to shoot people in bay birch" went to the CEO as
// "Topic: Not given", and so did the README's own "URGENT oil on the floor by
// press 4": a danger to people belongs to the site's health and safety owner.
describe('a danger to people reported at a site', { timeout: 60_000 }, () => {
  it.each([
    'Someone is threatening to shoot people in bay birch',
    'someone said he will stab me at the end of the shift',
    'URGENT oil on the floor by press 4',
    'exposed wire hanging next to the lathe',
    'blocked exit by dock 3',
  ])('Should reach the site’s health and safety sponsor, under its topic: %j', async (text) => {
    const escalation = await escalationFor(text);
    expect(escalation.topics).toContain('safety');
    expect(routeToSponsor(exampleConfig, 'plant2', escalation.topics).id).toBe('plant2-gm');
  });

  it('Should leave a threat that is harassment with the harassment sponsor', async () => {
    const escalation = await escalationFor('my supervisor threatened to beat me up if I report him', 'hq');
    expect(escalation.topics).toContain('harassment');
    expect(escalation.topics).not.toContain('safety');
    expect(routeToSponsor(exampleConfig, 'hq', escalation.topics).id).toBe('chro');
  });
});
