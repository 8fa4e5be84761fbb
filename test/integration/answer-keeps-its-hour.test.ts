import { describe, expect, it } from 'vitest';
import { answersTold } from '../support/answers-told';
import { useConversationStack } from '../support/conversation-stack';
import { waitUntilHeld } from '../support/held-answers';

// Issue 14, attacker's report: an answer accepted at 12:59:59.99 was told it
// reaches the sponsor "when this hour is over", but analysis ran after 13:00
// and held it until 14:00. Its hour is the hour it was accepted in, carried
// on the hour through the queues: the first sweep after that hour sends it.

describe('an answer accepted in the last moment of its hour', () => {
  const conversation = useConversationStack({ at: '2026-11-18T14:00:00Z' });
  const { stack, clock, employeeView, answer } = conversation;
  const { acknowledgedCase, toldToSponsor, sweepAt } = answersTold(conversation);
  const answersOf = async (caseCode: string) =>
    (await employeeView(caseCode)).messages.filter((m) => m.from === 'employee');

  it('Should place it and email it at the first sweep after the hour it was accepted in, however late analysis ran', async () => {
    const caseCode = await acknowledgedCase('The fire exit by the paint shop is blocked with pallets again.');
    const text = 'The east door, by bay three, since Monday.';
    await stack.analysisPoller.stop();
    try {
      clock.set('2026-11-18T14:59:59.990Z');
      expect((await answer(caseCode, text)).status).toBe(201);
      // Analysed only once the next hour has begun.
      clock.set('2026-11-18T15:00:20Z');
    } finally {
      stack.analysisPoller.start();
    }
    await waitUntilHeld(stack, 'bay three');

    await sweepAt('2026-11-18T15:05:00Z', text);
    expect(await toldToSponsor(text)).toBe(1);
    expect(await answersOf(caseCode)).toEqual([expect.objectContaining({ text })]);
    expect((await answersOf(caseCode))[0]!.waiting).toBeUndefined();
  });
});
