import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../ports/clock';
import type { ClockDeadline, ClockEvent, LegalClocks, LegalDeadline, PassedDeadline } from '../../ports/legal-clocks';
import { collect, epochSeconds, isExpired, pageSize, queryItems, queryPages, type Item } from './dynamodb-toolkit';
import { CLOCKS_DUE_PK, CLOCKS_PASSED_PK, clockDueSk, clockPassedSk } from './table-keys';

/*
 * Events under one partition sorted by when they fall due (`CLOCK#DUE`,
 * like `ESC_OPEN`), so the sweep reads only what is due; passed deadlines
 * under `CLOCK#PASSED` by escalation and deadline (no time in the key), so
 * meeting one deletes it without reading anything.
 */

const deadlineOf = (value: unknown): LegalDeadline => (value === 'feedback' ? 'feedback' : 'acknowledge');
const eventDeadlineOf = (value: unknown): ClockDeadline => (value === 'act' ? 'act' : deadlineOf(value));
const eventOf = (item: Item): ClockEvent => ({
  escalationId: String(item.escalationId),
  deadline: eventDeadlineOf(item.deadline),
  stage: item.stage === 'passed' ? 'passed' : 'reminder',
  at: String(item.at),
  day: String(item.day),
});
const dueKey = (e: ClockEvent) => ({ pk: CLOCKS_DUE_PK, sk: clockDueSk(e.at, e.escalationId, e.deadline, e.stage) });

export class DynamoDbLegalClocks implements LegalClocks {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async schedule(events: ClockEvent[], expiresAt: Date): Promise<void> {
    for (const event of events) {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...dueKey(event), ...event, expiresAt: epochSeconds(expiresAt) },
        }),
      );
    }
  }

  async dueBy(instant: Date, limit: number): Promise<ClockEvent[]> {
    const due: ClockEvent[] = [];
    const now = this.clock.now();
    const pages = queryPages(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk <= :at',
      // `~` sorts after every character of an id, so an event at exactly `instant` is included.
      ExpressionAttributeValues: { ':pk': CLOCKS_DUE_PK, ':at': `${instant.toISOString()}#~` },
      Limit: pageSize(limit),
    });
    for await (const page of pages) {
      due.push(...page.filter((item) => !isExpired(item, now)).map(eventOf));
      if (due.length >= limit) break;
    }
    return due.slice(0, limit);
  }

  async between(from: Date, to: Date): Promise<ClockEvent[]> {
    const now = this.clock.now();
    const items = await collect(
      queryItems(this.client, {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': CLOCKS_DUE_PK,
          ':from': `${from.toISOString()}#~`,
          ':to': `${to.toISOString()}#~`,
        },
      }),
    );
    return items.filter((item) => !isExpired(item, now)).map(eventOf);
  }

  async remove(event: ClockEvent): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: dueKey(event) }));
  }

  async recordPassed(passed: PassedDeadline, expiresAt: Date): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: {
          pk: CLOCKS_PASSED_PK,
          sk: clockPassedSk(passed.escalationId, passed.deadline),
          ...passed,
          expiresAt: epochSeconds(expiresAt),
        },
      }),
    );
  }

  async met(escalationId: string, deadline: LegalDeadline): Promise<void> {
    await this.client.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: { pk: CLOCKS_PASSED_PK, sk: clockPassedSk(escalationId, deadline) },
      }),
    );
  }

  async listPassed(): Promise<PassedDeadline[]> {
    const now = this.clock.now();
    const items = await collect(
      queryItems(this.client, {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': CLOCKS_PASSED_PK },
      }),
    );
    return items
      .filter((item) => !isExpired(item, now))
      .map((item) => ({
        escalationId: String(item.escalationId),
        deadline: deadlineOf(item.deadline),
        day: String(item.day),
      }));
  }
}
