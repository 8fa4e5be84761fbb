import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { Clock } from '../../ports/clock';
import type { WindowStateStore } from '../../ports/window-state-store';
import { conditionalWrite, epochSeconds, isExpired, queryItems } from './dynamodb-toolkit';
import { WINDOW_KEYS_PK as WINDOW_KEYS, windowKeyKey, windowStateKey } from './table-keys';

/**
 * The rate and replay table's key schema, shared by the CDK stack and the
 * tests. It is a table of its own, never the main one: it has no
 * point-in-time recovery and no stream, so nothing in it can be restored or
 * replayed once deleted, and its writes never interleave with cases'.
 */
export const WINDOW_STATE_TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk', timeToLive: 'expiresAt' } as const;

/** An event's note on its counter's item: an attribute of its own, named by the event (already an HMAC). */
const eventAttribute = (event: string) => `e_${event}`;

/**
 * {@link WindowStateStore} on DynamoDB. Window keys are items
 * `WINDOWKEY` / `<window id>`; counters and replay records are items
 * `<hmac>` / `state`. Each call is one conditional write or a consistent
 * read: no transactions are needed (dynalite has none), since the first
 * write of a key wins and every later caller reads what it wrote.
 */
export class DynamoDbWindowStateStore implements WindowStateStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly clock: Clock,
  ) {}

  async windowKey(windowId: string, candidate: Buffer, expiresAt: Date): Promise<Buffer> {
    const created = await conditionalWrite(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...windowKeyKey(windowId), key: candidate.toString('base64'), expiresAt: epochSeconds(expiresAt) },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': this.nowSeconds() },
        }),
      ),
    );
    if (created) return candidate;
    const existing = await this.findWindowKey(windowId);
    if (!existing) throw new Error('the window key vanished between two calls; try again');
    return existing;
  }

  async findWindowKey(windowId: string): Promise<Buffer | undefined> {
    const item = await this.read(windowKeyKey(windowId));
    return typeof item?.key === 'string' ? Buffer.from(item.key, 'base64') : undefined;
  }

  async forgetWindowsBefore(windowId: string): Promise<number> {
    return this.forgetWindowsWhere('sk < :before', { ':before': windowId });
  }

  async forgetWindowsBetween(first: string, last: string): Promise<number> {
    return this.forgetWindowsWhere('sk BETWEEN :first AND :last', { ':first': first, ':last': last });
  }

  private async forgetWindowsWhere(condition: string, values: Record<string, string>): Promise<number> {
    let forgotten = 0;
    const ended = queryItems(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: `pk = :pk AND ${condition}`,
      ExpressionAttributeValues: { ':pk': WINDOW_KEYS, ...values },
      ProjectionExpression: 'pk, sk',
      ConsistentRead: true,
    });
    for await (const item of ended) {
      await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: windowKeyKey(String(item.sk)) }));
      forgotten += 1;
    }
    return forgotten;
  }

  async increment(key: string, expiresAt: Date): Promise<number> {
    try {
      return await this.addOne(key, expiresAt);
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    // An expired counter that TTL has not removed yet: start it again from one.
    if (await conditionalWrite(() => this.restartAtOne(key, expiresAt))) return 1;
    return this.addOne(key, expiresAt); // a concurrent request restarted it first: count on top
  }

  /** Counts on a live (or absent) counter; refuses, with ConditionalCheckFailed, to count on an expired one. */
  private async addOne(key: string, expiresAt: Date): Promise<number> {
    const { Attributes } = await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: windowStateKey(key),
        UpdateExpression: 'ADD #count :one SET expiresAt = :expires',
        ConditionExpression: 'attribute_not_exists(pk) OR expiresAt > :now',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':expires': epochSeconds(expiresAt), ':now': this.nowSeconds() },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.count);
  }

  private async restartAtOne(key: string, expiresAt: Date): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: windowStateKey(key),
        UpdateExpression: 'SET #count = :one, expiresAt = :expires',
        ConditionExpression: 'expiresAt <= :now',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':expires': epochSeconds(expiresAt), ':now': this.nowSeconds() },
      }),
    );
  }

  async incrementOnce(key: string, event: string, keepUpTo: number, expiresAt: Date): Promise<number> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: windowStateKey(key),
          // The count and the event's note in one conditional write: of copies at the same moment, exactly one counts.
          UpdateExpression:
            'SET #count = if_not_exists(#count, :zero) + :one, #event = if_not_exists(#count, :zero) + :one, expiresAt = :expires',
          ConditionExpression:
            '(attribute_not_exists(pk) OR expiresAt > :now) AND attribute_not_exists(#event) AND (attribute_not_exists(#count) OR #count < :keep)',
          ExpressionAttributeNames: { '#count': 'count', '#event': eventAttribute(event) },
          ExpressionAttributeValues: {
            ':zero': 0,
            ':one': 1,
            ':keep': keepUpTo,
            ':expires': epochSeconds(expiresAt),
            ':now': this.nowSeconds(),
          },
          ReturnValues: 'UPDATED_NEW',
        }),
      );
      return Number(Attributes?.count);
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
    }
    // Counted before (a copy): the count it reached then.
    const noted = await this.countOf(key, event);
    if (noted !== undefined) return noted;
    // Past the counts noted (or on an expired counter): counted as a new event.
    return this.increment(key, expiresAt);
  }

  async countOf(key: string, event: string): Promise<number | undefined> {
    const noted = (await this.read(windowStateKey(key)))?.[eventAttribute(event)];
    return typeof noted === 'number' ? noted : undefined;
  }

  async putIfAbsent(key: string, value: string, expiresAt: Date): Promise<{ created: boolean; value: string }> {
    const created = await conditionalWrite(() =>
      this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...windowStateKey(key), value, expiresAt: epochSeconds(expiresAt) },
          ConditionExpression: 'attribute_not_exists(pk) OR expiresAt <= :now',
          ExpressionAttributeValues: { ':now': this.nowSeconds() },
        }),
      ),
    );
    if (created) return { created: true, value };
    const stored = await this.get(key);
    if (stored === undefined) throw new Error('the record vanished between two calls; try again');
    return { created: false, value: stored };
  }

  async get(key: string): Promise<string | undefined> {
    const item = await this.read(windowStateKey(key));
    return typeof item?.value === 'string' ? item.value : undefined;
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: windowStateKey(key) }));
  }

  /** The item, or undefined if absent or expired; one without a TTL is read as absent too, as nothing here may outlive its window. */
  private async read(key: { pk: string; sk: string }): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: key, ConsistentRead: true }),
    );
    if (!Item || typeof Item.expiresAt !== 'number' || isExpired(Item, this.clock.now())) return undefined;
    return Item;
  }

  private nowSeconds(): number {
    return epochSeconds(this.clock.now());
  }
}
