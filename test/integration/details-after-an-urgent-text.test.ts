import { describe, expect, it } from 'vitest';
import { useConversationStack } from '../support/conversation-stack';
import { codeIn } from '../support/sms';

// Round 27's attacker: details texted within minutes of an urgent report ("it is bay 4, not bay 3", and, since attack att33, words urgent on their own that tell of the same danger, "2 guys are still in there") were filed as a
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

  it('Should email the holder details urgent on their own at once, under the report they follow', async () => {
    // Attack att33, F3: "2 guys are still in there" reads urgent alone, so it was a case of its own: the holder read
    // it with no place, and "its the one by gate 3" after it went as a third urgent case with no subject.
    clock.set('2026-11-18T16:10:00Z');
    const [accepted] = await text('the chlorine tank in the pump house is leaking and the alarm isnt working');
    const code = codeIn(accepted);
    await stack.waitForStatus(code, 'escalated');
    await emailAbout('plant2-gm@example.com', /chlorine tank/);
    const before = (await emailsTo('plant2-gm@example.com')).length;

    clock.set('2026-11-18T16:10:30Z');
    const reply = await text('2 guys are still in there');
    expect(reply[0]).toContain(`Your answer on case ${code} was sent`);
    expect(reply.at(-1)).toMatch(/call 911/);
    clock.set('2026-11-18T16:10:45Z');
    expect((await text('its the one by gate 3'))[0]).toContain(`Your answer on case ${code} was sent`);
    await emailAbout('plant2-gm@example.com', /2 guys are still in there/, before);
    const view = await threadOf(code, 2);
    // Both under the one report, in the order they were texted (Twilio's order of arrival), though the first, urgent
    // alone, is read by the detector first and so may be placed after the second: each took its turn as accepted.
    expect(view.messages.map((m) => m.text)).toEqual(['2 guys are still in there', 'its the one by gate 3']);
  }, 240_000);
});
