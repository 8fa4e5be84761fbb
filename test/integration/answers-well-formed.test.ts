import { describe, expect, it } from 'vitest';
import { answersTold } from '../support/answers-told';
import { useConversationStack } from '../support/conversation-stack';
import { waitUntilHeld } from '../support/held-answers';
import { outbox, waitFor } from '../support/outbox';

// Issue 14, attacker's report: an answer holding half of a character (a lone
// UTF-16 surrogate, which no keyboard types but a JSON client can send) was
// stored and emailed as sent. It is replaced where it comes in, as UTF-8 would
// (U+FFFD), so the thread and the sponsor's email hold well-formed text.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('an answer holding half of a character', () => {
  const conversation = useConversationStack();
  const { stack, clock, answer } = conversation;
  const { acknowledgedCase, answersOf } = answersTold(conversation);

  it('Should store and email it with the broken half replaced, and every whole character kept', async () => {
    const caseCode = await acknowledgedCase('The fire exit by the paint shop is blocked with pallets again.');
    clock.set('2026-11-18T15:20:00Z');
    const text = 'Still blocked \ud800 this morning 🚪, and \udc00 yesterday.';
    expect((await answer(caseCode, text)).status).toBe(201);

    const expected = 'Still blocked \ufffd this morning 🚪, and \ufffd yesterday.';
    await waitFor('the answer in the thread', async () => ((await answersOf(caseCode)).length ? true : undefined));
    expect(await answersOf(caseCode)).toEqual([expected]);
    await waitUntilHeld(stack, 'this morning');

    clock.set('2026-11-18T16:05:00Z');
    const told = await waitFor('the answer emailed', async () => {
      await stack.sweep();
      const emails = (await outbox(stack.urls.outbox)).filter((e) => (e.body.text ?? '').includes('this morning'));
      return emails.length ? emails : undefined;
    });
    for (const email of told) {
      expect(email.body.text).toContain(expected);
      expect(email.body.text).not.toMatch(LONE_SURROGATE);
    }
    expect(await answersOf(caseCode)).toEqual([expected]);
  });
});
