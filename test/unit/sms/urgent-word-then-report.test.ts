import { describe, expect, it } from 'vitest';
import { smsTestApp } from '../../support/sms';

// Attacker's report (round 26): "URGENT" texted alone, then the report in the next text ("need a supervisor at
// the north gate right now"), as people send the word first and go on before any reply comes. The word alone
// saves nothing, and the report after it was taken as an ordinary one: its sender's mark was lost, and it was
// never passed to a senior leader. The next report of that number within a few minutes now carries the mark.

const FROM = '+15557770205';
const REPORT = 'need a supervisor at the north gate right now';
const marked = (store: { cases: Map<string, { escalateRequested?: boolean }> }) =>
  [...store.cases.values()].map((c) => c.escalateRequested);

describe('the urgent word sent alone, the report in the next text', () => {
  it('Should take the next report of the same number as marked urgent, and say so', async () => {
    const { text, store, clock } = smsTestApp();
    clock.set('2026-11-18T15:30:00Z');
    expect((await text('URGENT', { From: FROM }))[0]).toMatch(/To mark feedback urgent/);
    clock.set('2026-11-18T15:31:00Z');
    expect((await text(REPORT, { From: FROM }))[0]).toMatch(/is marked urgent for a senior leader/);
    expect(marked(store)).toEqual([true]);
  });

  it('Should mark the reports of that number only, and only within the few minutes', async () => {
    const { text, store, clock } = smsTestApp();
    clock.set('2026-11-18T15:30:00Z');
    await text('urgente!!', { From: FROM });
    // Another number's report is its own.
    expect((await text(REPORT, { From: '+15557770299' }))[0]).toMatch(/Your case code is/);
    clock.set('2026-11-18T15:32:00Z');
    expect((await text(REPORT, { From: FROM }))[0]).toMatch(/marked urgent/);
    // Past the mark's minutes (and those in which texts are details of the urgent case), a text is a report of its own.
    clock.set('2026-11-18T15:38:00Z');
    expect((await text('also the gate camera is broken', { From: FROM }))[0]).toMatch(/Your case code is/);
    // Long after the word, a report is read on its own.
    await text('URGENT', { From: FROM });
    clock.set('2026-11-18T15:45:00Z');
    expect((await text('the canteen queue is too long', { From: FROM }))[0]).toMatch(/Your case code is/);
    expect(marked(store).sort()).toEqual([false, false, false, true]);
  });
});

describe('MGMT or a site tag sent alone, the report in the next text', () => {
  it('Should take the next report as about the sender’s management, filed at the site tagged', async () => {
    const { text, queue, clock } = smsTestApp();
    clock.set('2026-11-18T15:30:00Z');
    expect((await text('MGMT', { From: FROM }))[0]).toMatch(/Nothing was saved/);
    clock.set('2026-11-18T15:31:00Z');
    await text('my supervisor keeps screaming at the new hires', { From: FROM });
    await text('#warehouse', { From: '+15557770206' });
    await text('the loading bay lights are out again', { From: '+15557770206' });
    // What analysis reads: about their management, so routed around it; and the site tagged.
    const sent = queue.messages as { aboutManagement?: boolean; site?: string }[];
    expect(sent.map((m) => m.aboutManagement ?? false)).toEqual([true, false]);
    expect(sent[1]?.site).toBe('warehouse');
  });
});
