import { describe, expect, it } from 'vitest';
import { type EscalationMessage, routeToSponsor } from '../../../shared/domain/escalation';
import { analysisMessage } from '../../support/analysis-messages';
import { exampleConfig } from '../../support/fixtures';
import { escalateUnread } from '../../support/unanalysable-escalation';

/** The escalation a report at `site` raises, read as the analyzer reads it (a topic the employee chose included). */
async function escalationFor(text: string, site: string, topic?: string): Promise<EscalationMessage> {
  const { escalated, queued } = await escalateUnread(
    exampleConfig,
    analysisMessage({ channel: 'web', site, text, ...(topic ? { topic } : {}) }),
  );
  expect(escalated).toBe(true);
  return queued[0]!;
}

const owns = (sponsorId: string, topic: string) =>
  exampleConfig.sponsors.find((s) => s.id === sponsorId)!.topics.includes(topic);

// Attack round 31: routing scored every topic a report touched alike, so a calm topic matched with the site (the
// Plant 2 GM owns scheduling there) or earlier in the config (the COO owns facilities) took an urgent report from the
// owner of its urgent topic: sexual harassment "on my shift" went to the plant's GM, the harasser's own line, and
// harassment "in the break room" to the COO, who cannot even hand it to the CHRO (only to a backup).
describe('an urgent report that also touches a calm topic', { timeout: 60_000 }, () => {
  const calm = exampleConfig.topics.filter((t) => !t.urgent).map((t) => t.id);
  const urgent = exampleConfig.topics.filter((t) => t.urgent).map((t) => t.id);
  const sites = [undefined, ...exampleConfig.sites.map((s) => s.id)];

  it('Should go to a sponsor who owns its urgent topic, at every site, whatever calm topic comes with it', () => {
    for (const site of sites)
      for (const u of urgent)
        for (const c of calm)
          for (const topics of [
            [c, u],
            [u, c],
          ]) {
            const sponsor = routeToSponsor(exampleConfig, site, topics);
            expect(owns(sponsor.id, u), `${site} ${topics.join('+')} went to ${sponsor.id}`).toBe(true);
          }
  });

  it('Should keep the most specific owner of the urgent topic: the site’s own safety sponsor', () => {
    expect(routeToSponsor(exampleConfig, 'plant2', ['scheduling', 'safety']).id).toBe('plant2-gm');
    expect(routeToSponsor(exampleConfig, 'hq', ['facilities', 'safety']).id).toBe('coo');
    expect(routeToSponsor(exampleConfig, 'plant2', ['safety', 'harassment', 'scheduling']).id).toBe('plant2-gm');
  });

  it('Should route a calm report as before', () => {
    expect(routeToSponsor(exampleConfig, 'plant2', ['scheduling', 'pay']).id).toBe('plant2-gm');
    expect(routeToSponsor(exampleConfig, 'warehouse', ['pay', 'facilities']).id).toBe('coo');
  });

  it.each([
    ['the shift lead corners me in the storage room and tries to kiss me', 'plant2', undefined, 'harassment'],
    [
      "they gave me the worst shifts because I'm black, the white guys get weekends",
      'plant2',
      undefined,
      'discrimination',
    ],
    ['my overtime pay gets cut since i reported the harassment by my lead', 'plant2', undefined, 'harassment'],
    ['a guy exposed himself to me in the break room', 'warehouse', undefined, 'harassment'],
    ['i found a noose hanging in the break room', 'hq', undefined, 'discrimination'],
    ['my supervisor grabbed my chest in the break room', 'hq', 'facilities', 'harassment'],
    ['the lead keeps making comments about my body and wont stop', 'plant2', 'scheduling', 'harassment'],
  ])('Should bring %j (%s, topic chosen: %s) to the owner of %s', async (text, site, topic, urgentTopic) => {
    const escalation = await escalationFor(text, site, topic);
    expect(escalation.topics).toContain(urgentTopic);
    const sponsor = routeToSponsor(exampleConfig, site, escalation.topics);
    expect(owns(sponsor.id, urgentTopic), `went to ${sponsor.id} with ${escalation.topics.join(', ')}`).toBe(true);
  });
});
