import { describe, expect, it } from 'vitest';
import { useConversationStack } from '../support/conversation-stack';
import { waitFor } from '../support/outbox';

// Issue 14, attacker's report: a case held by the CEO (below the top); the sweep ten minutes after the law's
// deadline to acknowledge moved it to the leadership list AND emailed the CEO "Deadline passed… Please do it
// now; leadership has been told" (with a link that then answered 403), and leadership read "Whoever holds it
// has been asked to do it now" beside "This came to the leadership list". When the sweep climbs, the old
// holder is told it was passed on (nothing asked, no dead link), and leadership gets one message.

const CEO = 'ceo@example.com';
const LEADERSHIP = 'leadership@example.com';

describe('the law’s deadline to acknowledge passes and the case climbs, on the local stack', () => {
  const { stack, clock, emailsTo, emailAbout } = useConversationStack({
    at: '2026-11-18T10:30:00Z',
    config: {
      legalClocks: { acknowledgeDays: 1, feedbackMonths: 3, remindDaysBefore: 1 },
      slas: { urgentHours: 72, standardHours: 72 },
    },
  });

  it('Should tell the old holder it was passed on, asking nothing, and leadership once, as its new holder', async () => {
    const { caseCode } = await stack.submit({
      text: 'Nobody answers the phone at reception any more, and visitors wait outside.',
      site: 'hq',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailAbout(CEO, /reception/);
    expect(first.subject).toMatch(/please acknowledge by/);

    clock.set('2026-11-18T23:00:00Z');
    await stack.sweep();
    const ceoBefore = (await emailsTo(CEO)).length;
    const leadershipBefore = (await emailsTo(LEADERSHIP)).length;
    // Ten minutes after the law's deadline (midnight Central Time), the service level's two days away.
    clock.set('2026-11-19T06:10:00Z');
    await stack.sweep();
    await waitFor('the climb emailed', async () => (await emailsTo(LEADERSHIP)).length > leadershipBefore || undefined);
    await new Promise((r) => setTimeout(r, 500)); // anything else on its way to the outbox lands
    const toLeadership = (await emailsTo(LEADERSHIP)).slice(leadershipBefore);
    const toCeo = (await emailsTo(CEO)).slice(ceoBefore);

    // Leadership: the case, as its new holder, once.
    expect(toLeadership).toHaveLength(1);
    expect(toLeadership[0]!.body.text).toContain('This came to the leadership list because it was not acknowledged');
    expect(toLeadership[0]!.body.text).not.toContain('Whoever holds it has been asked');
    // The CEO: passed on, nothing asked of them, no link that would only say "now with someone else".
    expect(toCeo).toHaveLength(1);
    const told = toCeo[0]!;
    expect(told.subject).toMatch(/^Passed on: the legal deadline to acknowledge this report has passed/);
    expect(told.body.text).toContain('nothing more is asked of you');
    expect(told.body.text).not.toMatch(/please do it now/i);
    expect(told.body.text).not.toMatch(/http:\/\/127\.0\.0\.1:\d+\/ack\//);
    expect(told.body.html).not.toContain('/ack/');
  });
});
