import { describe, expect, it } from 'vitest';
import { routeToSponsor } from '../../../shared/domain/escalation';
import { analysisMessage } from '../../support/analysis-messages';
import { exampleConfig } from '../../support/fixtures';
import { escalateUnread } from '../../support/unanalysable-escalation';

// "A guy has a knife in the break room" escalated, but as Facilities ("break
// room" is one of its keywords): a weapon on site is a health and safety
// matter, so the report reaches the safety sponsor of its site, in any language.
describe('a weapon reported on site', { timeout: 60_000 }, () => {
  it.each([
    'a guy has a knife in the break room',
    'hay un hombre armado en la sala de descanso',
    'es gibt einen Amokläufer im Pausenraum',
  ])('Should reach the site’s health and safety sponsor: %j', async (text) => {
    const { escalated, queued } = await escalateUnread(
      exampleConfig,
      analysisMessage({ channel: 'web', site: 'plant2', escalate: false, text }),
    );
    expect(escalated).toBe(true);
    expect(queued[0]?.topics).toContain('safety');
    expect(routeToSponsor(exampleConfig, 'plant2', queued[0]!.topics).id).toBe('plant2-gm');
  });
});
