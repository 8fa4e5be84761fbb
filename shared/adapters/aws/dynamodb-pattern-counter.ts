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
 * past the window. Each bucket also keeps the random tokens of the cases in
 * its count (`cases`) and of those taken off it (`takenOff`), which make
 * adding and taking off idempotent without a transaction (dynalite has none).
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

  async add(site: string, topic: string, week: string, expiresAt: Date, caseToken?: string): Promise<void> {
    const key = { pk: patternKey(site, topic), sk: patternWeekSk(week) };
    assertKeyFits(key);
    const ttl = epochSeconds(weekBoundaryAtOrAfter(expiresAt));
    if (caseToken === undefined) {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: 'ADD #count :one SET expiresAt = :ttl',
          ExpressionAttributeNames: { '#count': 'count' },
          ExpressionAttributeValues: { ':one': 1, ':ttl': ttl },
        }),
      );
      return;
    }
    // Once per case, and never after it was taken off (a retried count that lost the race to `remove`).
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: 'ADD #count :one, #cases :tokens SET expiresAt = :ttl',
          ConditionExpression: 'NOT contains(#cases, :token) AND NOT contains(#off, :token)',
          ExpressionAttributeNames: { '#count': 'count', '#cases': 'cases', '#off': 'takenOff' },
          ExpressionAttributeValues: { ':one': 1, ':tokens': new Set([caseToken]), ':token': caseToken, ':ttl': ttl },
        }),
      ),
    );
  }

  async remove(site: string, topic: string, week: string, expiresAt: Date, caseToken?: string): Promise<void> {
    const key = { pk: patternKey(site, topic), sk: patternWeekSk(week) };
    assertKeyFits(key);
    const ttl = epochSeconds(weekBoundaryAtOrAfter(expiresAt));
    if (caseToken === undefined) {
      await conditionalWrite(() =>
        this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: key,
            UpdateExpression: 'ADD #count :minusOne',
            ConditionExpression: 'attribute_exists(pk) AND #count > :zero',
            ExpressionAttributeNames: { '#count': 'count' },
            ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
          }),
        ),
      );
      return;
    }
    // Barred first, then taken off: a count arriving between the two is refused or taken off, never kept.
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: key,
        UpdateExpression: 'ADD #off :tokens SET expiresAt = :ttl',
        ExpressionAttributeNames: { '#off': 'takenOff' },
        ExpressionAttributeValues: { ':tokens': new Set([caseToken]), ':ttl': ttl },
      }),
    );
    // Only while the case is in the count: a retry finds it gone and changes nothing.
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: 'ADD #count :minusOne DELETE #cases :tokens',
          ConditionExpression: 'contains(#cases, :token)',
          ExpressionAttributeNames: { '#count': 'count', '#cases': 'cases' },
          ExpressionAttributeValues: { ':minusOne': -1, ':tokens': new Set([caseToken]), ':token': caseToken },
        }),
      ),
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
