import { describe, expect, it } from 'vitest';
import { linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { waitFor } from '../support/outbox';
import { withinBudget } from '../support/sponsor-case';

// Issue 14, attacker's report: when an answer moves an already-acknowledged case, the new holder's email
// said "please acknowledge by 2 PM" (the old holder's time) while their page said Acknowledged. The new
// holder of an acknowledged case is not asked to acknowledge it: the email says where it stands.

const GM = 'plant2-gm@example.com';
const COO = 'coo@example.com';

describe('an answer moves an acknowledged case on, on the local stack', () => {
  const { stack, clock, emailsTo, emailAbout, answer } = useConversationStack({ at: '2026-11-18T14:00:00Z' });

  it('Should send the new holder the case as acknowledged, asking for no acknowledgement', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked again with pallets.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailAbout(GM, /paint shop/);
    expect(first.subject).toMatch(/please acknowledge by/);
    clock.set('2026-11-18T14:10:00Z');
    const ack = linkIn(first, 'ack');
    expect((await withinBudget(ack, { ...form({ action: 'acknowledge' }), redirect: 'manual' })).status).toBeLessThan(
      400,
    );
    await stack.waitForStatus(caseCode, 'acknowledged');

    clock.set('2026-11-18T14:20:00Z');
    expect((await answer(caseCode, 'Lee Marsh knows which one, ask him about the canteen side.')).status).toBe(201);
    await waitUntilHeld(stack, 'the canteen side');
    const cooBefore = (await emailsTo(COO)).length;
    clock.set('2026-11-18T15:05:00Z');
    const moved = await waitFor('the case sent on to the COO', async () => {
      await stack.sweep();
      return (await emailsTo(COO)).slice(cooBefore).find((e) => /paint shop/.test(e.body.text ?? ''));
    });
    expect(moved.subject).not.toMatch(/acknowledge by|acknowledgement overdue/i);
    expect(moved.subject).toContain('already acknowledged');
    expect(moved.body.text).not.toContain('Acknowledge by');
    expect(moved.body.text).toContain('Acknowledged around');
    expect(moved.body.text).toContain('the legal deadline to tell them');
    // Their page agrees: acknowledged, nothing to acknowledge.
    const page = await (await withinBudget(linkIn(moved, 'ack'))).text();
    expect(page).toContain('Acknowledged around');
  });
});
