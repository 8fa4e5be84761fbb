import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AccessDeniedException, guardTableAccess } from '../../../local/table-access-guard';
import { mayAccess, TABLE_ROLES, type TableOperation, UPDATE_ATTRIBUTES } from '../../../infra/table-access';
import { KEYS_THE_INTAKE_NEVER_WRITES, PARTITION_PREFIXES, TABLE_OPERATIONS } from '../../support/table-key-probes';

const TableName = 'listening-post';

/** A real document client whose calls stop before the network, recording what reached it. */
function recordingClient() {
  const reached: string[] = [];
  const documents = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    }),
  );
  documents.middlewareStack.add(
    (_next, context) => async () => {
      reached.push(context.commandName ?? '?');
      return { output: { $metadata: {} }, response: {} };
    },
    { step: 'initialize', name: 'stopBeforeTheNetwork' },
  );
  return { documents, reached };
}

/** Sends, through `table`, the call `operation` on an item (or the items) with partition key `pk`. */
function send(table: DynamoDBDocumentClient, operation: TableOperation, pk: string, attribute = 'a'): Promise<unknown> {
  switch (operation) {
    case 'GetItem':
      return table.send(new GetCommand({ TableName, Key: { pk, sk: 'X' } }));
    case 'BatchGetItem':
      return table.send(new BatchGetCommand({ RequestItems: { [TableName]: { Keys: [{ pk, sk: 'X' }] } } }));
    case 'PutItem':
      return table.send(new PutCommand({ TableName, Item: { pk, sk: 'X' } }));
    case 'UpdateItem':
      return table.send(
        new UpdateCommand({
          TableName,
          Key: { pk, sk: 'X' },
          UpdateExpression: 'SET #a = :a',
          ExpressionAttributeNames: { '#a': attribute },
          ExpressionAttributeValues: { ':a': 1 },
        }),
      );
    case 'DeleteItem':
      return table.send(new DeleteCommand({ TableName, Key: { pk, sk: 'X' } }));
    case 'Query':
      return table.send(
        new QueryCommand({
          TableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': pk, ':prefix': 'A' },
        }),
      );
  }
}

describe('the local table-access guard', () => {
  it('Should refuse the intake writing an escalation, a kiosk, a kiosk token, weekly figures or a digest record, as AWS would', async () => {
    const { documents, reached } = recordingClient();
    const intake = guardTableAccess(documents, 'intake');
    for (const pk of KEYS_THE_INTAKE_NEVER_WRITES) {
      for (const operation of ['PutItem', 'UpdateItem', 'DeleteItem'] as const) {
        await expect(send(intake, operation, pk), `${operation} ${pk}`).rejects.toBeInstanceOf(AccessDeniedException);
      }
    }
    expect(reached).toEqual([]);
  });

  it('Should let the intake create and read a case and read a kiosk token, and nothing more', async () => {
    const { documents, reached } = recordingClient();
    const intake = guardTableAccess(documents, 'intake');
    await send(intake, 'PutItem', 'CASE#k');
    await send(intake, 'GetItem', 'CASE#k');
    await send(intake, 'GetItem', 'KIOSKTOKEN#h');
    expect(reached).toEqual(['PutItemCommand', 'GetItemCommand', 'GetItemCommand']);
    await expect(send(intake, 'UpdateItem', 'CASE#k')).rejects.toMatchObject({ name: 'AccessDeniedException' });
    await expect(send(intake, 'Query', 'CASE#k')).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });

  it('Should let the sponsor function write an escalation but not a kiosk token', async () => {
    const { documents } = recordingClient();
    const sponsor = guardTableAccess(documents, 'sponsor');
    await expect(send(sponsor, 'UpdateItem', 'ESC#e-1')).resolves.toBeDefined();
    await expect(send(sponsor, 'PutItem', 'KIOSKTOKEN#abc')).rejects.toBeInstanceOf(AccessDeniedException);
  });

  it('Should read the partition key of a query through an attribute name too', async () => {
    const { documents } = recordingClient();
    const intake = guardTableAccess(documents, 'digest');
    const query = (pk: string) =>
      new QueryCommand({
        TableName,
        KeyConditionExpression: '#p = :v',
        ExpressionAttributeNames: { '#p': 'pk' },
        ExpressionAttributeValues: { ':v': pk },
      });
    await expect(intake.send(query('DIGEST#2026-W47'))).resolves.toBeDefined();
    await expect(intake.send(query('CASE#k'))).rejects.toBeInstanceOf(AccessDeniedException);
  });

  it('Should refuse scans and batch writes to every function', async () => {
    const { documents, reached } = recordingClient();
    for (const role of TABLE_ROLES) {
      const table = guardTableAccess(documents, role);
      await expect(table.send(new ScanCommand({ TableName }))).rejects.toBeInstanceOf(AccessDeniedException);
      await expect(
        table.send(
          new BatchWriteCommand({
            RequestItems: { [TableName]: [{ PutRequest: { Item: { pk: 'CASE#k', sk: 'CASE' } } }] },
          }),
        ),
      ).rejects.toBeInstanceOf(AccessDeniedException);
    }
    expect(reached).toEqual([]);
  });

  it('Should let the digest, the sweep and the sponsors’ desk read escalations in batches, and refuse a batch with any one key they may not read', async () => {
    const { documents, reached } = recordingClient();
    const batch = (...pks: string[]) =>
      new BatchGetCommand({ RequestItems: { [TableName]: { Keys: pks.map((pk) => ({ pk, sk: 'ESC' })) } } });
    for (const role of ['digest', 'sweep', 'sponsor'] as const) {
      const table = guardTableAccess(documents, role);
      await expect(table.send(batch('ESC#e-1', 'ESC#e-2'))).resolves.toBeDefined();
      const error = await table.send(batch('ESC#e-1', 'CASE#secret-case-key', 'ESC#e-3')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AccessDeniedException);
      expect(String((error as Error).message)).toMatch(
        new RegExp(`${role} function is not allowed dynamodb:BatchGetItem on items whose partition key is CASE#…`),
      );
      expect(String((error as Error).message)).not.toContain('secret-case-key');
    }
    for (const role of ['intake', 'analyze', 'escalate', 'sms-inbound'] as const) {
      await expect(guardTableAccess(documents, role).send(batch('ESC#e-1')), role).rejects.toBeInstanceOf(
        AccessDeniedException,
      );
    }
    expect(reached).toEqual(['BatchGetItemCommand', 'BatchGetItemCommand', 'BatchGetItemCommand']);
  });

  it('Should say which function and which kind of key, never the rest of the key', async () => {
    const { documents } = recordingClient();
    const error = await send(guardTableAccess(documents, 'intake'), 'PutItem', 'ESC#secret-escalation-id').catch(
      (e: unknown) => e,
    );
    expect(String((error as Error).message)).toMatch(
      /intake function is not allowed dynamodb:PutItem on items whose partition key is ESC#…/,
    );
    expect(String((error as Error).message)).not.toContain('secret-escalation-id');
  });

  it('Should pass a call through exactly when the map allows it, for any function, operation and key', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TABLE_ROLES),
        fc.constantFrom(...TABLE_OPERATIONS),
        fc.constantFrom(...PARTITION_PREFIXES),
        fc.string(),
        async (role, operation, prefix, rest) => {
          const { documents, reached } = recordingClient();
          const pk = prefix + rest;
          // An attribute the role may update: this property is about keys (attributes have their own test).
          const attribute = UPDATE_ATTRIBUTES[role]?.[0] ?? 'a';
          const outcome = await send(guardTableAccess(documents, role), operation, pk, attribute).then(
            () => 'passed',
            (error: unknown) => (error instanceof AccessDeniedException ? 'refused' : 'failed'),
          );
          expect(outcome).toBe(mayAccess(role, operation, pk) ? 'passed' : 'refused');
          expect(reached.length).toBe(outcome === 'passed' ? 1 : 0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
