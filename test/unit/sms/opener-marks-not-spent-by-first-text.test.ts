import { describe, expect, it } from 'vitest';
import { smsTestApp } from '../../support/sms';

// Attacker's report (round 28): the opener sent alone ("URGENT", "URGENTE") marks the next report, and the first
// text after it spent the mark. That text is often not the report: "k", "yes", "vale", "what do I write", or a
// phone's "Sent from my iPhone" sent back to the reply that explains the opener. It took the mark, and the report
// after it ("need a supervisor at the north gate right now") came as an ordinary one, never passed to a senior
// leader. Every report within the opener's minutes now carries its marks.

const REPORT = 'need a supervisor at the north gate right now';

describe('the text after the opener that is not the report', () => {
  for (const [n, opener, first, report] of [
    [1, 'URGENT', 'k', REPORT],
    [2, 'URGENT', 'yes', REPORT],
    [3, 'URGENT', 'what do I write', REPORT],
    [4, 'URGENT', 'Sent from my iPhone', REPORT],
    [5, 'URGENTE', 'vale', 'necesito un supervisor en la puerta norte ya'],
  ] as const) {
    it(`Should still take the report after "${opener}" then "${first}" as urgent`, async () => {
      const { text, store, clock } = smsTestApp();
      const from = `+1555777040${n}`;
      clock.set('2026-11-18T15:30:00Z');
      await text(opener, { From: from });
      await text(first, { From: from });
      clock.set('2026-11-18T15:31:00Z');
      expect((await text(report, { From: from })).join('\n')).toMatch(
        /marked urgent for a senior leader|queda marcado como urgente/,
      );
      // "k", "yes" and "vale" alone are answered, not filed (round 29); the others are a report of their own.
      const filed = first === 'k' || first === 'yes' || first === 'vale' ? 1 : 2;
      expect([...store.cases.values()].filter((c) => c.escalateRequested)).toHaveLength(filed);
    });
  }

  it('Should mark no report once the opener’s minutes are over', async () => {
    const { text, store, clock } = smsTestApp();
    clock.set('2026-11-18T15:30:00Z');
    await text('URGENT', { From: '+15557770409' });
    await text('k', { From: '+15557770409' });
    clock.set('2026-11-18T15:45:00Z');
    expect((await text(REPORT, { From: '+15557770409' }))[0]).toMatch(/Your case code is/);
    expect([...store.cases.values()].map((c) => c.escalateRequested ?? false)).toEqual([false]);
  });
});
