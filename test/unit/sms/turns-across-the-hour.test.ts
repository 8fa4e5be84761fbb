import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../support/fixtures';
import { inspectableRateState } from '../../support/sms';
import { takeSendersTurn } from '../../../shared/use-cases/one-text-at-a-time';

// Attack att37's leftover (session 38, class 3): a number's texts take turns through a record keyed under the hour's
// key, so an urgent report texted at 15:59:59.9 and its details at 16:00:00.2 looked in two hours' records and did
// not wait for each other: the details were read before the report had left its case for them, and filed as an
// ordinary report nobody is told of, as two texts of one moment were before att37.

const FROM = '+15557773811';

/** Whether the second text's turn comes before the first's ends, on a clock set for each. */
async function secondWaits(firstAt: string, secondAt: string): Promise<{ waited: boolean; leftBehind: number }> {
  const clock = fixedClock(firstAt);
  const { store, rateState } = inspectableRateState(clock);
  const endFirst = await takeSendersTurn(rateState, FROM, 'SM1|URGENT the fire exit is chained shut');
  clock.set(secondAt);
  let secondIn = false;
  const second = takeSendersTurn(rateState, FROM, 'SM2|its the one behind bay 4', { pollMs: 5 }).then((end) => {
    secondIn = true;
    return end;
  });
  await new Promise((resolve) => setTimeout(resolve, 60));
  const waited = !secondIn;
  await endFirst();
  await (await second)();
  const items = (store as unknown as { items: Map<string, unknown> }).items;
  return { waited, leftBehind: items.size };
}

describe("a number's texts sent either side of the hour's edge", () => {
  it.each([
    ['2026-11-18T15:59:59.900Z', '2026-11-18T16:00:00.200Z'],
    ['2026-11-18T15:59:55.000Z', '2026-11-18T16:00:01.000Z'],
    ['2026-11-18T23:59:59.990Z', '2026-11-19T00:00:00.010Z'],
  ])(
    'Should hold back the text after one sent at %s (this one at %s) until that one is answered, leaving nothing',
    async (first, second) => {
      expect(await secondWaits(first, second)).toEqual({ waited: true, leftBehind: 0 });
    },
  );

  it('Should still make texts of one hour wait for each other, and leave texts of two numbers apart', async () => {
    expect(await secondWaits('2026-11-18T15:30:00Z', '2026-11-18T15:30:00.300Z')).toEqual({
      waited: true,
      leftBehind: 0,
    });
    const clock = fixedClock('2026-11-18T15:59:59.900Z');
    const { rateState } = inspectableRateState(clock);
    const endFirst = await takeSendersTurn(rateState, FROM, 'SM1|one');
    clock.set('2026-11-18T16:00:00.200Z');
    const started = Date.now();
    await (await takeSendersTurn(rateState, '+15557773812', 'SM2|two'))();
    expect(Date.now() - started).toBeLessThan(1_000);
    await endFirst();
  });
});
