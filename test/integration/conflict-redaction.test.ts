import { describe, expect, it } from 'vitest';
import { linkIn, useConversationStack } from '../support/conversation-stack';
import { form, json } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';
import { outbox } from '../support/outbox';

// Issue 14 review, item 4: a sponsor named in a disguised spelling ("L3e
// M4r5h") was routed around, yet kept as written in the stored text, the
// emails and the preview. On the real stand-ins: dynalite, the queues, both
// consumers and the outbox.

describe('a sponsor named in a disguised spelling', () => {
  const { stack, clock, emailsTo, emailAbout, threadOf, answer } = useConversationStack();

  it('Should hide the name in the preview as it will be hidden once sent', async () => {
    const res = await fetch(
      `${stack.urls.app}/feedback/preview`,
      json({ text: 'L3e M4r5h stacked pallets in front of the fire exit.' }),
    );
    expect(res.status).toBe(200);
    const preview = (await res.json()) as { redactedText: string; changes: { original: string }[] };
    expect(preview.redactedText).toBe('[NAME] stacked pallets in front of the fire exit.');
    expect(preview.changes.map((c) => c.original)).toEqual(['L3e M4r5h']);
  });

  it('Should route around the sponsor and keep none of the disguised name, in the case, the emails or the thread', async () => {
    const { caseCode } = await stack.submit({
      text: 'L3e M4r5h stacked pallets in front of the fire exit at Plant 2 again.',
      site: 'plant2',
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const email = await emailAbout('coo@example.com', /pallets in front/);
    expect(email.body.text).toContain('[NAME] stacked pallets');
    expect(email.body.text).not.toMatch(/M4r5h|L3e/);
    expect(email.body.html).not.toMatch(/M4r5h|L3e/);
    expect((await emailsTo('plant2-gm@example.com')).filter((e) => /pallets/.test(e.body.text ?? ''))).toEqual([]);

    // Acknowledged by its holder, so an ordinary answer keeps to its hour (on an urgent case nobody has acknowledged
    // it would reach them at once: answer-on-a-live-urgent-case.test.ts).
    expect([200, 303]).toContain((await fetch(linkIn(email), form({ action: 'acknowledge' }))).status);
    await stack.waitForStatus(caseCode, 'acknowledged');
    // An answer that names the new holder, spaced out: it moves on, and the thread keeps no trace of the name.
    const before = (await emailsTo('ceo@example.com')).length;
    const answered = await answer(caseCode, 'D.a.n.a W.h.i.t.f.i.e.l.d saw it and walked past.');
    expect(answered.status).toBe(201);
    const thread = (await threadOf(caseCode, 1)).messages;
    expect(thread[0]!.text).toBe('[NAME] saw it and walked past.');
    // An ordinary answer moves the case when its hour is over, not when it was written: the sweep after the hour.
    await waitUntilHeld(stack, 'saw it and walked past');
    clock.set('2026-11-18T16:02:00Z');
    await stack.sweep();
    await emailAbout('ceo@example.com', /pallets in front/, before);
    for (const e of await outbox(stack.urls.outbox)) {
      expect(`${e.body.text}\n${e.body.html}`).not.toMatch(/M4r5h|W\.h\.i\.t/);
    }
  });
});
