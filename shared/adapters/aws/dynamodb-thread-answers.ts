import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { hourBatch } from '../../domain/hour-batch';
import { expiryForWeek, isoWeekOf } from '../../domain/iso-week';
import { MAX_THREAD_MESSAGES, type ThreadMessage } from '../../ports/case-thread';
import { holdAnswer, type WaitingAnswer } from './dynamodb-thread-waiting';
import { conditionalWrite, epochSeconds, isExpired } from './dynamodb-toolkit';
import { placeMessage } from './dynamodb-thread-message';
import { THREAD_HEAD_SK, threadOnceSk, threadPk } from './table-keys';

/*
 * An employee's answer, added to its thread once per delivery id (`onceKey`: the answer's id, the same
 * in every copy of its queue message and in every retry of its request), however many copies are
 * handled, at the same moment or one after another, and whichever of them stops half-way. DynamoDB
 * transactions are not used (dynalite has none): each step is keyed by the id and safe to repeat.
 *
 * 1. The answer takes a number (the thread's next, or the next of the employee's waiting answers) and
 *    a place against the length limit, then `ONCE#<id>` notes that number, conditionally: of copies
 *    at the same moment, the first to note it wins, the others give their place back and use its.
 * 2. The answer is written under the noted number, a conditional put: written once, whoever writes it.
 *    A copy resuming after one that stopped (a Lambda timeout) finds the number and writes it there.
 * 3. `ONCE#<id>` notes the answer stored: any later copy returns at once.
 *
 * A copy slow enough to write a waiting answer again after the sweep placed and forgot it leaves a
 * second waiting item under the same id: the sweep sees from `ONCE#<id>` that it was placed, and drops
 * it (`dynamodb-thread-waiting.ts`). `ONCE#<id>` keeps numbers and flags, never a time, and is
 * forgotten once no copy can come any more (see `onceUntil`).
 */

type Client = DynamoDBDocumentClient;
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** The answer as analysis adds it. `waits` unless urgent (placed at once). */
export interface AnswerToAdd extends WaitingAnswer {
  waits: boolean;
  /** Its turn as the intake accepted it (`CaseThread.takeTurn`), kept with an answer placed at once. */
  turn?: number;
  /** The hour it was accepted in (`answerHour`), whose batch it waits under. */
  hour?: string;
}

/** What `ONCE#<id>` noted: the number taken, and for a waiting answer its hour's batch. */
interface Taken {
  number: number;
  waits: boolean;
  batch: string;
}

/**
 * Until when `ONCE#<id>` is kept: while a delivery can be retried or redriven (the dead-letter queue
 * keeps 14 days), to a Monday, and never with the thread, so nothing ties a queue message's id to
 * the thread once no copy of it can come.
 */
export const onceUntil = (now: Date, threadExpiresAt: number): number => Math.min(threadExpiresAt, onceKeptUntil(now));

/** The Monday two weeks on: how long a once-item is kept, whichever write makes it first (the answer's or its notice's). */
export const onceKeptUntil = (now: Date): number => epochSeconds(expiryForWeek(isoWeekOf(now, 'UTC'), 14));

/** Adds the answer once per `onceKey`; see the file's comment. Undefined when the thread is full. */
export async function addAnswerOnce(
  client: Client,
  table: string,
  now: Date,
  caseKey: string,
  onceKey: string,
  answer: AnswerToAdd,
  expiresAt: number,
): Promise<ThreadMessage | undefined> {
  const once = { pk: threadPk(caseKey), sk: threadOnceSk(onceKey) };
  const first = await readOnce(client, table, once, now);
  if (first && stored(first)) return shown(answer, first);
  const taken = (first && takenOf(first)) ?? (await takeNumber(client, table, now, caseKey, once, answer, expiresAt));
  if (!taken) return undefined;
  // Another copy added it meanwhile.
  if ('added' in taken) return shown(answer, taken.added);
  const { text, day, notFor } = answer;
  if (taken.waits) {
    await holdAnswer(client, table, caseKey, { text, day, ...(notFor ? { notFor } : {}) }, expiresAt, {
      batch: taken.batch,
      n: taken.number,
      onceKey,
    });
  } else {
    // An urgent answer, in its place at once: written under its number (again, the same), then marked new.
    const turn = answer.turn;
    await placeMessage(
      client,
      table,
      caseKey,
      { seq: taken.number, from: 'employee', text, day, notFor, ...(turn ? { turn } : {}) },
      expiresAt,
    );
  }
  await client.send(
    new UpdateCommand({
      TableName: table,
      Key: once,
      // The hour's batch goes once the answer is written: kept for two weeks, it would tell in which
      // half of the hours (odd or even) the answer came. Every name through a placeholder (DynamoDB reserves many).
      UpdateExpression: 'SET #added = :yes REMOVE #batch',
      ExpressionAttributeNames: { '#added': 'added', '#batch': 'batch' },
      ExpressionAttributeValues: { ':yes': true },
    }),
  );
  return shown(answer, { taken: taken.number, waits: taken.waits });
}

async function readOnce(client: Client, table: string, key: Record<string, string>, now: Date) {
  const { Item } = await client.send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }));
  return Item && !isExpired(Item, now) ? Item : undefined;
}

/** Stored: noted so by step 3, or a mark from before the steps were noted (`seq`), made once the answer was there. */
const stored = (item: Record<string, unknown>): boolean => item.added === true || typeof item.seq === 'number';

const takenOf = (item: Record<string, unknown>): Taken | undefined =>
  typeof item.taken === 'number'
    ? { number: item.taken, waits: item.waits === true, batch: String(item.batch ?? '') }
    : undefined;

/** What another copy of the delivery did: took a number for the answer, or added it already (its batch then gone). */
const takenOrAdded = (item: Record<string, unknown> | undefined) =>
  item && stored(item) ? { added: item } : takenOf(item ?? {});

/** The answer as `append` returns it: a waiting one has no place (0) yet. */
function shown(answer: AnswerToAdd, item: Record<string, unknown>): ThreadMessage {
  const waits = item.waits === true || (typeof item.seq === 'number' && item.waiting !== undefined);
  const seq = waits ? 0 : num(item.taken ?? item.seq);
  return { seq, from: 'employee', text: answer.text, day: answer.day, ...(waits ? { waiting: true as const } : {}) };
}

/**
 * Step 1: a number and a place for the answer, noted on `ONCE#<id>` by the first copy to get there.
 * A copy that loses gives its place back (the number stays unused: a gap nobody sees) and takes the
 * winner's. Undefined when the thread is full and no copy took a place before.
 */
async function takeNumber(
  client: Client,
  table: string,
  now: Date,
  caseKey: string,
  once: Record<string, string>,
  answer: AnswerToAdd,
  expiresAt: number,
): Promise<Taken | { added: Record<string, unknown> } | undefined> {
  const head = { pk: threadPk(caseKey), sk: THREAD_HEAD_SK };
  // An ordinary answer takes the next of the employee's waiting answers; an urgent one a place in the thread.
  const counter = answer.waits ? 'waitingNext' : 'messageCount';
  let number = 0;
  const took = await conditionalWrite(async () => {
    const { Attributes } = await client.send(
      new UpdateCommand({
        TableName: table,
        Key: head,
        UpdateExpression: `SET accepted = if_not_exists(accepted, :zero) + :one, expiresAt = :expiresAt, ${counter} = if_not_exists(${counter}, :zero) + :one`,
        // A full conversation takes nothing more. A closed one still takes this answer: the intake accepted it
        // (told the employee it was sent) before the close, and refuses every answer after it.
        ConditionExpression:
          'accepted < :max OR (attribute_not_exists(accepted) AND (attribute_not_exists(messageCount) OR messageCount < :max))',
        ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':max': MAX_THREAD_MESSAGES, ':expiresAt': expiresAt },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    number = num(Attributes?.[counter]);
  });
  // Refused: unless a copy took a place for this answer before the thread filled up.
  if (!took) return takenOrAdded(await readOnce(client, table, once, now));
  const mine: Taken = { number, waits: answer.waits, batch: hourBatch(answer.hour ? new Date(answer.hour) : now) };
  const noted = await conditionalWrite(() =>
    client.send(
      new UpdateCommand({
        TableName: table,
        Key: once,
        UpdateExpression: 'SET #taken = :taken, #waits = :waits, #batch = :batch, expiresAt = :until',
        ConditionExpression: 'attribute_not_exists(#taken) AND attribute_not_exists(#seq)',
        ExpressionAttributeNames: { '#taken': 'taken', '#waits': 'waits', '#batch': 'batch', '#seq': 'seq' },
        ExpressionAttributeValues: {
          ':taken': mine.number,
          ':waits': mine.waits,
          ':batch': mine.batch,
          ':until': onceUntil(now, expiresAt),
        },
      }),
    ),
  );
  if (noted) return mine;
  // Another copy noted its number first: this copy's place is given back, and the answer is written under that one.
  await conditionalWrite(() =>
    client.send(
      new UpdateCommand({
        TableName: table,
        Key: head,
        UpdateExpression: 'SET accepted = accepted - :one',
        ConditionExpression: 'accepted > :zero',
        ExpressionAttributeValues: { ':zero': 0, ':one': 1 },
      }),
    ),
  );
  const winner = takenOrAdded(await readOnce(client, table, once, now));
  // Only a mark from before numbers were noted refuses the note without one: the message is tried again, and then returns.
  if (!winner) throw new Error('another delivery of this answer is adding it; tried again later');
  return winner;
}
