import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { DynamoDbPatternCounter } from '../../shared/adapters/aws/dynamodb-pattern-counter';
import { useDynalite } from '../support/dynalite';

/*
 * Each negative report on a site and topic checks whether the pattern's
 * threshold is reached. Counting every case in the window each time grew
 * with the site's negative reports (a busy site's 5,000 a window read 5,000
 * items for each new one); the check now stops at the threshold, and the
 * exact count (for the email) is read once, when the pattern is claimed.
 */
function countingReads(documents: DynamoDBDocumentClient) {
  const seen = { items: 0 };
  const client = {
    send: async (command: Parameters<DynamoDBDocumentClient['send']>[0]) => {
      const result = (await documents.send(command as never)) as { ScannedCount?: number };
      if (command instanceof QueryCommand) seen.items += result.ScannedCount ?? 0;
      return result;
    },
  } as unknown as DynamoDBDocumentClient;
  return { client, seen };
}

describe('a pattern threshold checked without reading every case of a busy site, on dynalite', () => {
  const { dynamodb } = useDynalite('pattern-count-bounded-test');
  const expires = new Date('2030-01-07T00:00:00Z');

  it('Should read about the threshold’s cases to see it reached, and still count every case exactly when asked', async () => {
    // Prepare: 80 negative cases over two weeks, 10 of them taken off.
    const writer = new DynamoDbPatternCounter(localDocuments(dynamodb.endpoint), dynamodb.tableName);
    for (let i = 0; i < 80; i += 1)
      await writer.add('plant2', 'pay', i % 2 ? '2026-W40' : '2026-W41', expires, `case-token-${i}`);
    for (let i = 0; i < 20; i += 2) await writer.remove('plant2', 'pay', '2026-W41', expires, `case-token-${i}`);
    const { client, seen } = countingReads(localDocuments(dynamodb.endpoint));
    const reader = new DynamoDbPatternCounter(client, dynamodb.tableName);
    const weeks = ['2026-W40', '2026-W41'];

    // Act
    const reached = await reader.count('plant2', 'pay', weeks, 5);
    const readForThreshold = seen.items;
    const exact = await reader.count('plant2', 'pay', weeks);

    // Assert
    expect(reached).toBeGreaterThanOrEqual(5);
    expect(readForThreshold).toBeLessThanOrEqual(5 * 3);
    expect(exact).toBe(70);
  }, 120_000);

  it('Should answer the whole count when it stays below the threshold, cases taken off left out', async () => {
    const counter = new DynamoDbPatternCounter(localDocuments(dynamodb.endpoint), dynamodb.tableName);
    for (let i = 0; i < 6; i += 1) await counter.add('hq', 'safety', '2026-W42', expires, `few-${i}`);
    for (let i = 0; i < 3; i += 1) await counter.remove('hq', 'safety', '2026-W42', expires, `few-${i}`);

    expect(await counter.count('hq', 'safety', ['2026-W42'], 5)).toBe(3);
    expect(await counter.count('hq', 'safety', ['2026-W41', '2026-W42'], 3)).toBe(3);
  }, 120_000);
});
