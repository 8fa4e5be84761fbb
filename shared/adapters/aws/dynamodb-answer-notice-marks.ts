import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { conditionalWrite } from './dynamodb-toolkit';
import { threadOnceSk, threadPk } from './table-keys';

/*
 * Whether an employee's answer's notice (the email that tells its holder) is held or was sent, marked
 * on the answer's once-item (`ONCE#<id>` in its thread, `dynamodb-thread-answers.ts`). A copy of the
 * answer (the same Idempotency-Key, status-form key or MessageSid, sent again later, in another hour)
 * reaches the escalation stage again; without the mark it was held again under its own hour, and
 * emailed again with that hour's other answers. With it:
 * - the first to hold the notice claims the mark (`holding`, with the hour it holds it under), holds
 *   it, then marks it `held`; a copy at the same moment holds it under that same hour, where the
 *   page's own ids take it once; a copy after it holds nothing;
 * - the sweep marks it `sent` once emailed, before the held item goes: a copy after that holds nothing,
 *   and a held item whose every answer is marked sent (a copy racing the sweep) is dropped untold.
 * The hour stays on the mark only while the first hold is underway, as `batch` does on the same item.
 */

type Client = DynamoDBDocumentClient;
const NAMES = { '#notice': 'notice', '#noticeBatch': 'noticeBatch' };

export class AnswerNoticeMarks {
  constructor(
    private readonly client: Client,
    private readonly tableName: string,
  ) {}

  /**
   * Claims the holding of this answer's notice under `batch`: the batch to hold it under (this one,
   * or the one a copy at the same moment claimed first), or undefined when it is held or sent already.
   */
  async claim(caseKey: string, answerId: string, batch: string, until: number): Promise<string | undefined> {
    const claimed = await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keyOf(caseKey, answerId),
          UpdateExpression:
            'SET #notice = :holding, #noticeBatch = :batch, expiresAt = if_not_exists(expiresAt, :until)',
          ConditionExpression: 'attribute_not_exists(#notice)',
          ExpressionAttributeNames: NAMES,
          ExpressionAttributeValues: { ':holding': 'holding', ':batch': batch, ':until': until },
        }),
      ),
    );
    if (claimed) return batch;
    const item = await this.read(caseKey, answerId);
    return item?.notice === 'holding' && typeof item.noticeBatch === 'string' ? item.noticeBatch : undefined;
  }

  /** The notice is held: the hour it waits under leaves the mark. Never undoes `sent`. */
  async held(caseKey: string, answerId: string): Promise<void> {
    await conditionalWrite(() =>
      this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keyOf(caseKey, answerId),
          UpdateExpression: 'SET #notice = :held REMOVE #noticeBatch',
          ConditionExpression: '#notice = :holding',
          ExpressionAttributeNames: NAMES,
          ExpressionAttributeValues: { ':held': 'held', ':holding': 'holding' },
        }),
      ),
    );
  }

  /** The notices of these answers were emailed: no copy of them is held or told again. */
  async sent(caseKey: string, answerIds: readonly string[], until: number): Promise<void> {
    for (const answerId of answerIds)
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: keyOf(caseKey, answerId),
          UpdateExpression: 'SET #notice = :sent, expiresAt = if_not_exists(expiresAt, :until) REMOVE #noticeBatch',
          ExpressionAttributeNames: NAMES,
          ExpressionAttributeValues: { ':sent': 'sent', ':until': until },
        }),
      );
  }

  /** Whether every one of these answers' notices was emailed already. */
  async allSent(caseKey: string, answerIds: readonly string[]): Promise<boolean> {
    for (const answerId of answerIds) if ((await this.read(caseKey, answerId))?.notice !== 'sent') return false;
    return answerIds.length > 0;
  }

  private async read(caseKey: string, answerId: string) {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.tableName,
        Key: keyOf(caseKey, answerId),
        ProjectionExpression: '#notice, #noticeBatch',
        ExpressionAttributeNames: NAMES,
        ConsistentRead: true,
      }),
    );
    return Item;
  }
}

const keyOf = (caseKey: string, answerId: string) => ({ pk: threadPk(caseKey), sk: threadOnceSk(answerId) });
