import { describe, expect, it } from 'vitest';
import { linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { codeIn } from '../support/sms';

// Session 38 (att37's leftovers, class 2): courtesy texted back within minutes of an urgent report ("thanks", "ok
// thank you!!", "gracias", "merci", "👍") went into the case as details, and its holder, handling an emergency, was
// emailed "Urgent: the employee answered: thanks" for each. Courtesy with nothing new is kept on the case, where its
// holder reads it, and the employee is told so; it is emailed only as the answer to what the holder asked. Anything
// with content is still details, emailed at once. On the running stack: Twilio's signed webhook, the queues, SES.

const GM = 'plant2-gm@example.com';

describe('courtesy texted after an urgent report, on the running stack', () => {
  const { stack, clock, emailAbout, emailsTo, threadOf, text } = useConversationStack({ at: '2026-11-18T15:00:00Z' });

  it('Should keep thanks on the case without emailing its holder, and still email the details after it', async () => {
    clock.set('2026-11-18T15:10:00Z');
    const code = codeIn((await text('gas smell very strong in the boiler room, two people feel dizzy'))[0]);
    await stack.waitForStatus(code, 'escalated');
    const raised = await emailAbout(GM, /boiler room/);
    const before = (await emailsTo(GM)).length;

    const courtesy = [
      'thanks',
      'ok thank you!!',
      'gracias',
      'merci beaucoup',
      '👍',
      'thanksss',
      'muchas gracias a todos',
    ];
    let second = 10;
    for (const words of courtesy) {
      clock.set(`2026-11-18T15:11:${String(second).padStart(2, '0')}Z`);
      second += 5;
      const reply = await text(words);
      // Told it was kept on the case, in their language, not that an answer was sent, and not a new case.
      expect(reply).toEqual([
        expect.stringMatching(new RegExp(`(kept on case|queda en el caso|gardé sur le cas) ${code}`)),
      ]);
    }
    // Then words with content: details, emailed at once, after every courtesy above had been read.
    clock.set('2026-11-18T15:12:00Z');
    expect((await text('ok its the boiler by door 4, not door 3'))[0]).toContain(
      `Your answer on case ${code} was sent`,
    );
    const told = await emailAbout(GM, /by door 4, not door 3/, before);
    expect(told.body.text).toMatch(/by door 4, not door 3/);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // No email to the holder for any courtesy: only the details.
    const after = (await emailsTo(GM)).slice(before);
    expect(after).toHaveLength(1);
    for (const email of after) for (const words of courtesy) expect(email.body.text).not.toContain(`: ${words}`);
    // Kept on the case: the employee's page and the holder's page list every one, in the order sent.
    const view = await threadOf(code, courtesy.length + 1);
    expect(view.messages.map((m) => m.text)).toEqual([...courtesy, 'ok its the boiler by door 4, not door 3']);
    const page = await (await fetch(linkIn(raised))).text();
    for (const words of ['thanks', 'gracias', 'merci beaucoup']) expect(page).toContain(words);
  }, 240_000);

  it('Should email "ok" at once when it answers what the holder asked', async () => {
    clock.set('2026-11-18T16:10:00Z');
    const code = codeIn((await text('there is a fire in the paint shop by the sprayers'))[0]);
    await stack.waitForStatus(code, 'escalated');
    const email = await emailAbout(GM, /by the sprayers/);
    await fetch(
      linkIn(email),
      form({ action: 'message', message: 'Is everyone out of the paint shop? Reply ok if so.' }),
    );
    const before = (await emailsTo(GM)).length;
    clock.set('2026-11-18T16:12:00Z');
    expect((await text('ok'))[0]).toContain(`Your answer on case ${code} was sent`);
    await emailAbout(GM, /\bok\b/, before);
  }, 240_000);
});
