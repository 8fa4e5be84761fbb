import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OfflineAnalyzer } from '../../../shared/adapters/offline/offline-analyzer';
import type { AnalysisMessage } from '../../../shared/domain/feedback';
import { enrolKiosk } from '../../../shared/use-cases/enrol-kiosk';
import { analyseBatch, type AnalyseFeedbackDeps } from '../../../shared/use-cases/analyse-feedback';
import { appWithFakes, exampleConfig, fixedClock, json } from '../../support/fixtures';
import { InMemoryKioskRegistry } from '../../support/in-memory-kiosk-registry';

// Attacker's report: a wordless or very short comment ("👍", "ok") written at a kiosk enrolled in French
// (or switched to Spanish by the one person who did) was stored in French (Spanish): the operator reading
// the case's language learned which kiosk, or which person, wrote it. The web form's page language never
// was. A report's language is now only what its words show.

const deps = { config: exampleConfig, analyzer: new OfflineAnalyzer() } as unknown as AnalyseFeedbackDeps;
const languageOf = async (message: AnalysisMessage) => {
  const result = (await analyseBatch(deps, [message])).get(message.id);
  if (!result || result instanceof Error) throw result ?? new Error('no analysis');
  return result.language;
};

describe('a kiosk’s screen language is not stored as the report’s', () => {
  it('Should store no language for "👍" at a French kiosk, nor for "ok" with the screen in Spanish', async () => {
    const kiosks = new InMemoryKioskRegistry();
    const clock = fixedClock('2026-11-18T15:30:10Z');
    const { app, queue } = appWithFakes({ clock, kiosk: { kiosks } });
    const { token } = await enrolKiosk(
      { kiosks, config: exampleConfig, clock },
      { site: 'plant2', name: 'Canteen', language: 'fr' },
    );
    const post = (body: unknown) => app.request('/kiosk/feedback', json(body, { authorization: `Bearer ${token}` }));
    expect((await post({ rating: 4, key: 'key-thumb-0000001', text: '👍', language: 'fr' })).status).toBe(201);
    expect((await post({ rating: 3, key: 'key-okay-00000001', text: 'ok', language: 'es' })).status).toBe(201);
    // The same words typed on the web form, which has no screen language to pass.
    const languages = await Promise.all(queue.messages.map(languageOf));
    const web = await Promise.all(
      queue.messages.map((m) => languageOf({ ...m, id: `${m.id.slice(0, -1)}0`, channel: 'web' })),
    );
    expect(languages).not.toContain('fr');
    expect(languages).not.toContain('es');
    expect(languages).toEqual(web);
  });

  it('Should store the same language for any text, whatever screen language a message queued before carries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom('👍', 'ok', '!!', '10/10', 'nul', 'bien', 'ça va', 'No', '…', 'Merci beaucoup pour tout'),
          fc.string({ maxLength: 12 }),
        ),
        fc.constantFrom('en', 'es', 'fr', 'de'),
        async (text, hint) => {
          const base: AnalysisMessage = {
            id: '00000000-0000-4000-8000-000000000001',
            caseKey: 'a'.repeat(64),
            channel: 'kiosk',
            week: '2026-W47',
            site: 'plant2',
            escalate: false,
            rating: 3,
            text,
          };
          expect(await languageOf({ ...base, languageHint: hint })).toBe(await languageOf(base));
        },
      ),
      { numRuns: 60 },
    );
  });
});
