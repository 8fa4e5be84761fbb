import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { hourStamp, startOfHour, type AuditEntry, type Escalation } from '../../domain/escalation';
import { isoWeekOf } from '../../domain/iso-week';
import { acknowledgedByClose } from '../../domain/case-desk';
import { shiftWeek } from '../../digest/weeks';
import type { Clock } from '../../ports/clock';
import type { EscalationHistory } from '../../ports/escalation-history';
import type { CaseRouting } from '../../ports/case-routing';
import type { EscalationStore } from '../../ports/escalation-store';
import {
  batchGetItems,
  collect,
  conditionalWrite,
  epochSeconds,
  isExpired,
  queryItems,
  queryPages,
  type Item,
} from './dynamodb-toolkit';
import { OpenEscalations, putEscalationEntry } from './dynamodb-open-escalations';
import {
  escalationKey as key,
  escalationWeekPk,
  escalationWeekSk,
  PK,
  UNTOLD_SK_PREFIX,
  untoldEscalationKey,
  CLOSE_NOTICE_SK_PREFIX,
  closeNoticeKey,
  type EscalationWeekList as WeekIndex,
} from './table-keys';

/*
 * Besides its own item, an escalation is listed under `ESC_OPEN` by due time
 * while open, so the SLA sweep reads only what is open and due; and under
 * the (UTC, ISO) week it was raised in and that of its latest response, so
 * a digest reads one or two weeks' entries, never the history. The entries
 * expire with it: one never acknowledged would otherwise outlive it forever.
 */
const weekKey = (kind: WeekIndex, at: string, id: string) => ({
  pk: escalationWeekPk(isoWeekOf(new Date(at), 'UTC')),
  sk: escalationWeekSk(kind, at, id),
});

/**
 * Every time kept on an escalation is on the hour (promise 3): the use cases
 * pass hours already, and this makes sure of it at the one place they are
 * written, expiry included.
 */
const onTheHour = (iso: string) => hourStamp(new Date(iso));
const hourly = (entry: AuditEntry): AuditEntry => ({ ...entry, at: onTheHour(entry.at) });
const expiryHour = (expiresAt: Date) => epochSeconds(startOfHour(expiresAt));

export interface EscalationStoreOptions {
  /**
   * Open entries read to a page at most (`listOpen`); by default DynamoDB's own page, 1 MB, some
   * thousands of entries. A test passes a few hundred to see cases listed past the first page.
   */
  openPageSize?: number;
}

export class DynamoDbEscalationStore implements EscalationStore, EscalationHistory, CaseRouting {
  private readonly open: OpenEscalations;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
    private readonly options: EscalationStoreOptions = {},
  ) {
    this.open = new OpenEscalations(client, tableName);
  }

  async create(draft: Escalation, expiresAtDate: Date): Promise<boolean> {
    const escalation: Escalation = {
      ...draft,
      raisedAt: onTheHour(draft.raisedAt),
      slaDueAt: onTheHour(draft.slaDueAt),
      audit: draft.audit.map(hourly),
    };
    const expiresAt = expiryHour(expiresAtDate);
    const created = await conditionalWrite(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...key(escalation.id), type: 'escalation', ...escalation, expiresAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      ),
    );
    if (!created) {
      // A retry: put the week entry a crash may have missed (the same put again changes nothing).
      const stored = await this.get(escalation.id);
      if (stored) await this.putWeekEntry('RAISED', stored.raisedAt, stored.id, expiresAt);
      // ... and the open entry, without which the SLA sweep would never see it.
      if (stored?.status === 'raised') await this.open.put(stored.slaDueAt, stored.id, expiresAt);
      return false;
    }
    await this.open.put(escalation.slaDueAt, escalation.id, expiresAt);
    await this.putWeekEntry('RAISED', escalation.raisedAt, escalation.id, expiresAt);
    return true;
  }

  async get(id: string): Promise<Escalation | undefined> {
    return (await this.getStored(id))?.escalation;
  }

  /** The escalation and its TTL, or undefined if unknown or past retention (expired items are read as absent). */
  private async getStored(id: string): Promise<{ escalation: Escalation; expiresAt: number | undefined } | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key(id), ConsistentRead: true }),
    );
    if (!Item || isExpired(Item, this.clock.now())) return undefined;
    return fromItem(Item);
  }

  /**
   * Several escalations at once, in the order of `ids`, leaving out those
   * unknown or expired: BatchGetItem, 100 to a call, so a digest or sweep
   * that lists hundreds reads them in a few round trips, not one each.
   */
  private async getMany(ids: readonly string[]): Promise<Escalation[]> {
    const now = this.clock.now();
    const items = await batchGetItems(this.client, this.tableName, ids.map(key), { consistentRead: true });
    const byId = new Map(
      items.filter((item) => !isExpired(item, now)).map((item) => [String(item.id), fromItem(item).escalation]),
    );
    return ids.map((id) => byId.get(id)).filter((e): e is Escalation => e !== undefined);
  }

  async markNotified(id: string, level: number, entry: AuditEntry): Promise<boolean> {
    return this.update(id, 'SET notifiedLevel = :level, audit = list_append(audit, :entry)', 'notifiedLevel < :level', {
      ':level': level,
      ':entry': [hourly(entry)],
    });
  }

  async addText(
    id: string,
    text: { redactedText: string; language?: string; translation?: Escalation['translation'] },
    entry: AuditEntry,
  ): Promise<boolean> {
    const sets = ['redactedText = :text', 'audit = list_append(audit, :entry)'];
    const values: Record<string, unknown> = { ':text': text.redactedText, ':entry': [hourly(entry)], ':yes': true };
    if (text.language) {
      sets.push('#language = :language');
      values[':language'] = text.language;
    }
    if (text.translation) {
      sets.push('translation = :translation');
      values[':translation'] = text.translation;
    }
    return this.update(id, `SET ${sets.join(', ')} REMOVE textWithheld`, 'textWithheld = :yes', values);
  }

  async acknowledge(id: string, entry: AuditEntry, heldAtLevel?: number): Promise<boolean> {
    const done = await this.update(
      id,
      // The first acknowledgement's hour stays (an urgent case handed over is acknowledged again by its new
      // holder): the law's feedback clock runs from it.
      'SET #status = :ack, acknowledgedAt = if_not_exists(acknowledgedAt, :at), audit = list_append(audit, :entry)',
      // At the level its holder read it at: an acknowledgement racing that holder's own hand-over must not reach the
      // new holder as "already acknowledged", with no deadline left to climb it (attack round 21, C).
      heldAtLevel === undefined ? '#status = :raised' : '#status = :raised AND #level = :level',
      {
        ':ack': 'acknowledged',
        ':raised': 'raised',
        ':at': onTheHour(entry.at),
        ':entry': [hourly(entry)],
        ...(heldAtLevel === undefined ? {} : { ':level': heldAtLevel }),
      },
    );
    if (done) await this.removeOpen(id);
    return done;
  }

  async respond(id: string, response: string, entry: AuditEntry): Promise<void> {
    await this.update(
      id,
      'SET #status = :responded, respondedAt = :at, #response = :response, audit = list_append(audit, :entry)',
      undefined,
      {
        ':responded': 'responded',
        ':at': onTheHour(entry.at),
        ':response': response,
        ':entry': [hourly(entry)],
      },
    );
    await this.removeOpen(id);
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key(id), ProjectionExpression: 'expiresAt' }),
    );
    if (Item)
      await this.putWeekEntry(
        'RESPONDED',
        onTheHour(entry.at),
        id,
        typeof Item.expiresAt === 'number' ? Item.expiresAt : undefined,
      );
  }

  async listRaisedBetween(from: Date, to: Date): Promise<Escalation[]> {
    return (await this.listWeekEntries('RAISED', from, to)).filter((e) => inRange(e.raisedAt, from, to));
  }

  /** A response replaced later is listed under its latest time only. */
  async listRespondedBetween(from: Date, to: Date): Promise<Escalation[]> {
    return (await this.listWeekEntries('RESPONDED', from, to)).filter(
      (e) => e.respondedAt !== undefined && inRange(e.respondedAt, from, to),
    );
  }

  /**
   * Pages past entries whose escalation has expired (TTL deletes them
   * lazily on AWS, never on dynalite), so that they cannot fill `limit` and
   * hide escalations that are due.
   */
  async listOverdue(now: Date, limit: number): Promise<Escalation[]> {
    const overdue: Escalation[] = [];
    for await (const page of this.openPages(now, limit)) {
      overdue.push(...page);
      if (overdue.length >= limit) break;
    }
    return overdue.slice(0, limit);
  }

  /** Every page of them, however many are open: the sweep must not leave any waiting behind the others. */
  async listOpen(dueBefore: Date): Promise<Escalation[]> {
    const open: Escalation[] = [];
    for await (const page of this.openPages(dueBefore, this.options.openPageSize)) open.push(...page);
    return open;
  }

  /** Unacknowledged escalations due before `dueBefore`, oldest first, a page of open entries at a time. */
  private async *openPages(dueBefore: Date, pageSize: number | undefined): AsyncGenerator<Escalation[]> {
    const pages = queryPages(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk < :before',
      ExpressionAttributeValues: { ':pk': PK.openEscalations, ':before': dueBefore.toISOString() },
      Limit: pageSize,
    });
    for await (const page of pages) {
      const live = page.filter((item) => !isExpired(item, this.clock.now()));
      const found = await this.getMany(live.map((item) => String(item.id)));
      yield found.filter((e) => e.status === 'raised');
    }
  }

  async markReminded(id: string, reminder: string): Promise<void> {
    await this.update(id, 'SET remindedFor = :reminder', undefined, { ':reminder': reminder });
  }

  async markPassedOnShown(id: string): Promise<void> {
    await this.update(id, 'SET passedOnShown = :yes', undefined, { ':yes': true });
  }

  async raiseLevel(
    id: string,
    fromLevel: number,
    toLevel: number,
    slaDueAt: string,
    entry: AuditEntry,
  ): Promise<boolean> {
    const stored = await this.getStored(id);
    if (!stored) return false;
    const before = stored.escalation;
    const done = await this.update(
      id,
      'SET #level = :to, slaDueAt = :due, audit = list_append(audit, :entry)',
      '#level = :from AND slaDueAt = :oldDue AND #status = :raised',
      {
        ':to': toLevel,
        ':from': fromLevel,
        ':due': onTheHour(slaDueAt),
        ':oldDue': before.slaDueAt,
        ':raised': 'raised',
        ':entry': [hourly(entry)],
      },
    );
    if (done) {
      // Two climbs within one hour keep the same due time, whose open entry must stay (`move` leaves it).
      await this.open.move(id, before.slaDueAt, onTheHour(slaDueAt), stored.expiresAt);
    }
    return done;
  }

  async listClosesToTell(): Promise<Escalation[]> {
    const entries = await collect(
      queryItems(this.client, {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :closed)',
        ExpressionAttributeValues: { ':pk': PK.openEscalations, ':closed': CLOSE_NOTICE_SK_PREFIX },
      }),
    );
    const ids = entries.map((item) => String(item.id));
    const found = new Map((await this.getMany(ids)).map((e) => [e.id, e]));
    const listed: Escalation[] = [];
    for (const id of ids) {
      const e = found.get(id);
      if (e) listed.push(e);
      // Gone with its retention: nothing to tell.
      else await this.closeTold(id);
    }
    return listed;
  }

  async closeTold(id: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: closeNoticeKey(id) }));
  }

  async listUntold(): Promise<Escalation[]> {
    const entries = await collect(
      queryItems(this.client, {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :untold)',
        ExpressionAttributeValues: { ':pk': PK.openEscalations, ':untold': UNTOLD_SK_PREFIX },
      }),
    );
    const ids = entries.map((item) => String(item.id));
    const found = new Map((await this.getMany(ids)).map((e) => [e.id, e]));
    const untold: Escalation[] = [];
    for (const id of ids) {
      const e = found.get(id);
      if (e && isUntold(e)) untold.push(e);
      // Told since (the entry is not dropped at the email, which would cost every email a write), closed or gone.
      else await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: untoldEscalationKey(id) }));
    }
    return untold;
  }

  async passOnUntold(
    id: string,
    fromLevel: number,
    toLevel: number,
    entry: AuditEntry,
    { refused = false }: { refused?: boolean } = {},
  ): Promise<boolean> {
    return this.update(
      id,
      'SET #level = :to, audit = list_append(audit, :entry)',
      `#level = :from AND #status <> :raised${refused ? '' : ' AND notifiedLevel < :from'} AND attribute_not_exists(closedAt)`,
      { ':to': toLevel, ':from': fromLevel, ':raised': 'raised', ':entry': [hourly(entry)] },
    );
  }

  async reroute(
    id: string,
    from: Pick<Escalation, 'sponsorId' | 'level'>,
    to: { sponsorId: string; level: number; reroute: NonNullable<Escalation['reroute']> },
    entry: AuditEntry,
    slaDueAt?: string,
  ): Promise<boolean> {
    const before = slaDueAt ? await this.getStored(id) : undefined;
    // Only while it waits for acknowledgement: the new holder's time to acknowledge (`CaseRouting.reroute`).
    const due = slaDueAt && before?.escalation.status === 'raised' ? onTheHour(slaDueAt) : undefined;
    const moved = await this.update(
      id,
      `SET sponsorId = :toSponsor, #level = :to, reroute = :reroute, audit = list_append(audit, :entry)${due ? ', slaDueAt = :due' : ''}`,
      `sponsorId = :fromSponsor AND #level = :from${due ? ' AND slaDueAt = :oldDue' : ''}`,
      {
        ':toSponsor': to.sponsorId,
        ':to': to.level,
        ':reroute': to.reroute,
        ':fromSponsor': from.sponsorId,
        ':from': from.level,
        ':entry': [hourly(entry)],
        ...(due && before ? { ':due': due, ':oldDue': before.escalation.slaDueAt } : {}),
      },
    );
    if (moved && due && before) await this.open.move(id, before.escalation.slaDueAt, due, before.expiresAt);
    return moved;
  }

  async makeUrgent(id: string, slaDueAt: string, entry: AuditEntry): Promise<boolean> {
    const stored = await this.getStored(id);
    if (!stored) return false;
    const before = stored.escalation;
    const done = await this.update(
      id,
      'SET urgent = :yes, slaDueAt = :due, audit = list_append(audit, :entry)',
      '#status = :raised AND urgent <> :yes AND slaDueAt = :oldDue',
      {
        ':yes': true,
        ':due': onTheHour(slaDueAt),
        ':raised': 'raised',
        ':oldDue': before.slaDueAt,
        ':entry': [hourly(entry)],
      },
    );
    if (done) await this.open.move(id, before.slaDueAt, onTheHour(slaDueAt), stored.expiresAt);
    return done;
  }

  async reopen(id: string, entry: AuditEntry): Promise<boolean> {
    const stored = await this.getStored(id);

    // A close that acknowledged a case nobody had goes with its acknowledgement, in the same write, as when
    // it is kept open: the answer came before the close took effect, so the case waits to be acknowledged
    // as before, and the sweep climbs it when its due time passes (an attacker found an urgent case closed
    // unacknowledged, reopened by the employee's answer, that never climbed).
    const unacknowledge = acknowledgedByClose(stored?.escalation);
    // An answer's doing keeps its day, never an hour (see `notify-thread-answer.ts`): `at` is a day already.
    const reopened = await this.update(
      id,
      unacknowledge
        ? 'REMOVE closedAt, closeAcknowledges, acknowledgedAt SET audit = list_append(audit, :entry), reopenNotTold = :yes, #status = :raised'
        : 'REMOVE closedAt SET audit = list_append(audit, :entry), reopenNotTold = :yes',
      `attribute_exists(closedAt)${unacknowledge ? ' AND #status = :ack AND closeAcknowledges = :yes' : ''}`,
      {
        ':entry': [hourly(entry)],
        ':yes': true,
        ...(unacknowledge ? { ':raised': 'raised', ':ack': 'acknowledged' } : {}),
      },
    );
    // Listed again by its own due time (unchanged by the close), so the sweep climbs it when that passes.
    if (reopened && unacknowledge && stored) await this.open.put(stored.escalation.slaDueAt, id, stored.expiresAt);
    return reopened;
  }

  async reopenTold(id: string): Promise<void> {
    await this.update(id, 'REMOVE reopenNotTold', 'attribute_exists(reopenNotTold)', {});
  }

  private async putWeekEntry(kind: WeekIndex, at: string, id: string, expiresAt: number | undefined) {
    await putEscalationEntry(this.client, this.tableName, weekKey(kind, at, id), id, expiresAt);
  }

  private async listWeekEntries(kind: WeekIndex, from: Date, to: Date): Promise<Escalation[]> {
    const weeks: string[] = [];
    const last = isoWeekOf(new Date(to.getTime() - 1), 'UTC');
    for (let week = isoWeekOf(from, 'UTC'); week <= last; week = shiftWeek(week, 1)) weeks.push(week);
    // Every week's partition at once, not one after the other: a week in a zone other than UTC spans two
    // UTC weeks, and a cold digest waits for each round trip in a row (docs/performance-log.md, "Fourteenth round").
    const entries = await Promise.all(
      weeks.map((week) =>
        collect(
          queryItems(this.client, {
            TableName: this.tableName,
            KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
            ExpressionAttributeValues: {
              ':pk': escalationWeekPk(week),
              ':from': escalationWeekSk(kind, from.toISOString()),
              ':to': escalationWeekSk(kind, to.toISOString()),
            },
          }),
        ),
      ),
    );
    const ids = new Set(entries.flat().map((item) => String(item.id)));
    return (await this.getMany([...ids])).sort(
      (a, b) => a.raisedAt.localeCompare(b.raisedAt) || a.id.localeCompare(b.id),
    );
  }

  private async removeOpen(id: string) {
    const escalation = await this.get(id);
    if (escalation) await this.open.remove(escalation.slaDueAt, id);
  }

  private async update(
    id: string,
    expression: string,
    condition: string | undefined,
    values: Record<string, unknown>,
  ): Promise<boolean> {
    const names: Record<string, string> = {};
    for (const [placeholder, name] of [
      ['#status', 'status'],
      ['#response', 'response'],
      ['#level', 'level'],
      ['#language', 'language'],
    ]) {
      if (expression.includes(placeholder!) || condition?.includes(placeholder!)) names[placeholder!] = name!;
    }
    return conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: key(id),
          UpdateExpression: expression,
          ConditionExpression: ['attribute_exists(pk)', condition].filter(Boolean).join(' AND '),
          ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
          ExpressionAttributeValues: Object.keys(values).length ? values : undefined,
        }),
      ),
    );
  }
}

/** An escalation as stored, without the table's own attributes. */
function fromItem(item: Item): { escalation: Escalation; expiresAt: number | undefined } {
  const { pk: _pk, sk: _sk, type: _type, expiresAt, ...escalation } = item;
  return {
    escalation: escalation as unknown as Escalation,
    expiresAt: typeof expiresAt === 'number' ? expiresAt : undefined,
  };
}

/** Acknowledged (or answered), open, and its holder never emailed at its level: the sweep's to tell. */
const isUntold = (e: Escalation) =>
  e.status !== 'raised' && e.notifiedLevel < e.level && !(e as { closedAt?: string }).closedAt;

const inRange = (iso: string, from: Date, to: Date) => {
  const t = Date.parse(iso);
  return t >= from.getTime() && t < to.getTime();
};
