import { describe, expect, it } from 'vitest';
import { useConversationStack } from '../support/conversation-stack';
import { codeIn } from '../support/sms';

// Session 38 (att37's leftovers, class 1): details texted while the urgent report was still on its way (queued, or
// being analysed: the second of two texts sent back to back) became an urgent case of their own, and its holder read
// "its the one behind bay 4 not bay 3" in an email that said nothing of the fire exit it was about. They are now the
// case's details: in its conversation at once, and sent to its holder, as details of that case, once it is raised.
// On the running stack: Twilio's signed webhook, the queues and their consumers, aws-ses-v2-local.

const GM = 'plant2-gm@example.com';

describe('details texted while their urgent case is on its way, on the running stack', () => {
  const { stack, clock, emailAbout, emailsTo, threadOf, text } = useConversationStack({ at: '2026-11-18T15:00:00Z' });

  it('Should make the details part of the case, sent to its holder with it, never a case of their own', async () => {
    clock.set('2026-11-18T15:10:00Z');
    const code = codeIn((await text('URGENT the fire exit by the paint shop is chained shut'))[0]);
    // At once, before analysis has read the report.
    const reply = await text('its the one behind bay 4 not bay 3');
    expect(reply[0]).toContain(`Your answer on case ${code} was sent`);
    await stack.waitForStatus(code, 'escalated');
    await emailAbout(GM, /chained shut/);
    const told = await emailAbout(GM, /behind bay 4 not bay 3/);
    // Told as the case's details, on the case's own link, not as a report of its own.
    expect(told.body.text).not.toMatch(/Why it came to you/);
    const view = await threadOf(code, 1);
    expect(view.messages.map((m) => [m.from, m.text])).toEqual([['employee', 'its the one behind bay 4 not bay 3']]);
    // One email of each: the case, and its details.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await emailsTo(GM)).filter((e) => /behind bay 4/.test(e.body.text ?? ''))).toHaveLength(1);
  }, 240_000);
});
