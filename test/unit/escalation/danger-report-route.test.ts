import { describe, expect, it } from 'vitest';
import { type EscalationMessage, routeToSponsor } from '../../../shared/domain/escalation';
import { analysisMessage } from '../../support/analysis-messages';
import { exampleConfig } from '../../support/fixtures';
import { escalateUnread } from '../../support/unanalysable-escalation';

/** The escalation an urgent report at `site` raises, read as the analyzer reads it. */
async function escalationFor(text: string, site = 'plant2'): Promise<EscalationMessage> {
  const { escalated, queued } = await escalateUnread(
    exampleConfig,
    analysisMessage({ channel: 'sms', site, escalate: true, text }),
  );
  expect(escalated).toBe(true);
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
