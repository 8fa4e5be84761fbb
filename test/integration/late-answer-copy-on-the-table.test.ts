import { describe, expect, it } from 'vitest';
import { useCaseThreads } from '../support/case-threads';
import { fixedClock } from '../support/fixtures';

const expiry = new Date('2027-06-07T00:00:00Z');

/**
 * Issue 14, attacker's report, on the table as AWS keeps it: a copy of an
 * employee's answer (the same Idempotency-Key, status-form key or
 * MessageSid) coming after the sweep emailed it, in an hour in which the
 * case holds another answer, was held again with that one, and its holder
 * emailed it a second time. The answer's once-item marks its notice held,
 * then sent: a copy, late or racing the sweep, is held and told no more.
 * Each function under its own grants, as on AWS.
 */
describe('a late copy of an answer already told, on the table', () => {
  const tableName = 'late-answer-copy';
  const clock = fixedClock('2026-11-18T15:10:00Z');
  const { analysis, noticesAs } = useCaseThreads(tableName, clock);

  const setUp = (caseKey: string) => {
    const escalate = noticesAs('escalate');
    const sweep = noticesAs('sweep');
    /** The answer as analysis adds it (once per id), then its notice as the escalation stage holds it. */
    const answer = async (escalationId: string, id: string, text: string, hour: string) => {
      await analysis.append(caseKey, { from: 'employee', text, day: '2026-11-18', onceKey: id, hour }, expiry);
      await escalate.hold(escalationId, hour, text, expiry, [], id, caseKey);
    };
    /** What the sweep emails: every held notice of the hours that are over, then forgotten. */
    const sweepAt = async (instant: string) => {
      clock.set(instant);
      const held = await sweep.heldBefore(new Date(instant).toISOString(), 100);
      for (const h of held) await sweep.sent(h);
      return held.map((h) => [...h.answers].sort());
    };
    return { answer, sweepAt };
  };

  it('Should tell an answer once when a copy of it comes after the sweep told it, in an hour holding another', async () => {
    const { answer, sweepAt } = setUp('a'.repeat(64));
    await answer('case:one', 'answer-east', 'The east door.', '2026-11-18T15:00:00.000Z');
    expect(await sweepAt('2026-11-18T16:05:00Z')).toEqual([['The east door.']]);

    clock.set('2026-11-18T16:20:00Z');
    await answer('case:one', 'answer-monday', 'Since Monday.', '2026-11-18T16:00:00.000Z');
    // The copy, accepted in this hour and carrying it.
    await answer('case:one', 'answer-east', 'The east door.', '2026-11-18T16:00:00.000Z');
    expect(await sweepAt('2026-11-18T17:05:00Z')).toEqual([['Since Monday.']]);
    // And days later, within the copies' fortnight: still nothing.
    clock.set('2026-11-20T09:20:00Z');
    await answer('case:one', 'answer-east', 'The east door.', '2026-11-20T09:00:00.000Z');
    expect(await sweepAt('2026-11-20T10:05:00Z')).toEqual([]);
  });

  it('Should tell an answer once when its copies race the first hold and the sweep, in whatever order', async () => {
    const { answer, sweepAt } = setUp('b'.repeat(64));
    // Copies of one answer at the same moment, carrying different hours: held once, under one of them.
    clock.set('2026-11-18T16:59:00Z');
    await Promise.all([
      answer('case:two', 'answer-lights', 'The lights flicker.', '2026-11-18T15:00:00.000Z'),
      answer('case:two', 'answer-lights', 'The lights flicker.', '2026-11-18T16:00:00.000Z'),
      answer('case:two', 'answer-lights', 'The lights flicker.', '2026-11-18T16:00:00.000Z'),
    ]);
    // Another answer of the hour now running, and more copies racing the sweep that tells the first.
    clock.set('2026-11-18T17:05:00Z');
    await answer('case:two', 'answer-ladder', 'And the ladder.', '2026-11-18T17:00:00.000Z');
    const [told] = await Promise.all([
      sweepAt('2026-11-18T17:05:00Z'),
      answer('case:two', 'answer-lights', 'The lights flicker.', '2026-11-18T17:00:00.000Z'),
      answer('case:two', 'answer-lights', 'The lights flicker.', '2026-11-18T17:00:00.000Z'),
    ]);
    const later = await sweepAt('2026-11-18T18:05:00Z');
    const everyEmail = [...told, ...later].flat();
    expect(everyEmail.filter((a) => a === 'The lights flicker.')).toHaveLength(1);
    expect(everyEmail.filter((a) => a === 'And the ladder.')).toHaveLength(1);
  });
});
