import { describe, expect, it } from 'vitest';
import { useConversationStack } from '../support/conversation-stack';
import { codeIn } from '../support/sms';

// Round 27's attacker: details texted within minutes of an urgent report ("it is bay 4, not bay 3"; words urgent on their own, "2 people still inside", are a report of their own at once) were filed as a
// new, ordinary report, and the sponsor of the urgent case never saw them. On the real local stack (Twilio's signed
// webhook, the queues and their consumers, aws-ses-v2-local), they now reach that case's conversation and its
// sponsor is emailed them at once. What is kept, and for how long: test/unit/sms/details-after-an-urgent-text.test.ts.

describe('details texted after an urgent report, on the running stack', () => {
  const { stack, clock, emailAbout, emailsTo, threadOf, text } = useConversationStack();

  it('Should email the urgent case’s sponsor the details at once, and show them in the case’s conversation', async () => {
    clock.set('2026-11-18T15:10:00Z');
    const [accepted] = await text('There is a fire in the paint shop, the alarm did not go off');
    const code = codeIn(accepted);
    await stack.waitForStatus(code, 'escalated');
    await emailAbout('plant2-gm@example.com', /fire in the paint shop/);
    const before = (await emailsTo('plant2-gm@example.com')).length;

    clock.set('2026-11-18T15:12:00Z');
    const reply = await text('it is the spray booth by door 9, not the canteen one');
    expect(reply[0]).toContain(`Your answer on case ${code} was sent`);
    await emailAbout('plant2-gm@example.com', /the spray booth by door 9/, before);
    const view = await threadOf(code, 1);
    expect(view.messages.map((m) => [m.from, m.text])).toEqual([
      ['employee', 'it is the spray booth by door 9, not the canteen one'],
    ]);
  }, 240_000);
});
