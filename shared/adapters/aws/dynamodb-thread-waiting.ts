import {
  DeleteCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { overBatchKeys } from '../../domain/hour-batch';
import { weekBoundaryAtOrAfter } from '../../domain/iso-week';
import type { ThreadMessage } from '../../ports/case-thread';
import { placeMessage } from './dynamodb-thread-message';
import {
  collect,
  conditionalWrite,
  epochSeconds,
  isExpired,
  pageSize,
  queryItems,
  queryPages,
} from './dynamodb-toolkit';
import {
  NOTICES_WAITING_PK,
  THREAD_HEAD_SK,
  THREAD_WAITING_SK_PREFIX,
  threadOnceSk,
  threadPk,
  threadWaitingSk,
  waitingThreadSk,
} from './table-keys';

/*
 * An employee's ordinary answer waits outside its thread until its hour is
 * over, then joins it at the end. Were it numbered when written, its place
 * among the sponsor's messages (and its `MSG#` number, for an operator)
 * would time it against them to the minute: a sponsor writing every few
 * minutes would learn when the employee answered.
 *
 * - `THREAD#<case>` / `WAIT#<hour>#<n>`: the answer (redacted), its day,
 *   whom it must not be shown to, its delivery's random id (`once`, see
 *   `dynamodb-thread-answers.ts`). `n` orders the employee's own answers,
 *   nothing else; the hour (UTC, on the hour; `odd`/`even` from earlier
 *   versions) is what the sweep releases it by, however late it runs.
 * - `NOTICE#WAITING` / `<hour>#<case>`: which threads have answers
 *   waiting, so the sweep finds them; `holds` counts holds, so that a hold
 *   racing the sweep is never forgotten with the entry.
 *
 * Placing is safe to repeat: an answer first notes the number it takes
 * (`placedAs`), then is written under it, then the waiting item goes.
 */

type Client = DynamoDBDocumentClient;
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

export interface WaitingAnswer {
  text: string;
  day: string;
  notFor?: string[];
}

/**
 * Holds `answer` as the employee's `n`th waiting answer in `batch` (its hour's), under its delivery id
 * (`onceKey`): a conditional put, so copies of one delivery hold it once (`dynamodb-thread-answers.ts`).
 */
export async function holdAnswer(
  client: Client,
  table: string,
  caseKey: string,
  answer: WaitingAnswer,
  expiresAt: number,
  { batch, n, onceKey }: { batch: string; n: number; onceKey: string },
): Promise<void> {
  await conditionalWrite(() =>
    client.send(
      new PutCommand({
        TableName: table,
        Item: {
          pk: threadPk(caseKey),
          sk: threadWaitingSk(batch, n),
          from: 'employee',
          text: answer.text,
          day: answer.day,
          ...(answer.notFor?.length ? { notFor: [...new Set(answer.notFor)] } : {}),
          once: onceKey,
          expiresAt,
        },
        ConditionExpression: 'attribute_not_exists(pk)',
      }),
    ),
  );
  // Whoever wrote the answer, every copy notes the entry: a copy that stopped after writing it is not left without one.
  // After the answer, so the sweep never finds an entry with nothing behind it that stays.
  await client.send(
    new UpdateCommand({
      TableName: table,
      Key: { pk: NOTICES_WAITING_PK, sk: waitingThreadSk(batch, caseKey) },
      UpdateExpression: 'SET caseKey = :caseKey, expiresAt = :expiresAt ADD holds :one',
      ExpressionAttributeValues: {
        ':caseKey': caseKey,
        ':one': 1,
        ':expiresAt': epochSeconds(weekBoundaryAtOrAfter(new Date(expiresAt * 1000))),
      },
    }),
  );
}

/** The answers of `caseKey` still waiting, oldest first, as the employee sees them. */
export async function waitingAnswers(client: Client, table: string, caseKey: string, now: Date) {
  const items = await collect(
    queryItems(client, {
      TableName: table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': threadPk(caseKey), ':prefix': THREAD_WAITING_SK_PREFIX },
      ConsistentRead: true,
    }),
  );
  return items
    .filter((item) => !isExpired(item, now))
    .sort((a, b) => orderOf(a) - orderOf(b))
    .map((item) => ({
      message: {
        seq: 0,
        from: 'employee',
        text: String(item.text ?? ''),
        day: String(item.day ?? ''),
        waiting: true,
      } satisfies ThreadMessage,
      placedAs: typeof item.placedAs === 'number' ? item.placedAs : undefined,
    }));
}

/** The employee's order of a waiting item, across both batches (its `n`). */
const orderOf = (item: Record<string, unknown>): number => Number(String(item.sk).split('#').at(-1));

/** Places the answers of every thread whose hour is over, all such hours at once; see `CaseThread.placeWaiting`. */
export async function placeWaitingAnswers(
  client: Client,
  table: string,
  now: Date,
  limit: number,
): Promise<{ placed: number; failed: number }> {
  const result = { placed: 0, failed: 0 };
  // Every hour before this one, oldest first, then what an earlier version left: one query, kept by `isOver`.
  const { below, isOver } = overBatchKeys(now);
  let seen = 0;
  const pages = queryPages(client, {
    TableName: table,
    KeyConditionExpression: 'pk = :pk AND sk < :below',
    ExpressionAttributeValues: { ':pk': NOTICES_WAITING_PK, ':below': below },
    ConsistentRead: true,
    Limit: pageSize(limit),
  });
  for await (const page of pages) {
    for (const entry of page) {
      if (!isOver(String(entry.sk))) continue;
      if (seen++ >= limit) return result;
      const caseKey = String(entry.caseKey);
      const batch = String(entry.sk).slice(0, -(caseKey.length + 1));
      try {
        result.placed += await placeThread(client, table, caseKey, batch, now);
        // Gone only if no answer was held since it was read (`holds`): a later one is placed next time.
        await conditionalWrite(() =>
          client.send(
            new DeleteCommand({
              TableName: table,
              Key: { pk: entry.pk, sk: entry.sk },
              ConditionExpression: 'holds = :holds',
              ExpressionAttributeValues: { ':holds': entry.holds },
            }),
          ),
        );
      } catch {
        result.failed += 1; // one thread failing must not hold up the others; the next sweep tries again
      }
    }
    if (seen >= limit) return result;
  }
  return result;
}

/** One thread's answers of `batch`, in the employee's order, each at the end of the thread. */
async function placeThread(client: Client, table: string, caseKey: string, batch: string, now: Date) {
  const pk = threadPk(caseKey);
  const items = (
    await collect(
      queryItems(client, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': pk, ':prefix': `${THREAD_WAITING_SK_PREFIX}${batch}#` },
        ConsistentRead: true,
      }),
    )
  ).sort((a, b) => orderOf(a) - orderOf(b));
  let placed = 0;
  for (const item of items) {
    if (isExpired(item, now)) continue;
    const once = typeof item.once === 'string' ? { pk, sk: threadOnceSk(item.once) } : undefined;
    // Written again by a slow copy of its delivery after it was placed and forgotten: the same answer, dropped.
    if (typeof item.placedAs !== 'number' && once && (await placedBefore(client, table, once))) {
      await client.send(new DeleteCommand({ TableName: table, Key: { pk, sk: item.sk } }));
      continue;
    }
    // Placed even if the conversation was closed while it waited: it was accepted before the close, and the
    // employee was told it was sent (the sweep then reopens the case: `sendHeldAnswers`).
    const seq = typeof item.placedAs === 'number' ? item.placedAs : await takeNumber(client, table, pk, item);
    if (seq === undefined) continue; // placed meanwhile by another sweep
    // Noted before the waiting item goes, so a copy writing it again later is known for what it is.
    if (once)
      await conditionalWrite(() =>
        client.send(
          new UpdateCommand({
            TableName: table,
            Key: once,
            UpdateExpression: 'SET placedAs = :seq',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':seq': seq },
          }),
        ),
      );
    const notFor = Array.isArray(item.notFor) ? item.notFor.map(String) : undefined;
    const message = { seq, from: 'employee' as const, text: String(item.text), day: String(item.day), notFor };
    await placeMessage(client, table, caseKey, message, Number(item.expiresAt));
    await client.send(new DeleteCommand({ TableName: table, Key: { pk, sk: item.sk } }));
    placed += 1;
  }
  return placed;
}

/** Whether the sweep placed the answer of this delivery mark (`ONCE#<id>`) already. */
async function placedBefore(client: Client, table: string, once: { pk: string; sk: string }): Promise<boolean> {
  // A query on the mark's own key: the sweep may query threads, not read single items of them.
  const { Items: [mark] = [] } = await client.send(
    new QueryCommand({
      TableName: table,
      KeyConditionExpression: 'pk = :pk AND sk = :sk',
      ExpressionAttributeValues: { ':pk': once.pk, ':sk': once.sk },
      ConsistentRead: true,
    }),
  );
  return typeof mark?.placedAs === 'number';
}

/**
 * The next number of the thread for a waiting answer, noted on it first so
 * a repeat places it under the same one. Past the thread's length limit
 * too: the answer was accepted when the thread had room (`accepted`); and
 * once closed too: it was accepted before the close.
 */
async function takeNumber(
  client: Client,
  table: string,
  pk: string,
  item: Record<string, unknown>,
): Promise<number | undefined> {
  const seq = await nextNumber(client, table, pk);
  const noted = await conditionalWrite(() =>
    client.send(
      new UpdateCommand({
        TableName: table,
        Key: { pk, sk: String(item.sk) },
        UpdateExpression: 'SET placedAs = :seq',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(placedAs)',
        ExpressionAttributeValues: { ':seq': seq },
      }),
    ),
  );
  // Another sweep noted it first and places it; the number taken here is left unused.
  return noted ? seq : undefined;
}

/** Takes the thread's next number for an answer that waited: one write, no read of the head. */
export async function nextNumber(
  client: Client,
  table: string,
  pk: string,
  also = '',
  values: Record<string, unknown> = {},
): Promise<number> {
  const { Attributes } = await client.send(
    new UpdateCommand({
      TableName: table,
      Key: { pk, sk: THREAD_HEAD_SK },
      UpdateExpression: `SET messageCount = if_not_exists(messageCount, :zero) + :one${also}`,
      ExpressionAttributeValues: { ':zero': 0, ':one': 1, ...values },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return num(Attributes?.messageCount);
}
