import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { hourStamp } from '../../domain/escalation';
import { conditionalWrite } from './dynamodb-toolkit';
import { placeMessage } from './dynamodb-thread-message';
import { onceUntil } from './dynamodb-thread-answers';
import { nextNumber } from './dynamodb-thread-waiting';
import { THREAD_HEAD_SK, threadOnceSk, threadPk } from './table-keys';

/** An ordinary answer waiting, outside the table, for its hour to be over. */
export interface RoomAnswer {
  /** Random, for releasing it; nothing else. */
  id: string;
  /** Orders the employee's own waiting answers of the case, nothing else. */
  n: number;
  /** Its hour (UTC, on the hour): what the sweep releases by. */
  hour: string;
  text: string;
  day: string;
  notFor?: string[];
  /** The queue delivery that brought it, so a redelivery adds it once. */
  onceKey?: string;
  expiresAt: number;
  /** The thread number it was given when releasing began, so a repeat releases it under the same one. */
  placedAs?: number;
}

/**
 * Somewhere outside the table where answers wait for their hour (on a
 * laptop: `local/sealed-waiting-room.ts`). Without one, they wait in the
 * table (`dynamodb-thread-waiting.ts`), where AWS keeps no write order an
 * operator can read.
 */
export interface ThreadWaitingRoom {
  hold(caseKey: string, answer: RoomAnswer): void;
  waiting(caseKey: string): RoomAnswer[];
  /** The cases (at most `limit`) with answers of hours before `hour`, each case's oldest first. */
  over(hour: string, limit: number): { caseKey: string; answers: RoomAnswer[] }[];
  notePlacing(id: string, seq: number): void;
  release(id: string): void;
  /** The employee has read the thread up to `seq`, in `hour`: kept here until that hour is over. */
  noteRead(caseKey: string, seq: number, hour: string): void;
  readThrough(caseKey: string): number;
  readsOver(hour: string): { caseKey: string; seq: number }[];
  forgetRead(caseKey: string, seq: number): void;
}

/**
 * Releases into their threads the answers whose hour is over, however late
 * the sweep runs: each at the end of its thread, in the employee's order, a
 * closed thread's too. Their place in the table's write order is now the
 * sweep's, at the hour's end, which tells nothing finer than the hour.
 */
export async function releaseWaiting(
  client: DynamoDBDocumentClient,
  table: string,
  room: ThreadWaitingRoom,
  now: Date,
  limit: number,
): Promise<{ placed: number; failed: number }> {
  const result = { placed: 0, failed: 0 };
  for (const { caseKey, answers } of room.over(hourStamp(now), limit)) {
    try {
      const pk = threadPk(caseKey);
      for (const answer of answers) {
        if (answer.expiresAt * 1000 <= now.getTime()) {
          room.release(answer.id);
          continue;
        }
        // It counts against the thread's length only now, so nothing wrote the head when it came.
        // Placed even if the conversation was closed while it waited: it was accepted before the close
        // (the sweep then reopens the case: `sendHeldAnswers`).
        const seq =
          answer.placedAs ??
          (await nextNumber(
            client,
            table,
            pk,
            ', accepted = if_not_exists(accepted, :zero) + :one, expiresAt = if_not_exists(expiresAt, :expiresAt)',
            { ':expiresAt': answer.expiresAt },
          ));
        if (answer.placedAs === undefined) room.notePlacing(answer.id, seq);
        const { text, day, notFor } = answer;
        await placeMessage(client, table, caseKey, { seq, from: 'employee', text, day, notFor }, answer.expiresAt);
        // The table's mark of its delivery, so a late copy of it adds nothing once it has left the room.
        if (answer.onceKey)
          // Kept to the Monday two weeks on, never with the thread (`onceUntil`); an update, so the
          // notice's own marks on the same item (held, sent) stay.
          await client.send(
            new UpdateCommand({
              TableName: table,
              Key: { pk, sk: threadOnceSk(answer.onceKey) },
              UpdateExpression: 'SET #seq = :seq, expiresAt = :until',
              ExpressionAttributeNames: { '#seq': 'seq' },
              ExpressionAttributeValues: { ':seq': seq, ':until': onceUntil(now, answer.expiresAt) },
            }),
          );
        room.release(answer.id);
        result.placed += 1;
      }
    } catch {
      result.failed += 1; // one thread failing must not hold up the others; the next sweep tries again
    }
  }
  for (const read of room.readsOver(hourStamp(now))) {
    try {
      await conditionalWrite(() =>
        client.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: threadPk(read.caseKey), sk: THREAD_HEAD_SK },
            UpdateExpression: 'SET employeeReadThrough = :seq',
            ConditionExpression:
              'attribute_exists(pk) AND (attribute_not_exists(employeeReadThrough) OR employeeReadThrough < :seq)',
            ExpressionAttributeValues: { ':seq': read.seq },
          }),
        ),
      );
      room.forgetRead(read.caseKey, read.seq);
    } catch {
      result.failed += 1;
    }
  }
  return result;
}
