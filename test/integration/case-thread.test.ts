import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardTableAccess } from '../../local/table-access-guard';
import { DynamoDbCaseThread } from '../../shared/adapters/aws/dynamodb-case-thread';
import { MAX_THREAD_MESSAGES } from '../../shared/ports/case-thread';
import { placeAnswersAt, useCaseThreads } from '../support/case-threads';
import { fixedClock } from '../support/fixtures';

const START = '2026-11-25T14:37:23.456Z';
const clock = fixedClock(START);
const expiry = new Date('2027-06-07T00:00:00Z');
const caseKey = (n: number) => n.toString(16).padStart(64, '0');

describe('a case thread, on dynalite under the functions’ grants', () => {
  const tableName = 'thread-test';
  const { documents, as, sponsorSide, employeeSide, analysis, sweep } = useCaseThreads(tableName, clock);
  /** The sweep of the next hour, which places the answers that waited for this one to be over. */
  const placeAnswers = () => placeAnswersAt(sweep, clock, '2026-11-25T15:05:00.000Z');

  it('Should show both sides the same thread, in order, and tell each side what is new for it', async () => {
    const key = caseKey(1);
    expect(await employeeSide.list(key)).toEqual([]);
    expect(await employeeSide.summary(key)).toEqual({ messages: 0, newForSponsor: false, newForEmployee: false });

    const question = await sponsorSide.append(
      key,
      { from: 'sponsor', text: 'Which shift?', day: '2026-11-25T14:37:23Z' },
      expiry,
    );
    expect(question).toEqual({ seq: 1, from: 'sponsor', text: 'Which shift?', day: '2026-11-25' });
    expect(await employeeSide.summary(key)).toMatchObject({ newForEmployee: true, newForSponsor: false });

    await employeeSide.markRead(key, 'employee', 1);
    expect(await employeeSide.summary(key)).toMatchObject({ newForEmployee: false });

    await analysis.append(key, { from: 'employee', text: 'Nights, bay [NAME]', day: '2026-11-26' }, expiry);
    // The answer joins the thread, and is new for the sponsor, only once its hour is over.
    // The sponsor has asked: an answer on an urgent case would go at once (answer-in-urgent-case-at-once.test.ts).
    const asked = { sponsorWrote: true };
    expect(await sponsorSide.summary(key)).toEqual({
      messages: 2,
      newForSponsor: false,
      newForEmployee: false,
      ...asked,
    });
    await placeAnswers();
    expect(await sponsorSide.summary(key)).toEqual({
      messages: 2,
      newForSponsor: true,
      newForEmployee: false,
      ...asked,
    });
    expect((await employeeSide.list(key)).map((m) => [m.seq, m.from, m.text])).toEqual([
      [1, 'sponsor', 'Which shift?'],
      [2, 'employee', 'Nights, bay [NAME]'],
    ]);
  });

  it('Should keep a message new when it arrives after the reader loaded the page (read marks never go back)', async () => {
    const key = caseKey(2);
    await sponsorSide.append(key, { from: 'sponsor', text: 'one', day: '2026-11-25' }, expiry);
    await sponsorSide.append(key, { from: 'sponsor', text: 'two', day: '2026-11-25' }, expiry);
    await employeeSide.markRead(key, 'employee', 2);
    await employeeSide.markRead(key, 'employee', 1);
    expect(await employeeSide.summary(key)).toMatchObject({ newForEmployee: false });
    await sponsorSide.append(key, { from: 'sponsor', text: 'three', day: '2026-11-25' }, expiry);
    expect(await employeeSide.summary(key)).toMatchObject({ newForEmployee: true });
  });

  it('Should give concurrent messages distinct numbers and lose none', async () => {
    const key = caseKey(3);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? sponsorSide : analysis).append(
          key,
          { from: i % 2 ? 'sponsor' : 'employee', text: `m${i}`, day: '2026-11-25' },
          expiry,
        ),
      ),
    );
    await placeAnswers();
    const listed = await sponsorSide.list(key);
    expect(listed.map((m) => m.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(listed.map((m) => m.text)).size).toBe(12);
  });

  it('Should refuse a message beyond the thread’s limit, keeping what is there', async () => {
    const key = caseKey(4);
    for (let i = 0; i < MAX_THREAD_MESSAGES; i += 1)
      expect(await analysis.append(key, { from: 'employee', text: `m${i}`, day: '2026-11-25' }, expiry)).toBeDefined();
    expect(
      await analysis.append(key, { from: 'employee', text: 'one too many', day: '2026-11-25' }, expiry),
    ).toBeUndefined();
    await placeAnswers();
    expect(await sponsorSide.list(key)).toHaveLength(MAX_THREAD_MESSAGES);
  }, 60_000);

  it('Should store any text as it was given, and never a time finer than the day', async () => {
    const key = caseKey(5);
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300, unit: 'grapheme' }),
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        async (text, when) => {
          const stored = await sponsorSide.append(key, { from: 'sponsor', text, day: when.toISOString() }, expiry);
          expect(stored?.text).toBe(text);
          expect(stored?.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('Should add a message delivered twice (a queue retry) once', async () => {
    const key = caseKey(7);
    const first = await analysis.append(
      key,
      { from: 'employee', text: 'once', day: '2026-11-25', onceKey: 'delivery-1' },
      expiry,
    );
    const again = await analysis.append(
      key,
      { from: 'employee', text: 'once', day: '2026-11-25', onceKey: 'delivery-1' },
      expiry,
    );
    expect(again?.seq).toBe(first?.seq);
    expect(await employeeSide.waiting(key)).toHaveLength(1);
    await placeAnswers();
    expect(await sponsorSide.list(key)).toHaveLength(1);
  });

  it('Should show a sponsor’s message once when the same form is posted twice at once (a double click), and again when sent after an answer', async () => {
    const key = caseKey(80);
    const question = { from: 'sponsor' as const, text: 'Are you safe right now?', by: 'coo', day: '2026-11-25' };
    const posted = await Promise.all([1, 2, 3].map(() => sponsorSide.append(key, question, expiry)));
    expect(posted.map((m) => m?.seq)).toEqual([1, 1, 1]);
    expect((await employeeSide.list(key)).map((m) => m.text)).toEqual(['Are you safe right now?']);
    // Other words, or the same from someone else, are other messages.
    await sponsorSide.append(key, { ...question, text: 'Which shift are you on?' }, expiry);
    await sponsorSide.append(key, { ...question, text: 'Which shift are you on?', by: 'leadership' }, expiry);
    expect(await employeeSide.list(key)).toHaveLength(3);
    // After the employee's answer is in the thread, asking the same again is a new message.
    await analysis.append(key, { from: 'employee', text: 'nights', day: '2026-11-25', shownAtOnce: true }, expiry);
    const again = await sponsorSide.append(
      key,
      { ...question, text: 'Which shift are you on?', by: 'leadership' },
      expiry,
    );
    expect(again?.seq).toBe(5);
    expect((await employeeSide.list(key)).map((m) => m.from)).toEqual([
      'sponsor',
      'sponsor',
      'sponsor',
      'employee',
      'sponsor',
    ]);
  });

  it('Should write a sponsor’s message when the post that took its number stopped before writing it, and the form is posted again', async () => {
    const key = caseKey(81);
    const guarded = guardTableAccess(documents, 'sponsor');
    // The first post's function stops (a timeout) between numbering the message and writing it.
    const stopping = {
      send: (command: unknown) => {
        if (command instanceof PutCommand && String(command.input.Item?.sk).startsWith('MSG#'))
          return Promise.reject(new Error('Task timed out'));
        return guarded.send(command as never);
      },
    } as unknown as DynamoDBDocumentClient;
    const stopped = new DynamoDbCaseThread(stopping, tableName, clock);
    const message = { from: 'sponsor' as const, text: 'Is the door still blocked?', by: 'coo', day: '2026-11-25' };
    await expect(stopped.append(key, message, expiry)).rejects.toThrow('Task timed out');
    expect(await employeeSide.list(key)).toEqual([]);
    // The sponsor's browser posts the same form again: the message is there once.
    expect(await sponsorSide.append(key, message, expiry)).toMatchObject({
      seq: 1,
      text: 'Is the door still blocked?',
    });
    expect((await employeeSide.list(key)).map((m) => m.text)).toEqual(['Is the door still blocked?']);
    expect(await employeeSide.summary(key)).toMatchObject({ messages: 1, newForEmployee: true });
  });

  it('Should forget which delivery made a message once no retry can come: on a Monday two weeks on, not with the thread', async () => {
    const key = caseKey(70);
    await analysis.append(key, { from: 'employee', text: 'marked', day: '2026-11-25', onceKey: 'delivery-8' }, expiry);
    const { Items } = await documents.send(
      new QueryCommand({
        TableName: tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :once)',
        ExpressionAttributeValues: { ':pk': `THREAD#${key}`, ':once': 'ONCE#' },
      }),
    );
    expect(Items).toHaveLength(1);
    const until = new Date(Number(Items![0]!.expiresAt) * 1000);
    // Written on Wednesday 25 November (week 48): kept through the queue's 14 days, to Monday 14 December.
    expect(until.toISOString()).toBe('2026-12-14T00:00:00.000Z');
    expect(until.getTime()).toBeLessThan(expiry.getTime());
  });

  it('Should tell the employee by which day they will hear back, as a day only', async () => {
    const key = caseKey(8);
    const escalate = as('escalate');
    await escalate.setDeadline(key, 'acknowledge', '2026-12-02T15:00:00.000Z', expiry);
    expect(await employeeSide.summary(key)).toEqual({
      messages: 0,
      newForSponsor: false,
      newForEmployee: false,
      acknowledgeBy: '2026-12-02',
    });
    await sponsorSide.setDeadline(key, 'feedback', '2027-03-02', expiry);
    expect(await employeeSide.summary(key)).toMatchObject({ acknowledgeBy: '2026-12-02', feedbackBy: '2027-03-02' });
  });

  it('Should keep whether the case is urgent with its deadline to acknowledge, and make it so when an answer is urgent', async () => {
    const key = caseKey(10);
    const escalate = as('escalate');
    await escalate.setDeadline(key, 'acknowledge', '2026-12-02', expiry, false);
    expect(await employeeSide.summary(key)).toMatchObject({ acknowledgeBy: '2026-12-02', urgent: false });
    // The feedback deadline says nothing of it, and leaves it as it was.
    await escalate.setDeadline(key, 'feedback', '2027-03-02', expiry, true);
    expect((await employeeSide.summary(key)).urgent).toBe(false);
    await escalate.markUrgent(key);
    expect((await employeeSide.summary(key)).urgent).toBe(true);
    // A case without a thread has no page that says it: nothing is written, nothing fails.
    await escalate.markUrgent(caseKey(11));
    expect(await employeeSide.summary(caseKey(11))).toEqual({
      messages: 0,
      newForSponsor: false,
      newForEmployee: false,
    });
    // The employee-facing functions may not write it.
    for (const employeeFacing of [employeeSide, as('sms-inbound')])
      await expect(employeeFacing.markUrgent(key)).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it('Should not let the employee-facing intake write a message into a thread', async () => {
    await expect(
      employeeSide.append(caseKey(6), { from: 'employee', text: 'x', day: '2026-11-25' }, expiry),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it('Should let the employee-facing functions mark only what the employee read: never the sponsor’s mark nor a deadline', async () => {
    const key = caseKey(9);
    await sponsorSide.append(key, { from: 'sponsor', text: 'Which door?', day: '2026-11-25' }, expiry);
    await employeeSide.markRead(key, 'employee', 1);
    expect((await employeeSide.summary(key)).newForEmployee).toBe(false);
    for (const employeeFacing of [employeeSide, as('sms-inbound')]) {
      await expect(employeeFacing.markRead(key, 'sponsor', 1)).rejects.toMatchObject({ name: 'AccessDeniedException' });
      await expect(employeeFacing.setDeadline(key, 'acknowledge', '2030-01-01', expiry)).rejects.toMatchObject({
        name: 'AccessDeniedException',
      });
    }
  });
});
