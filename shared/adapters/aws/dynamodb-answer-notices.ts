import { DeleteCommand, GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { hourStamp } from '../../domain/escalation';
import { batchOver, hourBatch } from '../../domain/hour-batch';
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
 * on a week boundary, and is deleted once sent. Past `PAGE_BYTES` the
 * case's answers of the hour go on a further page (item) of their own.
 */
/**
 * Answers' bytes one page (item) holds: DynamoDB's item limit is 400 KB in
 * UTF-8 (dynalite counts characters), and the rest of the item is small.
 * 200 answers (the thread's limit) of 4,900 bytes fill four pages.
 */
const PAGE_BYTES = 300_000;
/** Far more than the thread's length limit needs: a bound on the search for room. */
const MAX_PAGES = 20;
const batchOf = (hour: string): string => hourBatch(new Date(hour));
export class DynamoDbAnswerNotices implements AnswerNotices {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async hold(
    escalationId: string,
    hour: string,
    answer: string,
    expiresAt: Date,
    named: readonly string[] = [],
    answerId?: string,
  ): Promise<void> {
    const batch = batchOf(hourStamp(new Date(hour)));
    const bytes = Buffer.byteLength(answer, 'utf8');
    const adds = [
      ...(named.length ? ['#named :named'] : []),
      // The ids join a set; a page already holding this one refuses it again (a redelivered notice).
      ...(answerId ? ['answerIds :answerIds'] : []),
    ];
    // The next page when this one is full: an employee may write up to the
    // thread's length limit in one hour, more than one item can hold.
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const key = { pk: NOTICES_HELD_PK, sk: heldNoticeSk(batch, escalationId, page) };
      try {
        await this.client.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: key,
            // The sponsors named join a set: ids alone, so the item still dates nothing finer than its batch.
            UpdateExpression: `SET answers = list_append(if_not_exists(answers, :none), :answer), #bytes = if_not_exists(#bytes, :zero) + :bytes, escalationId = :id, #batch = :batch, #page = :page, expiresAt = :expiresAt${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
            // A page takes an answer while it has room for it; an empty page takes any.
            ConditionExpression: `(attribute_not_exists(#bytes) OR #bytes <= :room)${answerId ? ' AND NOT contains(answerIds, :answerId)' : ''}`,
            // BATCH is one of DynamoDB's reserved words; the others are named alike to be safe.
            ExpressionAttributeNames: {
              '#batch': 'batch',
              '#bytes': 'bytes',
              '#page': 'page',
              ...(named.length ? { '#named': 'named' } : {}),
            },
            ExpressionAttributeValues: {
              ':none': [],
              ':answer': [answer],
              ':zero': 0,
              ':bytes': bytes,
              ':room': PAGE_BYTES - bytes,
              ':id': escalationId,
              ':batch': batch,
              ':page': page,
              ':expiresAt': epochSeconds(weekBoundaryAtOrAfter(expiresAt)),
              ...(named.length ? { ':named': new Set(named) } : {}),
              ...(answerId ? { ':answerIds': new Set([answerId]), ':answerId': answerId } : {}),
            },
          }),
        );
        return;
      } catch (error) {
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      }
      // Refused: the page is full, or already holds this answer (then it is held, once).
      if (answerId && (await this.pageHolds(key, answerId))) return;
    }
    throw new Error(`more answers held for one case in one hour than ${MAX_PAGES} pages hold`);
  }

  private async pageHolds(key: { pk: string; sk: string }, answerId: string): Promise<boolean> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ProjectionExpression: 'answerIds', ConsistentRead: true }),
    );
    return Item?.answerIds instanceof Set && Item.answerIds.has(answerId);
  }

  async heldBefore(hour: string, limit: number): Promise<HeldAnswers[]> {
    const held: HeldAnswers[] = [];
    const now = this.clock.now();
    const pages = queryPages(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :over)',
      ExpressionAttributeValues: {
        ':pk': NOTICES_HELD_PK,
        ':over': `${batchOver(new Date(hour))}#`,
      },
      Limit: limit,
    });
    for await (const page of pages) {
      for (const item of page) {
        if (isExpired(item, now) || !Array.isArray(item.answers)) continue;
        held.push({
          escalationId: String(item.escalationId),
          batch: String(item.batch),
          page: Number(item.page ?? 0),
          answers: item.answers.map(String),
          ...(item.answerIds instanceof Set && item.answerIds.size
            ? { answerIds: [...item.answerIds].map(String) }
            : {}),
          ...(item.named instanceof Set && item.named.size ? { named: [...item.named].map(String).sort() } : {}),
        });
      }
      if (held.length >= limit) break;
    }
    return held.slice(0, limit);
  }

  async namedWaiting(escalationId: string): Promise<string[]> {
    const named = new Set<string>();
    const now = this.clock.now();
    for (const batch of ['odd', 'even']) {
      // Pages follow one another from 0: the first one missing ends the case's pages in this batch.
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const { Item } = await this.client.send(
          new GetCommand({
            TableName: this.tableName,
            Key: { pk: NOTICES_HELD_PK, sk: heldNoticeSk(batch, escalationId, page) },
            ProjectionExpression: '#named, expiresAt',
            ExpressionAttributeNames: { '#named': 'named' },
            ConsistentRead: true,
          }),
        );
        if (!Item) break;
        if (isExpired(Item, now)) continue;
        if (Item.named instanceof Set) for (const id of Item.named) named.add(String(id));
      }
    }
    return [...named].sort();
  }

  async sent(held: Pick<HeldAnswers, 'escalationId' | 'batch' | 'page'>): Promise<void> {
    await this.client.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: { pk: NOTICES_HELD_PK, sk: heldNoticeSk(held.batch, held.escalationId, held.page ?? 0) },
      }),
    );
  }
}
