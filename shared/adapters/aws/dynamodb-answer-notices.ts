import { DeleteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { hourStamp } from '../../domain/escalation';
import { weekBoundaryAtOrAfter } from '../../domain/iso-week';
import type { AnswerNotices, HeldAnswers } from '../../ports/answer-notices';
import type { Clock } from '../../ports/clock';
import { epochSeconds, isExpired, queryPages } from './dynamodb-toolkit';
import { heldNoticeSk, NOTICES_HELD_PK } from './table-keys';

/*
 * One item per case and batch under `NOTICE#HELD`. An answer is held in its
 * hour's batch, odd or even hours, never under the hour itself: the thread
 * keeps only the day (promise 3), and the sweep needs no more than "the
 * other batch's hour is over". The item holds the redacted answers, expires
 * on a week boundary, and is deleted once sent.
 */
const batchOf = (hour: string): string => (Math.floor(Date.parse(hour) / 3_600_000) % 2 === 0 ? 'even' : 'odd');
const otherBatch = (batch: string): string => (batch === 'even' ? 'odd' : 'even');
export class DynamoDbAnswerNotices implements AnswerNotices {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async hold(escalationId: string, hour: string, answer: string, expiresAt: Date): Promise<void> {
    const batch = batchOf(hourStamp(new Date(hour)));
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: NOTICES_HELD_PK, sk: heldNoticeSk(batch, escalationId) },
        UpdateExpression:
          'SET answers = list_append(if_not_exists(answers, :none), :answer), escalationId = :id, #batch = :batch, expiresAt = :expiresAt',
        ExpressionAttributeNames: { '#batch': 'batch' }, // BATCH is one of DynamoDB's reserved words
        ExpressionAttributeValues: {
          ':none': [],
          ':answer': [answer],
          ':id': escalationId,
          ':batch': batch,
          ':expiresAt': epochSeconds(weekBoundaryAtOrAfter(expiresAt)),
        },
      }),
    );
  }

  async heldBefore(hour: string, limit: number): Promise<HeldAnswers[]> {
    const held: HeldAnswers[] = [];
    const now = this.clock.now();
    const pages = queryPages(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :over)',
      ExpressionAttributeValues: {
        ':pk': NOTICES_HELD_PK,
        ':over': `${otherBatch(batchOf(hourStamp(new Date(hour))))}#`,
      },
      Limit: limit,
    });
    for await (const page of pages) {
      for (const item of page) {
        if (isExpired(item, now) || !Array.isArray(item.answers)) continue;
        held.push({
          escalationId: String(item.escalationId),
          batch: String(item.batch),
          answers: item.answers.map(String),
        });
      }
      if (held.length >= limit) break;
    }
    return held.slice(0, limit);
  }

  async sent(held: Pick<HeldAnswers, 'escalationId' | 'batch'>): Promise<void> {
    await this.client.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: { pk: NOTICES_HELD_PK, sk: heldNoticeSk(held.batch, held.escalationId) },
      }),
    );
  }
}
