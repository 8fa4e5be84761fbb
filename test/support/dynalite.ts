import { afterAll, beforeAll } from 'vitest';
import { localDocuments } from '../../local/aws-clients';
import { type DynamoDbStandIn, startDynamoDb } from '../../local/dynamodb-stand-in';
import { lateBound } from './late-bound';
import { tempDataDir } from './local-stack';

/**
 * dynalite on a free port and a throwaway directory, with a document client
 * for it, for the tests of one `describe`: started before them, closed and
 * removed after. Call it inside the `describe`.
 */
export function useDynalite(tableName: string): {
  dynamodb: DynamoDbStandIn;
  documents: ReturnType<typeof localDocuments>;
  /** The throwaway directory, for a test that needs a table of its own beside it. */
  dataPath: string;
} {
  const dataDir = tempDataDir();
  let dynamodb: DynamoDbStandIn | undefined;
  let documents: ReturnType<typeof localDocuments> | undefined;
  beforeAll(async () => {
    dynamodb = await startDynamoDb({ port: 0, path: dataDir.path, tableName });
    documents = localDocuments(dynamodb.endpoint);
  });
  afterAll(async () => {
    documents?.destroy();
    await dynamodb?.close();
    dataDir.remove();
  });
  return {
    dataPath: dataDir.path,
    dynamodb: lateBound(() => dynamodb, 'dynalite'),
    documents: lateBound(() => documents, 'the document client'),
  };
}
