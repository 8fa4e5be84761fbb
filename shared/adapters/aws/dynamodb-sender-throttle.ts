import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../ports/clock';
import type { SenderThrottle, ThrottleDecision } from '../../ports/sender-throttle';

const HOUR_SECONDS = 3600;

/** `2026-11-18T15`: the UTC hour an instant falls in. */
export const hourBucketOf = (instant: Date) => instant.toISOString().slice(0, 13);

/**
 * Per-sender hourly counters in the single table: one item per sender and
 * hour, `pk` `THROTTLE#<hmac of the number>`, `sk` the hour, expiring (TTL
 * `expiresAt`) when the hour ends. No transaction is needed: each decision is
 * one conditional UpdateItem, so concurrent messages cannot both take the
 * last place. The counter stops one past the limit, which is how the first
 * refusal (answered politely) is told from later ones (answered with silence).
 *
 * AWS deletes expired items lazily and dynalite never does, so an item whose
 * `expiresAt` has passed is treated as absent: the condition refuses to count
 * on it and a second conditional write starts it again from one.
 */
export class DynamoDbSenderThrottle implements SenderThrottle {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async admit(senderKey: string, limitPerHour: number): Promise<ThrottleDecision> {
    const now = this.clock.now();
    const bucket = hourBucketOf(now);
    const key = { pk: `THROTTLE#${senderKey}`, sk: bucket };
    const nowSeconds = Math.floor(now.getTime() / 1000);
    const expiresAt = Math.floor(Date.parse(`${bucket}:00:00Z`) / 1000) + HOUR_SECONDS;
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: 'SET #type = :type, expiresAt = :expiresAt ADD #count :one',
          ConditionExpression: 'attribute_not_exists(pk) OR (expiresAt > :now AND #count <= :limit)',
          ExpressionAttributeNames: { '#type': 'type', '#count': 'count' },
          ExpressionAttributeValues: { ':type': 'sms-throttle', ':expiresAt': expiresAt, ':one': 1, ':now': nowSeconds, ':limit': limitPerHour },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(Attributes?.count) <= limitPerHour ? 'allow' : 'refuse';
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    // Over the limit, or an expired item that TTL has not removed yet.
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: 'SET #type = :type, expiresAt = :expiresAt, #count = :one',
          ConditionExpression: 'expiresAt <= :now',
          ExpressionAttributeNames: { '#type': 'type', '#count': 'count' },
          ExpressionAttributeValues: { ':type': 'sms-throttle', ':expiresAt': expiresAt, ':one': 1, ':now': nowSeconds },
        }),
      );
      return 'allow';
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return 'refuse-quietly';
      throw error;
    }
  }
}
