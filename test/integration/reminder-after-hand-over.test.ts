import { describe, expect, it } from 'vitest';
import { fixedClock } from '../support/fixtures';
import { outbox } from '../support/outbox';
import { handOverFromDesk, sweepTwiceAt, useEscalatedCase } from '../support/sponsor-case';

/**
 * Issue 14 item 4: a case handed over before it is acknowledged gives its
 * new holder the full time to acknowledge, and the reminder comes before
 * their deadline (the one their email names), not the old holder's. On the
 * real stand-ins, the clock injected.
 */

const GM = 'plant2-gm@example.com';

describe('the reminder after a hand-over', () => {
  // Raised in the 15:00 hour UTC (9 AM Central Time): due by 1 PM Central Time, the reminder an hour before.
  const clock = fixedClock('2026-11-18T15:00:00Z');
  const held = useEscalatedCase(clock);
  const mail = async () => outbox(held.stack.urls.outbox);
  const sweepAt = (instant: string) => sweepTwiceAt(held.stack, clock, instant);

  it('Should remind the new holder before their own deadline, and the old holder never', async () => {
    clock.set('2026-11-18T17:10:00Z');
    const handedEmail = await handOverFromDesk(held);
    // The full four hours from the hand-over (17:10 UTC), on the next whole hour: 4 PM Central Time, not the old 1 PM.
    expect(handedEmail.subject).toMatch(/please acknowledge by Wednesday, November 18, 2026 at 4 PM Central Time$/);
    const newHolder = handedEmail.destination.to[0]!;
    const reminders = async (to: string) =>
      (await mail()).filter((e) => e.destination.to.includes(to) && e.subject.startsWith('Reminder:'));

    // The old holder's reminder hour: nobody is reminded of a deadline no one holds any more.
    await sweepAt('2026-11-18T18:05:00Z');
    await sweepAt('2026-11-18T19:05:00Z');
    await sweepAt('2026-11-18T20:05:00Z');
    expect(await reminders(GM)).toEqual([]);
    expect(await reminders(newHolder)).toEqual([]);

    // An hour before the new holder's deadline: they are reminded of it, once.
    await sweepAt('2026-11-18T21:05:00Z');
    await sweepAt('2026-11-18T21:35:00Z');
    expect((await reminders(newHolder)).map((e) => e.subject.replace(/ \(.*$/, ''))).toEqual([
      'Reminder: please acknowledge by Wednesday, November 18, 2026 at 4 PM Central Time',
    ]);
    expect(await reminders(GM)).toEqual([]);
  });
});
