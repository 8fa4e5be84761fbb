import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { TABLE_KEYS } from '../shared/adapters/aws/table-definition';
import { localDynamoDb } from './aws-clients';
import { close, listen } from './listen';

const require = createRequire(import.meta.url);
const dynalite = require('dynalite') as (options: { path?: string; createTableMs?: number }) => Server;

export interface DynamoDbStandIn {
  endpoint: string;
  tableName: string;
  close(): Promise<void>;
}

/**
 * The DynamoDB API from dynalite, its LevelDB files under `path`, with the
 * table created on first start and kept on later ones.
 */
export async function startDynamoDb({
  port,
  path,
  tableName,
}: {
  port: number;
  path: string;
  tableName: string;
}): Promise<DynamoDbStandIn> {
  mkdirSync(path, { recursive: true, mode: 0o700 });
  const server = dynalite({ path, createTableMs: 0 });
  const endpoint = await listen(server, port);
  const client = localDynamoDb(endpoint);
  await ensureTable(client, tableName);
  client.destroy();
  return {
    endpoint,
    tableName,
    // dynalite closes its LevelDB store when its server closes.
    close: () => close(server),
  };
}

async function tableStatus(client: DynamoDBClient, tableName: string): Promise<string | undefined> {
  try {
    return (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table?.TableStatus;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

/**
 * Creates the table unless it exists. dynalite marks a new table ACTIVE on a
 * timer; a start interrupted before that leaves a table stuck in CREATING on
 * disk, which can hold no items, so it is dropped and made again.
 */
async function ensureTable(client: DynamoDBClient, tableName: string): Promise<void> {
  let status = await tableStatus(client, tableName);
  if (status === 'ACTIVE') return;
  if (status !== undefined) {
    await client.send(new DeleteTableCommand({ TableName: tableName }));
    while ((await tableStatus(client, tableName)) !== undefined) await sleep(20);
  }
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: TABLE_KEYS.partitionKey, AttributeType: 'S' },
        { AttributeName: TABLE_KEYS.sortKey, AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
    }),
  );
  while (status !== 'ACTIVE') {
    await sleep(20);
    status = await tableStatus(client, tableName);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
