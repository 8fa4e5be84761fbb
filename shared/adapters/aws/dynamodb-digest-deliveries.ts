import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expiryForWeek } from '../../domain/iso-week';
import type { DeliveryClaim, DigestDeliveries, DigestDelivery } from '../../ports/digest-deliveries';

/** Kept as long as a digest could sensibly be re-run, then expired. */
const KEEP_DAYS = 400;

/**
 * Digest deliveries under `DIGEST#<week>`, one item per audience and
 * recipient (`DELIVERY#<audience>#<recipient>`). A claim is a conditional
 * put, so two runs racing for the same recipient cannot both send: no
 * transaction is needed, and dynalite honours the condition as DynamoDB
 * does. Items hold weeks only: the expiry is the same for every item of a
 * week.
 */
export class DynamoDbDigestDeliveries implements DigestDeliveries {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async list(week: string): Promise<DigestDelivery[]> {
    const items: DigestDelivery[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': `DIGEST#${week}`, ':prefix': 'DELIVERY#' },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        items.push({
          week,
          audience: String(item.audience),
          recipient: String(item.recipient),
          sentInWeek: String(item.sentInWeek),
          sends: Number(item.sends),
          state: item.state === 'sent' ? 'sent' : 'sending',
        });
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async claim(claim: DeliveryClaim, resendOf?: number): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...this.key(claim),
            kind: 'digest-delivery',
            audience: claim.audience,
            recipient: claim.recipient,
            sentInWeek: claim.sentInWeek,
            sends: (resendOf ?? 0) + 1,
            state: 'sending',
            expiresAt: Math.floor(expiryForWeek(claim.week, KEEP_DAYS).getTime() / 1000),
          },
          ConditionExpression: resendOf === undefined ? 'attribute_not_exists(pk)' : 'sends = :seen',
          ExpressionAttributeValues: resendOf === undefined ? undefined : { ':seen': resendOf },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async confirm(claim: DeliveryClaim): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: this.key(claim),
        UpdateExpression: 'SET #state = :sent',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':sent': 'sent' },
      }),
    );
  }

  async release(claim: DeliveryClaim): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: this.key(claim),
          ConditionExpression: '#state = :sending',
          ExpressionAttributeNames: { '#state': 'state' },
          ExpressionAttributeValues: { ':sending': 'sending' },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error; // already sent by then: keep the record
    }
  }

  private key(claim: DeliveryClaim) {
    return { pk: `DIGEST#${claim.week}`, sk: `DELIVERY#${claim.audience}#${claim.recipient.toLowerCase()}` };
  }
}
