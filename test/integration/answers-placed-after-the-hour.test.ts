import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { threadPk } from '../../shared/adapters/aws/table-keys';
import { employeeReadsThread, sponsorReadsThread, sponsorWrites } from '../../shared/use-cases/case-conversation';
import { useCaseThreads } from '../support/case-threads';
import { exampleConfig, fixedClock } from '../support/fixtures';

const expiry = new Date('2027-06-07T00:00:00Z');
const escalation = (caseKey: string) => ({ caseKey, raisedAt: '2026-11-16T09:00:00.000Z' });

/**
 * Issue 14 (attacker's report): a sponsor who writes every few minutes must
 * not learn, from where the employee's answers sit among their own messages
 * (or an operator from their numbers), when within the hour the employee
 * answered. An ordinary answer is the employee's alone until its hour is
 * over; the sweep then places it after every message written until then.
 */
describe('an employee’s answer joins the sponsors’ thread only once its hour is over', () => {
  const tableName = 'answers-after-the-hour';
  const clock = fixedClock('2026-11-18T15:44:10Z');
  const { documents, sponsorSide, employeeSide, analysis, sweep } = useCaseThreads(tableName, clock);

  const write = (key: string, text: string) =>
    sponsorWrites({ threads: sponsorSide, clock, config: exampleConfig }, escalation(key), text, 'plant2-gm');
  const answer = (key: string, text: string, onceKey?: string) =>
    analysis.append(key, { from: 'employee', text, day: '2026-11-18', ...(onceKey ? { onceKey } : {}) }, expiry);
  const sponsorReads = async (key: string) =>
    (await sponsorReadsThread(sponsorSide, key, ['plant2-gm'])).map((m) => `${m.from}: ${m.text}`);

  it('Should place the answers of an hour after every sponsor message written before it was over, and keep only days', async () => {
    const key = 'a'.repeat(64);
    await write(key, 'Which door?');
    clock.set('2026-11-18T15:45:30Z');
    await answer(key, 'The east one.', 'delivery-1');
    clock.set('2026-11-18T15:48:02Z');
    await answer(key, 'By bay 3.', 'delivery-2');
    clock.set('2026-11-18T15:48:40Z');
    await write(key, 'Since when?');
    clock.set('2026-11-18T15:49:15Z');
    await answer(key, 'Since Monday.', 'delivery-3');
    // A retried delivery of the same answer waits once.
    await answer(key, 'Since Monday.', 'delivery-3');

    // Within the hour (and after it, until the sweep has run) the sponsor reads only their own messages, nothing new.
    for (const at of ['2026-11-18T15:59:59Z', '2026-11-18T16:00:30Z']) {
      clock.set(at);
      expect(await sponsorReads(key)).toEqual(['sponsor: Which door?', 'sponsor: Since when?']);
      expect((await sponsorSide.summary(key)).newForSponsor).toBe(false);
    }
    // The employee reads their own answers at once, last, as still on their way.
    const mine = await employeeReadsThread(employeeSide, { caseKey: key, status: 'escalated' });
    expect(mine.messages.map((m) => [m.text, m.waiting === true])).toEqual([
      ['Which door?', false],
      ['Since when?', false],
      ['The east one.', true],
      ['By bay 3.', true],
      ['Since Monday.', true],
    ]);
    // Counted against the thread's length limit while they wait.
    expect(mine.summary.messages).toBe(5);

    clock.set('2026-11-18T16:05:00Z');
    expect(await sweep.placeWaiting()).toEqual({ placed: 3, failed: 0 });
    expect((await sponsorSide.summary(key)).newForSponsor).toBe(true);
    expect(await sponsorReads(key)).toEqual([
      'sponsor: Which door?',
      'sponsor: Since when?',
      'employee: The east one.',
      'employee: By bay 3.',
      'employee: Since Monday.',
    ]);
    expect((await sponsorSide.summary(key)).newForSponsor).toBe(false);
    expect((await employeeSide.waiting(key)).length).toBe(0);
    // A second sweep places nothing twice.
    expect(await sweep.placeWaiting()).toEqual({ placed: 0, failed: 0 });
    expect((await sponsorSide.list(key)).map((m) => m.seq)).toEqual([1, 2, 3, 4, 5]);

    // The operator's view: every item of the thread, and anything left waiting, holds no time but a day.
    const items = (await documents.send(new ScanCommand({ TableName: tableName, ConsistentRead: true }))).Items ?? [];
    const thread = items.filter((item) => item.pk === threadPk(key) || String(item.pk).startsWith('NOTICE#'));
    expect(thread.some((item) => String(item.sk).startsWith('WAIT#'))).toBe(false);
    expect(items.some((item) => item.pk === 'NOTICE#WAITING')).toBe(false);
    for (const item of thread) {
      const { expiresAt: _expiry, ...rest } = item;
      expect(JSON.stringify(rest)).not.toMatch(/\d{4}-\d\d-\d\dT(?!00:00:00)\d\d:\d\d/);
      expect(Object.keys(rest)).not.toEqual(expect.arrayContaining(['shownFrom']));
    }
  });

  it('Should keep an answer placed in an earlier hour "new" while a later one waits, and place that one at its own hour', async () => {
    const key = 'b'.repeat(64);
    clock.set('2026-11-18T15:10:00Z');
    await answer(key, 'First');
    clock.set('2026-11-18T16:07:00Z');
    await sweep.placeWaiting();
    clock.set('2026-11-18T16:20:00Z');
    await answer(key, 'Second');
    expect((await sponsorSide.summary(key)).newForSponsor).toBe(true);
    expect(await sponsorReads(key)).toEqual(['employee: First']);
    expect((await sponsorSide.summary(key)).newForSponsor).toBe(false);
    // The other batch's hour is not over yet: a sweep within it places nothing of it.
    await sweep.placeWaiting();
    expect(await sponsorReads(key)).toEqual(['employee: First']);
    clock.set('2026-11-18T17:00:10Z');
    await sweep.placeWaiting();
    expect((await sponsorSide.summary(key)).newForSponsor).toBe(true);
    expect(await sponsorReads(key)).toEqual(['employee: First', 'employee: Second']);
  });

  it('Should show an urgent answer at once, in the order written, and still take an answer accepted before the close', async () => {
    const key = 'c'.repeat(64);
    clock.set('2026-11-18T15:20:00Z');
    await write(key, 'Is anyone hurt?');
    await analysis.append(key, { from: 'employee', text: 'Yes, now.', day: '2026-11-18', shownAtOnce: true }, expiry);
    expect(await sponsorReads(key)).toEqual(['sponsor: Is anyone hurt?', 'employee: Yes, now.']);
    await sponsorSide.close(key, expiry, '2026-11-18T16:00:00.000Z');
    // Queued before the close (the intake refuses every answer after it): the employee was told it was sent.
    expect(await answer(key, 'Sent before the close')).toMatchObject({ waiting: true });
    expect((await employeeSide.waiting(key)).map((m) => m.text)).toEqual(['Sent before the close']);
    // The sponsor's side is read-only once closed.
    await expect(write(key, 'Anything else?')).rejects.toThrow(/closed/);
  });

  it('Should place, never drop, the answers still waiting when the case is closed within their hour', async () => {
    const key = 'd'.repeat(64);
    clock.set('2026-11-18T15:10:00Z');
    await write(key, 'Which door?');
    await answer(key, 'The east one.');
    clock.set('2026-11-18T15:30:00Z');
    await sponsorSide.close(key, expiry, '2026-11-18T16:00:00.000Z');
    // Closed: the employee's page still says it is on its way, as it is.
    const view = await employeeReadsThread(employeeSide, { caseKey: key, status: 'acknowledged' });
    expect(view.messages.map((m) => [m.text, m.waiting])).toEqual([
      ['Which door?', undefined],
      ['The east one.', true],
    ]);
    clock.set('2026-11-18T16:05:00Z');
    await sweep.placeWaiting();
    expect(await sponsorReads(key)).toEqual(['sponsor: Which door?', 'employee: The east one.']);
    expect(await employeeSide.waiting(key)).toEqual([]);
  });
});
