import { describe, expect, it } from 'vitest';
import { smsTestApp } from '../../support/sms';

// Attacker's report (round 27): a sender who had used up the hour's ten texts sent "URGENT" alone, meaning to
// write what was happening next. The word was refused: "You have sent a lot of messages this hour, so this one was
// not saved. Please try again in 50 minutes." Yet its mark was kept, and the report after it would have been taken
// as urgent: the reply told someone in danger to wait 50 minutes for nothing. The word alone is now answered with
// how to mark a report urgent, as at any other time, and the report after it is taken.

const FROM = '+15557770505';

describe('the urgent word alone past the sender’s hourly budget', () => {
  it('Should explain how to mark the report, never tell them to wait, and take the report that follows', async () => {
    const { text, clock, store } = smsTestApp();
    clock.set('2026-11-18T15:10:00Z');
    for (let i = 0; i < 10; i += 1) await text(`the canteen menu idea number ${i}`, { From: FROM });
    expect((await text('another canteen idea', { From: FROM }))[0]).toMatch(/try again in 50 minutes/);

    const word = await text('URGENT', { From: FROM });
    expect(word[0]).toMatch(/To mark feedback urgent/);
    expect(word.join(' ')).not.toMatch(/try again/);
    expect(word[1]).toMatch(/call 911/);

    expect((await text('need someone at the north gate right now', { From: FROM }))[0]).toMatch(
      /is marked urgent for a senior leader/,
    );
    expect([...store.cases.values()].filter((c) => c.escalateRequested)).toHaveLength(1);
  });
});
