import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { escalationKey, openEscalationKey, type TableKey } from './table-keys';

/**
 * The SLA sweep's open list (`ESC_OPEN`): an escalation is listed there by
 * its due time while it waits to be acknowledged, so the sweep reads only
 * what is open and due. The escalation store and the case desk both put
 * cases back on it (a retried create, a reopen, a hand-over that resets the
 * clock); this is the one way they do, so an entry always points at its
 * case and expires with it.
 */
export class OpenEscalations {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Lists escalation `id` under its due time, expiring with it (`expiresAt`, epoch seconds). */
  async put(slaDueAt: string, id: string, expiresAt: number | undefined): Promise<void> {
    await putEscalationEntry(this.client, this.tableName, openEscalationKey(slaDueAt, id), id, expiresAt);
  }

  /** The entry moves with the due time: listed under the new one, then gone from the old. */
  async move(id: string, from: string, to: string, expiresAt: number | undefined): Promise<void> {
    if (from === to) return;
    await this.put(to, id, expiresAt);
    await this.remove(from, id);
  }

  async remove(slaDueAt: string, id: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: openEscalationKey(slaDueAt, id) }));
  }

  /** When escalation `id` expires, for a caller that read it without (the case desk reads it as history). */
  async expiryOf(id: string): Promise<number | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: escalationKey(id), ProjectionExpression: 'expiresAt' }),
    );
    return typeof Item?.expiresAt === 'number' ? Item.expiresAt : undefined;
  }
}

/** An entry pointing at escalation `id` (on the open list, or a week's), expiring with it. */
export async function putEscalationEntry(
  client: DynamoDBDocumentClient,
  tableName: string,
  entryKey: TableKey,
  id: string,
  expiresAt: number | undefined,
): Promise<void> {
  await client.send(
    new PutCommand({
      TableName: tableName,
      Item: { ...entryKey, id, expiresAt: expiresAt === undefined ? undefined : Math.floor(expiresAt) },
    }),
  );
}
