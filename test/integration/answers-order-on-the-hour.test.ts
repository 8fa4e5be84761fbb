import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { caseLinksIn } from '../support/conversation-stack';
import { fixedClock, form as postForm, json } from '../support/fixtures';
import { waitFor } from '../support/outbox';
import { useEscalatedCase, withinBudget } from '../support/sponsor-case';

const form = (fields: Record<string, string>) => ({ ...postForm(fields), redirect: 'manual' as const });

/** Where each text first appears on a page: the order a reader reads them in. */
const orderOn = (page: string, texts: readonly string[]) =>
  [...texts].filter((t) => page.includes(t)).sort((a, b) => page.indexOf(a) - page.indexOf(b));

/**
 * Issue 14 (attacker's report), on the real stand-ins with an injected
 * clock: a sponsor who writes at :44 and :48 while the employee answers at
 * :45, :48 and :49 must not read, on /ack or the desk, which answers came
 * between their messages; nor may an operator, from the table, once the
 * hour is over.
 */
describe('a conversation read by its sponsor tells nothing finer than the hour of an answer', () => {
  const clock = fixedClock('2026-11-18T15:00:00Z');
  // Ticked urgent, calm in its words: on a case urgent in what it reports, an answer to the sponsor's question
  // goes to them at once (answer-in-urgent-case-at-once.test.ts), safety first, its minute and all.
  const held = useEscalatedCase(clock, {
    text: 'The canteen rota by the paint shop changed again without notice.',
    escalate: true,
  });
  const { stack } = held;

  const employeeMessages = async () =>
    (
      (await (
        await fetch(`${stack.urls.app}/status/${held.caseCode}`, { headers: { accept: 'application/json' } })
      ).json()) as { messages: { from: string; text: string; waiting?: boolean }[] }
    ).messages;
  /** Answers the way the employee does, and waits until analysis has taken it (before the clock moves on). */
  const answer = async (text: string) => {
    const res = await fetch(`${stack.urls.app}/status/${held.caseCode}/messages`, json({ text }));
    expect(res.status).toBe(201);
    await waitFor(`"${text}" taken`, async () => (await employeeMessages()).some((m) => m.text === text) || undefined);
  };
  const sponsorWrites = async (message: string) =>
    expect((await withinBudget(held.ack, form({ action: 'message', message }))).status).toBe(303);

  it('Should show the hour’s answers after both sponsor messages on /ack and the desk, and keep no hour in the table', async () => {
    const texts = ['Which door is it?', 'Since when?', 'The east one.', 'By bay three.', 'Since Monday.'];
    clock.set('2026-11-18T15:44:05Z');
    await sponsorWrites('Which door is it?');
    clock.set('2026-11-18T15:45:20Z');
    await answer('The east one.');
    clock.set('2026-11-18T15:48:01Z');
    await answer('By bay three.');
    clock.set('2026-11-18T15:48:30Z');
    await sponsorWrites('Since when?');
    clock.set('2026-11-18T15:49:10Z');
    await answer('Since Monday.');

    // The employee reads everything at once, their answers last, as on their way.
    const mine = await employeeMessages();
    expect(mine.map((m) => m.text)).toEqual(texts);
    expect(mine.map((m) => m.waiting === true)).toEqual([false, false, true, true, true]);
    // Within the hour the sponsor reads only their own two messages.
    expect(orderOn(await (await withinBudget(held.ack)).text(), texts)).toEqual(texts.slice(0, 2));

    clock.set('2026-11-18T16:00:00Z');
    await stack.sweep();
    expect(orderOn(await (await withinBudget(held.ack)).text(), texts)).toEqual(texts);
    const [casePath] = caseLinksIn(await (await withinBudget(held.desk)).text());
    expect(orderOn(await (await withinBudget(`${stack.urls.app}${casePath}`)).text(), texts)).toEqual(texts);
    expect((await employeeMessages()).some((m) => m.waiting)).toBe(false);

    // The operator's view once the hour is over: no thread or answer item keeps a time of day.
    const documents = localDocuments(stack.urls.dynamodb);
    try {
      const items =
        (await documents.send(new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }))).Items ?? [];
      const threadItems = items.filter((i) => /^(THREAD#|NOTICE#)/.test(String(i.pk)));
      expect(threadItems.filter((i) => String(i.sk).startsWith('MSG#'))).toHaveLength(5);
      for (const { expiresAt: _expiry, ...item } of threadItems)
        expect(JSON.stringify(item)).not.toMatch(/\d{4}-\d\d-\d\dT(?!00:00:00)\d\d:\d\d/);
    } finally {
      documents.destroy();
    }
  });
});
