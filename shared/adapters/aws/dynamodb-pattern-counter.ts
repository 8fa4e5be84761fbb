import { PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EscalationMessage } from '../../domain/escalation';
import { weekBoundaryAtOrAfter } from '../../domain/iso-week';
import type { PatternCounter } from '../../ports/pattern-counter';
import { holdPattern } from './dynamodb-held-patterns';
import { assertKeyFits } from './dynamodb-keys';
import { conditionalWrite, epochSeconds } from './dynamodb-toolkit';
import { PATTERN_CLAIM_SK, patternPk as patternKey, patternWeekSk } from './table-keys';

/**
 * Week buckets of negative counts under `PATTERN#<site>#<topic>`, with a TTL
 * past the window.
 *
 * Nothing it writes is finer than the week its key already names: every
 * expiry and a claim's end are week boundaries (Monday 00:00 UTC), so no
 * item tells on which day, or when within it, a submission came.
 */
export class DynamoDbPatternCounter implements PatternCounter {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async add(site: string, topic: string, week: string, expiresAt: Date): Promise<void> {
    const key = { pk: patternKey(site, topic), sk: patternWeekSk(week) };
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

  async count(site: string, topic: string, weeks: string[]): Promise<number> {
    if (weeks.length === 0) return 0;
    const sorted = [...weeks].sort();
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: {
          ':pk': patternKey(site, topic),
          ':from': patternWeekSk(sorted[0]!),
          ':to': patternWeekSk(sorted.at(-1)!),
        },
        ProjectionExpression: 'sk, #count',
        ConsistentRead: true,
      }),
    );
    const wanted = new Set(weeks.map(patternWeekSk));
    return Items.filter((item) => wanted.has(String(item.sk))).reduce(
      (sum, item) => sum + (typeof item.count === 'number' ? item.count : 0),
      0,
    );
  }

  async claim(site: string, topic: string, now: Date, until: Date): Promise<boolean> {
    const key = { pk: patternKey(site, topic), sk: PATTERN_CLAIM_SK };
    assertKeyFits(key);
    // The claim holds to the end of its last week: a little longer than asked, and no day or time of day.
    const untilWeek = weekBoundaryAtOrAfter(until);
    return conditionalWrite(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key, until: untilWeek.toISOString(), sent: false, expiresAt: epochSeconds(untilWeek) },
          ConditionExpression: 'attribute_not_exists(pk) OR #until <= :now OR sent = :false',
          ExpressionAttributeNames: { '#until': 'until' },
          ExpressionAttributeValues: { ':now': now.toISOString(), ':false': false },
        }),
      ),
    );
  }

  async hold(escalation: EscalationMessage, releaseAt: Date): Promise<void> {
    await holdPattern(this.client, this.tableName, escalation, releaseAt);
  }

  async markSent(site: string, topic: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: patternKey(site, topic), sk: PATTERN_CLAIM_SK },
        UpdateExpression: 'SET sent = :true',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':true': true },
      }),
    );
  }
}
