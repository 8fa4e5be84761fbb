import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escalationPage } from '../../../functions/intake/pages/escalation';
import { heldByLeadership, recipientsAt, rerouteForAnswer, type Escalation } from '../../../shared/domain/escalation';
import { exampleConfig } from '../../support/fixtures';

// Issue 14, attack 4: the history on a case's page read "Passed on to …" to
// any holder, after "Raised and sent to <the sponsor it then went around>".
// Whom a case went around, and why, is the leadership list's alone.

const ids = exampleConfig.sponsors.map((s) => s.id);
const nameOf = (id: string) => exampleConfig.sponsors.find((s) => s.id === id)!.name;

/** A case raised for `sponsorId` and emailed to them, then moved on by an answer naming `named`, with its history as the code writes it. */
function movedByAnAnswer(sponsorId: string, level: number, named: string[]): Escalation | undefined {
  const first = recipientsAt(exampleConfig, sponsorId, level).names;
  const base = { sponsorId, level, reroute: undefined };
  const route = rerouteForAnswer(exampleConfig, base, named);
  if (!route) return undefined;
  const now = recipientsAt(exampleConfig, route.sponsorId, route.level, route.reroute.bypassed).names;
  return {
    id: 'case:history',
    reasons: ['urgent-topic'],
    caseKey: 'a'.repeat(64),
    site: 'plant2',
    topics: ['safety'],
    urgentCategories: [],
    urgent: true,
    redactedText: 'The guard rail on the mezzanine is loose.',
    ...route,
    raisedAt: '2026-11-16T09:00:00.000Z',
    slaDueAt: '2026-11-16T13:00:00.000Z',
    status: 'raised',
    notifiedLevel: route.level,
    audit: [
      { at: '2026-11-16T09:00:00.000Z', event: 'raised', detail: `for ${first}: urgent-topic` },
      { at: '2026-11-16T09:00:00.000Z', event: 'notified', detail: `emailed ${first}` },
      { at: '2026-11-17T00:00:00.000Z', event: 'rerouted', detail: `now with ${now}` },
    ],
  };
}

const historyOf = async (e: Escalation) => {
  const page = String(await escalationPage(exampleConfig, e, 'token', { now: new Date(e.raisedAt) }));
  return page.slice(page.indexOf('<h2>History</h2>'));
};

describe("a case's history, after an answer moved it around someone", () => {
  it('Should tell a holder who is not the leadership list only that it was passed on: no name of anyone it went around', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ids),
        fc.integer({ min: 0, max: 2 }),
        fc.subarray(ids, { minLength: 1 }),
        async (sponsorId, level, named) => {
          const e = movedByAnAnswer(sponsorId, level, named);
          if (!e || heldByLeadership(exampleConfig, e)) return;
          const history = await historyOf(e);
          expect(history).toContain('Passed on</li>');
          expect(history).not.toContain('Passed on to');
          for (const id of e.reroute!.bypassed) expect(history).not.toContain(nameOf(id));
        },
      ),
    );
  });

  it('Should show the leadership list itself where the case went', async () => {
    const e = movedByAnAnswer('ceo', 0, ['ceo'])!;
    expect(heldByLeadership(exampleConfig, e)).toBe(true);
    const history = await historyOf(e);
    expect(history).toContain('Passed on to the leadership list');
    expect(history).toContain(nameOf('ceo'));
  });
});
