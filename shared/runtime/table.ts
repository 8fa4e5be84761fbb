import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type Clock, systemClock } from '../ports/clock';
import { documentClient } from './aws-clients';
import { requireEnv } from './env';
import { ENV, type EnvName } from './env-names';

/** A table as its adapters reach it: the client (on the local stack, one guarded by a function's grants), its name, the clock. */
export interface Table {
  readonly documents: DynamoDBDocumentClient;
  readonly name: string;
  readonly clock: Clock;
}

/**
 * The table a Lambda was given (`bindTable` sets `TABLE_NAME`). Pass the
 * client of a table already opened to share its connections.
 */
export function tableFromEnv(
  variable: EnvName = ENV.tableName,
  documents: DynamoDBDocumentClient = documentClient(),
): Table {
  return { documents, name: requireEnv(variable), clock: systemClock };
}
