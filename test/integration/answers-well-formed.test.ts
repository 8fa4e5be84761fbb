import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { startTestStack, tempDataDir } from '../support/local-stack';
import { outbox, waitFor } from '../support/outbox';

// Issue 14, attacker's report: an answer holding half of a character (a lone
// UTF-16 surrogate, which no keyboard types but a JSON client can send) was
// stored and emailed as sent. It is replaced where it comes in, as UTF-8 would
// (U+FFFD), so the thread and the sponsor's email hold well-formed text.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('an answer holding half of a character', () => {
  const dataDir = tempDataDir();
  const clock = fixedClock('2026-11-18T15:00:00Z');
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
    const view = (await res.json()) as { messages: { from: string; text: string }[] };
    return view.messages.filter((m) => m.from === 'employee').map((m) => m.text);
  };

  it('Should store and email it with the broken half replaced, and every whole character kept', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked with pallets again.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    clock.set('2026-11-18T15:20:00Z');
    const text = 'Still blocked \ud800 this morning 🚪, and \udc00 yesterday.';
    const res = await fetch(`${stack.urls.app}/status/${caseCode}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(201);

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
