import { describe, expect, it } from 'vitest';
import { useConversationStack } from '../support/conversation-stack';
import { outbox, waitFor } from '../support/outbox';
import { codeIn } from '../support/sms';

// sms40, item 3. `URGENT` sent alone marks the phone's texts of the next five minutes urgent; the first of them is
// often not the report ("what do I write"), so it is filed as a case marked urgent and reaches its holder. The real
// report comes next, marked too. The case already has its holder, so the report goes into that case's conversation:
// its holder must be emailed it at once, as an urgent answer, not at the end of its hour.

describe('the report texted after an URGENT opener and a junk text that already reached its holder', () => {
  const { stack, clock, emailAbout, emailsTo, text } = useConversationStack();

  it('Should email the report to the holder at once, as the answer on that case', async () => {
    clock.set('2026-11-18T15:10:00Z');
    expect((await text('URGENT')).join(' ')).toMatch(/To mark feedback urgent/);
    clock.set('2026-11-18T15:10:10Z');
    const junk = codeIn((await text('what do I write'))[0]);
    await stack.waitForStatus(junk, 'escalated', 60_000);
    const told = await waitFor(
      'the junk case emailed to its holder',
      async () => (await outbox(stack.urls.outbox)).find((e) => /what do I write/.test(e.body.text ?? '')),
      60_000,
    );
    const holder = told.destination.to[0]!;
    const before = (await emailsTo(holder)).length;

    clock.set('2026-11-18T15:11:00Z');
    const reply = await text('need a supervisor at the north gate right now, the barrier is stuck');
    expect(reply.join(' ')).toContain(junk);
    // The clock does not move: an answer left for its hour would never be emailed.
    const answer = await emailAbout(holder, /north gate/, before);
    expect(answer.subject).toMatch(/urgent/i);
  }, 240_000);
});
