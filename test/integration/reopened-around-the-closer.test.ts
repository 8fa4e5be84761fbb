import { describe, expect, it } from 'vitest';
import { caseLinksIn, linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { waitFor } from '../support/outbox';
import { deskLinkIn, withinBudget } from '../support/sponsor-case';

// Issue 14, attacker's report: the manager writes a question, the employee answers naming the manager (held
// for its hour), the manager closes the case in that hour; the sweep reopens it and moves it around the
// manager to the COO. The COO's history read "Closed by Lee Marsh (Plant 2 GM)" and their email "You closed
// this case", though the COO never held it: a sponsor the case goes around is named to the leadership list
// alone, and nobody is told they closed a case they never held.

const GM = 'plant2-gm@example.com';
const COO = 'coo@example.com';

describe('a case reopened and moved around the sponsor who closed it, on the local stack', () => {
  const { stack, clock, emailsTo, emailAbout, answer } = useConversationStack({ at: '2026-11-18T14:00:00Z' });

  it('Should tell the new holder the previous holder closed it, naming nobody it goes around', async () => {
    const { caseCode } = await stack.submit({
      // Ticked urgent, calm in its words: this test is about an answer held to its hour (on a case urgent in what it
      // reports an answer to its holder goes at once).
      text: 'The canteen rota by the paint shop changed again without notice.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailAbout(GM, /paint shop/);
    const desk = await (await withinBudget(deskLinkIn(first)!)).text();
    const caseUrl = `${stack.urls.app}${caseLinksIn(desk)[0]!}`;
    clock.set('2026-11-18T14:10:00Z');
    const asked = await withinBudget(caseUrl, {
      ...form({ action: 'reply', message: 'Which door do you mean?' }),
      redirect: 'manual',
    });
    expect(asked.status).toBe(303);

    clock.set('2026-11-18T14:20:00Z');
    expect((await answer(caseCode, 'Lee Marsh knows which one, ask him about the canteen side.')).status).toBe(201);
    await waitUntilHeld(stack, 'the canteen side');
    clock.set('2026-11-18T14:40:00Z');
    expect((await withinBudget(caseUrl, { ...form({ action: 'close' }), redirect: 'manual' })).status).toBe(303);

    const cooBefore = (await emailsTo(COO)).length;
    clock.set('2026-11-18T15:05:00Z');
    const toCoo = await waitFor('the reopened case sent on to the COO', async () => {
      await stack.sweep();
      const all = (await emailsTo(COO)).slice(cooBefore);
      return all.some((e) => /canteen side/.test(e.body.text ?? '')) ? all : undefined;
    });
    const told = toCoo.find((e) => /canteen side/.test(e.body.text ?? ''))!;
    expect(told.subject).toMatch(/^Reopened: /);
    expect(told.body.text).toContain('The previous holder closed this case');
    expect(told.body.text).not.toContain('You closed this case');
    expect(told.body.text).not.toContain('Lee Marsh');

    // The COO's page: the history says who held it before closed it, never the manager's name.
    const cooPage = await (await withinBudget(linkIn(told, 'ack'))).text();
    expect(cooPage).toContain('Closed by whoever held the case before');
    expect(cooPage).toContain('Whoever held the case before');
    expect(cooPage).not.toContain('Lee Marsh');
    const cooDesk = await (await withinBudget(toCoo.map(deskLinkIn).find(Boolean)!)).text();
    const cooCase = await (await withinBudget(`${stack.urls.app}${caseLinksIn(cooDesk)[0]!}`)).text();
    expect(cooCase).toContain('Closed by whoever held the case before');
    expect(cooCase).not.toContain('Lee Marsh');
  });
});
