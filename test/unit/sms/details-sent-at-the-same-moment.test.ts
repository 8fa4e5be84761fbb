import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../support/fixtures';
import { codeIn, inspectableRateState, smsTestApp } from '../../support/sms';
import { takeSendersTurn } from '../../../shared/use-cases/one-text-at-a-time';

// Attack att37 (F1): a phone sends two texts back to back, an urgent report and then where it is, and Twilio
// delivers them to the webhook at the same moment. The second was read before the first had kept its case for the
// sender's next texts, so it was filed as an ordinary report of its own: "Thank you. Your case code is …", no
// emergency line, and no senior leader ever read where the danger was until the weekly digest. Sent a second apart
// (once the first was answered) it reached the case's holder. Whoever sends both texts at once is told and treated
// as whoever sends them a second apart.

const FROM = '+15557773701';

/** Two texts of one number delivered together: the replies, in the order sent. */
async function sentTogether(first: string, second: string, from = FROM) {
  const env = smsTestApp();
  env.clock.set('2026-11-18T15:30:00Z');
  // Another number's text first, so reading urgency is loaded and a slow machine's first load makes no one wait.
  await env.text('There is a fire in the canteen kitchen', { From: '+15557773799' });
  const replies = await Promise.all([env.text(first, { From: from }), env.text(second, { From: from })]);
  return { env, replies };
}

const reports = (env: ReturnType<typeof smsTestApp>) =>
  (env.queue.messages as { threadAnswer?: boolean; escalate?: boolean; text: string }[]).filter((m) => !m.threadAnswer);

describe('an urgent report and its details delivered at the same moment', () => {
  it.each([
    ['URGENT the fire exit by the loading dock is chained shut', 'its the one behind bay 4 not bay 3'],
    ['URGENTE la salida de emergencia del almacén está bloqueada con cajas', 'es la puerta detrás del muelle 4'],
    ['There is a fire in the paint shop, bay 3', 'the spray booth by door 9, not the one by the canteen'],
    ['DRINGEND Gasgeruch im Keller bei den Heizkesseln', 'neben dem Lager, Tür 2'],
  ])('Should never file the details of %j as an ordinary report nobody is told of', async (urgent, details) => {
    const { env, replies } = await sentTogether(urgent, details);
    const code = codeIn(replies[0]![0]!);
    // The details reach a senior leader at once: in the case's conversation (the reply names the case), or, while
    // the case is still on its way to its holder, as an urgent report of their own, answered as one is.
    const detailsReply = replies[1]!.join('\n');
    if (!detailsReply.includes(code)) {
      const filedApart = reports(env).filter((m) => m.text === details);
      expect(filedApart).toEqual([expect.anything()]);
      const [report] = filedApart as { escalate?: boolean; followsTopic?: string }[];
      expect(report!.escalate === true || report!.followsTopic !== undefined).toBe(true);
      expect(detailsReply).toMatch(/911/);
    }
    // And the report itself is still one urgent case, answered with the emergency line.
    expect(replies[0]!.some((m) => /call 911|llame al 911|911/.test(m))).toBe(true);
  });

  it('Should keep the two texts apart when they come from two phones', async () => {
    const env = smsTestApp();
    env.clock.set('2026-11-18T15:30:00Z');
    const [a, b] = await Promise.all([
      env.text('URGENT the fire exit by the loading dock is chained shut', { From: '+15557773702' }),
      env.text('the vending machine on floor 2 eats coins', { From: '+15557773703' }),
    ]);
    expect(a![0]).toMatch(/marked urgent/);
    expect(b![0]).toMatch(/Your case code is/);
    expect(b!.some((m) => /911/.test(m))).toBe(false);
  });
});

describe("a number's texts taking turns", () => {
  const FROM_A = '+15557773704';

  it('Should never make a copy of the text being handled wait, nor a text wait past the bound', async () => {
    const { rateState } = inspectableRateState(fixedClock());
    const endFirst = await takeSendersTurn(rateState, FROM_A, 'SM1|text one');
    // The provider's copy of the same delivery: answered at once, as the first is.
    let started = Date.now();
    await takeSendersTurn(rateState, FROM_A, 'SM1|text one', { waitAtMostMs: 2_000 });
    expect(Date.now() - started).toBeLessThan(1_000);
    // Another text of the same number waits, but never past the bound (a process stopped half-way ends no turn).
    started = Date.now();
    await takeSendersTurn(rateState, FROM_A, 'SM2|text two', { waitAtMostMs: 300, pollMs: 10 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(Date.now() - started).toBeLessThan(2_000);
    await endFirst();
  });

  it('Should let the next text in as soon as the one before is answered, and leave nothing behind', async () => {
    const { store, rateState } = inspectableRateState(fixedClock());
    const endFirst = await takeSendersTurn(rateState, FROM_A, 'SM1|text one');
    let secondIn = false;
    const second = takeSendersTurn(rateState, FROM_A, 'SM2|text two', { pollMs: 5 }).then((end) => {
      secondIn = true;
      return end;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(secondIn).toBe(false);
    await endFirst();
    const endSecond = await second;
    expect(secondIn).toBe(true);
    await endSecond();
    // Nothing of the turns is left in the state: no record that a number texted twice.
    const items = (store as unknown as { items: Map<string, unknown> }).items;
    expect(items.size).toBe(0);
  });
});
