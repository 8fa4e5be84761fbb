import { describe, expect, it } from 'vitest';
import { caseLinksIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { outbox, waitFor } from '../support/outbox';
import { codeIn } from '../support/sms';
import { deskLinkIn, withinBudget } from '../support/sponsor-case';

// Attack round 28 found where details texted after an urgent report still waited or were lost, on the running
// stack (Twilio's signed webhook, the queues and their consumers, aws-ses-v2-local). Every text here comes from one
// number, so each test starts more than five minutes after the last one's texts.

const GM = 'plant2-gm@example.com';
const COO = 'coo@example.com';

describe('details texted after an urgent report, at its edges, on the running stack', () => {
  const { stack, clock, emailAbout, emailsTo, text } = useConversationStack({ at: '2026-11-18T14:00:00Z' });

  /** The first email, to anyone, whose text matches `about`. */
  const emailWith = (about: RegExp) =>
    waitFor(`an email about ${about}`, async () =>
      (await outbox(stack.urls.outbox)).find((e) => about.test(e.body.text ?? '')),
    );

  it('Should email the details at once after a report urgent only by its URGENT mark (F1)', async () => {
    clock.set('2026-11-18T14:10:00Z');
    const code = codeIn((await text('URGENT need a supervisor at the north gate right now'))[0]);
    await stack.waitForStatus(code, 'escalated');
    const raised = await emailWith(/north gate/);
    const holder = raised.destination.to[0]!;
    clock.set('2026-11-18T14:10:05Z');
    expect((await text('it is by bay 4 not bay 3'))[0]).toContain(`Your answer on case ${code} was sent`);
    // At once: no sweep, and the clock still in the details' hour. Before, they waited for the hour's end.
    await emailAbout(holder, /it is by bay 4 not bay 3/);
  }, 240_000);

  it('Should raise details sent after the case was closed as an urgent report of their own, at once (F11)', async () => {
    clock.set('2026-11-18T14:56:00Z');
    const code = codeIn((await text('there is a fire in the paint shop by the sprayers'))[0]);
    await stack.waitForStatus(code, 'escalated');
    const raised = await emailAbout(GM, /fire in the paint shop by the sprayers/);
    const desk = deskLinkIn(raised)!;
    const caseUrl = await waitFor('the case on the desk', async () => {
      for (const path of caseLinksIn(await (await withinBudget(desk)).text())) {
        const url = `${stack.urls.app}${path}`;
        if ((await (await withinBudget(url)).text()).includes('by the sprayers')) return url;
      }
      return undefined;
    });
    clock.set('2026-11-18T14:57:00Z');
    const closed = await withinBudget(caseUrl, { ...form({ action: 'close', confirm: 'yes' }), redirect: 'manual' });
    expect(closed.status).toBe(303);
    // The close takes effect at the end of its hour; the details come just after, within the five minutes.
    clock.set('2026-11-18T15:00:20Z');
    const before = (await emailsTo(GM)).length;
    const reply = await text('it is the sprayers by bay 4, not bay 3');
    expect(reply[0]).toMatch(new RegExp(`Case ${code} was closed, so your words were sent at once as a new urgent`));
    expect(reply.at(-1)).toMatch(/call 911/);
    const details = codeIn(reply[0]!.replace(code, ''));
    await stack.waitForStatus(details, 'escalated');
    // To the holder of the fire, under its topic, not to the default sponsor as "Topic: Not given".
    const told = await emailAbout(GM, /it is the sprayers by bay 4, not bay 3/, before);
    expect(told.body.text).toMatch(/Health and safety/);
    expect(told.body.text).not.toMatch(/asked for it to be treated as urgent/);
  }, 240_000);

  it('Should keep the case’s urgent time when details naming its holder move it (F14)', async () => {
    clock.set('2026-11-18T16:10:00Z');
    const code = codeIn((await text('there is a fire in the paint shop by the compressor'))[0]);
    await stack.waitForStatus(code, 'escalated');
    await emailAbout(GM, /fire in the paint shop by the compressor/);
    const before = (await emailsTo(COO)).length;
    clock.set('2026-11-18T16:10:09Z');
    expect((await text('Lee Marsh told us to keep working anyway'))[0]).toContain(`Your answer on case ${code}`);
    const moved = await emailAbout(COO, /by the compressor/, before);
    // Raised at 10 AM Central Time: four hours from that hour, not from the end of the day (4 AM the next day).
    expect(moved.body.text).toMatch(/Acknowledge by: Wednesday, November 18, 2026 at 2 PM Central Time/);
  }, 240_000);
});
