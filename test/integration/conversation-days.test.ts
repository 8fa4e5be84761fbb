import { describe, expect, it } from 'vitest';
import { linkIn, useConversationStack } from '../support/conversation-stack';
import { form } from '../support/fixtures';
import { waitUntilHeld } from '../support/held-answers';

// Issue 14 review, item 2: a conversation's days and the days an answer
// leaves in the history were UTC days, while the deadlines were the
// installation's. In Auckland (13 hours ahead of UTC in November), half an
// hour after midnight on Thursday is still Wednesday in UTC: every day a
// thread, a history or a clock keeps must be Thursday. On the real stand-ins.

describe('the days of a conversation, in an installation far from UTC', () => {
  const { stack, clock, emailsTo, emailAbout, employeeView, threadOf, answer } = useConversationStack({
    // 00:30 on Thursday 19 November in Auckland; 11:30 PM on Wednesday the 18th in Chicago; the 18th in UTC.
    at: '2026-11-18T11:30:00Z',
    config: { timezone: 'Pacific/Auckland' },
  });

  it('Should keep the installation’s day for every message, the history and the deadline, just after its midnight', async () => {
    const { caseCode } = await stack.submit({
      // Ticked urgent, calm in its words: this test is about answers held to their hour (on a case urgent in what it
      // reports an answer to its holder goes at once).
      text: 'The canteen rota changed again without notice.',
      site: 'plant2',
      escalate: true,
    });
    await stack.waitForStatus(caseCode, 'escalated');
    const first = await emailAbout('plant2-gm@example.com', /canteen rota/);
    // Raised in the hour from 11 AM UTC, due seven days later: midnight starting Thursday 26 November in Auckland,
    // which is the end of Wednesday the 25th there, the day the employee is promised "by the end of".
    expect((await employeeView(caseCode)).acknowledgeBy).toBe('2026-11-25');
    await fetch(linkIn(first), form({ action: 'message', message: 'Which forklift is it?' }));
    const cooBefore = (await emailsTo('coo@example.com')).length;
    const answered = await answer(caseCode, 'Number 4. Lee Marsh was told last week.');
    expect(answered.status).toBe(201);
    const view = await threadOf(caseCode, 2);
    expect(view.messages.map((m) => m.day)).toEqual(['2026-11-19', '2026-11-19']);
    // Writing to the employee acknowledged it: that day is met, no longer promised.
    expect(view.acknowledgeBy).toBeUndefined();

    // From the next hour on (still Thursday in Auckland) the case goes around the manager the answer names,
    // and the answer reaches the new holder's page; its new holder reads Thursday, never Wednesday.
    await waitUntilHeld(stack, 'was told last week');
    clock.set('2026-11-18T12:00:00Z');
    await stack.sweep();
    const moved = await emailAbout('coo@example.com', /canteen rota/, cooBefore);
    const page = await (await fetch(linkIn(moved))).text();
    const days = [...page.matchAll(/<p class="meta"><strong>[^<]*?, (\w+day, \w+ \d+, \d{4})<\/strong>/g)].map(
      (m) => m[1],
    );
    expect(days).toEqual(['Thursday, November 19, 2026', 'Thursday, November 19, 2026']);
    expect(page).toMatch(/<li>On Thursday, November 19, 2026: Passed on<\/li>/);
    expect(page).not.toContain('November 18, 2026');
    const html = await (
      await fetch(`${stack.urls.app}/status/${caseCode}`, { headers: { accept: 'text/html' } })
    ).text();
    expect(html).toContain('Thursday, November 19, 2026');
    expect(html).not.toContain('November 18, 2026');
  });
});
