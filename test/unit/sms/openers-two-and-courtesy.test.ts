import { describe, expect, it } from 'vitest';
import { smsTestApp } from '../../support/sms';

// Attacker's report (round 27): the opener sent alone carries its mark to the next report, but only one opener was
// remembered. "URGENT", then "MGMT", then the report: the second opener replaced the first, and the report came as
// an ordinary one, never passed to a senior leader. And "ok" or "thanks", sent back to the reply that explains how
// to mark a report urgent, took the mark: "ok" went to a senior leader as urgent, the real report after it did not.

const FROM = '+15557770305';
const REPORT = 'need someone at the north gate right now';

describe('two openers sent alone, then the report', () => {
  it('Should take the report as urgent AND about the sender’s management', async () => {
    const { text, store, queue, clock } = smsTestApp();
    clock.set('2026-11-18T15:30:00Z');
    await text('URGENT', { From: FROM });
    await text('MGMT', { From: FROM });
    clock.set('2026-11-18T15:31:00Z');
    expect((await text(REPORT, { From: FROM }))[0]).toMatch(/is marked urgent for a senior leader/);
    expect([...store.cases.values()].map((c) => c.escalateRequested)).toEqual([true]);
    expect((queue.messages as { aboutManagement?: boolean }[]).map((m) => m.aboutManagement)).toEqual([true]);
  });
});

describe('courtesy sent after the opener', () => {
  it('Should keep the mark for the report that comes after "ok" or "thanks"', async () => {
    const { text, store, clock } = smsTestApp();
    clock.set('2026-11-18T15:30:00Z');
    await text('URGENT', { From: FROM });
    // Answered, not filed: until round 29 "ok thanks" became a case of its own (words-alone-answered.test.ts).
    expect(await text('ok thanks', { From: FROM })).toEqual([
      expect.stringMatching(/^Nothing was saved yet: text what is happening/),
      expect.stringMatching(/call 911/),
    ]);
    clock.set('2026-11-18T15:31:00Z');
    expect((await text(REPORT, { From: FROM }))[0]).toMatch(/is marked urgent for a senior leader/);
    const marked = [...store.cases.values()].map((c) => c.escalateRequested ?? false);
    expect(marked).toEqual([true]);
  });
});
