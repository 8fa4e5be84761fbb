import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadLocalSecrets } from '../../local/local-secrets';
import { caseLinksIn, useConversationStack } from '../support/conversation-stack';
import { form, json } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { outbox, waitFor } from '../support/outbox';
import { codeIn, newMessageSid, PLANT2_NUMBER, repliesOf, signedTwilioRequest, twilioFields } from '../support/sms';
import { deskLinkIn, withinBudget } from '../support/sponsor-case';

// Issue 14, attacker's report: an answer accepted (201, "was sent"), the sponsor closes the case in the same
// hour, and the client's retry (same Idempotency-Key, same MessageSid, the same form sent again) was told
// "This case is closed… not sent", though the answer still reached the holder at its hour. A retry is the
// answer already accepted: it gets the same reply the first request got.

const GM = 'plant2-gm@example.com';

describe('a retry of an answer accepted before the close, on the local stack', () => {
  const { stack, clock, dataDir, text, employeeView } = useConversationStack({ at: '2026-11-18T14:00:00Z' });

  /** Texts Plant 2's number with a MessageSid of the test's choosing, as Twilio's retried delivery does. */
  const textWithSid = async (body: string, MessageSid: string) => {
    const token = loadLocalSecrets(dataDir, {}).TWILIO_AUTH_TOKEN;
    const fields = twilioFields({ Body: body, To: PLANT2_NUMBER, MessageSid });
    const res = await fetch(stack.urls.smsTwilio, signedTwilioRequest(fields, { url: stack.urls.smsTwilio, token }));
    expect(res.status).toBe(200);
    return repliesOf(res);
  };

  it('Should answer each retry as its first request was answered, and deliver each answer once', async () => {
    const [accepted] = await text('URGENT the guard on press 4 is missing');
    const code = codeIn(accepted!);
    await stack.waitForStatus(code, 'escalated');
    const first = await waitFor('the sponsor email', async () =>
      (await outbox(stack.urls.outbox)).find((e) => e.destination.to.includes(GM)),
    );

    clock.set('2026-11-18T14:20:00Z');
    const desk = await (await withinBudget(deskLinkIn(first)!)).text();
    const caseUrl = `${stack.urls.app}${caseLinksIn(desk)[0]!}`;
    // Urgent, and nobody acknowledged it: closed through the desk's second step.
    expect(
      (await withinBudget(caseUrl, { ...form({ action: 'close', confirm: 'yes' }), redirect: 'manual' })).status,
    ).toBe(303);
    // Answered while it is closing (a case its holder pressed close on is no longer live: an answer on an urgent case
    // nobody has acknowledged or closed would reach its holder at once, answer-on-a-live-urgent-case.ts).
    clock.set('2026-11-18T14:40:00Z');
    const key = randomUUID();
    const byJson = () =>
      fetch(
        `${stack.urls.app}/status/${code}/messages`,
        json({ text: 'It is the left guard.' }, { 'idempotency-key': key }),
      );
    expect((await byJson()).status).toBe(201);
    const sid = newMessageSid();
    const sent = await textWithSid(`${code} The light curtain is off too.`, sid);
    expect(sent[0]).toContain('was sent');
    const page = await (await fetch(`${stack.urls.app}/status/${code}`, { headers: { accept: 'text/html' } })).text();
    const formKey = page.match(/name="key" value="([0-9a-f-]{36})"/)![1]!;
    const byForm = () =>
      fetch(`${stack.urls.app}/status/${code}/messages`, {
        ...form({ key: formKey, text: 'And the horn is silent.' }),
        redirect: 'manual',
      });
    expect((await byForm()).status).toBe(303);
    for (const words of ['left guard', 'light curtain', 'horn is silent']) await waitUntilHeld(stack, words);

    // The close takes effect at the end of its hour.
    clock.set('2026-11-18T15:00:00Z');
    expect((await employeeView(code)).status).toBe('closed');

    // The retries, after the close: each told what its first request was told.
    const retried = await byJson();
    expect(retried.status).toBe(201);
    expect(await retried.json()).toMatchObject({ caseCode: code, status: 'received' });
    const again = await textWithSid(`${code} The light curtain is off too.`, sid);
    expect(again.join(' ')).toContain('was sent');
    expect(again.join(' ')).not.toMatch(/closed/i);
    const formAgain = await byForm();
    expect(formAgain.status).toBe(303);
    // A new answer (a new key) is still refused.
    expect(
      (
        await fetch(
          `${stack.urls.app}/status/${code}/messages`,
          json({ text: 'One more thing.' }, { 'idempotency-key': randomUUID() }),
        )
      ).status,
    ).toBe(400);

    clock.set('2026-11-18T15:05:00Z');
    const told = await waitFor('the answers emailed to the holder', async () => {
      await stack.sweep();
      const all = (await outbox(stack.urls.outbox)).filter((e) => e.destination.to.includes(GM));
      const found = all.find((e) => /employee answered/i.test(e.subject));
      return found && /horn is silent/.test(found.body.text ?? '') ? found : undefined;
    });
    // Each answer once, however many requests carried it.
    for (const words of ['left guard', 'light curtain', 'horn is silent'])
      expect(told.body.text!.split(words).length - 1).toBe(1);
    const employee = (await employeeView(code)).messages.filter((m) => m.from === 'employee');
    expect(employee).toHaveLength(3);
  });
});
