import { describe, expect, it } from 'vitest';
import { caseLinksIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { outbox, waitFor } from '../support/outbox';
import { codeIn } from '../support/sms';
import { deskLinkIn, withinBudget } from '../support/sponsor-case';

// Issue 14, attacker's report: the employee answered by web (201) and by SMS ("was sent"), both waiting
// for their hour; the sponsor closed the case within that hour, and neither answer was ever emailed or
// shown again. An answer the employee was told was sent is never lost: closing refuses answers from
// then on, but those accepted before it reach the holder at their hour, and the case reopens for them.
// And a case closed without an acknowledgement never tells the employee it was acknowledged.

const GM = 'plant2-gm@example.com';

describe('answers sent before a case was closed, on the local stack', () => {
  const { stack, clock, text, answer, employeeView } = useConversationStack({ at: '2026-11-18T14:00:00Z' });
  const html = (code: string) => fetch(`${stack.urls.app}/status/${code}`, { headers: { accept: 'text/html' } });

  it('Should deliver both answers after the hour, reopen the case, and say so to its holder and the employee', async () => {
    const [accepted] = await text('URGENT the guard on press 4 is missing');
    const code = codeIn(accepted!);
    await stack.waitForStatus(code, 'escalated');
    const first = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes(GM)),
    );

    // The sponsor closes it from their desk, within the hour and without acknowledging it first.
    clock.set('2026-11-18T14:20:00Z');
    const desk = await (await withinBudget(deskLinkIn(first)!)).text();
    const caseUrl = `${stack.urls.app}${caseLinksIn(desk)[0]!}`;
    // Urgent, and nobody acknowledged it: closed through the desk's second step.
    expect(
      (await withinBudget(caseUrl, { ...form({ action: 'close', confirm: 'yes' }), redirect: 'manual' })).status,
    ).toBe(303);

    // The employee writes while it is closing (a case its holder pressed close on is no longer live: an answer on an
    // urgent case nobody has acknowledged or closed would reach its holder at once, answer-on-a-live-urgent-case.ts).
    clock.set('2026-11-18T14:40:00Z');
    expect((await answer(code, 'It is the left guard, by the east door.')).status).toBe(201);
    expect((await text(`${code} The light curtain is off too.`))[0]).toContain('was sent');
    await waitUntilHeld(stack, 'east door');
    await waitUntilHeld(stack, 'light curtain');

    // The close takes effect at the end of the hour (15:00): until then the employee may still write.
    const closing = await employeeView(code);
    expect(closing).toMatchObject({ canAnswer: true });
    expect(closing.status).not.toBe('closed');
    // Both still waiting for their hour (in an order of their own, which says nothing of when each was sent).
    const waiting = closing.messages.filter((m) => m.from === 'employee');
    expect(waiting.every((m) => m.waiting === true)).toBe(true);
    expect(waiting.map((m) => m.text).sort()).toEqual([
      'It is the left guard, by the east door.',
      'The light curtain is off too.',
    ]);
    const page = await (await html(code)).text();
    expect(page).not.toContain('Status: Closed');
    expect(page).toContain('when this hour is over');
    // Nobody acknowledged it: the page ticks "passed to a senior leader", never "acknowledged".
    expect(page).toMatch(/Passed to a senior leader <span aria-hidden="true">✓/);
    expect(page).not.toMatch(/Acknowledged by that leader <span aria-hidden="true">✓/);
    // An answer later in the hour is taken as the earlier ones were, whatever its minute.
    clock.set('2026-11-18T14:59:00Z');
    expect((await answer(code, 'And the horn is silent.')).status).toBe(201);
    await waitUntilHeld(stack, 'horn is silent');
    // From the end of the hour the case is closed to the employee, until their answers reopen it.
    clock.set('2026-11-18T15:00:00Z');
    expect(await employeeView(code)).toMatchObject({ status: 'closed', canAnswer: false });
    expect((await html(code).then((r) => r.text())).includes('Status: Closed')).toBe(true);
    expect((await answer(code, 'One more thing.')).status).toBe(400);

    clock.set('2026-11-18T15:05:00Z');
    const told = await waitFor('the answers emailed to the holder', async () => {
      await stack.sweep();
      const all = (await outbox(stack.urls.outbox)).filter((e) => e.destination.to.includes(GM));
      const found = all.find((e) => /employee answered/i.test(e.subject));
      return found && /light curtain/.test(found.body.text ?? '') && /horn/.test(found.body.text ?? '')
        ? found
        : undefined;
    });
    expect(told.subject).toMatch(/^Reopened: /);
    expect(told.body.text).toContain('You closed this case, but the employee had already sent this answer');
    expect(told.body.text).toContain('It is the left guard, by the east door.');

    const reopened = await employeeView(code);
    expect(reopened.status).not.toBe('closed');
    expect(reopened.canAnswer).toBe(true);
    // Placed in the thread, no longer waiting (answers of one hour in an order that says nothing of their minutes).
    expect(
      reopened.messages
        .filter((m) => m.from === 'employee')
        .map((m) => [m.text, m.waiting])
        .sort(),
    ).toEqual([
      ['And the horn is silent.', undefined],
      ['It is the left guard, by the east door.', undefined],
      ['The light curtain is off too.', undefined],
    ]);
    const after = await (await html(code)).text();
    expect(after).not.toContain('This case is closed');
    expect(after).not.toMatch(/Acknowledged by that leader <span aria-hidden="true">✓/);

    // The holder finds it open on their desk, both answers in its conversation, and why it reopened.
    const casePage = await (await withinBudget(caseUrl)).text();
    expect(casePage).toContain('The light curtain is off too.');
    expect(casePage).toContain('Reopened: an answer the employee sent before it was closed arrived after');
    expect(casePage).not.toContain('This case is closed.');
  });
});
