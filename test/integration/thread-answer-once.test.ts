import { DeleteCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { guardTableAccess } from '../../local/table-access-guard';
import { SealedWaitingRoom } from '../../local/sealed-waiting-room';
import { DynamoDbCaseThread } from '../../shared/adapters/aws/dynamodb-case-thread';
import { NOTICES_WAITING_PK, waitingThreadSk } from '../../shared/adapters/aws/table-keys';
import { placeAnswersAt, useCaseThreads } from '../support/case-threads';
import { fixedClock } from '../support/fixtures';

// Issue 14, "nothing is lost" and "once": an employee's answer, however many copies of its queue message
// are handled (at the same moment, or one after another stopped half-way), is one answer in the thread,
// and the place it takes counts once against the thread's length. On dynalite, under the functions' grants.

const START = '2026-11-25T14:37:23.456Z';
const clock = fixedClock(START);
const expiry = new Date('2027-06-07T00:00:00Z');
const caseKey = (n: number) => `a${n.toString(16).padStart(63, '0')}`;
const answer = (text: string, onceKey: string, urgent = false) => ({
  from: 'employee' as const,
  text,
  day: '2026-11-25',
  onceKey,
  ...(urgent ? { shownAtOnce: true } : {}),
});

describe("an employee's answer, added once per delivery on dynalite", () => {
  const tableName = 'answer-once-test';
  const { documents, analysis, employeeSide, sweep } = useCaseThreads(tableName, clock);
  const placeAnswers = () => placeAnswersAt(sweep, clock, '2026-11-25T15:05:00.000Z');
  const threadItems = async (key: string) =>
    (
      await documents.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `THREAD#${key}` },
          ConsistentRead: true,
        }),
      )
    ).Items ?? [];

  it('Should add once, and count once, an answer whose message is handled by many copies at the same moment', async () => {
    const key = caseKey(1);
    const copies = await Promise.all(
      Array.from({ length: 8 }, () => analysis.append(key, answer('The east door.', 'delivery-1'), expiry)),
    );
    expect(copies.every((c) => c?.waiting === true)).toBe(true);
    expect((await employeeSide.waiting(key)).map((m) => m.text)).toEqual(['The east door.']);
    expect((await employeeSide.summary(key)).messages).toBe(1);
    await placeAnswers();
    expect((await employeeSide.list(key)).map((m) => m.text)).toEqual(['The east door.']);
    expect(await employeeSide.waiting(key)).toEqual([]);
  });

  it('Should add once an urgent answer handled by many copies at the same moment', async () => {
    const key = caseKey(2);
    await Promise.all(
      Array.from({ length: 6 }, () => analysis.append(key, answer('Someone is hurt.', 'delivery-2', true), expiry)),
    );
    expect((await employeeSide.list(key)).map((m) => m.text)).toEqual(['Someone is hurt.']);
    expect((await employeeSide.summary(key)).messages).toBe(1);
  });

  it('Should add an answer whose first copy stopped after taking its place, when the next copy comes, once', async () => {
    const key = caseKey(3);
    await analysis.append(key, answer('The side door.', 'delivery-3'), expiry);
    // As if the first copy stopped after noting its place and before writing the answer.
    const once = (await threadItems(key)).find((i) => String(i.sk).startsWith('ONCE#'))!;
    const waiting = (await threadItems(key)).find((i) => String(i.sk).startsWith('WAIT#'))!;
    await documents.send(new DeleteCommand({ TableName: tableName, Key: { pk: waiting.pk, sk: waiting.sk } }));
    const { added: _added, ...taken } = once;
    const batch = String(waiting.sk).split('#')[1];
    await documents.send(new PutCommand({ TableName: tableName, Item: { ...taken, batch } }));
    expect(await employeeSide.waiting(key)).toEqual([]);

    await analysis.append(key, answer('The side door.', 'delivery-3'), expiry);
    await analysis.append(key, answer('The side door.', 'delivery-3'), expiry);
    expect((await employeeSide.waiting(key)).map((m) => m.text)).toEqual(['The side door.']);
    expect((await employeeSide.summary(key)).messages).toBe(1);
    await placeAnswers();
    expect((await employeeSide.list(key)).map((m) => m.text)).toEqual(['The side door.']);
  });

  it('Should never place twice an answer a slow copy wrote again after the sweep placed it', async () => {
    const key = caseKey(4);
    await analysis.append(key, answer('The canteen door.', 'delivery-4'), expiry);
    const waiting = (await threadItems(key)).find((i) => String(i.sk).startsWith('WAIT#'))!;
    await placeAnswers();
    expect((await employeeSide.list(key)).map((m) => m.text)).toEqual(['The canteen door.']);
    // The slow copy writes the waiting answer again, as it read it before the sweep.
    await documents.send(new PutCommand({ TableName: tableName, Item: waiting }));
    await documents.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: NOTICES_WAITING_PK,
          sk: waitingThreadSk(String(waiting.sk).split('#')[1]!, key),
          caseKey: key,
          holds: 1,
        },
      }),
    );
    await placeAnswers();
    expect((await employeeSide.list(key)).map((m) => m.text)).toEqual(['The canteen door.']);
    expect((await threadItems(key)).some((i) => String(i.sk).startsWith('WAIT#'))).toBe(false);
  });

  it('Should keep on the delivery mark no hour, nor which half of the hours, once the answer is added', async () => {
    const key = caseKey(5);
    await analysis.append(key, answer('Still blocked.', 'delivery-5'), expiry);
    const once = (await threadItems(key)).find((i) => String(i.sk).startsWith('ONCE#'))!;
    expect(once.batch).toBeUndefined();
    expect(Object.values(once).some((v) => typeof v === 'string' && /T\d{2}:|\b(odd|even)\b/.test(v))).toBe(false);
  });

  it("Should keep a laptop's delivery mark to the Monday two weeks on, never to the thread's expiry", async () => {
    const key = caseKey(6);
    const dir = mkdtempSync(join(tmpdir(), 'once-room-'));
    try {
      const room = new SealedWaitingRoom(dir, randomBytes(32));
      const onLaptop = (role: 'analyze' | 'sweep') =>
        new DynamoDbCaseThread(guardTableAccess(documents, role), tableName, clock, room);
      await onLaptop('analyze').append(key, answer('The loading bay.', 'delivery-6'), expiry);
      await placeAnswersAt(onLaptop('sweep'), clock, '2026-11-25T15:05:00.000Z');
      const once = (await threadItems(key)).find((i) => String(i.sk).startsWith('ONCE#'))!;
      // Placed in the week of 2026-11-23: kept to the Monday two weeks after its week, 2026-12-14, not to the thread's 2027-06-07.
      expect(once.expiresAt).toBe(Date.parse('2026-12-14T00:00:00Z') / 1000);
      const head = (await threadItems(key)).find((i) => i.sk === 'HEAD')!;
      expect(once.expiresAt).not.toBe(head.expiresAt);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
