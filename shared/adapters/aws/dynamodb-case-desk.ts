import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { acknowledgedByClose, reawaitsAcknowledgement, type DeskCase } from '../../domain/case-desk';
import { hourStamp, type AuditEntry, type Escalation } from '../../domain/escalation';
import type { CaseDeskStore } from '../../ports/case-desk';
import type { EscalationHistory } from '../../ports/escalation-history';
import { conditionalWrite } from './dynamodb-toolkit';
import { OpenEscalations, putEscalationEntry } from './dynamodb-open-escalations';
import { closeNoticeKey, escalationKey, untoldEscalationKey } from './table-keys';

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
  private readonly open: OpenEscalations;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly history: EscalationHistory,
  ) {
    this.open = new OpenEscalations(client, tableName);
  }

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
    // What the move writes depends on the case's status as read (a case to acknowledge gets the new holder's
    // deadline; an acknowledged urgent one waits again), so the write holds only while that status does. An
    // acknowledgement landing in between (its holder's click racing their own hand-over, attack round 21, C) fails
    // it, and the move is worked out again from the case as it now is: never moved with a status it was not read with.
    for (let attempt = 0; attempt < 3; attempt++) {
      const before = await this.history.get(id);
      if (!before || before.level !== fromLevel || (before as DeskCase).closedAt) return false;
      if (await this.moveOnce(id, before, fromLevel, toLevel, entry, slaDueAt)) return true;
    }
    return false;
  }

  private async moveOnce(
    id: string,
    before: Escalation,
    fromLevel: number,
    toLevel: number,
    entry: AuditEntry | readonly AuditEntry[],
    slaDueAt?: string,
  ): Promise<boolean> {
    const entries = (Array.isArray(entry) ? entry : [entry]) as readonly AuditEntry[];
    const resets = before.status === 'raised' && slaDueAt !== undefined;
    // Urgent and acknowledged: its new holder has done nothing yet, so it waits for them, with the urgent service
    // level, as a fresh escalation does (the first acknowledgement's time stays: the law's clocks run from it).
    const rewaits = reawaitsAcknowledgement(before) && slaDueAt !== undefined;
    const due = resets || rewaits ? hourStamp(new Date(slaDueAt!)) : undefined;
    const expiry = await this.open.expiryOf(id);
    if (rewaits && due) {
      // Listed before it moves: a crash between the two leaves an entry the sweep skips (not raised), never a
      // case that waits on no list.
      await this.open.put(due, id, expiry);
    } else if (before.status !== 'raised') {
      // An acknowledged case is on no list the sweep reads: listed until its new holder is emailed, before it
      // moves, so a crash between the two leaves an entry the sweep drops, never a new holder nobody tells.
      await putEscalationEntry(this.client, this.tableName, untoldEscalationKey(id), id, expiry);
    }
    const set = `SET #level = :to, audit = list_append(audit, :entry)${due ? ', slaDueAt = :due' : ''}${rewaits ? ', #status = :raised' : ''}`;
    const condition = `#level = :from AND attribute_not_exists(closedAt) AND #status = :seen${resets ? ' AND slaDueAt = :oldDue' : ''}`;
    const moved = await this.update(id, set, condition, {
      ':to': toLevel,
      ':from': fromLevel,
      ':seen': before.status,
      ':entry': entries.map(onTheHour),
      ...(due ? { ':due': due } : {}),
      ...(resets ? { ':oldDue': before.slaDueAt } : {}),
      ...(rewaits ? { ':raised': 'raised' } : {}),
    });
    if (moved && resets && due && due !== before.slaDueAt)
      // The SLA sweep reads open cases by due time: the entry moves with the new due time, expiring with the case.
      await this.open.move(id, before.slaDueAt, due, expiry);
    return moved;
  }

  async close(
    id: string,
    closesAt: string,
    entry: AuditEntry,
    { acknowledges = false, tell = false, atLevel }: { acknowledges?: boolean; tell?: boolean; atLevel?: number } = {},
  ): Promise<boolean> {
    // Listed before the close: a crash between the two leaves an entry the sweep drops (the case is open), never
    // a close nobody else is told of.
    if (tell)
      await putEscalationEntry(this.client, this.tableName, closeNoticeKey(id), id, await this.open.expiryOf(id));
    return this.update(
      id,
      `SET closedAt = :at, audit = list_append(audit, :entry)${acknowledges ? ', closeAcknowledges = :yes' : ''}`,
      // Only where its closer holds it: a close racing the closer's own hand-over must not close the case on its new
      // holder, who has done nothing (attack round 21, B).
      atLevel === undefined ? 'attribute_not_exists(closedAt)' : 'attribute_not_exists(closedAt) AND #level = :level',
      {
        ':at': hourStamp(new Date(closesAt)),
        ':entry': [onTheHour(entry)],
        ...(acknowledges ? { ':yes': true } : {}),
        ...(atLevel === undefined ? {} : { ':level': atLevel }),
      },
    );
  }

  async keepOpen(id: string, closedAt: string, now: Date, entry: AuditEntry): Promise<boolean> {
    const before = await this.history.get(id);
    const closing = before as DeskCase | undefined;
    // The close's acknowledgement goes with it, in the same write: the case waits as it did before the close.
    const unacknowledge = acknowledgedByClose(closing);
    // Dated by its hour, as the close's own entry is: a close can be undone only within the hour it was made in.
    const kept = await this.update(
      id,
      unacknowledge
        ? 'REMOVE closedAt, closeAcknowledges, acknowledgedAt SET audit = list_append(audit, :entry), #status = :raised'
        : 'REMOVE closedAt, closeAcknowledges SET audit = list_append(audit, :entry)',
      `closedAt = :closedAt AND closedAt > :now${unacknowledge ? ' AND #status = :ack AND closeAcknowledges = :yes' : ''}`,
      {
        ':closedAt': closedAt,
        ':now': now.toISOString(),
        ':entry': [onTheHour(entry)],
        ...(unacknowledge ? { ':raised': 'raised', ':ack': 'acknowledged', ':yes': true } : {}),
      },
    );
    if (kept && unacknowledge && before)
      // Listed again by its own due time (unchanged by the close), so the sweep climbs it when that passes.
      await this.open.put(before.slaDueAt, id, await this.open.expiryOf(id));
    return kept;
  }

  private update(id: string, expression: string, condition: string, values: Record<string, unknown>): Promise<boolean> {
    const said = `${expression} ${condition}`;
    const names = Object.fromEntries(
      (['level', 'status'] as const).filter((name) => said.includes(`#${name}`)).map((name) => [`#${name}`, name]),
    );
    return conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: escalationKey(id),
          UpdateExpression: expression,
          ConditionExpression: `attribute_exists(pk) AND ${condition}`,
          // DynamoDB refuses an empty map of names: none at all when the expressions use none.
          ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
          ExpressionAttributeValues: values,
        }),
      ),
    );
  }
}

const onTheHour = (entry: AuditEntry): AuditEntry => ({ ...entry, at: hourStamp(new Date(entry.at)) });
