import { describe, expect, it } from 'vitest';
import { detectUrgency } from '../../../shared/analysis/urgency';
import { type EscalationMessage, routeToSponsor } from '../../../shared/domain/escalation';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { type AnalyseFeedbackDeps, escalateUnanalysable } from '../../../shared/use-cases/analyse-feedback';
import { exampleConfig } from '../../support/fixtures';

// "A guy has a knife in the break room" escalated, but as Facilities ("break
// room" is one of its keywords): a weapon on site is a health and safety
// matter, so the report reaches the safety sponsor of its site, in any language.
describe('a weapon reported on site', { timeout: 60_000 }, () => {
  it.each([
    'a guy has a knife in the break room',
    'hay un hombre armado en la sala de descanso',
    'es gibt einen Amokläufer im Pausenraum',
  ])('Should reach the site’s health and safety sponsor: %j', async (text) => {
    const queued: EscalationMessage[] = [];
    const deps = {
      config: exampleConfig,
      escalation: {
        queue: { enqueue: async (m: EscalationMessage) => void queued.push(m) },
        detectUrgency: (t: string) => detectUrgency(t).categories,
      },
    } as unknown as AnalyseFeedbackDeps;
    const message = {
      id: 'm1',
      caseKey: 'c1',
      channel: 'web',
      week: '2026-W49',
      site: 'plant2',
      escalate: false,
      text,
    };
    expect(await escalateUnanalysable(deps, message as unknown as AnalysisMessage)).toBe(true);
    expect(queued[0]?.topics).toContain('safety');
    expect(routeToSponsor(exampleConfig, 'plant2', queued[0]!.topics).id).toBe('plant2-gm');
  });
});
