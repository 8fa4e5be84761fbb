/**
 * The single table's key schema, shared by the CDK stack and the local
 * runtime so the two cannot drift apart.
 */
export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;
/** Epoch seconds; DynamoDB's TTL deletes the item some time after. */
export const TTL_ATTRIBUTE = 'expiresAt';
