import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoDbWindowStateStore } from '../../shared/adapters/aws/dynamodb-window-state-store';
import { systemClock } from '../../shared/ports/clock';
import { requireEnv } from '../../shared/runtime/env';
import { RateAndReplayState } from '../../shared/use-cases/rate-and-replay-state';
import { createForgetWindowsHandler } from './handler';

const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const forgetWindows = createForgetWindowsHandler({
  rateState: new RateAndReplayState(new DynamoDbWindowStateStore(documents, requireEnv('RATE_STATE_TABLE_NAME'), systemClock), systemClock),
  logger: new Logger({ serviceName: 'forget-windows' }),
});

/** Invoked by EventBridge Scheduler every few minutes. */
export async function handler(): Promise<{ forgotten: number }> {
  return forgetWindows();
}
