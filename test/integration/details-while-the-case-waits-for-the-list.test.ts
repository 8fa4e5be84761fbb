import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseLinksIn, useConversationStack } from '../support/conversation-stack';
import { waitFor } from '../support/outbox';
import { codeIn } from '../support/sms';
import { deskLinkIn, withinBudget } from '../support/sponsor-case';

// Attack round 29 (atx29 F12), on the running stack: the holder's urgent emails of the hour are spent, so a fire
// reported by text is raised, on their desk, and waits at `forwarding` for the sweep's list. Its details, texted a
// minute later, were each filed as an urgent case of their own (and past the texter's allowance refused). Now they
// go into the waiting case's conversation, and its holder is emailed them at once.

const example = JSON.parse(readFileSync('config/example.config.json', 'utf8')) as { escalation: object };

describe("details texted while their urgent case waits for the holder's hourly list, on the running stack", () => {
  // One email an hour per holder, and one quiet report an hour from a source: both fires come from one phone, and a
  // source's first few urgent reports are emailed on their own from a second allowance (quiet-source.ts), which
  // would email the second fire at once rather than leave it waiting for the list.
  const { stack, clock, emailAbout, emailsTo, text } = useConversationStack({
    config: { escalation: { ...example.escalation, urgentEmailsPerHour: 1, urgentReportsPerSourcePerHour: 1 } },
  });

  it('Should add them to the waiting case and email its holder, not file a case of their own', async () => {
    clock.set('2026-11-18T15:10:00Z');
    const first = codeIn((await text('There is a fire in the paint shop, the alarm did not go off'))[0]);
    await stack.waitForStatus(first, 'escalated');
    const firstEmail = await emailAbout('plant2-gm@example.com', /fire in the paint shop/);

    // Past the follow-up minutes of the first, a second fire: the holder's one email of the hour is spent.
    clock.set('2026-11-18T15:20:00Z');
    const second = codeIn((await text('Fire in the welding bay now, smoke everywhere'))[0]);
    // The employee reads "being passed on" from analysis on; the holder has it once it is on their desk.
    await stack.waitForStatus(second, 'forwarding');
    const desk = deskLinkIn(firstEmail)!;
    await waitFor("the second fire on the holder's desk", async () =>
      caseLinksIn(await (await withinBudget(desk)).text()).length === 2 ? true : undefined,
    );
    const before = (await emailsTo('plant2-gm@example.com')).length;

    clock.set('2026-11-18T15:21:00Z');
    const reply = await text('it is the spray booth by door 9, not the canteen one');
    expect(reply[0]).toContain(`Your answer on case ${second} was sent`);
    await emailAbout('plant2-gm@example.com', /the spray booth by door 9/, before);
  }, 240_000);
});
