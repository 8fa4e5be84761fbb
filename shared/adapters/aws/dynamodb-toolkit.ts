import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  QueryCommand,
  ScanCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type ScanCommandInput,
} from '@aws-sdk/lib-dynamodb';

/**
 * The mechanics every DynamoDB adapter shares, kept in one place (as
 * Powertools' `DynamoDBPersistenceLayer` keeps its own): a conditional write
 * read as yes or no, paging, and the TTL attribute in epoch seconds that
 * dynalite never enforces and AWS enforces late.
 */

export type Item = Record<string, unknown>;

/**
 * Runs a conditional write: true if it was written, false if its condition
 * did not hold. Any other failure (throttling, a bad request) is thrown, so
 * a refusal is never mistaken for an outage or the other way round.
 */
export async function conditionalWrite(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** The `Limit` of a query reading at most `limit` items: none (pages of 1 MB) when it reads them all. */
export const pageSize = (limit: number): number | undefined => (Number.isFinite(limit) ? limit : undefined);

/** A query's pages, one `Items` array each; the caller may stop early (`break`) and no further page is read. */
export async function* queryPages(
  client: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): AsyncGenerator<Item[]> {
  let start: Item | undefined;
  do {
    const page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    yield page.Items ?? [];
    start = page.LastEvaluatedKey;
  } while (start);
}

/** Every item a query matches, across pages. */
export async function* queryItems(
  client: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): AsyncGenerator<Item> {
  for await (const page of queryPages(client, input)) yield* page;
}

/** Every item a scan finds, across pages: for the operator's rare listings, never the request path. */
export async function* scanItems(
  client: DynamoDBDocumentClient,
  input: Omit<ScanCommandInput, 'ExclusiveStartKey'>,
): AsyncGenerator<Item> {
  let start: Item | undefined;
  do {
    const page = await client.send(new ScanCommand({ ...input, ExclusiveStartKey: start }));
    yield* page.Items ?? [];
    start = page.LastEvaluatedKey;
  } while (start);
}

/** The most keys DynamoDB takes in one BatchGetItem call. */
export const BATCH_GET_LIMIT = 100;
/** Calls for the same keys before giving up on those DynamoDB keeps leaving unprocessed. */
const BATCH_GET_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 50;
const BACKOFF_CAP_MS = 2_000;

export interface BatchGetOptions {
  /** As `GetItem` takes it; the digest and sweep read what was just written, so they ask for it. */
  consistentRead?: boolean;
  /** Waits between retries of unprocessed keys; tests pass one that returns at once. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The items with the given keys, `BATCH_GET_LIMIT` keys to a BatchGetItem
 * call, so reading n items costs n/100 round trips instead of n. Keys
 * DynamoDB leaves unprocessed (throttling, the 16 MB response limit) are
 * asked again after a growing, jittered wait (exponential backoff, as AWS
 * advises); still unprocessed after `BATCH_GET_ATTEMPTS` calls, it throws,
 * so a missing item is never silently read as absent. Keys given twice are
 * read once. Items come back in no set order; keys with no item have none.
 *
 * @example
 * const items = await batchGetItems(client, tableName, ids.map(escalationKey), { consistentRead: true });
 */
export async function batchGetItems(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Item[],
  { consistentRead = false, sleep = wait }: BatchGetOptions = {},
): Promise<Item[]> {
  const unique = [...new Map(keys.map((key) => [keyId(key), key])).values()];
  const chunks: Item[][] = [];
  for (let i = 0; i < unique.length; i += BATCH_GET_LIMIT) chunks.push(unique.slice(i, i + BATCH_GET_LIMIT));
  const found = await Promise.all(
    chunks.map((chunk) => batchGetChunk(client, tableName, chunk, consistentRead, sleep)),
  );
  return found.flat();
}

async function batchGetChunk(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: Item[],
  consistentRead: boolean,
  sleep: (ms: number) => Promise<void>,
): Promise<Item[]> {
  const items: Item[] = [];
  let pending = keys;
  for (let attempt = 0; pending.length > 0; attempt += 1) {
    if (attempt === BATCH_GET_ATTEMPTS) {
      throw new Error(
        `DynamoDB left ${pending.length} of ${keys.length} items unread after ${BATCH_GET_ATTEMPTS} tries (the table is throttling reads); try again later.`,
      );
    }
    if (attempt > 0) await sleep(Math.random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt));
    const page = await client.send(
      new BatchGetCommand({
        RequestItems: { [tableName]: { Keys: pending, ConsistentRead: consistentRead || undefined } },
      }),
    );
    items.push(...(page.Responses?.[tableName] ?? []));
    pending = (page.UnprocessedKeys?.[tableName]?.Keys ?? []) as Item[];
  }
  return items;
}

/** A key's identity whatever the order of its attributes, to read each key once. */
const keyId = (key: Item) =>
  JSON.stringify(
    Object.keys(key)
      .sort()
      .map((name) => [name, key[name]]),
  );
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Collects an async generator's values (a query's items) into an array. */
export async function collect<T>(values: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const value of values) all.push(value);
  return all;
}

/** An instant as the table's TTL attribute takes it: whole seconds since the epoch. */
export const epochSeconds = (instant: Date): number => Math.floor(instant.getTime() / 1000);

/**
 * Whether an item is past its `expiresAt`. Expired means absent: AWS deletes
 * such items up to days late and dynalite never does, so every read skips
 * them. An item without `expiresAt` never expires.
 */
export function isExpired(item: Item, now: Date): boolean {
  return typeof item.expiresAt === 'number' && item.expiresAt * 1000 <= now.getTime();
}
