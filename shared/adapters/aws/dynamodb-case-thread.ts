import { randomUUID } from 'node:crypto';
import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { answerHour, hourStamp } from '../../domain/escalation';
import type { Clock } from '../../ports/clock';
import {
  inTurn,
  MAX_THREAD_MESSAGES,
  type CaseThread,
  type NewThreadMessage,
  type ThreadAuthor,
  type ThreadDeadline,
  type ThreadMessage,
  type ThreadSummary,
} from '../../ports/case-thread';
import { addAnswerOnce } from './dynamodb-thread-answers';
import { addSponsorMessageOnce } from './dynamodb-thread-sponsor';
import { placeWaitingAnswers, waitingAnswers } from './dynamodb-thread-waiting';
import { releaseWaiting, type ThreadWaitingRoom } from './thread-waiting-room';
import { collect, conditionalWrite, epochSeconds, isExpired, queryItems } from './dynamodb-toolkit';
import { THREAD_HEAD_SK, THREAD_MESSAGE_SK_PREFIX, threadOnceSk, threadPk } from './table-keys';

/*
 * One item per message (`MSG#0001` …), so a long thread never nears
 * DynamoDB's 400 KB item limit, and one head item (`HEAD`) that hands out
 * the next number and remembers, per side, the last message written and
 * the last one read: a list of cases reads one head each, not the messages.
 * Nothing here keeps a time finer than the day. An employee's ordinary
 * answer waits outside the thread's order until its hour is over
 * (`dynamodb-thread-waiting.ts`); `accepted` counts every message, placed
 * or waiting, against the thread's length limit.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const readThrough = (reader: ThreadAuthor) => (reader === 'sponsor' ? 'sponsorReadThrough' : 'employeeReadThrough');
const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const PASSED_FIELD = { acknowledge: 'acknowledgePassed', feedback: 'feedbackPassed' } as const;
const passedOf = (item: Record<string, unknown>): ThreadDeadline[] =>
  (['acknowledge', 'feedback'] as const).filter((kind) => item[PASSED_FIELD[kind]] === true);

/** Messages the thread took, placed or waiting; a head written before `accepted` was kept counts its placed ones. */
const acceptedOf = (head: Record<string, unknown>): number =>
  typeof head.accepted === 'number' ? head.accepted : num(head.messageCount);

export class DynamoDbCaseThread implements CaseThread {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
    /** Where ordinary answers wait for their hour, if not in the table (a laptop's: out of dynalite's write order). */
    private readonly room?: ThreadWaitingRoom,
  ) {}

  async append(caseKey: string, message: NewThreadMessage, expiresAtDate: Date): Promise<ThreadMessage | undefined> {
    const day = message.day.slice(0, 10);
    if (!DAY.test(day)) throw new Error('A thread message needs its day as YYYY-MM-DD');
    const expiresAt = epochSeconds(expiresAtDate);
    const notFor = message.notFor?.length ? { notFor: [...new Set(message.notFor)] } : {};
    // The employee's answer is added once per delivery, however many copies of it come (`dynamodb-thread-answers.ts`);
    // an ordinary one waits for its hour to be over before it takes a place (and a number) in the thread.
    if (message.from === 'employee') {
      // Where a waiting room is kept (a laptop), an ordinary answer waits there, outside the table.
      if (!message.shownAtOnce && this.room) return this.holdInRoom(caseKey, message, day, expiresAt);
      const answer = {
        text: message.text,
        day,
        ...notFor,
        ...(message.turn ? { turn: message.turn } : {}),
        waits: !message.shownAtOnce,
        hour: answerHour(message.hour, this.clock.now()),
      };
      const onceKey = message.onceKey ?? randomUUID();
      return addAnswerOnce(this.client, this.tableName, this.clock.now(), caseKey, onceKey, answer, expiresAt);
    }
    // A sponsor's message: once, however often the same form is posted (`dynamodb-thread-sponsor.ts`).
    return addSponsorMessageOnce(
      this.client,
      this.tableName,
      caseKey,
      { text: message.text, day, ...(message.by ? { by: message.by } : {}), ...notFor },
      expiresAt,
    );
  }

  /**
   * An ordinary answer held outside the table until its hour is over: nothing in the table is written
   * now, not even the head's count, so the table's write order cannot place it among the sponsor's
   * messages. The thread's state is only read, to refuse it once full.
   */
  private async holdInRoom(
    caseKey: string,
    message: NewThreadMessage,
    day: string,
    expiresAt: number,
  ): Promise<ThreadMessage | undefined> {
    const room = this.room!;
    const waiting = room.waiting(caseKey);
    const shown = { seq: 0, from: 'employee' as const, text: message.text, day, waiting: true as const };
    const onceKey = message.onceKey?.slice(0, 100);
    if (onceKey && waiting.some((w) => w.onceKey === onceKey)) return shown;
    // Released from the room already (its mark is in the table): a late copy adds nothing.
    if (onceKey) {
      const { Item: mark } = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { pk: threadPk(caseKey), sk: threadOnceSk(onceKey) },
          ConsistentRead: true,
        }),
      );
      if (mark && !isExpired(mark, this.clock.now())) return shown;
    }
    const { Item: head } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: threadPk(caseKey), sk: THREAD_HEAD_SK },
        ConsistentRead: true,
      }),
    );
    // Closed or not: the intake accepted it before any close (it refuses every answer after one).
    if ((head ? acceptedOf(head) : 0) + waiting.length >= MAX_THREAD_MESSAGES) return undefined;
    // Looked at again with nothing awaited before the hold: a copy of the delivery handled meanwhile held it.
    if (onceKey && room.waiting(caseKey).some((w) => w.onceKey === onceKey)) return shown;
    room.hold(caseKey, {
      id: randomUUID(),
      n: Math.max(0, ...waiting.map((w) => w.n)) + 1,
      hour: answerHour(message.hour, this.clock.now()),
      text: message.text,
      day,
      ...(message.notFor?.length ? { notFor: [...new Set(message.notFor)] } : {}),
      ...(onceKey ? { onceKey } : {}),
      expiresAt,
    });
    return shown;
  }

  async takeTurn(caseKey: string): Promise<number> {
    const { Attributes } = await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: threadPk(caseKey), sk: THREAD_HEAD_SK },
        UpdateExpression: 'ADD turns :one',
        // Only on a head the case's escalation made (with its expiry): the intake never makes one, which would
        // be kept for ever. A case without one yet has no answers placed to be out of turn with.
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':one': 1 },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return num(Attributes?.turns);
  }

  async list(caseKey: string): Promise<ThreadMessage[]> {
    const now = this.clock.now();
    const items = await collect(
      queryItems(this.client, {
        TableName: this.tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': threadPk(caseKey), ':prefix': THREAD_MESSAGE_SK_PREFIX },
        ConsistentRead: true,
      }),
    );
    const turns = new Map<number, number>();
    const placed = items
      .filter((item) => !isExpired(item, now))
      .map((item) => {
        if (typeof item.turn === 'number') turns.set(num(item.seq), item.turn);
        return {
          seq: num(item.seq),
          from: item.from === 'sponsor' ? 'sponsor' : 'employee',
          text: String(item.text ?? ''),
          day: String(item.day ?? ''),
          ...(item.from === 'sponsor' && typeof item.by === 'string' ? { by: item.by } : {}),
          ...(Array.isArray(item.notFor) && item.notFor.length ? { notFor: item.notFor.map(String) } : {}),
        } satisfies ThreadMessage;
      });
    // In the order they were sent: answers analysis took out of turn are listed in their turns (`inTurn`).
    return inTurn(placed, (message) => turns.get(message.seq));
  }

  async waiting(caseKey: string): Promise<ThreadMessage[]> {
    const now = this.clock.now().getTime();
    const inRoom = (this.room?.waiting(caseKey) ?? [])
      .filter((a) => a.expiresAt * 1000 > now)
      .map((a) => ({
        message: { seq: 0, from: 'employee', text: a.text, day: a.day, waiting: true } satisfies ThreadMessage,
        placedAs: a.placedAs,
      }));
    const waiting = [...(await waitingAnswers(this.client, this.tableName, caseKey, this.clock.now())), ...inRoom];
    if (!waiting.some((w) => w.placedAs !== undefined)) return waiting.map((w) => w.message);
    // A sweep stopped between placing an answer and forgetting it: shown once, where it was placed.
    const placed = new Set((await this.list(caseKey)).map((m) => m.seq));
    return waiting.filter((w) => w.placedAs === undefined || !placed.has(w.placedAs)).map((w) => w.message);
  }

  async placeWaiting(limit = Number.POSITIVE_INFINITY): Promise<{ placed: number; failed: number }> {
    // Answers an earlier version left waiting in the table too.
    const table = await placeWaitingAnswers(this.client, this.tableName, this.clock.now(), limit);
    if (!this.room) return table;
    const room = await releaseWaiting(this.client, this.tableName, this.room, this.clock.now(), limit);
    return { placed: table.placed + room.placed, failed: table.failed + room.failed };
  }

  async summary(caseKey: string): Promise<ThreadSummary> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: { pk: threadPk(caseKey), sk: THREAD_HEAD_SK },
        ConsistentRead: true,
      }),
    );
    if (!Item || isExpired(Item, this.clock.now())) return { messages: 0, newForSponsor: false, newForEmployee: false };
    return {
      messages: acceptedOf(Item),
      newForSponsor: num(Item.lastFromEmployee) > num(Item.sponsorReadThrough),
      newForEmployee:
        num(Item.lastFromSponsor) > Math.max(num(Item.employeeReadThrough), this.room?.readThrough(caseKey) ?? 0),
      ...(typeof Item.acknowledgeBy === 'string' ? { acknowledgeBy: Item.acknowledgeBy } : {}),
      ...(typeof Item.urgent === 'boolean' ? { urgent: Item.urgent } : {}),
      ...(num(Item.lastFromSponsor) > 0 ? { sponsorWrote: true } : {}),
      ...(typeof Item.feedbackBy === 'string' ? { feedbackBy: Item.feedbackBy } : {}),
      // Closed to the employee once the close is in effect (at the end of its hour); a close from before that rule at once.
      ...(Item.closed === true
        ? Date.parse(String(Item.closesAt)) > this.clock.now().getTime()
          ? { closing: true }
          : { closed: true }
        : {}),
      ...(passedOf(Item).length ? { passed: passedOf(Item) } : {}),
    };
  }

  async markRead(caseKey: string, reader: ThreadAuthor, throughSeq: number): Promise<void> {
    if (!Number.isInteger(throughSeq) || throughSeq < 1) return;
    // The employee's visit would be placed among the sponsor's messages by the table's write order (a laptop's).
    if (this.room && reader === 'employee') {
      if (throughSeq > this.room.readThrough(caseKey))
        this.room.noteRead(caseKey, throughSeq, hourStamp(this.clock.now()));
      return;
    }
    const field = readThrough(reader);
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: threadPk(caseKey), sk: THREAD_HEAD_SK },
          UpdateExpression: `SET ${field} = :seq`,
          // Only on a thread that exists, and never backwards.
          ConditionExpression: `attribute_exists(pk) AND (attribute_not_exists(${field}) OR ${field} < :seq)`,
          ExpressionAttributeValues: { ':seq': throughSeq },
        }),
      ),
    );
  }

  async setDeadline(
    caseKey: string,
    kind: ThreadDeadline,
    day: string,
    expiresAtDate: Date,
    urgent?: boolean,
  ): Promise<void> {
    const onlyDay = day.slice(0, 10);
    if (!DAY.test(onlyDay)) throw new Error('A deadline is a day, YYYY-MM-DD');
    const field = kind === 'acknowledge' ? 'acknowledgeBy' : 'feedbackBy';
    // Whether it is urgent goes with the deadline to acknowledge, the one it sets the time of.
    const withUrgency = kind === 'acknowledge' && urgent !== undefined;
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: threadPk(caseKey), sk: THREAD_HEAD_SK },
        UpdateExpression: `SET ${field} = :day, expiresAt = if_not_exists(expiresAt, :expiresAt)${withUrgency ? ', urgent = :urgent' : ''}`,
        ExpressionAttributeValues: {
          ':day': onlyDay,
          ':expiresAt': epochSeconds(expiresAtDate),
          ...(withUrgency ? { ':urgent': urgent } : {}),
        },
      }),
    );
  }

  async markUrgent(caseKey: string): Promise<void> {
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: threadPk(caseKey), sk: THREAD_HEAD_SK },
          UpdateExpression: 'SET urgent = :yes',
          // Only on a thread that exists: a case without one has no page that says it.
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':yes': true },
        }),
      ),
    );
  }

  async deadlinePassed(caseKey: string, kind: ThreadDeadline, expiresAtDate: Date): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: threadPk(caseKey), sk: THREAD_HEAD_SK },
        UpdateExpression: `SET ${PASSED_FIELD[kind]} = :yes, expiresAt = if_not_exists(expiresAt, :expiresAt)`,
        ExpressionAttributeValues: { ':yes': true, ':expiresAt': epochSeconds(expiresAtDate) },
      }),
    );
  }

  async clearDeadline(caseKey: string, kind: ThreadDeadline): Promise<void> {
    const field = kind === 'acknowledge' ? 'acknowledgeBy' : 'feedbackBy';
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: threadPk(caseKey), sk: THREAD_HEAD_SK },
          UpdateExpression: `REMOVE ${field}, ${PASSED_FIELD[kind]}`,
          ConditionExpression: 'attribute_exists(pk)',
        }),
      ),
    );
  }

  async reopen(caseKey: string): Promise<void> {
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { pk: threadPk(caseKey), sk: THREAD_HEAD_SK },
          UpdateExpression: 'REMOVE closed, closesAt',
          ConditionExpression: 'attribute_exists(pk)',
        }),
      ),
    );
  }

  async close(caseKey: string, expiresAtDate: Date, closesAt: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { pk: threadPk(caseKey), sk: THREAD_HEAD_SK },
        // The first close's hour stays: a retry later in the day must not move it.
        UpdateExpression:
          'SET closed = :yes, closesAt = if_not_exists(closesAt, :closesAt), expiresAt = if_not_exists(expiresAt, :expiresAt)',
        ExpressionAttributeValues: { ':yes': true, ':closesAt': closesAt, ':expiresAt': epochSeconds(expiresAtDate) },
      }),
    );
  }
}
