import { describe, expect, it } from 'vitest';
import { caseLinksIn } from '../support/conversation-stack';
import { fixedClock, form } from '../support/fixtures';
import { outbox } from '../support/outbox';
import { deskLinkIn, handOverFromDesk, sweepTwiceAt, useEscalatedCase, withinBudget } from '../support/sponsor-case';

/**
 * An urgent report acknowledged by the Plant 2 manager and then handed over to the COO: the COO has
 * done nothing yet, so the case waits for them as a fresh escalation would, with the urgent service
 * level from the hand-over, a reminder before it and the climb to the leadership list after it. Before,
 * the COO was told "already acknowledged, now with you", no deadline moved it on, and the employee's page
 * said "acknowledged" for as long as the COO left it unread. On the real stand-ins, the clock injected.
 */

const COO = 'coo@example.com';
const LEADERSHIP = 'leadership@example.com';

describe('an urgent case handed over after it was acknowledged', { timeout: 120_000 }, () => {
  // Raised in the 15:00 hour UTC (9 AM Central Time).
  const clock = fixedClock('2026-11-18T15:00:00Z');
  const held = useEscalatedCase(clock);
  const mail = async () => outbox(held.stack.urls.outbox);
  const sweepAt = (instant: string) => sweepTwiceAt(held.stack, clock, instant);
  // The stack holds this one case: every email to an address is about it.
  const about = (to: string) => async () => (await mail()).filter((e) => e.destination.to.includes(to));

  it('Should give the new holder the urgent deadline, remind them, and climb to the leadership list when they do not acknowledge', async () => {
    clock.set('2026-11-18T15:30:00Z');
    const [casePath] = caseLinksIn(await (await withinBudget(held.desk)).text());
    expect((await withinBudget(`${held.stack.urls.app}${casePath}`, form({ action: 'acknowledge' }))).status).toBe(200);
    expect((await held.stack.statusOf(held.caseCode)).body.status).toBe('acknowledged');

    clock.set('2026-11-18T17:10:00Z');
    const handed = await handOverFromDesk(held);
    // The full four urgent hours from the hand-over, on the next whole hour: 4 PM Central Time.
    expect(handed.subject).not.toContain('already acknowledged');
    expect(handed.subject).toMatch(/please acknowledge by Wednesday, November 18, 2026 at 4 PM Central Time$/);
    // The employee's page: with a senior leader who is asked to acknowledge it, no longer "acknowledged".
    expect((await held.stack.statusOf(held.caseCode)).body.status).toBe('escalated');

    const reminders = async () =>
      (await about(COO)()).filter((e) => e.subject.startsWith('Reminder:')).map((e) => e.subject.replace(/ \(.*$/, ''));
    await sweepAt('2026-11-18T20:05:00Z');
    expect(await reminders()).toEqual([]);
    // An hour before the COO's deadline: reminded, once.
    await sweepAt('2026-11-18T21:05:00Z');
    await sweepAt('2026-11-18T21:35:00Z');
    expect(await reminders()).toEqual([
      'Reminder: please acknowledge by Wednesday, November 18, 2026 at 4 PM Central Time',
    ]);
    expect(await about(LEADERSHIP)()).toEqual([]);

    // Past it, not acknowledged: it climbs to the leadership list, who are emailed with their own deadline.
    await sweepAt('2026-11-18T22:05:00Z');
    const toLeadership = await about(LEADERSHIP)();
    expect(toLeadership).toHaveLength(1);
    expect(toLeadership[0]!.subject).toMatch(/please acknowledge by/);
    expect((await held.stack.statusOf(held.caseCode)).body.status).toBe('escalated');
  });

  it('Should read acknowledged again once the leadership list acknowledges it, the law’s feedback deadline still from the first acknowledgement', async () => {
    // Two days on: a feedback clock started again would move the employee's deadline two days later.
    clock.set('2026-11-20T15:00:00Z');
    const [email] = await about(LEADERSHIP)();
    const desk = deskLinkIn(email!);
    expect(desk).toBeDefined();
    const [casePath] = caseLinksIn(await (await withinBudget(desk!)).text());
    expect((await withinBudget(`${held.stack.urls.app}${casePath}`, form({ action: 'acknowledge' }))).status).toBe(200);
    const view = (await held.stack.statusOf(held.caseCode)).body as { status?: string; feedbackBy?: string };
    expect(view.status).toBe('acknowledged');
    expect(view.feedbackBy).toBe('2027-02-17');
  });
});
