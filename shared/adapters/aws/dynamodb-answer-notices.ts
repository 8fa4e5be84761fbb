import { DeleteCommand, GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { hourStamp } from '../../domain/escalation';
import { hourBatch, overBatchKeys, recentBatches } from '../../domain/hour-batch';
import { weekBoundaryAtOrAfter } from '../../domain/iso-week';
import type { AnswerNotices, HeldAnswers } from '../../ports/answer-notices';
import type { Clock } from '../../ports/clock';
import { AnswerNoticeMarks } from './dynamodb-answer-notice-marks';
import { onceKeptUntil } from './dynamodb-thread-answers';
import { batchGetItems, epochSeconds, isExpired, pageSize, queryPages } from './dynamodb-toolkit';
import { heldNoticeSk, NOTICES_HELD_PK } from './table-keys';

/*
 * One item per case and hour under `NOTICE#HELD` (`<hour>#<escalation id>`;
 * `odd`/`even` from earlier versions): the hour is what the sweep that sends
 * the email tells anyway, nothing finer, and lets a late sweep send every
 * hour that is over at once (`shared/domain/hour-batch.ts`). The item holds the redacted answers, expires
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
/** How long a held notice can last: a week after its hour, to the week boundary after. */
const HELD_DAYS = 15;
const batchOf = (hour: string): string => hourBatch(new Date(hour));
export class DynamoDbAnswerNotices implements AnswerNotices {
  private readonly marks: AnswerNoticeMarks;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {
    this.marks = new AnswerNoticeMarks(client, tableName);
  }

  async hold(
    escalationId: string,
    hour: string,
    answer: string,
    expiresAt: Date,
    named: readonly string[] = [],
    answerId?: string,
    caseKey?: string,
  ): Promise<void> {
    const until = epochSeconds(weekBoundaryAtOrAfter(expiresAt));
    let batch = batchOf(hourStamp(new Date(hour)));
    // Marked on the answer's once-item (`dynamodb-answer-notice-marks.ts`): a copy held or sent before holds nothing.
    const marked = answerId && caseKey ? { answerId, caseKey } : undefined;
    if (marked) {
      // The once-item is kept to the Monday two weeks on, never with the escalation or the thread.
      const claimed = await this.marks.claim(marked.caseKey, marked.answerId, batch, onceKeptUntil(this.clock.now()));
      if (!claimed) return;
      batch = claimed;
    }
    await this.holdOnAPage(escalationId, batch, answer, until, named, answerId, caseKey);
    if (marked) await this.marks.held(marked.caseKey, marked.answerId);
  }

  private async holdOnAPage(
    escalationId: string,
    batch: string,
    answer: string,
    until: number,
    named: readonly string[],
    answerId: string | undefined,
    caseKey: string | undefined,
  ): Promise<void> {
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
            // The case's key (as its escalation keeps it) lets the sweep mark the answers' notices sent.
            UpdateExpression: `SET answers = list_append(if_not_exists(answers, :none), :answer), #bytes = if_not_exists(#bytes, :zero) + :bytes, escalationId = :id, #batch = :batch, #page = :page, expiresAt = :expiresAt${caseKey ? ', caseKey = :caseKey' : ''}${adds.length ? ` ADD ${adds.join(', ')}` : ''}`,
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
              ':expiresAt': until,
              ...(caseKey ? { ':caseKey': caseKey } : {}),
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
    // Every hour before `hour`, however late the sweep, then an earlier version's labels: one query, kept by `isOver`.
    const { below, isOver } = overBatchKeys(new Date(hour));
    const pages = queryPages(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND sk < :below',
      ExpressionAttributeValues: { ':pk': NOTICES_HELD_PK, ':below': below },
      Limit: pageSize(limit),
    });
    for await (const page of pages) {
      for (const item of page) {
        if (!isOver(String(item.sk)) || isExpired(item, now) || !Array.isArray(item.answers)) continue;
        const caseKey = typeof item.caseKey === 'string' ? item.caseKey : undefined;
        const ids = item.answerIds instanceof Set ? [...item.answerIds].map(String) : [];
        // Held again by a copy racing the sweep that had sent them: told to no one again, and forgotten.
        if (caseKey && (await this.marks.allSent(caseKey, ids))) {
          await this.forget(String(item.batch), String(item.escalationId), Number(item.page ?? 0));
          continue;
        }
        held.push({
          ...(caseKey ? { caseKey } : {}),
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
    // Each hour a notice still held can be under (it lasts to the week boundary after a week), and the
    // old labels: read by key, as the escalation stage may (it lists nothing).
    const batches = [...recentBatches(now, HELD_DAYS), 'odd', 'even'];
    const addNamed = (item: Record<string, unknown>) => {
      if (!isExpired(item, now) && item.named instanceof Set) for (const id of item.named) named.add(String(id));
    };
    let page = 0;
    let found = await this.pagesOf(escalationId, batches, page);
    while (found.length && page < MAX_PAGES) {
      for (const item of found) addNamed(item);
      page += 1;
      // A further page only where the one before exists.
      found = await this.pagesOf(
        escalationId,
        found.map((item) => String(item.batch)),
        page,
      );
    }
    return [...named].sort();
  }

  private pagesOf(escalationId: string, batches: string[], page: number) {
    const keys = batches.map((batch) => ({ pk: NOTICES_HELD_PK, sk: heldNoticeSk(batch, escalationId, page) }));
    return batchGetItems(this.client, this.tableName, keys, { consistentRead: true });
  }

  async sent(held: Pick<HeldAnswers, 'escalationId' | 'batch' | 'page' | 'caseKey' | 'answerIds'>): Promise<void> {
    // Marked before the held item goes: a copy coming after finds its answer told.
    if (held.caseKey && held.answerIds?.length) {
      await this.marks.sent(held.caseKey, held.answerIds, onceKeptUntil(this.clock.now()));
    }
    await this.forget(held.batch, held.escalationId, held.page ?? 0);
  }

  private async forget(batch: string, escalationId: string, page: number): Promise<void> {
    await this.client.send(
      new DeleteCommand({
        TableName: this.tableName,
        Key: { pk: NOTICES_HELD_PK, sk: heldNoticeSk(batch, escalationId, page) },
      }),
    );
  }
}
