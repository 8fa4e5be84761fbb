import { BatchGetCommand, BatchWriteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BATCH_GET_LIMIT,
  batchGetItems,
  collect,
  conditionalWrite,
  epochSeconds,
  isExpired,
  queryItems,
  queryPages,
  scanItems,
} from '../../shared/adapters/aws/dynamodb-toolkit';
import { useDynalite } from '../support/dynalite';

describe('the DynamoDB toolkit, on dynalite', () => {
  const tableName = 'toolkit-test';
  const { documents } = useDynalite(tableName);

  const putOnce = (pk: string, sk: string) => () =>
    documents.send(
      new PutCommand({ TableName: tableName, Item: { pk, sk }, ConditionExpression: 'attribute_not_exists(pk)' }),
    );

  it('Should tell a first conditional write from a refused second one', async () => {
    expect(await conditionalWrite(putOnce('ONCE#1', 'A'))).toBe(true);
    expect(await conditionalWrite(putOnce('ONCE#1', 'A'))).toBe(false);
  });

  it('Should pass on every failure that is not a refused condition, so an outage is never read as "already there"', async () => {
    const badTable = () =>
      documents.send(
        new PutCommand({
          TableName: 'no-such-table',
          Item: { pk: 'X', sk: 'Y' },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    await expect(conditionalWrite(badTable)).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
    await expect(conditionalWrite(() => Promise.reject(new Error('network down')))).rejects.toThrow('network down');
  });

  it('Should return every item of a partition across pages, and read no further page once the caller stops', async () => {
    for (let i = 0; i < 23; i += 1)
      await documents.send(
        new PutCommand({ TableName: tableName, Item: { pk: 'PAGED#1', sk: String(i).padStart(3, '0') } }),
      );
    const query = {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'PAGED#1' },
      Limit: 5,
    };

    const all = await collect(queryItems(documents, query));
    expect(all.map((item) => item.sk)).toEqual(Array.from({ length: 23 }, (_, i) => String(i).padStart(3, '0')));

    let pagesRead = 0;
    for await (const page of queryPages(documents, query)) {
      pagesRead += 1;
      expect(page).toHaveLength(5);
      if (pagesRead === 2) break;
    }
    expect(pagesRead).toBe(2);

    const scanned = await collect(
      scanItems(documents, {
        TableName: tableName,
        FilterExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': 'PAGED#1' },
        Limit: 4,
      }),
    );
    expect(scanned).toHaveLength(23);
  });

  it('Should read an item as absent from the second its expiry is reached, and never one without an expiry', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: -86_400_000, max: 86_400_000 }),
        (expiry, offsetMs) => {
          const now = new Date(expiry.getTime() + offsetMs);
          const item = { expiresAt: epochSeconds(expiry) };
          expect(isExpired(item, now)).toBe(now.getTime() >= epochSeconds(expiry) * 1000);
          expect(isExpired({}, now)).toBe(false);
        },
      ),
    );
  });

  describe('batch reads', () => {
    const STORED = 250;
    const keyOf = (i: number) => ({ pk: `BATCH#${i % 7}`, sk: String(i).padStart(4, '0') });
    beforeAll(async () => {
      const items = Array.from({ length: STORED }, (_, i) => ({ ...keyOf(i), n: i }));
      for (let i = 0; i < items.length; i += 25) {
        await documents.send(
          new BatchWriteCommand({
            RequestItems: { [tableName]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) },
          }),
        );
      }
    });

    /** The same client, counting its BatchGetItem calls and the keys in each; `withhold` may keep some keys back as DynamoDB does when it throttles. */
    function counting(
      withhold: (keys: Record<string, unknown>[], call: number) => Record<string, unknown>[] = () => [],
    ) {
      const calls: number[] = [];
      const client = new Proxy(documents, {
        get: (target, property, receiver) =>
          property === 'send'
            ? async (command: unknown) => {
                if (!(command instanceof BatchGetCommand)) return target.send(command as never);
                const keys = command.input.RequestItems![tableName]!.Keys as Record<string, unknown>[];
                calls.push(keys.length);
                const held = withhold(keys, calls.length);
                const asked = keys.filter((key) => !held.includes(key));
                const page = asked.length
                  ? await target.send(
                      new BatchGetCommand({
                        RequestItems: { [tableName]: { ...command.input.RequestItems![tableName]!, Keys: asked } },
                      }),
                    )
                  : undefined;
                return {
                  Responses: { [tableName]: page?.Responses?.[tableName] ?? [] },
                  UnprocessedKeys: held.length ? { [tableName]: { Keys: held } } : {},
                };
              }
            : Reflect.get(target, property, receiver),
      }) as DynamoDBDocumentClient;
      return { client, calls };
    }
    const noWait = async () => undefined;

    it('Should read every stored item asked for, 100 keys to a call, once each, and nothing for keys with no item', async () => {
      const { client, calls } = counting();
      const wanted = [
        ...Array.from({ length: STORED }, (_, i) => keyOf(i)),
        keyOf(3),
        { pk: 'BATCH#0', sk: 'none' },
        { sk: '0005', pk: 'BATCH#5' },
      ];
      const items = await batchGetItems(client, tableName, wanted, { consistentRead: true });
      expect(items.map((item) => item.n as number).sort((a, b) => a - b)).toEqual(
        Array.from({ length: STORED }, (_, i) => i),
      );
      expect(calls.length).toBe(Math.ceil((STORED + 1) / BATCH_GET_LIMIT));
      expect(Math.max(...calls)).toBe(BATCH_GET_LIMIT);
      expect(await batchGetItems(client, tableName, [])).toEqual([]);
    });

    it('Should ask again for the keys DynamoDB left unprocessed, waiting longer each time, until every item is read', async () => {
      const waits: number[] = [];
      // Each call, DynamoDB processes only the first 30 keys it is given.
      const { client, calls } = counting((keys) => keys.slice(30));
      const items = await batchGetItems(
        client,
        tableName,
        Array.from({ length: 120 }, (_, i) => keyOf(i)),
        { sleep: async (ms) => void waits.push(ms) },
      );
      expect(items).toHaveLength(120);
      // Two chunks read side by side: 100 keys (then the 70, 40 and 10 left over) and 20.
      expect([...calls].sort((a, b) => b - a)).toEqual([100, 70, 40, 20, 10]);
      expect(waits.length).toBe(3);
      for (const ms of waits) expect(ms).toBeGreaterThanOrEqual(0);
    });

    it('Should fail with a plain message, rather than read a throttled item as missing, when DynamoDB keeps leaving keys unprocessed', async () => {
      const { client, calls } = counting((keys) => keys.slice(-1));
      await expect(batchGetItems(client, tableName, [keyOf(1), keyOf(2)], { sleep: noWait })).rejects.toThrow(
        /left 1 of 2 items unread .* try again later/,
      );
      expect(calls.length).toBe(8);
    });

    it('Should return exactly the stored items among any keys asked for, whatever is held back on the way', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.integer({ min: 0, max: STORED + 40 }), { maxLength: 260 }),
          fc.integer({ min: 0, max: 99 }),
          async (indexes, processed) => {
            const { client } = counting((keys, call) => (call % 3 === 1 ? keys.slice(processed) : []));
            const items = await batchGetItems(client, tableName, indexes.map(keyOf), { sleep: noWait });
            const expected = [...new Set(indexes.filter((i) => i < STORED))].sort((a, b) => a - b);
            expect(items.map((item) => item.n as number).sort((a, b) => a - b)).toEqual(expected);
          },
        ),
        { numRuns: 25 },
      );
    });
  });
});
