import { describe, expect, it } from 'vitest';
import { linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { codeIn } from '../support/sms';

// Attack round 29, F9: after an urgent report its sponsor asks from the email's link "Is anyone still inside the boiler
// room? Reply yes or no." The employee texts "yes" within the minutes: it was answered "Nothing was saved from this
// message" and never reached the sponsor, while "no" did. On the running stack (Twilio's signed webhook, the queues,
// aws-ses-v2-local) "yes" now reaches the conversation and the sponsor is emailed it at once.

describe('"yes" to the sponsor’s question, on the running stack', () => {
  const { stack, clock, emailAbout, emailsTo, threadOf, text } = useConversationStack();

  it('Should put "yes" in the case’s conversation and email the sponsor at once', async () => {
    clock.set('2026-11-18T15:10:00Z');
    const code = codeIn((await text('gas smell very strong in the boiler room, two people feel dizzy'))[0]);
    await stack.waitForStatus(code, 'escalated');
    const email = await emailAbout('plant2-gm@example.com', /boiler room/);
    await fetch(
      linkIn(email),
      form({ action: 'message', message: 'Is anyone still inside the boiler room? Reply yes or no.' }),
    );
    const before = (await emailsTo('plant2-gm@example.com')).length;

    clock.set('2026-11-18T15:12:00Z');
    const reply = await text('yes');
    expect(reply[0]).toContain(`Your answer on case ${code} was sent`);
    const view = await threadOf(code, 2);
    expect(view.messages.map((m) => [m.from, m.text])).toEqual([
      ['sponsor', 'Is anyone still inside the boiler room? Reply yes or no.'],
      ['employee', 'yes'],
    ]);
    await emailAbout('plant2-gm@example.com', /\byes\b/, before);
  }, 240_000);
});
