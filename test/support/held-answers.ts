import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { localDocuments } from '../../local/aws-clients';
import { NOTICES_HELD_PK } from '../../shared/adapters/aws/table-keys';
import { waitFor } from './outbox';

/**
 * Waits until the escalation stage has held an ordinary answer of `escalationId`'s case (or any,
 * without one): the thread shows an answer once analysis is done, the held notice comes a queue later,
 * and a test that moves its clock past the hour in between would hold the answer under the next hour.
 */
export async function waitUntilHeld(stack: { urls: { dynamodb: string }; tableName: string }): Promise<void> {
  const documents = localDocuments(stack.urls.dynamodb);
  try {
    await waitFor('the answer held for its hour', async () => {
      const { Items = [] } = await documents.send(
        new QueryCommand({
          TableName: stack.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': NOTICES_HELD_PK },
          ConsistentRead: true,
        }),
      );
      return Items.length ? true : undefined;
    });
  } finally {
    documents.destroy();
  }
}
