import { randomBytes } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { EscalationMessage } from '../../domain/escalation';
import { weekBoundaryAtOrAfter } from '../../domain/iso-week';
import type { PatternCounter } from '../../ports/pattern-counter';
import { holdPattern } from './dynamodb-held-patterns';
import { assertKeyFits } from './dynamodb-keys';
import { conditionalWrite, epochSeconds, queryItems } from './dynamodb-toolkit';
import {
  PATTERN_CLAIM_SK,
  patternCaseSk,
  patternPk as patternKey,
  patternWeekEndSk,
  patternWeekSk,
} from './table-keys';

/**
 * Negative counts per site and topic per week, under `PATTERN#<site>#<topic>`,
 * with a TTL past the window. Each case counted is an item of its own,
 * `WEEK#<week>#CASE#<token>` (the case's random token), `counted` true, or
 * false once it was taken off, which also bars it from being counted again.
 * A week's count is the number of its items still counted.
 *
 * Why an item per case, not a set of tokens on the week's item: a set comes
 * back in the order its members were added (dynalite's does; DynamoDB only
 * says the order is "not preserved"), and each case keeps its token, so the
 * set would read out the order of every negative report on a site and topic,
 * and which one completed a pattern. Items come back in the order of their
 * sort keys, here the random tokens: what is kept is the same whatever order
 * the cases came in. Each add and each take-off is one write to one item, so
 * both are idempotent without a transaction (dynalite has none), and no item
 * grows with traffic (a set per week would meet the 400 KB item limit).
 *
 * Weeks counted by earlier versions (`WEEK#<week>`, a `count` and the sets
 * `cases` and `takenOff`) are still read, and a case in them is neither
 * counted again nor missed when taken off; they expire with their window.
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
    const pk = patternKey(site, topic);
    const ttl = epochSeconds(weekBoundaryAtOrAfter(expiresAt));
    if (caseToken === undefined) {
      const key = { pk, sk: patternWeekSk(week) };
      assertKeyFits(key);
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
    const key = { pk, sk: patternCaseSk(week, caseToken) };
    assertKeyFits(key);
    // A case an earlier version counted (or took off) in its week's sets is not counted a second time.
    if (await this.inEarlierWeekSets(pk, week, caseToken)) return;
    // Once per case, and never after it was taken off: its item exists from the first write on.
    await conditionalWrite(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key, counted: true, expiresAt: ttl },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
  }

  async remove(site: string, topic: string, week: string, expiresAt: Date, caseToken?: string): Promise<void> {
    const pk = patternKey(site, topic);
    const ttl = epochSeconds(weekBoundaryAtOrAfter(expiresAt));
    if (caseToken === undefined) {
      const key = { pk, sk: patternWeekSk(week) };
      assertKeyFits(key);
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
    const key = { pk, sk: patternCaseSk(week, caseToken) };
    assertKeyFits(key);
    // A case an earlier version counted in its week's set leaves it (only while it is in it: a retry changes nothing).
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk, sk: patternWeekSk(week) },
          UpdateExpression: 'ADD #count :minusOne DELETE #cases :tokens',
          ConditionExpression: 'contains(#cases, :token)',
          ExpressionAttributeNames: { '#count': 'count', '#cases': 'cases' },
          ExpressionAttributeValues: { ':minusOne': -1, ':tokens': new Set([caseToken]), ':token': caseToken },
        }),
      ),
    );
    // One write: out of the count if it was in it, and barred from it if not yet (a retried count racing this one).
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: key,
        UpdateExpression: 'SET counted = :false, expiresAt = :ttl',
        ExpressionAttributeValues: { ':false': false, ':ttl': ttl },
      }),
    );
  }

  async count(site: string, topic: string, weeks: string[], atLeast = Number.POSITIVE_INFINITY): Promise<number> {
    if (weeks.length === 0) return 0;
    const sorted = [...weeks].sort();
    const wanted = new Set(weeks);
    let total = 0;
    // An item per case (a few dozen bytes), read a page at a time: a threshold check stops at the threshold,
    // so a busy site's hundreds of negative cases are read only for the email's exact count, once a window.
    for await (const item of queryItems(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#count': 'count' },
      ExpressionAttributeValues: {
        ':pk': patternKey(site, topic),
        ':from': patternWeekSk(sorted[0]!),
        ':to': patternWeekEndSk(sorted.at(-1)!),
      },
      ProjectionExpression: 'sk, #count, counted',
      ConsistentRead: true,
      ...(Number.isFinite(atLeast) ? { Limit: Math.max(1, atLeast) } : {}),
    })) {
      const [, week] = String(item.sk).split('#');
      if (!week || !wanted.has(week)) continue;
      if (item.counted === true) total += 1;
      else if (typeof item.count === 'number') total += item.count; // a week counted by an earlier version
      if (total >= atLeast) break;
    }
    return total;
  }

  /** Whether an earlier version's week item holds the token among the cases it counted or took off. */
  private async inEarlierWeekSets(pk: string, week: string, caseToken: string): Promise<boolean> {
    const { Count = 0 } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk = :sk',
        FilterExpression: 'contains(#cases, :token) OR contains(#off, :token)',
        ExpressionAttributeNames: { '#cases': 'cases', '#off': 'takenOff' },
        ExpressionAttributeValues: { ':pk': pk, ':sk': patternWeekSk(week), ':token': caseToken },
        Select: 'COUNT',
        ConsistentRead: true,
      }),
    );
    return Count > 0;
  }

  async claim(site: string, topic: string, now: Date, until: Date): Promise<string | undefined> {
    const key = { pk: patternKey(site, topic), sk: PATTERN_CLAIM_SK };
    assertKeyFits(key);
    // The claim holds to the end of its last week: a little longer than asked, and no day or time of day.
    const untilWeek = weekBoundaryAtOrAfter(until);
    // A new window (none yet, or the last one over) gets a random name: what its escalation is known by.
    const fresh = randomBytes(9).toString('base64url');
    const opened = await conditionalWrite(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...key,
            until: untilWeek.toISOString(),
            sent: false,
            window: fresh,
            expiresAt: epochSeconds(untilWeek),
          },
          ConditionExpression: 'attribute_not_exists(pk) OR #until <= :now',
          ExpressionAttributeNames: { '#until': 'until' },
          ExpressionAttributeValues: { ':now': now.toISOString() },
        }),
      ),
    );
    if (opened) return fresh;
    // The window is open: claimed again only while its escalation is not yet held, under the name it has (a claim
    // an earlier version made has none: it is given one now).
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key,
          UpdateExpression: 'SET #window = if_not_exists(#window, :fresh)',
          ConditionExpression: 'sent = :false',
          ExpressionAttributeNames: { '#window': 'window' },
          ExpressionAttributeValues: { ':false': false, ':fresh': fresh },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return typeof Attributes?.window === 'string' ? Attributes.window : fresh;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return undefined;
      throw error;
    }
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
