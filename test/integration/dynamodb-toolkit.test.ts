import { PutCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { startDynamoDb, type DynamoDbStandIn } from '../../local/dynamodb-stand-in';
import {
  collect,
  conditionalWrite,
  epochSeconds,
  isExpired,
  queryItems,
  queryPages,
  scanItems,
} from '../../shared/adapters/aws/dynamodb-toolkit';
import { tempDataDir } from '../support/local-stack';

describe('the DynamoDB toolkit, on dynalite', () => {
  const dataDir = tempDataDir();
  const tableName = 'toolkit-test';
  let dynamodb: DynamoDbStandIn;
  let documents: ReturnType<typeof localDocuments>;

  beforeAll(async () => {
    dynamodb = await startDynamoDb({ port: 0, path: dataDir.path, tableName });
    documents = localDocuments(dynamodb.endpoint);
  });
  afterAll(async () => {
    documents?.destroy();
    await dynamodb?.close();
    dataDir.remove();
  });

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
});
