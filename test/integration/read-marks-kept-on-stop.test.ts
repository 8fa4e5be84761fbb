import { afterAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { startTestStack, tempDataDir } from '../support/local-stack';
import type { OutboxEmail } from '../support/outbox';
import { stackWithEscalatedCase, withinBudget } from '../support/sponsor-case';

const ackLinkIn = (email: OutboxEmail) => email.body.text!.match(/(http:\/\/127\.0\.0\.1:\d+\/ack\/[\w.-]+)/)![1]!;

/**
 * On a laptop an employee's "read up to" mark is kept in memory, not
 * written at the moment of their visit (which it would date); the waiting
 * room keeps their answer. Ctrl-C must still keep both for the next start.
 */
describe('a clean stop keeps what waits only in memory between writes', () => {
  const dataDir = tempDataDir();
  const clock = fixedClock('2026-11-18T15:00:00Z');
  let stack: Awaited<ReturnType<typeof stackWithEscalatedCase>>['stack'] | undefined;
  afterAll(async () => {
    await stack?.stop();
    dataDir.remove();
  });

  it('Should still show the answer on its way and the sponsor’s message as read after a stop and a start', async () => {
    const started = await stackWithEscalatedCase(dataDir.path, clock, {
      // Ticked urgent, calm in its words: this test is about an answer held to its hour (on a case urgent in what it
      // reports it would go at once).
      text: 'The canteen rota by the paint shop changed again without notice.',
      escalate: true,
    });
    stack = started.stack;
    const { caseCode } = started;
    const ack = ackLinkIn(started.sponsorEmail);
    const sponsorWrites = async (message: string) =>
      expect(
        (
          await withinBudget(ack, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
            body: new URLSearchParams({ action: 'message', message }).toString(),
            redirect: 'manual',
          })
        ).status,
      ).toBe(303);
    const statusOf = async () =>
      (await (
        await fetch(`${stack!.urls.app}/status/${caseCode}`, { headers: { accept: 'application/json' } })
      ).json()) as { newMessages?: boolean; messages: { text: string; waiting?: boolean }[] };

    clock.set('2026-11-18T15:44:05Z');
    await sponsorWrites('Which door is it?');
    const answered = await fetch(`${stack.urls.app}/status/${caseCode}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text: 'The one behind the paint shop, by the loading gate.' }),
    });
    expect(answered.status).toBe(201);
    await waitUntilHeld(stack, 'loading gate');
    await sponsorWrites('Since when?');
    // The employee's last act is a visit alone: what they read is kept in memory only, until the stop.
    expect((await statusOf()).newMessages).toBe(true);

    await stack.stop();
    stack = await startTestStack({ dataDir: dataDir.path, clock });
    const after = await statusOf();
    expect(after.newMessages).toBe(false);
    expect(after.messages.find((m) => m.text.includes('loading gate'))?.waiting).toBe(true);
  });
});
