import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { waitFor } from '../support/outbox';

// Issue 14, attack on timing: an ordinary answer that names whoever holds its
// case moves the case on, but not when the employee wrote it. The answer
// reaches sponsors only from the next hour; the move, the new holder's
// email and the case leaving the old holder's desk wait for the same hour.
// On the real stand-ins: dynalite, the queues, both consumers, the outbox.

describe('an ordinary answer naming the holder moves the case on the hour, not when it was written', () => {
  const { stack, clock, emailsTo, emailAbout, threadOf, answer } = useConversationStack();

  it('Should leave the case with its holder, unanswered for them, until the hour is over, then send it on', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked again with pallets.',
      site: 'plant2',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailAbout('plant2-gm@example.com', /paint shop/);
    const oldLink = linkIn(first, 'ack');
    const oldDesk = linkIn(first, 'desk');
    const cooBefore = (await emailsTo('coo@example.com')).length;
    // The manager acknowledges it: an answer on an urgent case nobody has acknowledged reaches its holder at once
    // (answer-on-a-live-urgent-case.test.ts); on this one it is ordinary, and keeps to its hour.
    expect([200, 303]).toContain((await fetch(oldLink, form({ action: 'acknowledge' }))).status);
    await stack.waitForStatus(caseCode, 'acknowledged');

    // Twenty minutes into the hour the employee names the manager.
    clock.set('2026-11-18T15:20:00Z');
    const res = await answer(caseCode, 'Lee Marsh stacked those pallets himself and laughed at me.');
    expect(res.status).toBe(201);
    await threadOf(caseCode, 1);
    await waitUntilHeld(stack, 'stacked those pallets himself');

    // Within the hour, however often the sweep runs: nobody is emailed, and the manager's desk is as it was.
    for (const minute of ['25', '40', '59']) {
      clock.set(`2026-11-18T15:${minute}:00Z`);
      await stack.sweep();
    }
    await new Promise((r) => setTimeout(r, 500)); // anything still on its way to the outbox lands
    expect((await emailsTo('coo@example.com')).slice(cooBefore)).toEqual([]);
    expect(await emailsTo('plant2-gm@example.com')).toHaveLength(1);
    const stillThere = await fetch(oldLink);
    expect(stillThere.status).toBe(200);
    const page = await stillThere.text();
    expect(page).toContain('paint shop');
    expect(page).not.toContain('laughed');
    const desk = await (await fetch(oldDesk)).text();
    expect(desk).toContain('/case/');

    // Once the hour is over, the sweep moves it: the backup is sent the case and the answer, the manager neither.
    clock.set('2026-11-18T16:02:00Z');
    const moved = await waitFor('the case sent on to the backup', async () => {
      await stack.sweep();
      const toCoo = (await emailsTo('coo@example.com')).slice(cooBefore);
      return toCoo.some((e) => /paint shop/.test(e.body.text ?? '')) &&
        toCoo.some((e) => /laughed/.test(e.body.text ?? ''))
        ? toCoo
        : undefined;
    });
    expect(moved.every((e) => e.destination.to.join() === 'coo@example.com')).toBe(true);
    const toManager = await emailsTo('plant2-gm@example.com');
    expect(toManager).toHaveLength(1);
    expect((await fetch(oldLink, { headers: { accept: 'text/html' } })).status).toBe(403);
    expect(await (await fetch(oldDesk)).text()).not.toContain('/case/');
    const cooPage = await (await fetch(linkIn(moved.find((e) => /paint shop/.test(e.body.text ?? ''))!, 'ack'))).text();
    expect(cooPage).toContain('laughed');
    // The move keeps the day it took effect, never the minute the answer was written.
    expect(cooPage).not.toMatch(/3:20|3:25|4:02/);
  });

  it('Should give the new holder of an urgent case nobody acknowledged the full time to acknowledge, counted from when it moved at once', async () => {
    clock.set('2026-11-19T09:00:00Z');
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the loading bay is blocked with pallets again.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const escalationOf = async () => {
      const documents = localDocuments(stack.urls.dynamodb);
      try {
        const { Items = [] } = await documents.send(
          new ScanCommand({ TableName: stack.tableName, ConsistentRead: true }),
        );
        return Items.find((i) => String(i.pk).startsWith('ESC#') && /loading bay/.test(JSON.stringify(i)))!;
      } finally {
        documents.destroy();
      }
    };
    const raised = await escalationOf();
    expect(raised).toMatchObject({ sponsorId: 'plant2-gm', level: 0, slaDueAt: '2026-11-19T13:00:00.000Z' });

    // Half an hour before the manager's deadline the employee names them; the hour is over after it.
    clock.set('2026-11-19T12:30:00Z');
    const res = await answer(caseCode, 'Lee Marsh turned the water off himself.');
    expect(res.status).toBe(201);
    // Nobody has acknowledged this urgent case: the answer is not held for the hour but reaches the case's route at
    // once (answer-on-a-live-urgent-case.test.ts), and the case moves now, around the manager it names.
    const sent = await waitFor('the case sent to the backup', async () =>
      (await emailsTo('coo@example.com')).find((e) => /loading bay/.test(e.body.text ?? '')),
    );
    // With the backup, not climbed past them at once: due no sooner than the full four (urgent) hours after it reached
    // them (12:30), on the hour (the deadline their email and page show alike: the last test in this file).
    const moved = await escalationOf();
    expect(moved).toMatchObject({ sponsorId: 'coo', level: 0 });
    expect(Date.parse(String(moved.slaDueAt))).toBeGreaterThanOrEqual(Date.parse('2026-11-19T17:00:00.000Z'));
    // Their email never says the manager's time, which was already nearly gone.
    expect(sent.body.text).not.toMatch(/Acknowledge by: [^\n]*7 AM/);
  });

  it('Should send the new holder of a case moved by an urgent answer the deadline their /ack page shows', async () => {
    clock.set('2026-11-20T15:00:00Z');
    const { caseCode } = await stack.submit({
      text: 'The spray booth rota keeps changing at a day’s notice and nobody explains why.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    await waitFor('the plant manager’s email', async () =>
      (await emailsTo('plant2-gm@example.com')).find((e) => /spray booth/.test(e.body.text ?? '')),
    );
    clock.set('2026-11-20T16:20:00Z');
    const res = await fetch(`${stack.urls.app}/status/${caseCode}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ text: 'Lee Marsh chained the exit shut and now there is smoke coming from the booth.' }),
    });
    expect(res.status).toBe(201);
    const sent = await waitFor('the case sent to the backup at once', async () =>
      (await emailsTo('coo@example.com')).find((e) => /spray booth/.test(e.body.text ?? '')),
    );
    const emailed = sent.body.text!.match(/Acknowledge by: ([^\n]+)/)?.[1];
    expect(emailed).toBeDefined();
    const page = await (await fetch(linkIn(sent, 'ack'))).text();
    expect(page.replace(/<[^>]+>/g, '')).toContain(emailed!);
  });
});
