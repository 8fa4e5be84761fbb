import { describe, expect, it } from 'vitest';
import { smsTestApp } from '../../support/sms';

// Reported: after an urgent text taken over the sender's hourly budget (its allowance of its own),
// the sender's next ordinary text got no reply at all: the urgent text had used up the hour's one
// polite refusal. Whoever texts is told what became of their text: taken, with its code, or refused,
// with when they may write again. The first three refusals of the hour are answered, whatever came
// between (test/unit/sms/refused-texts-told-again.test.ts); later ones are not, so a flood never
// becomes a flood of paid replies.

const refused = (minutes: number) => [
  `You have sent a lot of messages this hour, so this one was not saved. Please try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
  'If you or someone else is in danger now, call 911.',
];

describe('a sender over the hour’s budget is told, whatever urgent texts came between', () => {
  const spendTheHour = async (text: (body: string) => Promise<string[]>) => {
    for (let i = 1; i <= 10; i += 1)
      expect((await text(`Another thing, number ${i}, about the canteen.`))[0]).toMatch(/Your case code is/);
  };

  it('Should refuse, and say so, the first ordinary text after an urgent one taken over the budget', async () => {
    const { text, store, clock } = smsTestApp();
    await spendTheHour(text);
    expect((await text('URGENT there is smoke coming from the compressor room'))[0]).toMatch(/marked urgent/);
    // Past the five minutes in which a text is details of the urgent report, taken as it is
    // (test/unit/sms/details-after-an-urgent-text.test.ts).
    clock.set('2026-11-18T15:36:00Z');
    expect(await text('And the canteen queue is too long.')).toEqual(refused(24));
    // Told each time, up to three; the fourth is not answered, and none is kept.
    expect(await text('And the coffee machine is broken.')).toEqual(refused(24));
    expect(await text('And the lockers are broken.')).toEqual(refused(24));
    expect(await text('And the lights are out.')).toEqual([]);
    expect(store.cases.size).toBe(11);
  });

  it('Should, the other way round, tell the refused text, take the urgent one after it, and stay quiet past three', async () => {
    const { text, store, clock } = smsTestApp();
    await spendTheHour(text);
    expect(await text('And the canteen queue is too long.')).toEqual(refused(30));
    expect(await text('URGENT there is smoke coming from the compressor room')).toEqual([
      expect.stringMatching(/^Thank you\. Case [A-Z0-9]{5}-[A-Z0-9]{5} is marked urgent/),
      'If you or someone else is in danger now, call 911.',
    ]);
    // Past the minutes in which a text is details of the urgent report.
    clock.set('2026-11-18T15:36:00Z');
    expect(await text('And the coffee machine is broken.')).toEqual(refused(24));
    expect(await text('And the lockers are broken.')).toEqual(refused(24));
    expect(await text('And the lights are out.')).toEqual([]);
    expect(store.cases.size).toBe(11);
  });

  it('Should tell the first refusals after the urgent allowance is spent, even when they read urgent', async () => {
    const { text, store } = smsTestApp();
    await spendTheHour(text);
    for (let i = 1; i <= 5; i += 1) expect((await text(`URGENT made-up emergency ${i}`))[0]).toMatch(/marked urgent/);
    for (let i = 6; i <= 8; i += 1) expect(await text(`URGENT made-up emergency ${i}`)).toEqual(refused(30));
    expect(await text('URGENT made-up emergency 9')).toEqual([]);
    expect(store.cases.size).toBe(15);
  });

  it('Should say at the end of the hour that one minute is left, and take texts again as the next hour starts', async () => {
    const { text, clock, store } = smsTestApp();
    clock.set('2026-11-18T15:53:00Z');
    await spendTheHour(text);
    clock.set('2026-11-18T15:54:00Z');
    expect((await text('URGENT there is smoke coming from the compressor room'))[0]).toMatch(/marked urgent/);
    // Past the minutes in which a text is details of the urgent report.
    clock.set('2026-11-18T15:59:30Z');
    expect(await text('And the canteen queue is too long.')).toEqual(refused(1));
    // The next hour.
    clock.set('2026-11-18T16:05:31Z');
    expect((await text('And the canteen queue is too long.'))[0]).toMatch(/Your case code is/);
    // The new hour's budget is whole, and so are its refusals' answers.
    for (let i = 2; i <= 10; i += 1) expect((await text(`Next hour, number ${i}.`))[0]).toMatch(/Your case code is/);
    expect(await text('One too many.')).toEqual(refused(55));
    expect(store.cases.size).toBe(21);
  });

  it('Should take as many urgent texts over the budget as the installation allows', async () => {
    const { text, store } = smsTestApp({
      limits: { smsPerSenderPerHour: 10, kioskPerMinute: 20, urgentSmsOverBudgetPerHour: 2 },
    });
    await spendTheHour(text);
    expect((await text('URGENT made-up emergency 1'))[0]).toMatch(/marked urgent/);
    expect((await text('URGENT made-up emergency 2'))[0]).toMatch(/marked urgent/);
    expect(await text('URGENT made-up emergency 3')).toEqual(refused(30));
    expect(store.cases.size).toBe(12);
  });
});
