import { PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ThreadMessage } from '../../ports/case-thread';
import { conditionalWrite } from './dynamodb-toolkit';
import { THREAD_HEAD_SK, threadMessageSk, threadPk } from './table-keys';

/** The head field naming the last message each side wrote, which the other side has not read past. */
const LAST_WRITTEN = { sponsor: 'lastFromSponsor', employee: 'lastFromEmployee' } as const;

/**
 * Writes a numbered message into its thread (again, the same, if repeated), then marks the thread
 * "new" for the other side. Every path that gives a message its place goes through here: a sponsor's
 * message, an urgent answer, an answer released after its hour.
 */
export async function placeMessage(
  client: DynamoDBDocumentClient,
  table: string,
  caseKey: string,
  message: Pick<ThreadMessage, 'seq' | 'from' | 'text' | 'day' | 'by' | 'notFor'> & { turn?: number },
  expiresAt: number,
): Promise<void> {
  const { seq, from, text, day } = message;
  // An answer's turn as accepted (`CaseThread.takeTurn`): the list puts answers placed out of turn back in it.
  const turn = message.turn ? { turn: message.turn } : {};
  const by = message.by ? { by: message.by } : {};
  const notFor = message.notFor?.length ? { notFor: [...new Set(message.notFor)] } : {};
  const pk = threadPk(caseKey);
  // The day it was written and nothing finer: no hour stays once it is in the thread.
  await client.send(
    new PutCommand({
      TableName: table,
      Item: { pk, sk: threadMessageSk(seq), seq, from, text, day, ...by, ...notFor, ...turn, expiresAt },
    }),
  );
  // A message kept from someone does not mark the thread "new": that mark alone would tell them an
  // answer came that they may not read (the escalation stage tells whoever holds the case next).
  if (notFor.notFor) return;
  // Only after the message is there, so "something new" never points at nothing; never backwards.
  const field = LAST_WRITTEN[from];
  await conditionalWrite(() =>
    client.send(
      new UpdateCommand({
        TableName: table,
        Key: { pk, sk: THREAD_HEAD_SK },
        UpdateExpression: `SET ${field} = :seq`,
        ConditionExpression: `attribute_not_exists(${field}) OR ${field} < :seq`,
        ExpressionAttributeValues: { ':seq': seq },
      }),
    ),
  );
}
