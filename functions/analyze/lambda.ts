import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbFeedbackStore } from '../../shared/adapters/aws/dynamodb-feedback-store';
import { DynamoDbWeeklyFigures } from '../../shared/adapters/aws/dynamodb-weekly-figures';
import { OfflineAnalyzer } from '../../shared/adapters/offline/offline-analyzer';
import { systemClock } from '../../shared/ports/clock';
import { configFromEnv, requireEnv } from '../../shared/runtime/env';
import { createAnalyzeHandler } from './handler';

// Created once per execution environment, reused across invocations.
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });

const tableName = requireEnv('TABLE_NAME');

export const handler = createAnalyzeHandler({
  config: configFromEnv(),
  store: new DynamoDbFeedbackStore(documents, tableName, systemClock),
  figures: new DynamoDbWeeklyFigures(documents, tableName, systemClock),
  clock: systemClock,
  analyzer: new OfflineAnalyzer(),
  logger: new Logger({ serviceName: 'analyze' }),
});
