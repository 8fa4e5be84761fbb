import { describe, expect, it } from 'vitest';
import { linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { waitFor } from '../support/outbox';
import { waitForQueuesEmpty } from '../support/queues-empty';

/**
 * Issue 14, attacker's report, on the laptop stack (answers' emails wait in
 * its sealed room): a copy of an employee's answer (the same
 * Idempotency-Key) sent after the sweep had emailed that answer, in an hour
 * in which the case held another, went out again with that other answer.
 * A copy of an answer already told reaches no one again.
 */
describe('a late copy of an answer the sponsor was already emailed', () => {
  const { stack, clock, emailsTo, emailAbout, answer } = useConversationStack({ at: '2026-11-18T15:00:00Z' });
  const GM = 'plant2-gm@example.com';
  const answerKeyed = (caseCode: string, text: string, key: string) =>
    fetch(`${stack.urls.app}/status/${caseCode}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': key },
      body: JSON.stringify({ text }),
    });
  const settled = () => waitForQueuesEmpty(stack);
  /** How many emails the manager was sent with these words of an answer in them. */
  const toldOf = async (words: string) =>
    (await emailsTo(GM)).filter((e) => (e.body.text ?? '').includes(words)).length;

  it('Should email the answer once, and the other answer of the later hour alone', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked with pallets again.',
      site: 'plant2',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    // Acknowledged by its holder, so its answers keep to their hour (on an urgent case nobody has acknowledged they
    // would reach them at once: answer-on-a-live-urgent-case.test.ts).
    const raised = await emailAbout(GM, /paint shop/);
    expect([200, 303]).toContain((await fetch(linkIn(raised), form({ action: 'acknowledge' }))).status);
    await stack.waitForStatus(caseCode, 'acknowledged');
    const key = '5d5c1f7a-2b4e-4c8d-9a3f-6e7b1c2d3a45';

    clock.set('2026-11-18T15:10:00Z');
    expect((await answerKeyed(caseCode, 'The east door, since Monday.', key)).status).toBe(201);
    await waitUntilHeld(stack, 'The east door');
    clock.set('2026-11-18T16:05:00Z');
    await stack.sweep();
    await waitFor('the answer told', async () => (await toldOf('The east door')) || undefined);

    // The next hour: another answer, and the copy of the first (its request sent again, as a client retries).
    clock.set('2026-11-18T16:20:00Z');
    expect((await answer(caseCode, 'And the side door is chained.')).status).toBe(201);
    await waitUntilHeld(stack, 'side door');
    expect((await answerKeyed(caseCode, 'The east door, since Monday.', key)).status).toBe(201);
    await settled();
    clock.set('2026-11-18T17:05:00Z');
    await stack.sweep();
    await waitFor('the other answer told', async () => (await toldOf('side door')) || undefined);
    await stack.sweep();
    expect(await toldOf('The east door')).toBe(1);
    expect(await toldOf('side door')).toBe(1);
  });
});
