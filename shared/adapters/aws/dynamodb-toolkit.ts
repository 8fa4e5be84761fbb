import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
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
