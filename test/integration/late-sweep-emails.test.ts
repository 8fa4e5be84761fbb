import { describe, expect, it } from 'vitest';
import { useConversationStack } from '../support/conversation-stack';

// Issue 14, attacker's report: the stack was down for days, then one sweep ran. The leadership list,
// already holding the case, was sent it again as if it had just climbed to them ("This came to the
// leadership list because it was not acknowledged in time"), asked to "acknowledge by" a time already
// past, and told by the deadline-passed email that "leadership has been told". A case at the top is
// told again that it still waits; a deadline gone by reads "overdue since"; nobody is told that they
// themselves were told.

const LEADERSHIP = 'leadership@example.com';

describe('one late sweep after days without any, on the local stack', () => {
  const { stack, clock, text, emailsTo, emailAbout } = useConversationStack({ at: '2026-11-18T15:00:00Z' });

  it('Should tell the leadership list, already holding a case, that it still waits and since when, and nothing about itself', async () => {
    const [accepted] = await text('URGENT the guard on press 4 is missing');
    const code = accepted!.match(/[0-9A-Z]{5}-[0-9A-Z]{5}/)![0];
    await stack.waitForStatus(code, 'escalated');
    await emailAbout('plant2-gm@example.com', /press 4|guard/i);

    // Not acknowledged within the urgent service level, twice: it climbs to the backup, then to leadership.
    clock.set('2026-11-18T19:05:00Z');
    await stack.sweep();
    clock.set('2026-11-19T00:05:00Z');
    await stack.sweep();
    const before = (await emailsTo(LEADERSHIP)).length;
    expect(before).toBeGreaterThan(0);

    // Down for twelve days: the law's week to acknowledge is long gone when the next sweep runs.
    clock.set('2026-11-30T15:05:00Z');
    await stack.sweep();
    const late = (await emailsTo(LEADERSHIP)).slice(before);
    expect(late.length).toBeGreaterThan(0);
    const all = late.map((e) => `${e.subject}\n${e.body.text}`).join('\n---\n');
    expect(all).not.toContain('came to the leadership list because it was not acknowledged in time');
    expect(all).not.toContain('leadership has been told');
    expect(all).not.toMatch(/please acknowledge by/i);
    const again = late.find((e) => /still not acknowledged/.test(e.body.text ?? ''));
    expect(again?.subject).toMatch(
      /acknowledgement overdue since the end of Tuesday, November 24, 2026 \(Central Time\), the legal deadline/,
    );
    expect(again?.body.text).toMatch(
      /Acknowledge by: Overdue since the end of Tuesday, November 24, 2026 \(Central Time\)/,
    );
    const passed = late.find((e) => /^Deadline passed/.test(e.subject));
    expect(passed?.body.text).toContain('It is with the leadership list: please do it now.');
  });
});
