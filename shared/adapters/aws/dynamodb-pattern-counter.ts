import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PatternCounter } from '../../ports/pattern-counter';

/** Day buckets of negative counts under `PATTERN#<site>#<topic>`, with a TTL a little past the window. */
export class DynamoDbPatternCounter implements PatternCounter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async add(site: string, topic: string, day: string, expiresAt: Date): Promise<void> {
    const pk = `PATTERN#${site}#${topic}`;
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk, sk: `DAY#${day}` },
        UpdateExpression: 'ADD #count :one SET expiresAt = :ttl',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':ttl': Math.floor(expiresAt.getTime() / 1000) },
      }),
    );
  }

  async count(site: string, topic: string, day: string, windowDays: number): Promise<number> {
    const pk = `PATTERN#${site}#${topic}`;
    const first = new Date(Date.parse(`${day}T00:00:00Z`) - (windowDays - 1) * 86_400_000).toISOString().slice(0, 10);
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':pk': pk, ':from': `DAY#${first}`, ':to': `DAY#${day}` },
        ProjectionExpression: '#count',
      }),
    );
    return Items.reduce((sum, item) => sum + (typeof item.count === 'number' ? item.count : 0), 0);
  }

  async claim(site: string, topic: string, now: Date, until: Date): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { pk: `PATTERN#${site}#${topic}`, sk: 'CLAIM', until: until.toISOString(), sent: false, expiresAt: Math.floor(until.getTime() / 1000) },
          ConditionExpression: 'attribute_not_exists(pk) OR #until <= :now OR sent = :false',
          ExpressionAttributeNames: { '#until': 'until' },
          ExpressionAttributeValues: { ':now': now.toISOString(), ':false': false },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async markSent(site: string, topic: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: `PATTERN#${site}#${topic}`, sk: 'CLAIM' },
        UpdateExpression: 'SET sent = :true',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':true': true },
      }),
    );
  }
}
