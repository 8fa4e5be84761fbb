import { describe, expect, it } from 'vitest';
import { linkIn, useConversationStack } from '../support/conversation-stack';
import { form as postForm, json } from '../support/fixtures';
import { waitFor } from '../support/outbox';

// The whole conversation on the real local stack: dynalite under each
// function's grants, local-aws-sqs, the analyze and escalate consumers, and
// the outbox of aws-ses-v2-local.

const form = (fields: Record<string, string>) => ({ ...postForm(fields), redirect: 'manual' as const });

describe('an anonymous conversation on an escalated case, by web', () => {
  const { stack, emailsTo, employeeView: status } = useConversationStack();

  it('Should carry a question and an answer between sponsor and employee, redacted, with the sponsor emailed a signed link', async () => {
    const { caseCode } = await stack.submit({
      text: 'The fire exit by the paint shop is blocked again.',
      site: 'plant2',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await waitFor('the sponsor email', async () => (await emailsTo('plant2-gm@example.com'))[0]);

    // The employee is told by when they will hear back: 7 days from the hour it was raised.
    expect(await status(caseCode)).toMatchObject({ messages: [], canAnswer: true, acknowledgeBy: '2026-11-24' });

    const link = linkIn(first);
    const sent = await fetch(
      link,
      form({ action: 'message', message: 'Which door do you mean? Tell Gregory Hanson at 555-201-7788 if easier.' }),
    );
    // Post, redirect, get: reloading the page the sponsor lands on sends nothing again.
    expect(sent.status).toBe(303);
    const landed = new URL(sent.headers.get('location')!, link).toString();
    expect(await (await fetch(landed)).text()).toContain('Sent.');
    expect(await (await fetch(landed)).text()).toContain('Sent.');

    const afterQuestion = await status(caseCode);
    expect(afterQuestion.status).toBe('acknowledged'); // writing shows it was seen
    expect(afterQuestion.newMessages).toBe(true);
    expect(afterQuestion.messages).toHaveLength(1);
    expect(afterQuestion.messages[0]).toMatchObject({ from: 'sponsor', day: '2026-11-18' });
    expect(afterQuestion.messages[0]!.text).toContain('Which door do you mean?');
    expect(afterQuestion.messages[0]!.text).not.toMatch(/Gregory|Hanson|555-201-7788/);
    expect(afterQuestion.feedbackBy).toBe('2027-02-17');
    // Read once, no longer new.
    expect((await status(caseCode)).newMessages).toBe(false);

    const answered = await fetch(
      `${stack.urls.app}/status/${caseCode}/messages`,
      json({ text: 'The east door, by bay 3. Ask Maria Lopez, she saw it too.' }),
    );
    expect(answered.status).toBe(201);
    await waitFor('the answer in the thread', async () =>
      (await status(caseCode)).messages.length === 2 ? true : undefined,
    );
    // A blocked fire exit is urgent in what it reports: the answer to "which door?" reaches the sponsor at
    // once, the clock standing still, not when the hour is over as on other cases (attack round 22).
    const notice = await waitFor('the answer email', async () =>
      (await emailsTo('plant2-gm@example.com')).find((e) => /employee answered/i.test(e.subject)),
    );
    expect(notice.body.text).toContain('The east door, by bay 3.');
    expect(notice.body.text).not.toMatch(/Maria|Lopez/);
    expect(linkIn(notice)).toMatch(/\/ack\//);

    const thread = await waitFor('the answer in the thread', async () => {
      const view = await status(caseCode);
      return view.messages.length === 2 ? view.messages : undefined;
    });
    expect(thread.map((m) => m.from)).toEqual(['sponsor', 'employee']);
    expect(thread[1]!.text).not.toMatch(/Maria|Lopez/);

    const sponsorPage = await (await fetch(linkIn(notice))).text();
    expect(sponsorPage).toContain('The east door, by bay 3.');
    expect(sponsorPage).toContain('Conversation with the employee');
  });

  it('Should take an answer from the no-JavaScript form, and show the form again with what was typed when it is empty', async () => {
    const { caseCode } = await stack.submit({
      text: 'Someone keeps taking safety goggles from the rack',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');

    const empty = await fetch(`${stack.urls.app}/status/${caseCode}/messages`, form({ text: '   ' }));
    expect(empty.status).toBe(400);
    const page = await empty.text();
    expect(page).toContain('There is a problem');
    expect(page).toContain('<textarea id="answer"');

    const ok = await fetch(
      `${stack.urls.app}/status/${caseCode}/messages`,
      form({ text: 'It happens on the night shift.' }),
    );
    expect(ok.status).toBe(303);
    // A case marked urgent nobody has acknowledged yet: the answer went to its holder now, and the page says so.
    expect(ok.headers.get('location')).toBe(`/status/${caseCode}?sent=0&now=1#conversation`);
    await waitFor('the answer in the thread', async () =>
      (await status(caseCode)).messages.length === 1 ? true : undefined,
    );
    const html = await (
      await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'text/html' } })
    ).text();
    expect(html).toContain('It happens on the night shift.');
    expect(html).toContain('must be acknowledged by');
  });

  it('Should refuse answers with a clear 4xx: an unknown code, a case without a sponsor, too long, not text', async () => {
    const unknown = await fetch(`${stack.urls.app}/status/7KQ4M-XW9TR/messages`, json({ text: 'hello' }));
    expect(unknown.status).toBe(404);

    const { caseCode } = await stack.submit({ text: 'The canteen coffee is fine', site: 'hq' });
    await stack.waitForStatus(caseCode, 'analysed');
    const ordinary = await fetch(`${stack.urls.app}/status/${caseCode}/messages`, json({ text: 'hello' }));
    expect(ordinary.status).toBe(404);
    expect(((await ordinary.json()) as { error: { message: string } }).error.message).toMatch(
      /only a case passed to a senior leader/,
    );
    expect((await status(caseCode)).canAnswer).toBe(false);

    const escalated = await stack.submit({ text: 'Chemical spill near dock 2 was not cleaned', site: 'plant2' });
    await stack.waitForStatus(escalated.caseCode, 'escalated');
    for (const [body, expected] of [
      [{ text: 'x'.repeat(1601) }, 413],
      [{ text: 42 }, 400],
      [{}, 400],
      [{ text: '' }, 400],
    ] as const) {
      expect((await fetch(`${stack.urls.app}/status/${escalated.caseCode}/messages`, json(body))).status).toBe(
        expected,
      );
    }
    const wrongType = await fetch(`${stack.urls.app}/status/${escalated.caseCode}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hi',
    });
    expect(wrongType.status).toBe(415);
  });
});
