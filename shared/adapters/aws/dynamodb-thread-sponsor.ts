import { createHash } from 'node:crypto';
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MAX_THREAD_MESSAGES, type ThreadMessage } from '../../ports/case-thread';
import { conditionalWrite } from './dynamodb-toolkit';
import { placeMessage } from './dynamodb-thread-message';
import { THREAD_HEAD_SK, threadPk } from './table-keys';

/*
 * A sponsor's message, added at the end of its thread once however often the same form is sent: a double
 * click on "Send", or a reload that posts the form again, must not show the employee the message twice.
 *
 * The head keeps a fingerprint of the sponsor's last message (who wrote it and its stored words) and the
 * number it took. Taking a number is refused, in the same conditional write, when the message is the
 * fingerprinted one and nothing has been placed after it: two posts at the same moment take one number.
 * The one refused then writes the message under that number again (the same item, a put): if the first
 * post stopped between taking the number and writing the message, the second writes it, so a "sent"
 * page never stands for a message that is not there. The same words sent again after anything else in
 * the thread (the employee's answer) are a new message.
 *
 * The fingerprint is of the stored (redacted) words, which the thread keeps anyway: it tells nothing new.
 */

type Client = DynamoDBDocumentClient;
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);

/** The sponsor's message as the thread keeps it. */
export interface SponsorMessage {
  text: string;
  day: string;
  by?: string;
  notFor?: string[];
}

const fingerprintOf = (message: SponsorMessage): string =>
  createHash('sha256')
    .update(`${message.by ?? ''}\n${message.text}`)
    .digest('base64url')
    .slice(0, 22);

/** Adds the message once (see the file's comment). Undefined when the thread is closed or full. */
export async function addSponsorMessageOnce(
  client: Client,
  table: string,
  caseKey: string,
  message: SponsorMessage,
  expiresAt: number,
): Promise<ThreadMessage | undefined> {
  const head = { pk: threadPk(caseKey), sk: THREAD_HEAD_SK };
  const fingerprint = fingerprintOf(message);
  let seq: number | undefined;
  const took = await conditionalWrite(async () => {
    const { Attributes } = await client.send(
      new UpdateCommand({
        TableName: table,
        Key: head,
        UpdateExpression:
          'SET accepted = if_not_exists(accepted, :zero) + :one, expiresAt = :expiresAt, messageCount = if_not_exists(messageCount, :zero) + :one, sponsorWords = :words, sponsorWordsSeq = if_not_exists(messageCount, :zero) + :one',
        // A closed conversation takes nothing more from a sponsor (an employee's answer is added elsewhere);
        // the same message as the last one placed is not taken again.
        ConditionExpression:
          'attribute_not_exists(closed) AND (accepted < :max OR (attribute_not_exists(accepted) AND (attribute_not_exists(messageCount) OR messageCount < :max))) AND (attribute_not_exists(sponsorWords) OR sponsorWords <> :words OR sponsorWordsSeq <> messageCount)',
        ExpressionAttributeValues: {
          ':zero': 0,
          ':one': 1,
          ':max': MAX_THREAD_MESSAGES,
          ':expiresAt': expiresAt,
          ':words': fingerprint,
        },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    seq = num(Attributes?.messageCount);
  });
  const placed = took ? seq : await sameAsLast(client, table, head, fingerprint);
  if (!placed) return undefined;
  const stored: ThreadMessage = {
    seq: placed,
    from: 'sponsor',
    text: message.text,
    day: message.day,
    ...(message.by ? { by: message.by } : {}),
    ...(message.notFor?.length ? { notFor: [...new Set(message.notFor)] } : {}),
  };
  await placeMessage(client, table, caseKey, stored, expiresAt);
  return stored;
}

/** The number the same message took before, if that is why it was refused (not a closed or full thread). */
async function sameAsLast(
  client: Client,
  table: string,
  head: Record<string, string>,
  fingerprint: string,
): Promise<number | undefined> {
  const { Item } = await client.send(new GetCommand({ TableName: table, Key: head, ConsistentRead: true }));
  if (!Item || Item.closed !== undefined) return undefined;
  const seq = num(Item.sponsorWordsSeq);
  return Item.sponsorWords === fingerprint && seq > 0 && seq === num(Item.messageCount) ? seq : undefined;
}
