import { DeleteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { hourStamp } from '../../domain/escalation';
import type { AnswerNotices, HeldAnswers } from '../../ports/answer-notices';
import type { Clock } from '../../ports/clock';
import { epochSeconds, isExpired, queryPages } from './dynamodb-toolkit';
import { heldNoticeSk, NOTICES_HELD_PK } from './table-keys';

/*
 * One item per case and hour under `NOTICE#HELD`, sorted by the hour, so the
 * sweep reads only hours that are over. The item keeps the hour (as the
 * escalation does) and the redacted answers, and is deleted once sent.
 */
export class DynamoDbAnswerNotices implements AnswerNotices {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async hold(escalationId: string, hour: string, answer: string, expiresAt: Date): Promise<void> {
    const onTheHour = hourStamp(new Date(hour));
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: NOTICES_HELD_PK, sk: heldNoticeSk(onTheHour, escalationId) },
        UpdateExpression:
          'SET answers = list_append(if_not_exists(answers, :none), :answer), escalationId = :id, #hour = :hour, expiresAt = :expiresAt',
        ExpressionAttributeNames: { '#hour': 'hour' },
        ExpressionAttributeValues: {
          ':none': [],
          ':answer': [answer],
          ':id': escalationId,
          ':hour': onTheHour,
          ':expiresAt': epochSeconds(expiresAt),
        },
      }),
    );
  }

  async heldBefore(hour: string, limit: number): Promise<HeldAnswers[]> {
    const held: HeldAnswers[] = [];
    const now = this.clock.now();
    const pages = queryPages(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk < :hour',
      ExpressionAttributeValues: { ':pk': NOTICES_HELD_PK, ':hour': hourStamp(new Date(hour)) },
      Limit: limit,
    });
    for await (const page of pages) {
      for (const item of page) {
        if (isExpired(item, now) || !Array.isArray(item.answers)) continue;
        held.push({
          escalationId: String(item.escalationId),
          hour: String(item.hour),
          answers: item.answers.map(String),
        });
      }
      if (held.length >= limit) break;
    }
    return held.slice(0, limit);
  }

  async sent(held: Pick<HeldAnswers, 'escalationId' | 'hour'>): Promise<void> {
    await this.client.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: { pk: NOTICES_HELD_PK, sk: heldNoticeSk(held.hour, held.escalationId) },
      }),
    );
  }
}
