import { describe, expect, it } from 'vitest';
import { smsTestApp } from '../../support/sms';

// Attacker's report (round 29): a cry for help texted alone ("AU SECOURS", "SOCORRO", "HELP!!!") is answered with
// the help text and the emergency line, and the report in the next text came as an ordinary one: "AU SECOURS" then
// "il faut quelqu'un à la porte nord maintenant" reached no one until the weekly figures, with no emergency line,
// while "SOS" or "URGENT" then the same words was marked urgent and passed to a senior leader at once.

const marked = (store: { cases: Map<string, { escalateRequested?: boolean }> }) =>
  [...store.cases.values()].map((c) => c.escalateRequested ?? false);

describe('a cry for help sent alone, the report in the next text', () => {
  it.each([
    ['AU SECOURS', "il faut quelqu'un à la porte nord maintenant"],
    ['socorro!!!', 'necesito a alguien en la puerta norte ahora'],
    ['SOCORRO SOCORRO', 'necesito a alguien en la puerta norte ahora'],
    ['HELP!!!', 'need someone at the north gate right now'],
    ['help help', 'need someone at the north gate right now'],
  ])('Should take the report after "%s" as marked urgent, with the emergency line', async (cry, report) => {
    const { text, store, clock } = smsTestApp();
    clock.set('2026-11-18T15:30:00Z');
    const help = await text(cry, { From: '+15557770301' });
    // Still the help text and the emergency line: nothing is saved for the cry itself.
    expect(help).toHaveLength(2);
    expect(help[1]).toMatch(/911/);
    expect(store.cases.size).toBe(0);
    clock.set('2026-11-18T15:31:00Z');
    const receipt = await text(report, { From: '+15557770301' });
    expect(receipt[0]).toMatch(/urgent|urgente|urgent/i);
    expect(receipt[1]).toMatch(/911/);
    expect(marked(store)).toEqual([true]);
  });

  it('Should leave the report after a plain HELP, a question about the service, as it is', async () => {
    const { text, store, clock } = smsTestApp();
    clock.set('2026-11-18T15:30:00Z');
    await text('HELP', { From: '+15557770302' });
    await text('ayuda por favor', { From: '+15557770303' });
    clock.set('2026-11-18T15:31:00Z');
    expect((await text('the canteen queue is too long', { From: '+15557770302' }))[0]).toMatch(/Your case code is/);
    expect((await text('la cola del comedor es muy larga', { From: '+15557770303' }))[0]).toMatch(/Su código de caso/);
    expect(marked(store)).toEqual([false, false]);
  });
});
