import { describe, expect, it } from 'vitest';
import { useCaseThreads } from '../support/case-threads';
import { fixedClock } from '../support/fixtures';

const expiry = new Date('2027-06-07T00:00:00Z');

/**
 * Issue 14 (attacker's report, item 2), on the table as AWS keeps it (no
 * laptop room): a sweep that runs late (none in the hour after an answer's)
 * must still place the answer, and send its email, at the first sweep after
 * its hour; never an answer of the hour now running.
 */
describe('a late sweep releases every hour that is over, on the table', () => {
  const clock = fixedClock('2026-11-18T15:45:00Z');
  const { analysis, sweep, noticesAs } = useCaseThreads('late-sweep', clock);

  it('Should place and send an answer of 15:xx at a sweep at 17:10, and keep one of 17:xx for the next', async () => {
    const heldBy = noticesAs('escalate');
    const sweepNotices = noticesAs('sweep');
    const key = 'c'.repeat(64);
    const answer = (text: string) => analysis.append(key, { from: 'employee', text, day: '2026-11-18' }, expiry);

    await answer('The east one.');
    await heldBy.hold('esc-1', '2026-11-18T15:00:00.000Z', 'The east one.', expiry, ['coo']);
    clock.set('2026-11-18T17:05:00Z');
    await answer('Since Monday.');
    await heldBy.hold('esc-1', '2026-11-18T17:00:00.000Z', 'Since Monday.', expiry);
    // An urgent answer reads whom every answer still held names, whatever their hour.
    expect(await heldBy.namedWaiting('esc-1')).toEqual(['coo']);

    clock.set('2026-11-18T17:10:00Z');
    expect(await sweep.placeWaiting()).toEqual({ placed: 1, failed: 0 });
    expect((await sweep.list(key)).map((m) => m.text)).toEqual(['The east one.']);
    expect((await sweep.waiting(key)).map((m) => m.text)).toEqual(['Since Monday.']);
    const held = await sweepNotices.heldBefore('2026-11-18T17:00:00.000Z', 10);
    expect(held.map((h) => h.answers)).toEqual([['The east one.']]);
    await sweepNotices.sent(held[0]!);

    clock.set('2026-11-18T18:00:00Z');
    expect(await sweep.placeWaiting()).toEqual({ placed: 1, failed: 0 });
    expect((await sweep.list(key)).map((m) => m.text)).toEqual(['The east one.', 'Since Monday.']);
    expect((await sweepNotices.heldBefore('2026-11-18T18:00:00.000Z', 10)).map((h) => h.answers)).toEqual([
      ['Since Monday.'],
    ]);
  });
});
