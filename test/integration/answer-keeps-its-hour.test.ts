import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';

// Issue 14, attacker's report: an answer accepted at 12:59:59.99 was told it
// reaches the sponsor "when this hour is over", but analysis ran after 13:00
// and held it until 14:00. Its hour is the hour it was accepted in, carried
// on the hour through the queues: the first sweep after that hour sends it.

describe('an answer accepted in the last moment of its hour', () => {
  const dataDir = tempDataDir();
  const clock = fixedClock('2026-11-18T14:00:00Z');
  let stack: Awaited<ReturnType<typeof startTestStack>>;

  beforeAll(async () => {
    stack = await startTestStack({ dataDir: dataDir.path, clock });
  });
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  const answersOf = async (caseCode: string) => {
    const res = await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } });
    const view = (await res.json()) as { messages: { from: string; text: string; waiting?: boolean }[] };
    return view.messages.filter((m) => m.from === 'employee');
  };
  const toldToSponsor = async (text: string) =>
    (await outbox(stack.urls.outbox)).filter((e) => (e.body.text ?? '').includes(text)).length;

  it('Should place it and email it at the first sweep after the hour it was accepted in, however late analysis ran', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked with pallets again.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const text = 'The east door, by bay three, since Monday.';
    await stack.analysisPoller.stop();
    try {
      clock.set('2026-11-18T14:59:59.990Z');
      const res = await fetch(`${stack.urls.app}/status/${caseCode}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ text }),
      });
      expect(res.status).toBe(201);
      // Analysed only once the next hour has begun.
      clock.set('2026-11-18T15:00:20Z');
    } finally {
      stack.analysisPoller.start();
    }
    await waitUntilHeld(stack, 'bay three');

    clock.set('2026-11-18T15:05:00Z');
    await waitFor('the answer placed and emailed', async () => {
      await stack.sweep();
      return (await toldToSponsor(text)) > 0 ? true : undefined;
    });
    expect(await answersOf(caseCode)).toEqual([expect.objectContaining({ text })]);
    expect((await answersOf(caseCode))[0]!.waiting).toBeUndefined();
  });
});
