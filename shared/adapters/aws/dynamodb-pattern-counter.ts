import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DAY_MS } from '../../domain/durations';
import { weekBoundaryAtOrAfter } from '../../domain/iso-week';
import type { PatternCounter } from '../../ports/pattern-counter';
import { assertKeyFits, keyPart } from './dynamodb-keys';

/**
 * Day buckets of negative counts under `PATTERN#<site>#<topic>`, with a TTL
 * past the window.
 *
 * Nothing it writes is finer than the day, the day its key already names:
 * every expiry is rounded up to a week boundary (Monday 00:00 UTC), and a
 * claim's end is kept to the day, so no item tells when within its day (nor,
 * by its expiry, on which day) a submission came.
 */
export class DynamoDbPatternCounter implements PatternCounter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async add(site: string, topic: string, day: string, expiresAt: Date): Promise<void> {
    const key = { pk: patternKey(site, topic), sk: `DAY#${day}` };
    assertKeyFits(key);
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: key,
        UpdateExpression: 'ADD #count :one SET expiresAt = :ttl',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':ttl': epochSeconds(weekBoundaryAtOrAfter(expiresAt)) },
      }),
    );
  }

  async count(site: string, topic: string, day: string, windowDays: number): Promise<number> {
    const pk = patternKey(site, topic);
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
    const key = { pk: patternKey(site, topic), sk: 'CLAIM' };
    assertKeyFits(key);
    // The claim holds to the end of its last day: a little longer than asked, and no time of day.
    const untilDay = endOfUtcDay(until);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key, until: untilDay.toISOString(), sent: false, expiresAt: epochSeconds(weekBoundaryAtOrAfter(untilDay)) },
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
        Key: { pk: patternKey(site, topic), sk: 'CLAIM' },
        UpdateExpression: 'SET sent = :true',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':true': true },
      }),
    );
  }
}

function patternKey(site: string, topic: string): string {
  return `PATTERN#${keyPart(site)}#${keyPart(topic)}`;
}

/** Midnight UTC at or after the instant. */
function endOfUtcDay(instant: Date): Date {
  return new Date(Math.ceil(instant.getTime() / DAY_MS) * DAY_MS);
}

const epochSeconds = (instant: Date) => Math.floor(instant.getTime() / 1000);
