import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../ports/clock';
import type { EmailClaim, SentEmails } from '../../ports/sent-emails';
import { assertKeyFits } from './dynamodb-keys';
import { conditionalWrite, epochSeconds, isExpired } from './dynamodb-toolkit';
import { sentEmailKey } from './table-keys';

/**
 * Emails sent, one item per event and reader under `MAIL#<event>`
 * (`TO#<hash of the address>`), holding its state (`sending`, `sent`, or
 * `free` once given back), the attempt that holds
 * it (random) and, once seen held by a later attempt, that attempt's
 * `suspect` note. Every step is a conditional write on the attempt, so two
 * attempts racing for one reader never both send and no transaction is
 * needed (dynalite has none). An expired item reads as absent: AWS deletes
 * it lazily and dynalite never.
 */
export class DynamoDbSentEmails implements SentEmails {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  claim(event: string, recipient: string, attempt: string, expiresAt: Date): Promise<EmailClaim> {
    return this.claimOnce(event, recipient, attempt, expiresAt, true);
  }

  private async claimOnce(
    event: string,
    recipient: string,
    attempt: string,
    expiresAt: Date,
    again: boolean,
  ): Promise<EmailClaim> {
    const key = sentEmailKey(event, recipient);
    assertKeyFits(key);
    const now = epochSeconds(this.clock.now());
    const fresh = await conditionalWrite(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key, kind: 'sent-email', state: 'sending', attempt, expiresAt: epochSeconds(expiresAt) },
          // A record given back, or expired (absent), is claimed anew.
          ConditionExpression: 'attribute_not_exists(pk) OR #state = :free OR expiresAt <= :now',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':now': now, ':free': 'free' },
        }),
      ),
    );
    if (fresh) return 'mine';
    const { Item: item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    // Gone in between (given back by a failed send, or expired): once more from the start, else left to the next try.
    if (!item || item.state === 'free' || isExpired(item, this.clock.now()))
      return again ? this.claimOnce(event, recipient, attempt, expiresAt, false) : 'busy';
    if (item.state === 'sent') return 'sent';
    if (item.attempt === attempt) return 'mine';
    const held = String(item.attempt);
    const seenBefore = item.suspect === held;
    // Seen held by the same attempt on an earlier try: it stopped; this one takes over.
    // Seen held for the first time: noted, and left to it until the next try.
    const took = await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: seenBefore ? 'SET attempt = :mine REMOVE suspect' : 'SET suspect = :held',
          ConditionExpression: '#state = :sending AND attempt = :held',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: seenBefore
            ? { ':mine': attempt, ':sending': 'sending', ':held': held }
            : { ':sending': 'sending', ':held': held },
        }),
      ),
    );
    return seenBefore && took ? 'mine' : 'busy';
  }

  async sent(event: string, recipient: string, attempt: string): Promise<void> {
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: sentEmailKey(event, recipient),
          // Only the attempt that holds it: one taken over is the new holder's to mark.
          UpdateExpression: 'SET #state = :sent REMOVE suspect',
          ConditionExpression: 'attempt = :mine',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sent': 'sent', ':mine': attempt },
        }),
      ),
    );
  }

  async release(event: string, recipient: string, attempt: string): Promise<void> {
    // Marked free rather than deleted: whoever sends may update these items, never delete them.
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: sentEmailKey(event, recipient),
          UpdateExpression: 'SET #state = :free REMOVE suspect',
          ConditionExpression: '#state = :sending AND attempt = :mine',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending', ':mine': attempt, ':free': 'free' },
        }),
      ),
    );
  }
}
