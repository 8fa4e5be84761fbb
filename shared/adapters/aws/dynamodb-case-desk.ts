import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { DeskCase } from '../../domain/case-desk';
import { hourStamp, type AuditEntry } from '../../domain/escalation';
import type { CaseDeskStore } from '../../ports/case-desk';
import type { EscalationHistory } from '../../ports/escalation-history';
import { conditionalWrite } from './dynamodb-toolkit';
import { escalationKey, openEscalationKey } from './table-keys';

/** How many unacknowledged escalations one desk read looks at, at most: far more than any organisation has open. */
const OPEN_LIMIT = 500;
const WEEK_MS = 7 * 24 * 3_600_000;

/**
 * The case desk on the single table. It lists through the escalation
 * store's own indexes (the open entries, and the weeks escalations were
 * raised in), so a desk read costs what the last months hold, never the
 * whole history; and changes an escalation's item with conditional updates,
 * on the hour like every time an escalation keeps.
 */
export class DynamoDbCaseDesk implements CaseDeskStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly history: EscalationHistory,
  ) {}

  async listCurrent(now: Date, since: Date): Promise<DeskCase[]> {
    // One read per week, all at once: the weeks are independent, and read one after another they took a round trip each.
    const end = now.getTime() + 1;
    const spans: [Date, Date][] = [];
    for (let from = since.getTime(); from < end; from += WEEK_MS)
      spans.push([new Date(from), new Date(Math.min(from + WEEK_MS, end))]);
    const [open, ...weeks] = await Promise.all([
      this.history.listOverdue(new Date('9999-12-31T00:00:00Z'), OPEN_LIMIT),
      ...spans.map(([from, to]) => this.history.listRaisedBetween(from, to)),
    ]);
    const byId = new Map<string, DeskCase>();
    for (const e of [...weeks.flat(), ...open!]) byId.set(e.id, e);
    return [...byId.values()].sort((a, b) => b.raisedAt.localeCompare(a.raisedAt) || a.id.localeCompare(b.id));
  }

  async handOver(
    id: string,
    fromLevel: number,
    toLevel: number,
    entry: AuditEntry | readonly AuditEntry[],
    slaDueAt?: string,
  ): Promise<boolean> {
    const entries = (Array.isArray(entry) ? entry : [entry]) as readonly AuditEntry[];
    const before = slaDueAt ? await this.history.get(id) : undefined;
    const resets = before !== undefined && before.status === 'raised' && slaDueAt !== undefined;
    const due = resets ? hourStamp(new Date(slaDueAt)) : undefined;
    const moved = await this.update(
      id,
      `SET #level = :to, audit = list_append(audit, :entry)${due ? ', slaDueAt = :due' : ''}`,
      `#level = :from AND attribute_not_exists(closedAt)${due ? ' AND slaDueAt = :oldDue' : ''}`,
      {
        ':to': toLevel,
        ':from': fromLevel,
        ':entry': entries.map(onTheHour),
        ...(due && before ? { ':due': due, ':oldDue': before.slaDueAt } : {}),
      },
    );
    if (moved && due && before && due !== before.slaDueAt) {
      // The SLA sweep reads open cases by due time: the entry moves with the new due time, expiring with the case.
      const { Item } = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: escalationKey(id), ProjectionExpression: 'expiresAt' }),
      );
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...openEscalationKey(due, id), id, expiresAt: Item?.expiresAt },
        }),
      );
      await this.client.send(
        new DeleteCommand({ TableName: this.tableName, Key: openEscalationKey(before.slaDueAt, id) }),
      );
    }
    return moved;
  }

  async close(id: string, entry: AuditEntry): Promise<boolean> {
    const hourly = onTheHour(entry);
    return this.update(id, 'SET closedAt = :at, audit = list_append(audit, :entry)', 'attribute_not_exists(closedAt)', {
      ':at': hourly.at,
      ':entry': [hourly],
    });
  }

  async keepOpen(id: string, closedAt: string, now: Date, entry: AuditEntry): Promise<boolean> {
    // Its entry keeps the close's own hour, so the history reads in order and says no finer time than the close.
    return this.update(
      id,
      'REMOVE closedAt SET audit = list_append(audit, :entry)',
      'closedAt = :closedAt AND closedAt > :now',
      { ':closedAt': closedAt, ':now': now.toISOString(), ':entry': [{ ...entry, at: closedAt }] },
    );
  }

  private update(id: string, expression: string, condition: string, values: Record<string, unknown>): Promise<boolean> {
    return conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: escalationKey(id),
          UpdateExpression: expression,
          ConditionExpression: `attribute_exists(pk) AND ${condition}`,
          ExpressionAttributeNames: expression.includes('#level') ? { '#level': 'level' } : undefined,
          ExpressionAttributeValues: values,
        }),
      ),
    );
  }
}

const onTheHour = (entry: AuditEntry): AuditEntry => ({ ...entry, at: hourStamp(new Date(entry.at)) });
