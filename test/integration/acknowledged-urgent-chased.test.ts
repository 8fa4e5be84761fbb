import { describe, expect, it } from 'vitest';
import { caseLinksIn, linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitFor } from '../support/outbox';
import { withinBudget } from '../support/sponsor-case';

// Attack round 29 (F4): one click on "Acknowledge" stopped every automatic follow-up of an urgent case until the
// law's feedback deadline, three months on, and nobody above its holder was told. Now an acknowledged urgent
// case on which nothing is done within the urgent service level (4 hours here) reminds its holder, and one
// service level later its holder's backup is told, as an unacknowledged case climbs. Writing to the employee
// (or answering, handing over, closing) stops the chase.

const GM = 'plant2-gm@example.com';
const COO = 'coo@example.com';
const CHASE = /acknowledged.*nothing done since/i;

describe('an urgent case acknowledged and left, on the local stack', () => {
  const { stack, clock, emailsTo, emailAbout } = useConversationStack({ at: '2026-11-18T14:00:00Z' });

  /** Raises an urgent case at Plant 2 and acknowledges it on the GM's desk: that page's address. */
  async function acknowledgedByGm(text: string) {
    const { caseCode } = await stack.submit({ text, site: 'plant2', escalate: true });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailAbout(GM, new RegExp(text.split(' ').slice(1, 4).join(' ')));
    const ackPage = await (await withinBudget(linkIn(first))).text();
    const caseUrl = `${stack.urls.app}${caseLinksIn(ackPage)[0]!.replace(/&amp;/g, '&')}`;
    expect((await withinBudget(caseUrl, { ...form({ action: 'acknowledge' }), redirect: 'manual' })).status).toBe(303);
    return caseUrl;
  }

  it('Should remind the GM after four hours and tell the COO after eight when nothing is done', async () => {
    await acknowledgedByGm('Someone passed out in the walk-in freezer and the door is stuck.');
    const gmBefore = (await emailsTo(GM)).length;
    const cooBefore = (await emailsTo(COO)).length;

    // Within the service level: nobody is chased.
    clock.set('2026-11-18T17:30:00Z');
    await stack.sweep();
    expect((await emailsTo(GM)).slice(gmBefore).filter((e) => CHASE.test(e.subject))).toEqual([]);

    clock.set('2026-11-18T18:05:00Z');
    const reminder = await waitFor('the GM reminded', async () => {
      await stack.sweep();
      return (await emailsTo(GM)).slice(gmBefore).find((e) => CHASE.test(e.subject));
    });
    expect(reminder.subject).toMatch(/please act on it now/);
    expect(reminder.body.text).toContain('no message to the employee');
    expect((await emailsTo(COO)).slice(cooBefore).filter((e) => CHASE.test(e.subject))).toEqual([]);

    clock.set('2026-11-18T22:05:00Z');
    const told = await waitFor('the COO told', async () => {
      await stack.sweep();
      return (await emailsTo(COO)).slice(cooBefore).find((e) => CHASE.test(e.subject));
    });
    expect(told.subject).toContain('Lee Marsh (Plant 2 GM)');
    expect(told.subject).toContain('Health and safety at Plant 2');
    expect(told.body.text).toContain('make sure Lee Marsh (Plant 2 GM) is dealing with it');
    // Once each, however many sweeps run.
    await stack.sweep();
    expect((await emailsTo(COO)).filter((e) => CHASE.test(e.subject))).toHaveLength(1);
    expect((await emailsTo(GM)).filter((e) => CHASE.test(e.subject))).toHaveLength(1);
  }, 120_000);

  it('Should chase no one once the GM has written to the employee', async () => {
    clock.set('2026-11-20T14:00:00Z');
    const caseUrl = await acknowledgedByGm('Someone collapsed by the boiler room and is not breathing.');
    expect(
      (await withinBudget(caseUrl, { ...form({ action: 'reply', message: 'On my way.' }), redirect: 'manual' })).status,
    ).toBe(303);
    const before = [(await emailsTo(GM)).length, (await emailsTo(COO)).length] as const;
    clock.set('2026-11-20T23:05:00Z');
    await stack.sweep();
    await new Promise((r) => setTimeout(r, 1000));
    await stack.sweep();
    expect((await emailsTo(GM)).slice(before[0]).filter((e) => CHASE.test(e.subject))).toEqual([]);
    expect((await emailsTo(COO)).slice(before[1]).filter((e) => CHASE.test(e.subject))).toEqual([]);
  }, 120_000);
});
